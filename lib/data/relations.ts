import { relationKindSchema } from "@/lib/analysis/values";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Relation } from "@/lib/validations/relation";
import { db } from "./connection";

export const relationSelect = {
  id: true,
  fromClaimId: true,
  toClaimId: true,
  kind: true,
  note: true,
  author: true,
  createdAt: true,
} satisfies Prisma.RelationSelect;

type RelationRow = Prisma.RelationGetPayload<{ select: typeof relationSelect }>;

export function toRelation(row: RelationRow): Relation {
  return { ...row, kind: relationKindSchema.parse(row.kind), createdAt: row.createdAt.toISOString() };
}

/** Relations whose two claims are both among `claimIds`. */
export async function listRelationsAmong(claimIds: readonly string[]): Promise<Relation[]> {
  if (claimIds.length === 0) return [];
  const prisma = await db();
  const ids = [...claimIds];
  const rows = await prisma.relation.findMany({
    where: { fromClaimId: { in: ids }, toClaimId: { in: ids } },
    select: relationSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toRelation);
}

/** The relation between two claims in either direction, if any: a link is symmetric. */
export async function findRelationBetween(a: string, b: string): Promise<Relation | null> {
  const prisma = await db();
  const row = await prisma.relation.findFirst({
    where: {
      OR: [
        { fromClaimId: a, toClaimId: b },
        { fromClaimId: b, toClaimId: a },
      ],
    },
    select: relationSelect,
  });
  return row ? toRelation(row) : null;
}
