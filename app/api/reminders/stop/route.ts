import { z } from "zod";
import { stopRemindersByToken } from "@/server/reminders/reminder-stop";

export const dynamic = "force-dynamic";

const querySchema = z.object({ token: z.string().max(100).optional() });

/**
 * RFC 8058 one-click stop from a reminder email's List-Unsubscribe header: a POST from the mail
 * client, without a session. 200 with no redirect; unknown tokens get the same answer.
 */
export async function POST(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  await stopRemindersByToken(parsed.success ? parsed.data.token : undefined);
  return new Response("Reminders stopped.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
