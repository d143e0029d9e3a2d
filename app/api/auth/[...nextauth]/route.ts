import { NextRequest } from "next/server";
import { isBrowserAuthRoute, withoutForeignCallbackUrl } from "@/lib/auth/auth-routes";
import { sameOriginPath } from "@/lib/auth/safe-redirect";
import { handlers } from "@/server/auth/auth";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/json-route";

/** Only the Auth.js endpoints the app's pages use; the rest (sign-in mail among them) answer 404. */
function refuse() {
  return errorResponse(new AppError("not-found", "Not found."));
}

export async function GET(request: NextRequest) {
  if (!isBrowserAuthRoute("GET", request.nextUrl.pathname)) return refuse();
  const sameOrigin = (target: string) => sameOriginPath(target, request.nextUrl.origin, [env.SITE_URL, env.AUTH_URL].filter((origin) => origin !== undefined)) !== undefined;
  const url = withoutForeignCallbackUrl(request.nextUrl, sameOrigin);
  return handlers.GET(url === request.nextUrl ? request : new NextRequest(url, request));
}

export async function POST(request: NextRequest) {
  return isBrowserAuthRoute("POST", request.nextUrl.pathname) ? handlers.POST(request) : refuse();
}
