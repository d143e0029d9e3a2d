import { NextResponse } from "next/server";
import { planSelectionSchema } from "@/lib/plan/plan-api";
import { errorResponse, readJsonBody } from "@/server/http/json-route";
import { loadMyPlan, saveMyPlan } from "@/server/plan/plan-service";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The signed-in person's saved plan (`plan: null` when they have none yet). */
export async function GET() {
  try {
    return NextResponse.json({ plan: await loadMyPlan() }, { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Replaces the signed-in person's plan; same-origin JSON only. */
export async function PUT(request: Request) {
  try {
    const selection = await readJsonBody(request, planSelectionSchema);
    return NextResponse.json({ plan: await saveMyPlan(selection) }, { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}
