import "server-only";

/** The sign-in email: plain text first (many people read mail as text), HTML with the same words. */
export function magicLinkEmail(url: string, minutesValid: number) {
  const subject = "Your OffSwitch sign-in link";
  const text = [
    "Sign in to OffSwitch with this link:",
    "",
    url,
    "",
    `The link works once and expires in ${minutesValid} minutes.`,
    "If you did not ask to sign in, ignore this email: nothing happens without the link.",
  ].join("\n");
  const safeUrl = escapeHtml(url);
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1a1c1e;line-height:1.5">
<p>Sign in to OffSwitch with this link:</p>
<p><a href="${safeUrl}" style="display:inline-block;background:#1f5f4a;color:#ffffff;padding:10px 16px;border-radius:8px;text-decoration:none;font-weight:600">Sign in to OffSwitch</a></p>
<p>The link works once and expires in ${minutesValid} minutes.</p>
<p style="color:#4a5058">If you did not ask to sign in, ignore this email: nothing happens without the link.</p>
</body></html>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
