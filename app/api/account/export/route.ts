import { NextResponse } from "next/server";
import { exportMyData } from "@/server/account/account-service";
import { errorResponse } from "@/server/http/json-route";

export const dynamic = "force-dynamic";

/** "Download my data": everything stored about the signed-in person, as a JSON file. */
export async function GET() {
  try {
    const data = await exportMyData();
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="offswitch-data-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
