import type { NextRequest } from "next/server";
import { isBrowserAuthRoute } from "@/lib/auth/auth-routes";
import { handlers } from "@/server/auth/auth";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/json-route";

/** Only the Auth.js endpoints the app's pages use; the rest (sign-in mail among them) answer 404. */
function refuse() {
  return errorResponse(new AppError("not-found", "Not found."));
}

export async function GET(request: NextRequest) {
  return isBrowserAuthRoute("GET", request.nextUrl.pathname) ? handlers.GET(request) : refuse();
}

export async function POST(request: NextRequest) {
  return isBrowserAuthRoute("POST", request.nextUrl.pathname) ? handlers.POST(request) : refuse();
}
