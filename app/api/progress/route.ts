import { NextResponse } from "next/server";
import { saveProgressRequestSchema } from "@/lib/progress/progress-api";
import { errorResponse, readJsonBody } from "@/server/http/json-route";
import { loadMyProgress, saveMyProgress } from "@/server/progress/progress-service";

export const dynamic = "force-dynamic";

/** The signed-in person's progress for every guide. */
export async function GET() {
  try {
    return NextResponse.json({ progress: await loadMyProgress() }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Saves a batch of ticks from the browser outbox; replays are harmless (the later tick wins). */
export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request, saveProgressRequestSchema);
    return NextResponse.json(await saveMyProgress(body.marks), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
