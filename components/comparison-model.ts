import { formatValue } from "@/lib/analysis/format-value";
import type { Topic, Verdict } from "@/lib/analysis/values";
import type { Claim } from "@/lib/validations/claim";
import type { Comparison, ComparisonRow } from "@/lib/validations/comparison";

/** What a highlight needs to know about its claim: the row it sits in and that row's verdict. */
export interface ClaimInRow {
  claim: Claim;
  slot: string;
  label: string;
  topic: Topic;
  verdict: Verdict;
  value: string;
}

/** A short name for a column: the outlet, else "Source N". */
export function sourceName(article: { source: string | null }, index: number): string {
  return article.source ?? `Source ${index + 1}`;
}

/** Joins claims to their rows; claims in no row (rejected, orphaned) are left out of the view. */
export function claimsInRows(comparison: Comparison): Map<string, ClaimInRow> {
  const claims = new Map(comparison.claims.map((c) => [c.id, c]));
  const joined = new Map<string, ClaimInRow>();
  for (const row of comparison.rows) {
    for (const cell of row.cells) {
      for (const id of cell.claimIds) {
        const claim = claims.get(id);
        if (!claim || claim.orphaned) continue;
        joined.set(id, {
          claim,
          slot: row.slot,
          label: row.label,
          topic: row.topic,
          verdict: row.verdict,
          value: formatValue(claim),
        });
      }
    }
  }
  return joined;
}

export function verdictCounts(rows: readonly ComparisonRow[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { contradict: 0, partial: 0, agree: 0, single: 0 };
  for (const row of rows) counts[row.verdict]++;
  return counts;
}
