import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { databaseAdapterFactory, offlineAdapterFactory } from "@/server/db/schema-engine-adapters";

/**
 * Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg. The CLI's
 * native engine cannot be downloaded on our machines (ARCHITECTURE.md §4), so migrations run here.
 */
export type { SchemaEngine };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** No externally managed tables or enums: every table belongs to schema.prisma. */
export const NO_SCHEMA_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export type SchemaEngineLogLine = { level: string; message: string };

let bindings: Promise<Bindings> | undefined;

// The engine arms timeouts it never clears; left alone they keep Node alive ~10 s after a run.
const engineTimers = new Set<NodeJS.Timeout>();
let openEngines = 0;

function withTrackedTimers(glue: Bindings): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(glue).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, milliseconds: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, milliseconds >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports;
}

// A Rust panic reports its message here just before the wasm instance traps ("unreachable"); the
// trap may escape as an uncaught exception, so name the cause here. The instance (and the glue
// module's cached memory views) are broken for good: later runs in this process refuse to start.
const rejectOnPanic = new Set<(error: Error) => void>();
let panic: Error | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    const error = new Error(`Prisma schema engine panicked: ${message}`);
    panic ??= error;
    console.error(error.message);
    for (const reject of rejectOnPanic) reject(error); // the instance is shared: every run is broken
  },
};

// The package's ES entry imports the .wasm file directly, which Node cannot do; wire it by hand.
async function loadBindings(): Promise<Bindings> {
  const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasm = await WebAssembly.compile(await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")));
  const imports = Object.fromEntries(WebAssembly.Module.imports(wasm).map(({ module: name }) => [name, withTrackedTimers(glue)]));
  const instance = await WebAssembly.instantiate(wasm, imports as WebAssembly.Imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export type OpenSchemaEngineOptions = {
  /** The database to migrate or inspect; leave out for diffs between schema files. */
  databaseUrl?: string;
  onLog?: (line: SchemaEngineLogLine) => void;
};

function logForwarder(onLog: OpenSchemaEngineOptions["onLog"]) {
  return (line: string) => {
    if (!onLog) return;
    try {
      const parsed = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      onLog({ level: parsed.level ?? "INFO", message: parsed.fields?.message ?? line });
    } catch {
      onLog({ level: "INFO", message: line });
    }
  };
}

/** Runs `work` with a fresh engine and always releases it and its connection. */
export async function withSchemaEngine<T>(options: OpenSchemaEngineOptions, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  if (panic) throw new Error(`${panic.message}\nThe engine cannot be used again in this process; restart it.`);
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  // One connection that never idles out: the engine's pg_advisory_lock is per session, so every
  // statement of a migration run must share the session that holds the lock.
  const pool = options.databaseUrl ? new pg.Pool({ connectionString: options.databaseUrl, max: 1, idleTimeoutMillis: 0 }) : undefined;
  pool?.on("error", () => {}); // a dropped idle connection surfaces on the next query instead
  const factory = pool ? databaseAdapterFactory(pool) : offlineAdapterFactory();
  let onPanic: (error: Error) => void = () => {};
  const panicked = new Promise<never>((_resolve, reject) => (onPanic = reject));
  panicked.catch(() => {}); // only observed through the races below
  rejectOnPanic.add(onPanic);
  let engine: SchemaEngine | undefined;
  openEngines += 1;
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(factory);
    engine = await Promise.race([SchemaEngine.new({ datamodels: undefined }, logForwarder(options.onLog), adapter), panicked]);
    return await Promise.race([work(engine), panicked]);
  } finally {
    if (!panic) engine?.free(); // after a panic freeing would trap again
    rejectOnPanic.delete(onPanic);
    await pool?.end();
    openEngines -= 1;
    if (openEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}
