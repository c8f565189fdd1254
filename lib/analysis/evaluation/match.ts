import { unitInfo } from "../format-value";
import type { CompareClaim, ComparisonRow, ExtractedClaim } from "../types";
import type { DateValue } from "../values";
import { canonicalPersonKey } from "../names";
import { prepareValue } from "../prepared-values";
import { compareValueSets } from "../verdicts";
import { type GoldPerson, type GoldQuantity, type RowMatcher } from "./gold";

/**
 * How far a hedged duration may sit from gold and still count: "nearly six hours" read as
 * [5, 6] passes. Counts ("20-point", "18 hostages") are printed exactly, so they must match.
 */
const DURATION_TOLERANCE = 0.2;

export function goldKeys(person: GoldPerson): Set<string> {
  return new Set([person.name, ...(person.aliases ?? [])].map(canonicalPersonKey));
}

/**
 * The side a `delegation.<side>` slot names. Slots reach the scorer already folded to the cluster's
 * gold side keys (foldSlot), which may differ from the shared table's: one cluster's "sudan" is
 * the state, another's the army.
 */
export function delegationSide(slot: string): string | null {
  if (!slot.startsWith("delegation.")) return null;
  return slot.slice("delegation.".length).split(".")[0] ?? "";
}

function boundClose(
  found: number | null,
  gold: number | null,
  factor: number,
  goldFactor: number,
  tolerance: number,
): boolean {
  if (found === null || gold === null) return found === gold;
  const f = found * factor;
  const g = gold * goldFactor;
  return Math.abs(f - g) <= Math.max(Math.abs(g) * tolerance, 1e-9);
}

export function quantityMatches(claim: ExtractedClaim, gold: GoldQuantity): boolean {
  if (claim.kind !== "quantity") return false;
  const found = unitInfo(claim.value.unit);
  const expected = unitInfo(gold.unit);
  if (found.dimension !== expected.dimension) return false;
  const tolerance = expected.dimension === "time" ? DURATION_TOLERANCE : 0;
  return (
    boundClose(claim.value.min, gold.min, found.factor, expected.factor, tolerance) &&
    boundClose(claim.value.max, gold.max, found.factor, expected.factor, tolerance)
  );
}

type DateClaim = Extract<ExtractedClaim, { kind: "date" }>;

/**
 * A resolved gold date needs a resolved claim that overlaps it; an unresolved one (no dateline
 * to resolve "Sunday" against) needs a claim its known parts agree with.
 */
export function dateMatches(claim: DateClaim, gold: DateValue): boolean {
  if (gold.start !== null && claim.value.start === null) return false;
  const verdict = compareValueSets(
    [prepareValue(claim)],
    [prepareValue({ kind: "date", value: gold, quote: "" })],
    true,
  ).verdict;
  return verdict === "agree";
}

export function dateContradicts(claim: DateClaim, gold: DateValue): boolean {
  const verdict = compareValueSets(
    [prepareValue(claim)],
    [prepareValue({ kind: "date", value: gold, quote: "" })],
    true,
  ).verdict;
  return verdict === "contradict";
}

export function describeMatcher(m: RowMatcher): string {
  if ("slot" in m) return m.slot;
  if ("delegation" in m) return `delegation.${m.delegation}`;
  return `term ${m.term}`;
}

export function rowMatches(
  row: ComparisonRow,
  m: RowMatcher,
  claimsById: ReadonlyMap<string, CompareClaim>,
): boolean {
  if ("slot" in m) return row.slot === m.slot;
  if ("delegation" in m) return delegationSide(row.slot) === m.delegation;
  const names = new Set([m.term, ...(m.aliases ?? [])]);
  if (names.has(row.slot.split(".").pop() ?? "")) return true;
  return row.cells.some((cell) =>
    cell.claimIds.some((id) => {
      const claim = claimsById.get(id);
      return claim?.kind === "term" && names.has(claim.value.term);
    }),
  );
}
