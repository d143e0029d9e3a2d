import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * The database side of the WebAssembly schema engine: @prisma/adapter-pg with the fixes the
 * engine needs (each explained where it is made), and an offline stand-in for pure schema diffs.
 */

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows → indexes of their `"char"` columns (adapter-pg returns pg's rows array as is). */
const charColumns = new WeakMap<unknown[], number[]>();

/**
 * adapter-pg has no column type for Postgres's one-byte `"char"` (pg_constraint.contype,
 * pg_class.relkind…) and throws "Column type 'char' could not be deserialized", which breaks all
 * introspection. Let it through as text, remember which columns they were, and report them to the
 * engine as Character, the type it reads them with.
 */
function passCharColumns(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    for (const part of Array.isArray(result) ? result : [result]) {
      const indexes = (part.fields ?? []).flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
      if (indexes.length === 0) continue;
      for (const index of indexes) part.fields[index]!.dataTypeID = TEXT_OID;
      charColumns.set(part.rows, indexes);
    }
    return result;
  }) as typeof pool.query;
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError) || !error.code) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/**
 * The engine's connection to a real database, with two more deliberate differences from PrismaPg:
 * - executeScript sends a migration as ONE simple query, as the native engine does (Postgres runs
 *   it in one implicit transaction); PrismaPg splits on ";", which breaks `$$` bodies and strings
 *   and leaves half-applied migrations behind.
 * - shadow databases are refused: PrismaPg's connectToShadowDb reconnects to the main database
 *   when given a connection string, and the engine would then reset it.
 */
export function databaseAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  passCharColumns(pool);
  const inner = new PrismaPg(pool);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await inner.connect();
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        async queryRaw(query) {
          const result = await adapter.queryRaw(query);
          for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
          return result;
        },
        executeRaw: (query) => adapter.executeRaw(query),
        startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
        getConnectionInfo: () => adapter.getConnectionInfo(),
        dispose: () => adapter.dispose(),
        async executeScript(script) {
          try {
            await pool.query(script);
          } catch (error) {
            throw toDriverAdapterError(error);
          }
        },
      };
    },
    connectToShadowDb(): Promise<SqlDriverAdapter> {
      return Promise.reject(new Error("Shadow databases are disabled here: they would reset the main database (see docs/decisions/0003)."));
    },
  };
}

/**
 * For diffs between schema files, which need no database. The engine still probes the server
 * version once when it starts; answer that probe as a Postgres 15 (the oldest server we run on)
 * and refuse every other statement, so such a run can never read or change a database.
 */
export function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = () => Promise.reject(new Error("This schema engine runs without a database; the operation needs one."));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "offswitch-offline",
    async queryRaw(query) {
      if (!query.sql.includes("server_version_num")) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: () => Promise.resolve(),
  };
  return { provider: "postgres", adapterName: "offswitch-offline", connect: () => Promise.resolve(adapter), connectToShadowDb: refuse };
}
