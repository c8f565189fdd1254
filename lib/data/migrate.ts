import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { SchemaContainer, SchemaFilter } from "@prisma/schema-engine-wasm";
import { DEFAULT_BUSY_TIMEOUT_MS, openSchemaEngine, readMigrationsList } from "@/lib/data/schema-engine";
import { SEARCH_TABLES } from "@/lib/data/search-tables";

// Migrations in the standard Prisma layout (prisma/migrations/<timestamp>_<name>/migration.sql),
// applied by the schema engine itself, so `_prisma_migrations` ends up exactly as after
// `prisma migrate deploy` and that command keeps working wherever its binary can be had.

// schema.prisma describes every table but the full-text search ones, which a migration creates in
// raw SQL: without this filter every diff would propose dropping them.
const SCHEMA_FILTERS: SchemaFilter = { externalTables: [...SEARCH_TABLES], externalEnums: [] };

export interface MigrateOptions {
  /** Defaults to prisma/migrations under process.cwd(), the project root. */
  migrationsDir?: string;
  log?: (message: string) => void;
  /** How long to wait for another connection's lock; 5 s by default. */
  busyTimeoutMs?: number;
}

/** prisma/migrations under the project root; process.cwd() for the reason given in database-url.ts. */
export function defaultMigrationsDir(): string {
  return path.resolve(process.cwd(), "prisma", "migrations");
}

/** prisma/schema.prisma under the project root. */
export function defaultSchemaFile(): string {
  return path.resolve(process.cwd(), "prisma", "schema.prisma");
}

/**
 * Applies every migration not yet recorded in the database's `_prisma_migrations`, oldest first,
 * creating the file (and its folder) when missing, and leaves the database in WAL mode. Running it
 * again applies nothing. A migration that fails is recorded as failed, exactly as `migrate deploy`
 * records it, and every later run refuses to continue until it is resolved by hand.
 *
 * Applying needs the database to itself (the engine sets locking_mode=EXCLUSIVE, as the native
 * engine does), so it fails while another connection, even an idle one that has run a query, has
 * the file open. When nothing is pending the engine is not started at all: starting the app again
 * costs a few milliseconds and never waits for that lock.
 */
export async function applyMigrations(
  databaseFile: string,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const file = path.resolve(databaseFile);
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
  if (migrationsList.migrationDirectories.length === 0) {
    // Migrating with nothing to apply would "succeed" and leave the app without tables.
    throw new Error(`No migrations found in ${migrationsList.baseDir}`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;

  const names = migrationsList.migrationDirectories.map((migration) => migration.path);
  if (recordsAllApplied(file, names, busyTimeoutMs)) {
    switchToWriteAheadLog(file, busyTimeoutMs);
    return { applied: [] };
  }
  assertNoOtherConnection(file, busyTimeoutMs);

  const session = await openSchemaEngine({ databaseFile: file, log: options.log, busyTimeoutMs });
  let applied: string[];
  try {
    ({ appliedMigrationNames: applied } = await session.engine.applyMigrations({
      migrationsList,
      filters: SCHEMA_FILTERS,
    }));
  } catch (error) {
    // The engine's messages (a SQL error, P3009 for an earlier failed migration) do not say which
    // database they are about.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migrating ${file} failed: ${reason}`, { cause: error });
  } finally {
    await session.close();
  }
  switchToWriteAheadLog(file, busyTimeoutMs);
  return { applied };
}

/**
 * The migration SQL that takes a database with every existing migration applied to the schema in
 * `schemaFile`, or null when they already agree. Replays the migrations on a scratch database rather
 * than asking the engine for a shadow database, which its SQLite connector refuses to create here.
 */
export async function diffMigrationsToSchema(
  options: MigrateOptions & { schemaFile?: string } = {},
): Promise<string | null> {
  const schemaFile = path.resolve(options.schemaFile ?? defaultSchemaFile());
  const schema: SchemaContainer[] = [{ path: schemaFile, content: await readFile(schemaFile, "utf8") }];
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const hasMigrations =
    (await readMigrationsList(migrationsDir, { allowMissing: true })).migrationDirectories.length > 0;

  const scratchDir = await mkdtemp(path.join(os.tmpdir(), "parallax-migration-"));
  try {
    const scratchFile = path.join(scratchDir, "scratch.db");
    if (hasMigrations) await applyMigrations(scratchFile, { migrationsDir, log: options.log });
    const session = await openSchemaEngine({
      databaseFile: scratchFile,
      schemaFiles: schema,
      log: options.log,
    });
    try {
      const { exitCode, stdout } = await session.engine.diff({
        from: hasMigrations
          ? { tag: "schemaDatasource", files: schema, configDir: path.dirname(schemaFile) }
          : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: schema },
        script: true,
        // Asks the engine to say whether anything differs (2) or not (0): an empty diff is still a
        // script with a comment in it, and matching that text would be fragile.
        exitCode: true,
        filters: SCHEMA_FILTERS,
      });
      return exitCode === 0 ? null : (stdout ?? "");
    } finally {
      await session.close();
    }
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * Whether `_prisma_migrations` already lists every migration as applied and none as failed, in which
 * case the engine would apply nothing. The engine still decides everything else: a missing file or
 * table, a pending migration or a failed one all go to it.
 */
function recordsAllApplied(file: string, names: string[], busyTimeoutMs: number): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
  try {
    const table = db.prepare(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
    );
    if (table.get() === undefined) return false;
    const rows = db
      .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
      .all() as { migration_name: string; finished_at: string | null; rolled_back_at: string | null }[];
    const live = rows.filter((row) => row.rolled_back_at === null);
    if (live.some((row) => row.finished_at === null)) return false;
    const applied = new Set(live.map((row) => row.migration_name));
    return names.every((name) => applied.has(name));
  } finally {
    db.close();
  }
}

/**
 * Takes and drops the lock the engine is about to take, to fail with a message that says what is
 * wrong: the engine's own error for a busy database is "unknown variant `SocketTimeout`".
 */
function assertNoOtherConnection(file: string, busyTimeoutMs: number): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; ROLLBACK;");
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === "SQLITE_BUSY") {
      throw new Error(
        `Cannot migrate ${file}: another connection has it open (a running app, or a Prisma client ` +
          "in this process). Migrating needs the database to itself; stop or disconnect the other first.",
        { cause: error },
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * WAL lets readers carry on while a writer commits, and unlike most pragmas it is stored in the file,
 * so setting it once here covers every later connection. Switching needs a moment of exclusive
 * access, hence after the engine has closed its connection; on a database already in WAL it is free.
 */
function switchToWriteAheadLog(file: string, busyTimeoutMs: number): void {
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal") {
      throw new Error(`Could not switch ${file} to WAL journal mode (it stayed "${String(mode)}")`);
    }
  } finally {
    db.close();
  }
}
