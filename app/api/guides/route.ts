import { NextResponse } from "next/server";
import { guideList } from "@/server/dataset/guide-dataset";

/**
 * The open dataset's index (CC BY 4.0), with each guide's watch status and latest verification.
 * Prerendered at build time and regenerated at most once a minute (ISR), so those stay current.
 */
export const revalidate = 60;

export async function GET() {
  return NextResponse.json(await guideList(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
