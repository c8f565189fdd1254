import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, signalGroup, waitUntilUp } from "../scripts/local-server";

/**
 * Production servers for the bench, each on a free loopback port with its own database, started
 * through `npm start`'s own script (scripts/start.ts): it builds when the build is stale, migrates,
 * seeds an empty database and serves. Each runs in its own process group so stopping it stops the
 * `next start` it spawned too.
 */

export interface BenchServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startServer(options: {
  databaseFile: string;
  label: string;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const root = process.cwd();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    DATABASE_URL: `file:${options.databaseFile}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The bench measures reads of an open instance; an edit key in the shell would not change them.
  delete env.PARALLAX_EDIT_KEY;
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/start.ts"],
    { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    // The build (when stale) takes minutes: show that it is happening.
    for (const line of text.split("\n"))
      if (/Build|Compiled|Applied|Seeded/.test(line)) console.log(`  [${options.label}] ${line.trim()}`);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    // A stale build on two shared cores takes minutes.
    await waitUntilUp(`${origin}/api/health`, child, 8 * 60_000);
  } catch (error) {
    await signalGroup(child, "SIGTERM");
    throw new Error(
      `${options.label} server did not start: ${String(error)}\n${output.join("").slice(-4000)}`,
    );
  }
  return { origin, stop: () => signalGroup(child, "SIGTERM") };
}
