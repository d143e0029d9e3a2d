import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Folders whose files can define route handlers or server actions that the app serves. */
const SOURCE_DIRS = ["app", "components", "server", "lib"];
const ROUTE_FILE = /^route\.(ts|tsx|js|mjs)$/;
const SOURCE_FILE = /\.(ts|tsx|js|mjs)$/;
const USE_SERVER = /^\s*(["'])use server\1;?\s*$/m;
const EXPORTED_FUNCTION = /^export\s+(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+)\s*=)/gm;

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");

/** Every route handler file under app/. */
export function routeFiles(): string[] {
  return filesUnder("app").filter((file) => ROUTE_FILE.test(path.basename(file))).map(relative).sort();
}

/**
 * Every server action as "file#exportName". A file with "use server" at the top exports actions;
 * a "use server" inside a function body (an inline action) is reported as "file#(inline)", so it
 * cannot slip past the table either.
 */
export function serverActions(): string[] {
  const found: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of filesUnder(dir).filter((name) => SOURCE_FILE.test(name) && !name.endsWith(".test.ts"))) {
      const source = readFileSync(file, "utf8");
      if (!USE_SERVER.test(source)) continue;
      const firstStatement = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
      if (/^(["'])use server\1/.test(firstStatement)) {
        for (const match of source.matchAll(EXPORTED_FUNCTION)) found.push(`${relative(file)}#${match[1] ?? match[2]}`);
      } else {
        found.push(`${relative(file)}#(inline)`);
      }
    }
  }
  return found.sort();
}
