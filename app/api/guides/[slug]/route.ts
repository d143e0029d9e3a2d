import { NextResponse } from "next/server";
import { guideRouteParamsSchema } from "@/lib/content/route-params";
import { datasetSlugs, guideDataset } from "@/server/dataset/guide-dataset";
import { errorResponse } from "@/server/http/json-route";
import { AppError } from "@/server/errors";

/** One guide with its steps, prerendered per guide; any other slug is a 404. */
// Regenerated at most once a minute (Next.js ISR): the watch status and recorded verifications stay current.
export const revalidate = 60;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await datasetSlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = guideRouteParamsSchema.safeParse(await params);
  const data = parsed.success ? await guideDataset(parsed.data.slug) : undefined;
  if (!data) return errorResponse(new AppError("not-found", "No guide with that slug."));
  return NextResponse.json(data, { headers: { "Access-Control-Allow-Origin": "*" } });
}
