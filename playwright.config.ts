import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The end-to-end run serves the production build on its own port and its own fresh database.
// Set once in the main process; workers inherit it through the environment.
process.env.PARALLAX_E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
process.env.PARALLAX_E2E_DB ??= path.join(os.tmpdir(), `parallax-e2e-${process.pid}-${Date.now()}.db`);
// The import spec serves its fixture pages from this port on 127.0.0.1. The app is told, through
// the TEST-ONLY PARALLAX_TEST_FETCH_ALLOW, that it may fetch from exactly this address and port;
// every other loopback or private address stays refused.
process.env.PARALLAX_E2E_FIXTURE_PORT ??= String(4100 + Math.floor(Math.random() * 800));
const port = process.env.PARALLAX_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium when present (no browser download needed), else Playwright's own browser. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/start.ts",
    url: `${baseURL}/api/articles?limit=1`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: port,
      DATABASE_URL: `file:${process.env.PARALLAX_E2E_DB}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PARALLAX_TEST_FETCH_ALLOW: `127.0.0.1:${process.env.PARALLAX_E2E_FIXTURE_PORT}`,
    },
  },
});
