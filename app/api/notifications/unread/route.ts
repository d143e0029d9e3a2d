import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/json-route";
import { myUnreadNotificationCount } from "@/server/notifications/notification-service";

export const dynamic = "force-dynamic";

/** The header bell's count: the signed-in person's unread notifications (401 when signed out). */
export async function GET() {
  try {
    return NextResponse.json({ unread: await myUnreadNotificationCount() }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
