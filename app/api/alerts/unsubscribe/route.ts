import { NextResponse } from "next/server";
import { z } from "zod";
import { unsubscribeByToken } from "@/server/alerts/subscriptions";
import { seeOther } from "@/server/http/form-route";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

const querySchema = z.object({ token: z.string().max(200).optional().catch(undefined), via: z.literal("page").optional().catch(undefined) });

/**
 * RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` here from their
 * servers, with no Origin header (proxy.ts lets those through), so the token alone authorizes it. 200, no redirect, effective
 * at once. The unsubscribe page's button posts here too (`via=page`) and is sent on to a result page.
 * Unknown and used tokens get the same answer: it never tells whether an address was subscribed.
 */
export async function POST(request: Request) {
  try {
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    await unsubscribeByToken(query.token);
    if (query.via === "page") return seeOther("/alerts/unsubscribed");
    return new NextResponse("You are unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** The link in an email body: show the page with its button; a GET never unsubscribes (mail scanners prefetch links). */
export async function GET(request: Request) {
  const { token } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return seeOther(token ? `/alerts/unsubscribe?token=${encodeURIComponent(token)}` : "/alerts/unsubscribe");
}
