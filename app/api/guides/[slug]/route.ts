import { NextResponse } from "next/server";
import { guideRouteParamsSchema } from "@/lib/content/route-params";
import { guideDataset } from "@/server/dataset/guide-dataset";
import { errorResponse } from "@/server/http/json-route";
import { AppError } from "@/server/errors";

/** One guide with its steps; any other slug is a 404. Per request, for the reason in ../route.ts. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = guideRouteParamsSchema.safeParse(await params);
  const data = parsed.success ? await guideDataset(parsed.data.slug) : undefined;
  if (!data) return errorResponse(new AppError("not-found", "No guide with that slug."));
  return NextResponse.json(data, { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" } });
}
