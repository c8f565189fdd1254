import path from "node:path";

/** Where the database lives when DATABASE_URL is not set, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/parallax.db";

/**
 * The absolute path of the SQLite file named by DATABASE_URL.
 *
 * Accepts `file:./data/x.db`, `file:data/x.db`, `file:/abs/x.db`, `file:///abs/x.db` or a bare
 * path. Relative paths resolve against process.cwd(), the project root for every way we run
 * (npm scripts, next dev/start, vitest). The Prisma CLI resolves them against the schema's folder
 * instead, but prisma.config.ts sits at the root too, so both name the same file.
 *
 * Percent-escapes are kept literally, as the better-sqlite3 adapter keeps them (it only strips
 * `file:`), so this always names the file the app opens.
 */
export function databaseFileFromUrl(url: string | undefined): string {
  const value = url?.trim() ?? "";
  if (value === "") return path.resolve(/* turbopackIgnore: true */ process.cwd(), DEFAULT_DATABASE_FILE);

  if (value.includes("?")) {
    // The adapter passes everything after `file:` to SQLite as the file name, so a parameter
    // would silently create a different database named "x.db?busy_timeout=5000".
    throw new Error(
      `DATABASE_URL must not have query parameters (got "${value}"): they would become part of the ` +
        "SQLite file name. The busy timeout and pragmas are set in code (lib/db.ts).",
    );
  }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  // A one-letter "scheme" is a Windows drive (C:\data\x.db), so a bare path.
  if (scheme !== undefined && scheme.length > 1 && scheme.toLowerCase() !== "file") {
    throw new Error(`DATABASE_URL must be a SQLite file: URL or a path (got a ${scheme}: URL).`);
  }

  let file = scheme?.toLowerCase() === "file" ? value.slice("file:".length) : value;
  if (file.startsWith("//")) {
    // file:///abs/x.db has an empty host; file://host/x.db names another machine.
    if (!file.startsWith("///")) {
      throw new Error(
        `DATABASE_URL "${value}" names a host; use file:/absolute/path.db or file:./relative.db.`,
      );
    }
    file = file.slice(2);
  }
  if (file === "" || file.startsWith(":memory:")) {
    // An in-memory database would vanish between the migration and the app's first query.
    throw new Error(`DATABASE_URL "${value}" does not name a database file.`);
  }
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}
