import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A throwaway self-signed certificate for 127.0.0.1, so content's https:// sources can point at the fixture site. */
export async function makeLoopbackCertificate(dir: string): Promise<{ key: string; cert: string; certFile: string }> {
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  return { key: await readFile(keyFile, "utf8"), cert: await readFile(certFile, "utf8"), certFile };
}

/** A content folder with one guide whose official sources are pages of the fixture site at `base`. */
export async function writeFixtureContent(base: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "offswitch-sources-"));
  await mkdir(path.join(root, "guides"));
  await mkdir(path.join(root, "changes"));
  await writeFile(path.join(root, "platforms.json"), JSON.stringify({ example: { name: "Example", homepage: "https://example.com" } }));
  await writeFile(path.join(root, "published-steps.json"), JSON.stringify({ "watched-guide": { "open-data-privacy": "2026-12-01", "turn-off": "2026-12-01" } }));
  const official = (p: string, watch = "") => `  - title: Fixture page ${p}\n    url: ${base}${p}\n    publisher: Example Help\n    official: true\n${watch}`;
  await writeFile(
    path.join(root, "guides", "watched-guide.mdx"),
    `---
title: A fixture guide whose sources are watched
platform: example
summary: A fixture guide citing pages of the loopback fixture site, with anchors on two steps.
category: ai-training
minutes: 2
difficulty: easy
devices: [web]
regions: [worldwide]
lastVerified: 2026-12-01
sources:
${official("/help")}${official("/stable", "    watch:\n      remove: [\".feedback\"]\n")}${official("/etag")}${official("/cookie")}${official("/redirect-private")}  - title: Press coverage (not watched)
    url: https://press.example/story
    publisher: Press
anchors:
  - step: open-data-privacy
    phrase: "Data privacy"
    source: ${base}/help
  - step: turn-off
    phrase: "Use my data for training content creation AI models"
    source: ${base}/help
---

<Steps>
<Step id="open-data-privacy" title="Open Data privacy">

Text.

</Step>
<Step id="turn-off" title="Turn the setting off">

Text.

</Step>
</Steps>
`,
  );
  return root;
}
