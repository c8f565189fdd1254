import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort, signalGroup, waitUntilUp } from "../../scripts/local-server";

/**
 * Extra production servers for specs that need their own environment (an edit key, no rate limits)
 * or must kill the server. Each serves the build the Playwright webServer has just made (never
 * building again) on a free 127.0.0.1 port, with its own migrated and seeded database.
 */

const root = process.cwd();

export interface TestServer {
  baseURL: string;
  dbFile: string;
  /** The seed comparison's slug. */
  slug: string;
  /** SIGKILL to the server: no shutdown code runs, as when the machine loses power. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** A new server process on the same database (after kill() or stop()). */
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-extra-"));
  const dbFile = path.join(dir, "app.db");
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    DATABASE_URL: `file:${dbFile}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of Object.keys(serverEnv)) {
    // Access settings of the shell running the tests must not leak into a spec's server.
    if (/^PARALLAX_(EDIT_KEY|\w+_PER_MINUTE)$/.test(name) && !(name in env)) delete serverEnv[name];
  }
  const prepared = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/prepare-db.ts"],
    { cwd: root, env: serverEnv, encoding: "utf8" },
  );
  if (prepared.status !== 0) throw new Error(`preparing the database failed:\n${prepared.stderr}`);
  const db = new Database(dbFile, { readonly: true });
  const seed = db.prepare(`SELECT "slug" FROM "Comparison" ORDER BY "createdAt" LIMIT 1`).get() as {
    slug: string;
  };
  db.close();

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const launch = async () => {
    const started = spawn(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: root,
        env: serverEnv,
        detached: true,
        stdio: "ignore",
      },
    );
    child = started;
    await waitUntilUp(`${baseURL}/api/health`, started, 60_000);
  };
  const signal = (name: NodeJS.Signals) => signalGroup(child, name);
  await launch();
  return {
    baseURL,
    dbFile,
    slug: seed.slug,
    kill: () => signal("SIGKILL"),
    stop: () => signal("SIGTERM"),
    restart: launch,
    async cleanup() {
      await signal("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
