import { NextResponse } from "next/server";
import { guideRouteParamsSchema } from "@/lib/content/route-params";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/json-route";
import { guideLiveStatus } from "@/server/review/guide-live-status";

/** Read per request: a verification recorded at /review shows on the guide page within a minute. */
export const dynamic = "force-dynamic";

/**
 * A guide's verification date and watch status, now (the prerendered page has the build's). Public
 * and the same for everyone, so shared caches may keep it 30 s: with the browser's own 30 s, a
 * reader sees a change within a minute on any app instance.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const parsed = guideRouteParamsSchema.safeParse(await params);
    if (!parsed.success) throw new AppError("not-found", "No guide with that slug.");
    return NextResponse.json(await guideLiveStatus(parsed.data.slug), { headers: { "Cache-Control": "public, max-age=30, s-maxage=30" } });
  } catch (error) {
    return errorResponse(error);
  }
}
