import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { bodyLinks } from "@/lib/dataset/step-details";
import { parseMdxBody } from "@/server/content/parse-mdx-body";
import { readFrontmatter } from "@/server/content/frontmatter";

export type LinkKind = "source" | "deep-link" | "markdown";
/** One external address and every place that uses it. */
export type ContentLink = { url: string; usedIn: { file: string; kind: LinkKind }[] };

async function mdxFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".mdx")).sort().map((name) => path.join(dir, name));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw cause;
  }
}

function frontmatterSources(data: Record<string, unknown>): string[] {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  return sources.flatMap((source: unknown) => {
    const url = typeof source === "object" && source !== null ? (source as { url?: unknown }).url : undefined;
    return typeof url === "string" ? [url] : [];
  });
}

/** Every external link in guides and change entries under `root`: frontmatter sources, DeepLinks and Markdown links. */
export async function collectContentLinks(root: string): Promise<ContentLink[]> {
  const byUrl = new Map<string, ContentLink>();
  const add = (url: string, file: string, kind: LinkKind) => {
    if (!/^https?:\/\//.test(url)) return;
    const entry = byUrl.get(url) ?? { url, usedIn: [] };
    entry.usedIn.push({ file: path.relative(process.cwd(), file) || file, kind });
    byUrl.set(url, entry);
  };
  const files = [...(await mdxFiles(path.join(root, "guides"))), ...(await mdxFiles(path.join(root, "changes")))];
  for (const file of files) {
    const source = await readFile(file, "utf8");
    const frontmatter = readFrontmatter(source);
    for (const url of frontmatter.data ? frontmatterSources(frontmatter.data) : []) add(url, file, "source");
    for (const link of bodyLinks(parseMdxBody(source))) add(link.url, file, link.kind);
  }
  return [...byUrl.values()];
}
