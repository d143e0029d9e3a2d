import { NextResponse } from "next/server";
import { z } from "zod";
import { myGuideFollowing } from "@/server/alerts/my-subscriptions";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

const querySchema = z.object({ guide: z.string().max(100).catch("") });

/** For the guide page's alert form: does the signed-in person already follow this guide? Signed out: null, never an error. */
export async function GET(request: Request) {
  try {
    const { guide } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json({ following: await myGuideFollowing(guide) }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
