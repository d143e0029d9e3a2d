/**
 * `npm start`: serves the production build on PORT (default 3000), building it first when the
 * sources changed since the last build. One command for a person with only Node and npm.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuildFingerprint } from "./lib/build-fingerprint.mjs";

const port = process.env.PORT ?? "3000";
if (!/^\d{2,5}$/.test(port)) {
  console.error(`PORT must be a port number, got "${port}"`);
  process.exit(1);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (await buildIsCurrent()) {
  console.log("start: the production build is up to date");
} else {
  console.log("start: building OffSwitch (first run, or the sources changed)…");
  const build = spawnSync(npm, ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.error("start: the build failed; see the messages above");
    process.exit(build.status ?? 1);
  }
  await recordBuildFingerprint();
}

const args = ["next", "start", "--port", port];
if (process.env.HOST) args.push("--hostname", process.env.HOST);
const server = spawn(path.join("node_modules", ".bin", "next"), args.slice(1), { stdio: "inherit" });
console.log(`start: OffSwitch is starting on http://${process.env.HOST ?? "localhost"}:${port}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
