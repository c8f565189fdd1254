import { ApiError, notFound } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Relation, RelationCreateInput } from "@/lib/validations/relation";
import { recordChange } from "./claim-edits";
import { claimSelect, toClaim } from "./claims";
import { db } from "./connection";
import { newId } from "./ids";
import { findRelationBetween, relationSelect, toRelation } from "./relations";
import { relationAddedNote, relationRemovedNote } from "./revision-notes";

function duplicate(existing: Relation): ApiError {
  return new ApiError(
    "conflict",
    `These claims are already linked (as ${existing.kind}). Delete that link first to change it.`,
    { extensions: { relationId: existing.id } },
  );
}

/**
 * Links two claims of different articles. Refused with 422 when a claim is missing or both are in
 * one article, 409 when the pair is already linked in either direction.
 */
export async function createRelation(input: RelationCreateInput): Promise<Relation> {
  const prisma = await db();
  const rows = await prisma.claim.findMany({
    where: { id: { in: [input.fromClaimId, input.toClaimId] } },
    select: claimSelect,
  });
  const from = rows.find((c) => c.id === input.fromClaimId);
  const to = rows.find((c) => c.id === input.toClaimId);
  if (!from || !to) {
    const missing = (["fromClaimId", "toClaimId"] as const).filter(
      (key) => !rows.some((c) => c.id === input[key]),
    );
    throw new ApiError(
      "invalid-input",
      `No claim exists with id ${missing.map((k) => input[k]).join(", ")}.`,
      {
        errors: missing.map((path) => ({ path, message: "no such claim" })),
      },
    );
  }
  if (from.articleId === to.articleId) {
    throw new ApiError(
      "invalid-input",
      "Both claims are in the same article. A link records how two sources relate, so the claims must come from different articles.",
      { errors: [{ path: "toClaimId", message: "must be a claim of another article" }] },
    );
  }
  const existing = await findRelationBetween(from.id, to.id);
  if (existing) throw duplicate(existing);

  let relation: Relation;
  try {
    const row = await prisma.relation.create({
      data: {
        id: newId(),
        fromClaimId: from.id,
        toClaimId: to.id,
        kind: input.kind,
        note: input.note,
        author: input.author,
      },
      select: relationSelect,
    });
    relation = toRelation(row);
  } catch (error) {
    // Two clients linking the same pair at once: the loser gets the same 409 as a later attempt.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findRelationBetween(from.id, to.id);
      if (winner) throw duplicate(winner);
    }
    throw error;
  }
  await recordChange([from.articleId, to.articleId], {
    summary: relationAddedNote(input.kind, toClaim(from), toClaim(to), input.author),
    author: input.author,
  });
  return relation;
}

export async function deleteRelation(id: string, author: string | null): Promise<void> {
  const prisma = await db();
  const row = await prisma.relation.findUnique({
    where: { id },
    select: { from: { select: claimSelect }, to: { select: claimSelect } },
  });
  if (!row) throw notFound("relation");
  const { count } = await prisma.relation.deleteMany({ where: { id } });
  if (count === 0) throw notFound("relation");
  await recordChange([row.from.articleId, row.to.articleId], {
    summary: relationRemovedNote(toClaim(row.from), toClaim(row.to), author),
    author,
  });
}
