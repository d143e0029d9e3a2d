import { NextResponse } from "next/server";
import { guideList } from "@/server/dataset/guide-dataset";

/**
 * The open dataset's index (CC BY 4.0), with each guide's watch status and latest verification.
 * Rendered per request, not prerendered with ISR: on a revalidated route Next 16 stored the answer
 * to an OPTIONS request (204) as the page, and every GET after it failed with a 500 until the next
 * regeneration (found by the fuzz; `tests/e2e/library.spec.ts` holds it). The content is memoised,
 * so a request costs one small database read.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  return NextResponse.json(await guideList(), { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" } });
}
