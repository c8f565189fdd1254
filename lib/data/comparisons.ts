import { compareClaims } from "@/lib/analysis/compare";
import type { CompareClaim } from "@/lib/analysis/types";
import { ApiError } from "@/lib/api/errors";
import {
  type Comparison,
  type ComparisonCreateInput,
  type ComparisonSummary,
  comparisonSchema,
} from "@/lib/validations/comparison";
import { getArticlesByIds } from "./articles";
import { listClaimsForArticles } from "./claims";
import { db } from "./connection";
import { newId, newSlug } from "./ids";
import { cachedSnapshot, cacheSnapshot } from "./comparison-cache";
import { findLatestRevision } from "./latest-revision";
import { listRelationsAmong } from "./relations";

/** Resolves what a reader sees now: articles in order, their claims and relations, and the rows. */
export async function resolveComparison(
  meta: { slug: string; title: string; createdAt: Date; revision: number },
  articleIds: readonly string[],
): Promise<Comparison> {
  const articles = await getArticlesByIds(articleIds);
  const claims = await listClaimsForArticles(articleIds);
  const relations = await listRelationsAmong(claims.map((c) => c.id));
  const rows = compareClaims(
    articleIds,
    claims.map((c): CompareClaim => c),
    relations,
  );
  return {
    slug: meta.slug,
    revision: meta.revision,
    title: meta.title,
    createdAt: meta.createdAt.toISOString(),
    articles,
    claims,
    relations,
    rows,
  };
}

export async function createComparison(
  input: ComparisonCreateInput,
): Promise<{ slug: string; revision: number }> {
  const prisma = await db();
  const found = await prisma.article.findMany({
    where: { id: { in: input.articleIds } },
    select: { id: true, title: true },
  });
  const missing = input.articleIds.filter((id) => !found.some((a) => a.id === id));
  if (missing.length > 0) {
    throw new ApiError("invalid-input", `No article exists with id ${missing.join(", ")}.`, {
      errors: missing.map((id) => ({
        path: `articleIds.${input.articleIds.indexOf(id)}`,
        message: "no such article",
      })),
    });
  }
  const title =
    input.title ?? `${found.length} sources: ${found.find((a) => a.id === input.articleIds[0])?.title ?? ""}`;
  const id = newId();
  const slug = newSlug();
  const createdAt = new Date();
  const snapshot = await resolveComparison({ slug, title, createdAt, revision: 1 }, input.articleIds);
  // A batch, not an interactive transaction: every statement is a write, so SQLite takes the
  // write lock once and there is no read-then-write window (see OFFLINE.md on P1008).
  await prisma.$transaction([
    prisma.comparison.create({ data: { id, slug, title, createdAt, latestRevision: 1 } }),
    prisma.comparisonArticle.createMany({
      data: input.articleIds.map((articleId, position) => ({ comparisonId: id, articleId, position })),
    }),
    prisma.comparisonRevision.create({
      data: {
        id: newId(),
        comparisonId: id,
        number: 1,
        snapshot: JSON.stringify(snapshot),
        summary: "Created",
      },
    }),
  ]);
  return { slug, revision: 1 };
}

/** The comparison at a revision (latest when omitted), exactly as it was frozen; null if absent. */
export async function getComparison(slug: string, revision?: number): Promise<Comparison | null> {
  const pinned = revision === undefined ? undefined : cachedSnapshot(slug, revision);
  if (pinned) return pinned;
  const comparison = await findLatestRevision(slug);
  if (!comparison) return null;
  const number = revision ?? comparison.latestRevision;
  const cached = cachedSnapshot(slug, number);
  if (cached) return cached;
  const prisma = await db();
  const stored = await prisma.comparisonRevision.findUnique({
    where: { comparisonId_number: { comparisonId: comparison.id, number } },
    select: { snapshot: true },
  });
  if (!stored) return null;
  return cacheSnapshot(
    slug,
    number,
    comparisonSchema.parse(JSON.parse(stored.snapshot)),
    stored.snapshot.length,
  );
}

export async function listComparisons(limit = 50): Promise<ComparisonSummary[]> {
  const prisma = await db();
  const rows = await prisma.comparison.findMany({
    select: {
      slug: true,
      title: true,
      latestRevision: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { articles: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    revision: r.latestRevision,
    articleCount: r._count.articles,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The comparison whose articles are exactly `articleIds` in that order, if one exists. */
export async function findComparisonOfArticles(
  articleIds: readonly string[],
): Promise<{ slug: string } | null> {
  const prisma = await db();
  const candidates = await prisma.comparison.findMany({
    where: { articles: { every: { articleId: { in: [...articleIds] } } } },
    select: { slug: true, articles: { select: { articleId: true }, orderBy: { position: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  const match = candidates.find(
    (c) =>
      c.articles.length === articleIds.length && c.articles.every((a, i) => a.articleId === articleIds[i]),
  );
  return match ? { slug: match.slug } : null;
}
