import "server-only";
import path from "node:path";
import { env } from "@/server/env";

export function contentRoot(): string {
  return env.OFFSWITCH_CONTENT_DIR
    ? path.resolve(/*turbopackIgnore: true*/ env.OFFSWITCH_CONTENT_DIR)
    : path.join(/*turbopackIgnore: true*/ process.cwd(), "content");
}
