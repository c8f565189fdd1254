import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/data/migrate";

/**
 * Once per test run: a fresh folder with a migrated template database. Each test file then works
 * on its own copy (see db-setup.ts), a real SQLite file, so files can run in parallel.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  const template = path.join(dir, "template.db");
  await applyMigrations(template);
  process.env.PARALLAX_TEST_DIR = dir;
  process.env.PARALLAX_TEST_TEMPLATE = template;
  return () => rmSync(dir, { recursive: true, force: true });
}
