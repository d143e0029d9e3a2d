import { changeFeedResponse } from "@/server/content/change-feeds";

/** Every change entry as a feed; prerendered at build time. */
export const dynamic = "force-static";

export function GET() {
  return changeFeedResponse({ kind: "all" }, "atom");
}
