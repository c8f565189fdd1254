import { getPrisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let ready: { client: PrismaClient; pragmas: Promise<void> } | undefined;

/**
 * The Prisma client with this connection's pragmas applied once. WAL itself is persistent (set by
 * migration); `synchronous=NORMAL` is per connection and is safe under WAL: a crash may lose the
 * last transactions but never corrupts the file.
 */
export async function db(): Promise<PrismaClient> {
  const client = getPrisma();
  if (ready?.client !== client) {
    ready = {
      client,
      pragmas: (async () => {
        await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
        await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
        await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
      })(),
    };
  }
  await ready.pragmas;
  return client;
}
