import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/data/articles";
import { getComparison } from "@/lib/data/comparisons";
import { tableCounts } from "@/lib/test/counts";
import { prepareDatabase } from "@/scripts/prepare-db";
import { SEED_COMPARISON_TITLE } from "./constants";
import { loadSeedArticles } from "./load";
import { seedDatabase } from "./seed";

const quiet = () => {};

describe("seeding", () => {
  it("creates every seed article and one comparison of all of them, once", async () => {
    const seeds = await loadSeedArticles();
    const first = await seedDatabase();
    expect(first).toMatchObject({ articlesCreated: seeds.length, comparisonCreated: true });
    const counts = await tableCounts();

    const second = await seedDatabase();
    expect(second).toEqual({
      articlesCreated: 0,
      comparisonSlug: first.comparisonSlug,
      comparisonCreated: false,
    });
    expect(await tableCounts()).toEqual(counts);

    const comparison = await getComparison(first.comparisonSlug);
    expect(comparison?.title).toBe(SEED_COMPARISON_TITLE);
    expect(comparison?.articles.map((a) => a.title)).toEqual(seeds.map((s) => s.title));
  });

  it("keeps every article, claim and comparison when the app starts again", async () => {
    await prepareDatabase(quiet);
    await createArticle({
      title: "A later import",
      body: "Mediators met the delegations in Doha on Monday for four hours.",
      source: null,
      author: null,
      url: null,
      publishedAt: "2025-03-03",
    });
    const before = await tableCounts();
    expect(before.articles).toBeGreaterThan(1);

    await prepareDatabase(quiet);
    await prepareDatabase(quiet);
    expect(await tableCounts()).toEqual(before);
  });
});
