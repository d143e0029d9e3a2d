import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
/** The e2e server's mail catcher writes here; the mailbox fixture (in the test workers) reads it. */
export const E2E_MAIL_DIR = "test-results/e2e-mail";
process.env.MAIL_CATCHER_DIR = E2E_MAIL_DIR;

/** Debian's Chromium (Playwright cannot download browsers here), quiet about the network it cannot reach. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Many tests sign in by email (a real SMTP round trip) once or twice while another worker, the
  // server and the alerts worker share 2 cores; 30 s left no margin. No test measures speed.
  timeout: 60_000,
  // A sign-in or subscribe waits on a real SMTP round trip before its page shows; on 2 busy cores
  // that took more than the default 5 s. Assertions still wait for the same outcomes.
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  // The mail folder lives in test-results/; keep Playwright from wiping it under the running server.
  outputDir: "test-results/playwright",
  projects: [
    { name: "e2e", testIgnore: /security-fuzz\.spec\.ts$/ },
    // The fuzz asserts that no table changed while it ran, so it runs after the others, alone (`--no-deps` runs only it).
    { name: "fuzz", testMatch: /security-fuzz\.spec\.ts$/, dependencies: ["e2e"] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
    trace: "retain-on-failure",
  },
  webServer: {
    // The real start path (build when needed) on a database created for this run and dropped after.
    command: "node scripts/e2e-server.mjs",
    // Real guides and change entries plus made-up changes that exist only in the fixture folder.
    env: { PORT: String(port), HOST: "127.0.0.1", MAIL_CATCHER_DIR: E2E_MAIL_DIR, OFFSWITCH_CONTENT_DIR: "tests/fixtures/content-e2e", MAGIC_LINK_LIMIT_PER_IP: "1000", ALERTS_SUBSCRIBE_LIMIT_PER_IP: "1000" },
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000, // a cold `next build` of the whole library on 2 busy cores
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
  },
});
