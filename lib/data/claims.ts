import type { ExtractedClaim } from "@/lib/analysis/types";
import { claimValueSchema, topicSchema } from "@/lib/analysis/values";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Claim, CLAIM_ORIGINS, CLAIM_STATUSES } from "@/lib/validations/claim";
import { z } from "zod";
import { db } from "./connection";
import { newId } from "./ids";

export const claimSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  orphaned: true,
  topic: true,
  slot: true,
  kind: true,
  value: true,
  attribution: true,
  origin: true,
  status: true,
  author: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** Turns a stored row into the API shape, validating the JSON value on the way out. */
export function toClaim(row: ClaimRow): Claim {
  const typed = claimValueSchema.parse({ kind: row.kind, value: JSON.parse(row.value) as unknown });
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    orphaned: row.orphaned,
    topic: topicSchema.parse(row.topic),
    slot: row.slot,
    attribution: row.attribution,
    origin: z.enum(CLAIM_ORIGINS).parse(row.origin),
    status: z.enum(CLAIM_STATUSES).parse(row.status),
    author: row.author,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...typed,
  };
}

/** The row to insert for an engine suggestion on the given article. */
export function extractedClaimData(articleId: string, claim: ExtractedClaim): Prisma.ClaimCreateManyInput {
  return {
    id: newId(),
    articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    topic: claim.topic,
    slot: claim.slot,
    kind: claim.kind,
    value: JSON.stringify(claim.value),
    attribution: claim.attribution,
    origin: "extracted",
    status: "suggested",
  };
}

export async function listClaimsForArticles(articleIds: readonly string[]): Promise<Claim[]> {
  const prisma = await db();
  const rows = await prisma.claim.findMany({
    where: { articleId: { in: [...articleIds] } },
    select: claimSelect,
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { end: "asc" }, { id: "asc" }],
  });
  return rows.map(toClaim);
}

/** Claims of one article in text order; null when the article does not exist. */
export async function listArticleClaims(articleId: string): Promise<Claim[] | null> {
  const prisma = await db();
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) return null;
  return listClaimsForArticles([articleId]);
}
