import type { CompareClaim, CompareRelation, ComparisonRow } from "./types";

// Placeholder until alignment lands: no rows.
export function compareClaims(
  _articleIds: readonly string[],
  _claims: readonly CompareClaim[],
  _relations: readonly CompareRelation[],
): ComparisonRow[] {
  return [];
}
