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

/**
 * Folds a delegation side spelling to the gold side key for one cluster ("armenian" → "armenia"),
 * or returns null to leave it as it is. SIDE_ALIASES in gold.ts does this for the sides the tuned
 * corpus knows; held-out clusters bring their own.
 */
export type SideFolder = (cluster: GoldCluster, slotSide: string) => string | null;

function foldSlot(slot: string, cluster: GoldCluster, foldSide: SideFolder | undefined): string {
  if (foldSide === undefined || !slot.startsWith("delegation.")) return slot;
  const [, side = "", ...rest] = slot.split(".");
  const folded = foldSide(cluster, side);
  return folded === null ? slot : ["delegation", folded, ...rest].join(".");
}

/** Scores precomputed engine output against gold, with evaluateCorpus's rules. */
export function evaluatePrecomputed(
  clusters: readonly GoldCluster[],
  results: ReadonlyMap<string, PrecomputedCluster>,
  foldSide?: SideFolder,
): CorpusMetrics {
  const byBody = new Map<string, ExtractedClaim[]>();
  const rowsByArticles = new Map<string, ComparisonRow[]>();
  for (const cluster of clusters) {
    const result = results.get(cluster.id);
    if (result === undefined) throw new Error(`no precomputed result for cluster ${cluster.id}`);
    for (const article of cluster.articles) {
      if (byBody.has(article.body)) throw new Error(`two gold articles share a body (${article.id})`);
      const claims = result.articles.get(article.id)?.claims ?? [];
      byBody.set(
        article.body,
        claims.map((c) => ({ ...c, slot: foldSlot(c.slot, cluster, foldSide) })),
      );
    }
    rowsByArticles.set(
      cluster.articles.map((a) => a.id).join("|"),
      result.rows.map((r) => ({ ...r, slot: foldSlot(r.slot, cluster, foldSide) })),
    );
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
