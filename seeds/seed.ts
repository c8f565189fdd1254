import { createArticle, findArticleIdByText } from "@/lib/data/articles";
import { createComparison, findComparisonOfArticles } from "@/lib/data/comparisons";
import { SEED_COMPARISON_TITLE } from "./constants";
import { loadSeedArticles } from "./load";

export interface SeedResult {
  articlesCreated: number;
  comparisonSlug: string;
  comparisonCreated: boolean;
}

/**
 * Puts the seed articles and one comparison of all of them in the database. Idempotent: an
 * article already present (same text) is reused, and the comparison is created only once.
 */
export async function seedDatabase(): Promise<SeedResult> {
  const seeds = await loadSeedArticles();
  const ids: string[] = [];
  let articlesCreated = 0;
  for (const seed of seeds) {
    const existing = await findArticleIdByText(seed.body, seed.title);
    if (existing) {
      ids.push(existing);
      continue;
    }
    const article = await createArticle({
      title: seed.title,
      source: seed.source,
      author: seed.author,
      url: seed.url,
      publishedAt: seed.publishedAt,
      body: seed.body,
    });
    ids.push(article.id);
    articlesCreated++;
  }
  const found = await findComparisonOfArticles(ids);
  if (found) return { articlesCreated, comparisonSlug: found.slug, comparisonCreated: false };
  const { slug } = await createComparison({ articleIds: ids, title: SEED_COMPARISON_TITLE });
  return { articlesCreated, comparisonSlug: slug, comparisonCreated: true };
}
