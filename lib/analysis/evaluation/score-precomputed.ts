import type { ComparisonRow, ExtractedClaim } from "../types";
import type { GoldCluster } from "./gold";
import { evaluateCorpus, type CompareFn, type CorpusMetrics, type ExtractFn } from "./score";

/**
 * Scoring for engine output that was produced elsewhere, e.g. through the HTTP API against a real
 * database, rather than by calling the extractors in-process. evaluateCorpus wants synchronous
 * extract and compare functions; these are lookups into what was already computed, so the scoring
 * itself (matching, tolerances, tallies, notes) is exactly evaluateCorpus's.
 */

export interface PrecomputedArticle {
  /** The engine's claims for the gold article, in a fixed order. */
  claims: readonly ExtractedClaim[];
}

export interface PrecomputedCluster {
  /** By gold article id. */
  articles: ReadonlyMap<string, PrecomputedArticle>;
  /**
   * The comparison of all the cluster's articles. Cells name gold article ids, and claim ids in
   * the form `${goldArticleId}#${index}`, index being the claim's position in `claims` above: the
   * ids evaluateCorpus gives the claims it hands to the comparison.
   */
  rows: readonly ComparisonRow[];
}

/** Scores precomputed engine output against gold, with evaluateCorpus's rules. */
export function evaluatePrecomputed(
  clusters: readonly GoldCluster[],
  results: ReadonlyMap<string, PrecomputedCluster>,
): CorpusMetrics {
  const byBody = new Map<string, ExtractedClaim[]>();
  const rowsByArticles = new Map<string, ComparisonRow[]>();
  for (const cluster of clusters) {
    const result = results.get(cluster.id);
    if (result === undefined) throw new Error(`no precomputed result for cluster ${cluster.id}`);
    for (const article of cluster.articles) {
      if (byBody.has(article.body)) throw new Error(`two gold articles share a body (${article.id})`);
      const claims = result.articles.get(article.id)?.claims ?? [];
      byBody.set(article.body, [...claims]);
    }
    rowsByArticles.set(cluster.articles.map((a) => a.id).join("|"), [...result.rows]);
  }
  const extract: ExtractFn = ({ body }) => {
    const claims = byBody.get(body);
    if (claims === undefined) throw new Error("no precomputed claims for an article body");
    return claims;
  };
  const compare: CompareFn = (articleIds) => {
    const rows = rowsByArticles.get(articleIds.join("|"));
    if (rows === undefined) throw new Error(`no precomputed comparison for ${articleIds.join(", ")}`);
    return rows;
  };
  return evaluateCorpus(extract, compare, clusters);
}
