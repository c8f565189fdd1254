import { getPrisma } from "@/lib/db";

/** Row counts of every table, to assert that a refused request wrote nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  const prisma = getPrisma();
  const [articles, claims, relations, comparisons, comparisonArticles, revisions] = await Promise.all([
    prisma.article.count(),
    prisma.claim.count(),
    prisma.relation.count(),
    prisma.comparison.count(),
    prisma.comparisonArticle.count(),
    prisma.comparisonRevision.count(),
  ]);
  return { articles, claims, relations, comparisons, comparisonArticles, revisions };
}
