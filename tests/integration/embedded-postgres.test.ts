import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { runningPostmaster, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres.mjs";

const LIBRARY = pathToFileURL(path.resolve("scripts/lib/embedded-postgres.mjs")).href;
const dataDir = path.resolve(".data/tmp", `embedded-${process.pid}-${randomBytes(3).toString("hex")}`);

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Starts the server in a child process that writes some data, then is killed with SIGKILL. */
async function startInChildThenKillIt(port: number): Promise<number> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(LIBRARY)};
    import pg from "pg";
    const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
    const client = new pg.Client(server.url);
    await client.connect();
    await client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survived')");
    await client.end();
    console.log(JSON.stringify({ pid: server.pid }));
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const pid = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { pid: number }).pid);
    });
    child.once("exit", (code) => reject(new Error(`child exited (${code}) before starting Postgres: ${errors}`)));
  });
  child.kill("SIGKILL");
  await once(child, "exit");
  return pid;
}

describe("embedded Postgres", () => {
  afterAll(async () => {
    const left = runningPostmaster(dataDir);
    if (left) process.kill(left.pid, "SIGINT");
    while (left && isAlive(left.pid)) await new Promise((resolve) => setTimeout(resolve, 100));
    await rm(dataDir, { recursive: true, force: true });
  });

  test("reuses a server left running by a hard-killed parent, keeps data across restarts", async () => {
    const port = await freePort();
    const orphanPid = await startInChildThenKillIt(port);
    expect(isAlive(orphanPid)).toBe(true);

    const reused = await startEmbeddedPostgres({ dataDir, port });
    expect(reused).toMatchObject({ reused: true, pid: orphanPid, port });
    expect((await sql(reused.url, "SELECT note FROM kept")).rows).toEqual([{ note: "survived" }]);
    await reused.stop();
    expect(isAlive(orphanPid)).toBe(false);
    expect(runningPostmaster(dataDir)).toBeNull();

    const restarted = await startEmbeddedPostgres({ dataDir, port });
    expect(restarted.reused).toBe(false);
    expect((await sql(restarted.url, "SELECT note FROM kept")).rows).toEqual([{ note: "survived" }]);
    await restarted.stop();
    expect(isAlive(restarted.pid)).toBe(false);
  }, 120_000);

  test("names the problem when another program holds the port", async () => {
    const blocker = net.createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startEmbeddedPostgres({ dataDir: `${dataDir}-unused`, port })).rejects.toMatchObject({
        code: "EMBEDDED_POSTGRES_PORT_IN_USE",
        message: expect.stringContaining(`Port ${port} on 127.0.0.1 is already in use by another program`),
      });
    } finally {
      blocker.close();
    }
  });
});
