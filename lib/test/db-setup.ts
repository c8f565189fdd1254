import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";

// Every test file gets its own copy of the migrated template database.
const dir = process.env.PARALLAX_TEST_DIR;
const template = process.env.PARALLAX_TEST_TEMPLATE;
if (!dir || !template) throw new Error("the vitest global setup did not prepare a test database");
const file = path.join(dir, `${randomUUID()}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
