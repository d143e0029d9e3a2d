/**
 * Creating and dropping throwaway databases for test runs. Guarded: it refuses any server that
 * is not on this machine, so a test run can never touch a real database.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export function assertLocalDatabaseUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  const socketHost = url.searchParams.get("host") ?? "";
  const local = LOCAL_HOSTS.has(url.hostname) && (socketHost === "" || socketHost.startsWith("/"));
  if (!local) throw new Error(`Refusing to create or drop test databases on "${url.hostname}": only local servers are allowed.`);
}

function withDatabase(databaseUrl, name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createThrowawayDatabase(serverUrl, prefix) {
  assertLocalDatabaseUrl(serverUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return { name, url: withDatabase(serverUrl, name) };
}

export async function dropThrowawayDatabase(serverUrl, name) {
  assertLocalDatabaseUrl(serverUrl);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to drop a database named "${name}"`);
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
