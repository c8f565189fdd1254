import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
// Types only: the package's main entry imports the .wasm file as an ES module, which plain Node
// cannot load, so at run time only its JS glue (schema_engine_bg) is imported, below.
import type {
  ApplyMigrationsInput,
  ApplyMigrationsOutput,
  DiffParams,
  DiffResult,
  MigrationDirectory,
  MigrationList,
  SchemaContainer,
} from "@prisma/schema-engine-wasm";

// Prisma's schema engine compiled to WebAssembly, driven through the better-sqlite3 driver adapter.
// This is what lets migrations run without the native schema-engine binary that the Prisma CLI
// downloads (and cannot download here: see OFFLINE.md). Server-only Node code, but deliberately
// without the `server-only` marker: the CLI scripts and the test setup import it outside Next.js.

/** The part of the engine we drive. Method names and shapes are those of the package's .d.ts. */
export interface SchemaEngine {
  applyMigrations(input: ApplyMigrationsInput): Promise<ApplyMigrationsOutput>;
  diff(params: DiffParams): Promise<DiffResult>;
}

/** The wasm-bindgen glue module, narrowed to what loading and constructing need. */
interface SchemaEngineGlue {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] | undefined },
      log: (line: string) => void,
      adapterFactory: object,
    ) => Promise<SchemaEngine & { free(): void }>;
  };
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** Frees the engine and closes every SQLite connection it opened. Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenSchemaEngineOptions {
  /** Absolute path of the SQLite file the engine connects to (created when missing). */
  databaseFile: string;
  /** Prisma schema files, needed to diff against the datamodel; migrations need none. */
  schemaFiles?: SchemaContainer[];
  log?: (message: string) => void;
  /** How long to wait for a lock held by another connection. */
  busyTimeoutMs?: number;
}

/** Prisma's name for the lock file that records the provider of a migrations folder. */
export const MIGRATION_LOCK_FILE = "migration_lock.toml";

/** Long enough to wait out a running app's short write transactions, short enough to fail visibly. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

let glue: Promise<SchemaEngineGlue> | undefined;

/**
 * The package is built for bundlers (`import * as wasm from "./x.wasm"`). In plain Node we do what
 * a bundler would: instantiate the .wasm with the glue module as its import namespace, hand the
 * exports back to the glue, then run the module's start function. Once per process: the glue keeps
 * the instance in module state, and compiling the 5 MB module is the slow part.
 */
function loadGlue(): Promise<SchemaEngineGlue> {
  glue ??= (async () => {
    const glueModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // The .wasm file is not in the package's exports map, so find it beside the glue file.
    const glueFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glueFile), "schema_engine_bg.wasm"));
    // The module namespace is exactly the import object wasm-bindgen generated it to be; its
    // static type (classes, helpers) does not line up with WebAssembly.ModuleImports.
    const imports = { "./schema_engine_bg.js": glueModule as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    const loaded: SchemaEngineGlue = glueModule;
    loaded.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (!isCallable(start)) throw new Error("@prisma/schema-engine-wasm: __wbindgen_start is missing");
    start();
    return loaded;
  })();
  // A failed load (a missing file, say) should not be cached for the life of the process.
  glue.catch(() => {
    glue = undefined;
  });
  return glue;
}

function isCallable(value: unknown): value is () => void {
  return typeof value === "function";
}

/**
 * Starts a schema engine connected to one SQLite file. Always pair with `close()` (try/finally):
 * freeing the engine does not close the better-sqlite3 connections the adapter opened, and the one
 * that applied migrations keeps the exclusive lock it took, locking every other connection out.
 */
export async function openSchemaEngine(options: OpenSchemaEngineOptions): Promise<SchemaEngineSession> {
  const { SchemaEngine } = await loadGlue();
  const log = readableLog(options.log);
  const adapters = trackConnections(
    new PrismaBetterSqlite3({
      url: options.databaseFile,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    }),
  );
  const datamodels = options.schemaFiles?.map((file): [string, string] => [file.path, file.content]);
  let engine: (SchemaEngine & { free(): void }) | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels },
      (line) => log?.(line),
      // The raw factory's methods lose `this` when the engine calls them; the binder also turns
      // thrown driver errors into the Result values the engine expects.
      bindMigrationAwareSqlAdapterFactory(adapters.factory),
    );
  } catch (error) {
    await adapters.disposeAll();
    throw toError(error);
  }
  const live = engine;
  let closed = false;
  return {
    engine: {
      applyMigrations: (input) => live.applyMigrations(input).catch(rethrow),
      diff: (params) => live.diff(params).catch(rethrow),
    },
    async close() {
      if (closed) return;
      closed = true;
      live.free();
      await adapters.disposeAll();
    },
  };
}

/** Wraps the factory so that every connection handed to the engine can be closed afterwards. */
function trackConnections(inner: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const remember = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => remember(await inner.connect()),
    connectToShadowDb: async () => remember(await inner.connectToShadowDb()),
  };
  return {
    factory,
    async disposeAll() {
      for (const adapter of opened.splice(0)) await adapter.dispose();
    },
  };
}

function rethrow(error: unknown): never {
  throw toError(error);
}

/** The engine rejects with plain objects or strings at times; callers deserve an Error. */
function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === "string") return new Error(error);
  return new Error(`Schema engine error: ${JSON.stringify(error)}`);
}

/**
 * The migrations folder in the shape the engine expects, read the way the Prisma CLI reads it:
 * every subfolder is a migration, sorted by name, its SQL in migration.sql (a missing file is
 * passed on as an error for the engine to report).
 */
export async function readMigrationsList(
  migrationsDir: string,
  { allowMissing = false }: { allowMissing?: boolean } = {},
): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(() => null);
  let entries: { name: string; isDirectory(): boolean }[];
  try {
    entries = await readdir(baseDir, { withFileTypes: true });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    if (!allowMissing) {
      // The default folder hangs off process.cwd(): name it, since a wrong cwd is the usual cause.
      throw new Error(`No migrations folder at ${baseDir}`, { cause: error });
    }
    entries = [];
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    names.map(async (name): Promise<MigrationDirectory> => {
      const content = await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: unknown) => ({
          tag: "error" as const,
          value: error instanceof Error ? error.message : String(error),
        }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** "LEVEL message key=value" from one of the engine's JSON log lines. */
function readableLog(log: ((message: string) => void) | undefined): ((line: string) => void) | undefined {
  if (!log) return undefined;
  return (line) => {
    let event: { level?: unknown; fields?: Record<string, unknown> };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      log(line.trim());
      return;
    }
    const { message, ...rest } = event.fields ?? {};
    const details = Object.entries(rest).map(
      ([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`,
    );
    log(
      [String(event.level ?? "INFO"), typeof message === "string" ? message : "", ...details]
        .filter(Boolean)
        .join(" "),
    );
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
