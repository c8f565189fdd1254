import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFileFromUrl } from "@/lib/data/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** How long a writer waits for SQLite's lock before giving up (better-sqlite3's busy timeout). */
export const BUSY_TIMEOUT_MS = 5_000;

const cache = globalThis as unknown as { parallaxPrisma?: { url: string; client: PrismaClient } };

/**
 * The one Prisma client of this process. Created on first use, never at import time, so that
 * `next build` (which imports route modules in parallel workers) never opens the database.
 * Cached on globalThis so development hot reloads do not open a connection per reload.
 */
export function getPrisma(): PrismaClient {
  const file = databaseFileFromUrl(process.env.DATABASE_URL);
  if (cache.parallaxPrisma?.url === file) return cache.parallaxPrisma.client;
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter });
  cache.parallaxPrisma = { url: file, client };
  return client;
}
