/**
 * `npm run editor:grant -- <email>` / `npm run editor:revoke -- <email>`: gives or takes the
 * editor role (who may use /review). The account must exist: the person signs in once first.
 * Exit codes: 0 done or nothing to do, 1 no such account, 2 bad arguments.
 */
import { z } from "zod";
import { parseEditorCommand } from "@/lib/review/editor-role";
import { db } from "@/server/db/client";
import { setEditorRole } from "@/server/review/editor-role-store";

const command = z.enum(["grant", "revoke"]).safeParse(process.argv[2]);
if (!command.success) {
  console.error("usage: npm run editor:grant -- <email>  or  npm run editor:revoke -- <email>");
  process.exit(2);
}
const args = parseEditorCommand(command.data, process.argv.slice(3));
if ("error" in args) {
  console.error(args.error);
  process.exit(2);
}

const result = await setEditorRole(args.email, command.data === "grant");
await db.$disconnect();
const messages: Record<typeof result.outcome, string> = {
  granted: `${result.email} is now an editor: /review opens for them on their next page load.`,
  revoked: `${result.email} is no longer an editor: /review answers them 404 from their next request.`,
  unchanged: command.data === "grant" ? `${result.email} is already an editor; nothing changed.` : `${result.email} is not an editor; nothing changed.`,
  "no-account": `No account uses ${result.email}. Ask them to sign in once (the magic link creates the account), then run this again.`,
};
if (result.outcome === "no-account") {
  console.error(messages[result.outcome]);
  process.exit(1);
}
console.log(messages[result.outcome]);
