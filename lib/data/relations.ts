import { relationKindSchema } from "@/lib/analysis/values";
import type { Relation } from "@/lib/validations/comparison";
import { db } from "./connection";

/** Relations whose two claims are both among `claimIds`. */
export async function listRelationsAmong(claimIds: readonly string[]): Promise<Relation[]> {
  if (claimIds.length === 0) return [];
  const prisma = await db();
  const ids = [...claimIds];
  const rows = await prisma.relation.findMany({
    where: { fromClaimId: { in: ids }, toClaimId: { in: ids } },
    select: {
      id: true,
      fromClaimId: true,
      toClaimId: true,
      kind: true,
      note: true,
      author: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    ...r,
    kind: relationKindSchema.parse(r.kind),
    createdAt: r.createdAt.toISOString(),
  }));
}
