import { serializedSearchIndex } from "@/server/search/guide-search-index";

/** Prerendered at build time: the browser searches this index itself, with no request per query. */
export const dynamic = "force-static";

export async function GET() {
  return new Response(await serializedSearchIndex(), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
