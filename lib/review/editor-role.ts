import { z } from "zod";
import { normalizeEmailAddress } from "@/lib/email/address";

/** Roles a user can have. Readers are everyone; editors review flagged guides at /review. */
export const USER_ROLES = ["reader", "editor"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** True only for the exact stored value "editor": an unknown or missing role is never an editor. */
export function isEditorRole(role: unknown): boolean {
  return role === "editor";
}

export type EditorCommand = "grant" | "revoke";

const usage = (command: EditorCommand) => `usage: npm run editor:${command} -- <email>   (for example: npm run editor:${command} -- ada@example.org)`;

/** One argument, an email address, normalised as sign-in stores it (so it finds the account). */
const editorCommandArgsSchema = z.tuple([
  z.string().transform((value, context) => {
    const email = normalizeEmailAddress(value);
    if (!email) {
      context.addIssue({ code: "custom", message: `"${value}" is not an email address` });
      return z.NEVER;
    }
    return email;
  }),
]);

/** Parses `npm run editor:<command> -- <email>`; `error` is the message to print. */
export function parseEditorCommand(command: EditorCommand, argv: readonly string[]): { email: string } | { error: string } {
  if (argv.length !== 1) return { error: usage(command) };
  const parsed = editorCommandArgsSchema.safeParse(argv);
  if (!parsed.success) return { error: `${parsed.error.issues[0]?.message ?? "bad argument"}\n${usage(command)}` };
  return { email: parsed.data[0] };
}
