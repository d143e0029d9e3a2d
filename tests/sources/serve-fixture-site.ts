/**
 * `npx tsx tests/sources/serve-fixture-site.ts`: serves the fixture site over HTTPS on 127.0.0.1
 * and writes a content folder citing it, then prints how to run `npm run sources:check` against
 * it. Ctrl-C stops it. For trying the watcher by hand; nothing leaves loopback.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { makeLoopbackCertificate, writeFixtureContent } from "@/tests/sources/fixture-content";
import { HELP_VARIANTS, startFixtureSite } from "@/tests/sources/fixture-site";

const tls = await makeLoopbackCertificate(await mkdtemp(path.join(os.tmpdir(), "offswitch-tls-")));
const site = await startFixtureSite("127.0.0.1", tls);
const content = await writeFixtureContent(site.base);
// Every 2 minutes the help page renames its toggle, then back: run the check twice in a row to see a change.
let renamed = false;
setInterval(() => {
  renamed = !renamed;
  site.variants.help = (renamed ? HELP_VARIANTS.renamed : HELP_VARIANTS.original) ?? "";
}, 120_000).unref();
console.log(`fixture site: ${site.base}\nrun:\n  SOURCES_ALLOW_LOOPBACK=true SOURCES_HOST_GAP_MS=200 NODE_EXTRA_CA_CERTS=${tls.certFile} OFFSWITCH_CONTENT_DIR=${content} npm run sources:check`);
process.once("SIGINT", () => void site.close().then(() => process.exit(0)));
