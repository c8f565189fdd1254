import { makeAnchor } from "@/lib/analysis/text";
import type { ExtractedClaim } from "@/lib/analysis/types";
import { claimValueSchema, topicSchema } from "@/lib/analysis/values";
import { ApiError, notFound } from "@/lib/api/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  type Claim,
  type ClaimCreateInput,
  type ClaimPatchInput,
  CLAIM_ORIGINS,
  CLAIM_STATUSES,
} from "@/lib/validations/claim";
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

function textChanged(): ApiError {
  return new ApiError(
    "conflict",
    "The article's text was re-imported while you were annotating. Nothing was saved; reload the article and try again.",
  );
}

/** The 422 for an anchor that does not fit the text, saying what the text there actually reads. */
function checkAnchor(body: string, anchor: { start: number; end: number; quote: string }): void {
  if (anchor.end > body.length) {
    throw new ApiError(
      "invalid-input",
      `end is past the end of the article, which has ${body.length} characters.`,
      {
        errors: [{ path: "end", message: `at most ${body.length}` }],
      },
    );
  }
  const actual = body.slice(anchor.start, anchor.end);
  if (actual !== anchor.quote) {
    const shown = actual.length > 80 ? `${actual.slice(0, 77)}…` : actual;
    throw new ApiError(
      "invalid-input",
      `The quote does not match the article text at ${anchor.start}–${anchor.end}, which reads “${shown}”. Send the exact text of the selection.`,
      { errors: [{ path: "quote", message: "must equal the article text between start and end" }] },
    );
  }
}

/**
 * A guard that makes a claim write depend on the article's text being the one the anchor was
 * checked against: it fails (P2025, rolling back the batch) if a re-import replaced the text since.
 */
function articleGuard(prisma: PrismaClient, articleId: string, contentHash: string) {
  return prisma.article.update({
    where: { id: articleId, contentHash },
    data: { updatedAt: new Date() },
    select: { id: true },
  });
}

async function withArticleGuard<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw textChanged();
    throw error;
  }
}

/** Adds an annotator's claim after checking its quote against the text; 404 without the article. */
export async function createClaim(articleId: string, input: ClaimCreateInput): Promise<Claim> {
  const prisma = await db();
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { body: true, contentHash: true },
  });
  if (!article) throw notFound("article");
  checkAnchor(article.body, input);
  const id = newId();
  const anchor = makeAnchor(article.body, input.start, input.end);
  const create = prisma.claim.create({
    data: {
      id,
      articleId,
      ...anchor,
      topic: input.topic,
      slot: input.slot,
      kind: input.kind,
      value: JSON.stringify(input.value),
      origin: "annotator",
      status: input.status,
      author: input.author,
    },
    select: claimSelect,
  });
  const [, row] = await withArticleGuard(() =>
    prisma.$transaction([articleGuard(prisma, articleId, article.contentHash), create]),
  );
  return toClaim(row);
}

/**
 * Applies a change to a claim if it is still at the version the client read: one conditional
 * write (`updateMany where {id, version}`), so of two clients saving the same claim exactly one
 * wins and the other gets a 409 carrying the current claim. Returns the claim before and after.
 */
export async function updateClaim(
  id: string,
  patch: ClaimPatchInput,
): Promise<{ before: Claim; after: Claim }> {
  const prisma = await db();
  const before = await getClaim(id);
  if (!before) throw notFound("claim");
  if (before.version !== patch.version) throw staleClaim(before);

  const data: Prisma.ClaimUpdateManyMutationInput = { version: { increment: 1 } };
  if (patch.status) data.status = patch.status;
  if (patch.topic) data.topic = patch.topic;
  if (patch.slot) data.slot = patch.slot;
  if (patch.author) data.author = patch.author;
  if (patch.typed) Object.assign(data, { kind: patch.typed.kind, value: JSON.stringify(patch.typed.value) });
  const write = (extra: Prisma.ClaimUpdateManyMutationInput = {}) =>
    prisma.claim.updateMany({ where: { id, version: patch.version }, data: { ...data, ...extra } });

  let count: number;
  if (patch.anchor) {
    const article = await prisma.article.findUnique({
      where: { id: before.articleId },
      select: { body: true, contentHash: true },
    });
    if (!article) throw notFound("claim");
    checkAnchor(article.body, patch.anchor);
    const anchor = makeAnchor(article.body, patch.anchor.start, patch.anchor.end);
    const guard = articleGuard(prisma, before.articleId, article.contentHash);
    [, { count }] = await withArticleGuard(() =>
      prisma.$transaction([guard, write({ ...anchor, orphaned: false })]),
    );
  } else {
    ({ count } = await write());
  }
  const after = await getClaim(id);
  if (!after) throw notFound("claim");
  if (count === 0) throw staleClaim(after);
  return { before, after };
}

/** Deletes a claim (and its relations), guarded by `version` when given. Returns what was deleted. */
export async function deleteClaim(id: string, version?: number): Promise<Claim> {
  const prisma = await db();
  const before = await getClaim(id);
  if (!before) throw notFound("claim");
  if (version !== undefined && before.version !== version) throw staleClaim(before);
  const { count } = await prisma.claim.deleteMany({
    where: { id, ...(version === undefined ? {} : { version }) },
  });
  if (count === 0) {
    const current = await getClaim(id);
    throw current ? staleClaim(current) : notFound("claim");
  }
  return before;
}
