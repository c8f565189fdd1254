import { db } from "./connection";

/*
 * Which revision of a comparison is the latest. Apart from comparisons.ts because the proxy asks
 * this on every view of a latest page, and should not load the analysis engine to do so.
 */

/** The number of a comparison's latest revision, null if there is no such comparison. */
export async function getLatestRevisionNumber(slug: string): Promise<number | null> {
  return (await findLatestRevision(slug))?.latestRevision ?? null;
}

// Raw SQL on the hot path (a shared link's every view): a third of Prisma's cost for this lookup.
export async function findLatestRevision(
  slug: string,
): Promise<{ id: string; latestRevision: number } | null> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ id: string; latestRevision: number | bigint }[]>`
    SELECT "id", "latestRevision" FROM "Comparison" WHERE "slug" = ${slug}`;
  return row ? { id: row.id, latestRevision: Number(row.latestRevision) } : null;
}
