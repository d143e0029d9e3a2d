import { NextResponse } from "next/server";
import { contentIndex } from "@/server/content/content-index";

/** Prerendered at build time: the browser computes "needs attention" from this and its own progress. */
export const dynamic = "force-static";

export async function GET() {
  return NextResponse.json(await contentIndex());
}
