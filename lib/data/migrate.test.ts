import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFileFromUrl } from "@/lib/data/database-url";
import {
  applyMigrations,
  defaultMigrationsDir,
  defaultSchemaFile,
  diffMigrationsToSchema,
} from "@/lib/data/migrate";
import { SEARCH_TABLES } from "@/lib/data/search-tables";

// Against real SQLite files in a folder of our own, independent of the shared test database.
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "parallax-migrate-test-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const migrationNames = readdirSync(defaultMigrationsDir(), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const modelNames = [...readFileSync(defaultSchemaFile(), "utf8").matchAll(/^model (\w+) \{/gm)].map(
  (m) => m[1],
);

function open(file: string): Database.Database {
  // No busy wait: a lock left behind by the migration must fail the test, not slow it down.
  return new Database(file, { timeout: 0 });
}

describe("applyMigrations", () => {
  it("creates the database and its folder, applies every migration once, and leaves it in WAL mode", async () => {
    const file = path.join(tmp, "nested", "folder", "app.db");

    const first = await applyMigrations(file);
    expect(first.applied).toEqual(migrationNames);
    expect(migrationNames.length).toBeGreaterThan(0);

    const second = await applyMigrations(file);
    expect(second.applied).toEqual([]);

    const db = open(file);
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name);
      expect(modelNames.length).toBeGreaterThan(5);
      // Full-text search tables are created by raw SQL, not from a model (see search-tables.ts).
      expect(tables.sort()).toEqual([...modelNames, ...SEARCH_TABLES, "_prisma_migrations"].sort());

      const foreignKeys = db
        .prepare("SELECT \"table\", on_delete FROM pragma_foreign_key_list('Claim')")
        .all();
      expect(foreignKeys).toEqual([{ table: "Article", on_delete: "CASCADE" }]);

      const rows = db
        .prepare(
          "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY started_at",
        )
        .all() as {
        migration_name: string;
        checksum: string;
        finished_at: string | null;
        rolled_back_at: string | null;
        applied_steps_count: number;
      }[];
      expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
      for (const row of rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
        // What `prisma migrate deploy` records, and compares later to detect an edited migration.
        const sql = readFileSync(path.join(defaultMigrationsDir(), row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      }

      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });

  it("releases the database: another connection can write straight away", async () => {
    // The engine migrates with locking_mode=EXCLUSIVE, which holds the lock until its connection
    // closes; a connection left open would lock the app out.
    const file = path.join(tmp, "released.db");
    await applyMigrations(file);
    const db = open(file);
    try {
      db.exec(
        "BEGIN IMMEDIATE; INSERT INTO Comparison (id, slug, title, updatedAt) VALUES ('c1', 's1', 't', 0); COMMIT;",
      );
      expect(db.prepare("SELECT count(*) AS n FROM Comparison").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it("starts again without waiting while another connection has the database open", async () => {
    const file = path.join(tmp, "in-use.db");
    await applyMigrations(file);
    const app = open(file);
    try {
      app.prepare("SELECT count(*) FROM Article").get();
      expect(await applyMigrations(file, { busyTimeoutMs: 50 })).toEqual({ applied: [] });
    } finally {
      app.close();
    }
  });

  it("says why when a pending migration finds the database in use", async () => {
    const migrationsDir = path.join(tmp, "growing-migrations");
    writeMigration(
      migrationsDir,
      "20260101000000_first",
      'CREATE TABLE "First" ("id" TEXT NOT NULL PRIMARY KEY);',
    );
    const file = path.join(tmp, "growing.db");
    await applyMigrations(file, { migrationsDir });
    writeMigration(
      migrationsDir,
      "20260102000000_second",
      'CREATE TABLE "Second" ("id" TEXT NOT NULL PRIMARY KEY);',
    );

    const app = open(file);
    try {
      app.prepare("SELECT count(*) FROM First").get();
      await expect(applyMigrations(file, { migrationsDir, busyTimeoutMs: 50 })).rejects.toThrow(
        /another connection has it open/,
      );
    } finally {
      app.close();
    }
    expect(await applyMigrations(file, { migrationsDir })).toEqual({ applied: ["20260102000000_second"] });
  });

  it("records a failing migration and refuses to go on until it is resolved", async () => {
    const migrationsDir = path.join(tmp, "broken-migrations");
    writeMigration(
      migrationsDir,
      "20260101000000_first",
      'CREATE TABLE "First" ("id" TEXT NOT NULL PRIMARY KEY);',
    );
    writeMigration(
      migrationsDir,
      "20260102000000_broken",
      'CREATE TABLE "Broken" ("id" TEXT NOT NULL PRIMARY KEY,',
    );
    const file = path.join(tmp, "broken.db");

    await expect(applyMigrations(file, { migrationsDir })).rejects.toThrow(
      /broken\.db failed: .*20260102000000_broken/s,
    );
    await expect(applyMigrations(file, { migrationsDir })).rejects.toThrow(/failed migrations/);

    const db = open(file);
    try {
      const rows = db
        .prepare("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name")
        .all();
      expect(rows).toEqual([
        { migration_name: "20260101000000_first", finished_at: expect.any(String) },
        { migration_name: "20260102000000_broken", finished_at: null },
      ]);
    } finally {
      db.close();
    }
  });

  it("refuses a migrations folder with no migrations rather than leaving an empty database", async () => {
    const migrationsDir = path.join(tmp, "no-migrations");
    mkdirSync(migrationsDir);
    await expect(applyMigrations(path.join(tmp, "empty.db"), { migrationsDir })).rejects.toThrow(
      /No migrations found/,
    );
  });
});

describe("diffMigrationsToSchema", () => {
  it("finds nothing to do: the committed migrations produce prisma/schema.prisma exactly", async () => {
    expect(await diffMigrationsToSchema()).toBeNull();
  });

  it("writes the whole schema as the first migration when there are none", async () => {
    const sql = await diffMigrationsToSchema({ migrationsDir: path.join(tmp, "none-yet") });
    expect(sql).toContain('CREATE TABLE "Article"');
    expect(sql).toContain('CREATE UNIQUE INDEX "Comparison_slug_key" ON "Comparison"("slug");');
  });

  it("writes only the change when the schema moves past the migrations", async () => {
    const schemaFile = path.join(tmp, "changed.prisma");
    const extra = "\nmodel Bookmark {\n  id    String @id\n  label String\n}\n";
    writeFileSync(schemaFile, readFileSync(defaultSchemaFile(), "utf8") + extra);
    const sql = await diffMigrationsToSchema({ schemaFile });
    expect(sql).toContain('CREATE TABLE "Bookmark"');
    expect(sql).not.toContain('CREATE TABLE "Article"');
    // The search tables are external to the schema: a diff must never propose dropping them.
    expect(sql).not.toContain("Search");
  });
});

describe("databaseFileFromUrl", () => {
  const cwd = process.cwd();

  it("defaults to data/parallax.db under the working directory", () => {
    for (const url of [undefined, "", "  "])
      expect(databaseFileFromUrl(url)).toBe(path.join(cwd, "data", "parallax.db"));
  });

  it("resolves relative paths against the working directory", () => {
    expect(databaseFileFromUrl("file:./data/x.db")).toBe(path.join(cwd, "data", "x.db"));
    expect(databaseFileFromUrl("file:data/x.db")).toBe(path.join(cwd, "data", "x.db"));
    expect(databaseFileFromUrl("data/x.db")).toBe(path.join(cwd, "data", "x.db"));
  });

  it("keeps absolute paths", () => {
    expect(databaseFileFromUrl("file:/srv/parallax/x.db")).toBe("/srv/parallax/x.db");
    expect(databaseFileFromUrl("file:///srv/parallax/x.db")).toBe("/srv/parallax/x.db");
    expect(databaseFileFromUrl("/srv/parallax/x.db")).toBe("/srv/parallax/x.db");
  });

  it("rejects query parameters, which would become part of the file name", () => {
    expect(() => databaseFileFromUrl("file:./data/x.db?busy_timeout=5000")).toThrow(/query parameters/);
  });

  it("rejects URLs that name no local file", () => {
    expect(() => databaseFileFromUrl("postgresql://localhost/parallax")).toThrow(/postgresql/);
    expect(() => databaseFileFromUrl("file://fileserver/x.db")).toThrow(/host/);
    expect(() => databaseFileFromUrl("file::memory:")).toThrow(/does not name a database file/);
    expect(() => databaseFileFromUrl("file:")).toThrow(/does not name a database file/);
  });
});

function writeMigration(migrationsDir: string, name: string, sql: string): void {
  mkdirSync(path.join(migrationsDir, name), { recursive: true });
  writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
}
