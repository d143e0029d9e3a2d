export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-muted">
        <p>
          OffSwitch makes no third-party requests: no trackers, no analytics, no fonts or scripts from elsewhere. Your checklist
          progress stays in this browser.
        </p>
        <p>Guides are checked against each platform&rsquo;s own help pages. Platforms change their settings often; each guide says when it was last verified.</p>
      </div>
    </footer>
  );
}
