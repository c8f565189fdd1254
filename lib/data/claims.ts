import { suggestClaim } from "@/lib/analysis/suggest";
import type { ExtractedClaim } from "@/lib/analysis/types";
import { claimValueSchema, topicSchema } from "@/lib/analysis/values";
import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Claim, type ClaimSuggestion, CLAIM_ORIGINS, CLAIM_STATUSES } from "@/lib/validations/claim";
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

export async function getClaim(id: string): Promise<Claim | null> {
  const prisma = await db();
  const row = await prisma.claim.findUnique({ where: { id }, select: claimSelect });
  return row ? toClaim(row) : null;
}

/** The 409 a stale write gets: the claim as it is now, so the client can show it and retry. */
export function staleClaim(current: Claim): ApiError {
  return new ApiError(
    "conflict",
    `This claim was changed by someone else (now version ${current.version}). Nothing was saved; review the current claim and apply your change again.`,
    { extensions: { current } },
  );
}

/** The engine's reading of a selection in a stored article; null when the article does not exist. */
export async function suggestForSelection(
  articleId: string,
  selection: { start: number; end: number },
): Promise<ClaimSuggestion | null> {
  const prisma = await db();
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { body: true, publishedAt: true },
  });
  if (!article) return null;
  const from = Math.min(selection.start, selection.end, article.body.length);
  const to = Math.min(Math.max(selection.start, selection.end), article.body.length);
  const raw = article.body.slice(from, to);
  const quote = raw.trim();
  const start = quote ? from + raw.indexOf(quote) : from;
  const end = start + quote.length;
  return { start, end, quote, suggestion: quote ? suggestClaim(article, start, end) : null };
}
