import { createHash } from "node:crypto";
import { cleanArticleText, normalizeForHash } from "@/lib/analysis/clean-text";
import { extractClaims } from "@/lib/analysis/extract";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  Article,
  ArticleCreateInput,
  ArticleSummary,
  ArticleWithClaims,
} from "@/lib/validations/article";
import type { PageQuery } from "@/lib/validations/common";
import { ApiError } from "@/lib/api/errors";
import { extractedClaimData, listClaimsForArticles } from "./claims";
import { db } from "./connection";
import { newId } from "./ids";
import { decodeCursor, encodeCursor } from "./cursor";

const summarySelect = {
  id: true,
  title: true,
  source: true,
  author: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  _count: { select: { claims: true } },
} satisfies Prisma.ArticleSelect;

const articleSelect = { ...summarySelect, body: true, contentHash: true } satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    author: row.author,
    url: row.url,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt.toISOString(),
    claimCount: row._count.claims,
  };
}

function toArticle(row: ArticleRow): Article {
  return { ...toSummary(row), body: row.body, contentHash: row.contentHash };
}

export function hashArticleText(body: string): string {
  return createHash("sha256").update(normalizeForHash(body)).digest("hex");
}

/**
 * Stores an article with the engine's suggested claims in one write. The body is cleaned first
 * (page furniture out, line endings normalized) because every claim offset refers to the stored body.
 * The same text twice is a 409 that names the article already there.
 */
export async function createArticle(input: ArticleCreateInput): Promise<ArticleWithClaims> {
  const body = cleanArticleText(input.body, { title: input.title });
  if (!body.trim()) {
    throw new ApiError("invalid-input", "The body holds no article text once page furniture is removed.", {
      errors: [{ path: "body", message: "no article text" }],
    });
  }
  const contentHash = hashArticleText(body);
  const prisma = await db();
  const existing = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
  if (existing) throw duplicateOf(existing.id);

  const id = newId();
  const claims = extractClaims({ body, publishedAt: input.publishedAt }).map((c) =>
    extractedClaimData(id, c),
  );
  try {
    await prisma.$transaction([
      prisma.article.create({
        data: {
          id,
          title: input.title,
          source: input.source,
          author: input.author,
          url: input.url,
          publishedAt: input.publishedAt,
          body,
          contentHash,
        },
      }),
      prisma.claim.createMany({ data: claims }),
    ]);
  } catch (error) {
    // Two imports of the same text raced past the check above: the loser still gets a clear 409.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
      if (winner) throw duplicateOf(winner.id);
    }
    throw error;
  }
  const article = await getArticle(id);
  if (!article) throw new Error(`article ${id} vanished right after it was written`);
  return article;
}

export function duplicateOf(id: string): ApiError {
  return new ApiError("conflict", "This article is already in the library.", {
    extensions: { articleId: id, url: `/articles/${id}` },
  });
}

/** The id of the stored article with this text (after the same cleaning an import applies), if any. */
export async function findArticleIdByText(body: string, title: string): Promise<string | null> {
  const prisma = await db();
  const contentHash = hashArticleText(cleanArticleText(body, { title }));
  const row = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}

export async function getArticle(id: string): Promise<ArticleWithClaims | null> {
  const prisma = await db();
  const row = await prisma.article.findUnique({ where: { id }, select: articleSelect });
  if (!row) return null;
  return { ...toArticle(row), claims: await listClaimsForArticles([id]) };
}

/** Articles newest first, a page at a time; the cursor is opaque to clients. */
export async function listArticles(
  query: PageQuery,
): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
  const prisma = await db();
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const { _count: _, ...pageSelect } = summarySelect;
  const rows = await prisma.article.findMany({
    select: pageSelect,
    where: after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  // Counting claims for this page only: `_count` in the query above would group the whole claim
  // table on every view, which dominates the library page on a large database.
  const counts = await prisma.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: page.map((a) => a.id) } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return {
    items: page.map((row) => toSummary({ ...row, _count: { claims: countOf.get(row.id) ?? 0 } })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** Full articles in the order of `ids`; missing ids are simply absent. */
export async function getArticlesByIds(ids: readonly string[]): Promise<Article[]> {
  const prisma = await db();
  const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } }, select: articleSelect });
  const byId = new Map(rows.map((r) => [r.id, toArticle(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function countArticles(): Promise<number> {
  const prisma = await db();
  return prisma.article.count();
}
