// Generates the Prisma client (lib/generated/prisma) after install.
// `prisma generate` never runs the schema engine, but the CLI tries to download it first; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download on machines without one.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("prisma", ["generate"], {
  stdio: "inherit",
  env,
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
