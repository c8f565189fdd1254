import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildInputsHash } from "./build-inputs";
import { prepareDatabase } from "./prepare-db";

/**
 * `npm start`: build when the last build is missing or stale, migrate and seed the database,
 * then serve on PORT (default 3000). Each step prints what it did.
 */
const root = process.cwd();
const stampFile = path.join(root, ".next", "parallax-build-inputs");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function ensureBuild(): void {
  const inputs = buildInputsHash(root);
  const current =
    existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile)
      ? readFileSync(stampFile, "utf8") === inputs
      : false;
  if (current) {
    console.log("Using the existing production build.");
    return;
  }
  console.log("Building Parallax (first start or sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, inputs);
}

async function main(): Promise<void> {
  ensureBuild();
  await prepareDatabase();
  const port = process.env.PORT ?? "3000";
  const server = spawn(process.execPath, [nextBin, "start", "--port", port], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
