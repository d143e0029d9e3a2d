import { NextResponse } from "next/server";
import { guideList } from "@/server/dataset/guide-dataset";

/** The open dataset's index (CC BY 4.0), prerendered at build time. */
export const dynamic = "force-static";

export async function GET() {
  return NextResponse.json(await guideList(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
