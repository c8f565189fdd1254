import type { Claim } from "@/lib/validations/claim";
import type { Comparison, ComparisonRow } from "@/lib/validations/comparison";

export interface PlacedClaim {
  claim: Claim;
  /** The row that shows the claim; null for claims no row shows (rejected ones). */
  row: ComparisonRow | null;
}

/**
 * Every claim once, in the order a reader meets them on the page: row by row, article by article
 * within a row, then the claims no row shows in text order. Exports share this order so a CSV, a
 * report and an annotation list of the same revision line up.
 */
export function claimsInReadingOrder(comparison: Comparison): PlacedClaim[] {
  const byId = new Map(comparison.claims.map((c) => [c.id, c]));
  const placed: PlacedClaim[] = [];
  const seen = new Set<string>();
  for (const row of comparison.rows) {
    for (const cell of row.cells) {
      for (const id of cell.claimIds) {
        const claim = byId.get(id);
        if (!claim || seen.has(id)) continue;
        seen.add(id);
        placed.push({ claim, row });
      }
    }
  }
  const position = new Map(comparison.articles.map((a, i) => [a.id, i]));
  const rest = comparison.claims
    .filter((c) => !seen.has(c.id))
    .sort(
      (a, b) =>
        (position.get(a.articleId) ?? 0) - (position.get(b.articleId) ?? 0) ||
        a.start - b.start ||
        a.end - b.end,
    );
  for (const claim of rest) placed.push({ claim, row: null });
  return placed;
}
