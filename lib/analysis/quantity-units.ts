import { isPlanHead } from "./measure-slots";
import { countNoun, isBareCasualty } from "./count-slots";
import type { NumberMatch, Token } from "./numbers";

/** What an amount is an amount of: the unit after it, and the figures prose writes as words. */

/** Units of time; minutes are kept as hours so "90 minutes" meets "an hour and a half". */
export const DURATION_UNITS = new Map<string, readonly [unit: string, factor: number]>();
for (const [unit, factor, forms] of [
  ["hours", 1, "hour hours hr hrs"],
  ["hours", 1 / 60, "minute minutes min mins"],
  ["days", 1, "day days"],
  ["weeks", 1, "week weeks"],
  ["months", 1, "month months"],
  ["years", 1, "year years"],
] as const) {
  for (const form of forms.split(" ")) DURATION_UNITS.set(form, [unit, factor]);
}

const PART_OF_TEXT = /^(?:article|clause|provision|item)s?$/;
const MEASURES = /^(?:measures|steps)$/;

/** Where "measures" stands from `k`, past one hyphenated modifier ("confidence-building"), or -1. */
function measuresAt(tokens: readonly Token[], k: number): number {
  if (MEASURES.test(at(tokens, k))) return k;
  return at(tokens, k + 1) === "-" && MEASURES.test(at(tokens, k + 3)) ? k + 3 : -1;
}

export type SizeKind = "points" | "phases" | "members";
export const SIZE_UNITS = new Map<string, SizeKind>();
for (const [kind, forms] of [
  ["points", "point points"],
  ["phases", "phase phases stage stages"],
  ["members", "member members"],
] as const) {
  for (const form of forms.split(" ")) SIZE_UNITS.set(form, kind);
}

export type UnitKind = "duration" | SizeKind | "count" | "percent";

export interface Unit {
  kind: UnitKind;
  unit: string;
  /** Multiplier into `unit` (minutes are kept as hours so "90 minutes" meets "an hour and a half"). */
  factor: number;
  compound: boolean;
  /** Counted as a plan's listed measures ("a package of seven measures"): a plan, whatever else the sentence says. */
  listed?: boolean;
  /** Token index after the unit (and after "-long"). */
  next: number;
  /** A count of people with no noun written ("1.9 million displaced"). */
  bare?: boolean;
}

export const STOP = new Set(
  "of and or to in on at for from with by the a an that who which were was are is have had as than".split(
    " ",
  ),
);
export function at(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}

export function isSingularDuration(tokens: readonly Token[], n: number): boolean {
  const w = at(tokens, n);
  return DURATION_UNITS.has(w) && !w.endsWith("s");
}

/** The unit after an amount: "-hour", "hours", "-point", "percent", or a counted noun ("Palestinian prisoners"). */
export function unitAt(tokens: readonly Token[], j: number, amount: NumberMatch): Unit | null {
  const compound = at(tokens, j) === "-";
  // "a couple of hours", "dozens of hours"
  const k = compound
    ? j + 1
    : at(tokens, j) === "of" && (DURATION_UNITS.has(at(tokens, j + 1)) || SIZE_UNITS.has(at(tokens, j + 1)))
      ? j + 1
      : j;
  const word = at(tokens, k);
  let next = k + 1;
  if (
    compound &&
    /^year|^month|^day|^week/.test(word) &&
    (at(tokens, next) === "-" || at(tokens, next) === "old") &&
    /old/.test(at(tokens, next) + at(tokens, next + 1))
  )
    return null;
  if (at(tokens, next) === "-" && at(tokens, next + 1) === "long") next += 2;
  else if (at(tokens, next) === "long") next += 1;
  const duration = DURATION_UNITS.get(word);
  if (duration) return { kind: "duration", unit: duration[0], factor: duration[1], compound, next };
  const size = SIZE_UNITS.get(word);
  if (size) return { kind: size, unit: size, factor: 1, compound, next: k + 1 };
  // "a seven-article declaration", "the 20-clause accord": a document counted in its own parts.
  // "runs to 12 articles": only where the sentence is about a plan (see classify).
  if (
    PART_OF_TEXT.test(word) &&
    (!compound || isPlanHead(at(tokens, k + 1)) || isPlanHead(at(tokens, k + 2)))
  )
    return { kind: "points", unit: "points", factor: 1, compound, next: k + 1 };
  // "a package of seven measures", "the six measures agreed": a plan counted in its measures.
  const measure = measuresAt(tokens, k);
  if (
    !compound &&
    measure !== -1 &&
    (/^(?:package|set|list|series)$/.test(at(tokens, amount.first - 2)) ||
      /^(?:agreed|adopted|endorsed|approved)$/.test(at(tokens, measure + 1)))
  )
    return { kind: "points", unit: "points", factor: 1, compound, next: measure + 1, listed: true };
  if (compound) return null;
  if (word === "percent" || word === "%")
    return { kind: "percent", unit: "percent", factor: 1, compound, next: k + 1 };
  if (word === "per" && at(tokens, k + 1) === "cent")
    return { kind: "percent", unit: "percent", factor: 1, compound, next: k + 2 };
  // "dozens of civilians", "33 of the hostages"
  let m = k;
  if (word === "of" && (amount.vague || amount.min >= 2)) m += at(tokens, m + 1) === "the" ? 2 : 1;
  for (let n = m; n < m + 6 && n < tokens.length; n++) {
    const t = tokens[n];
    if (
      !t ||
      STOP.has(t.lower) ||
      t.kind === "num" ||
      (t.kind === "punct" && t.lower !== "." && t.lower !== "-")
    )
      break;
    const plural = countNoun(t.lower);
    // "several prisoner exchanges", "two hostage deals": a singular noun after a plural amount
    // qualifies what is counted; it is not counted itself.
    if (plural && plural !== t.lower && !t.lower.endsWith("s") && (amount.vague || amount.min >= 2)) break;
    if (plural) return { kind: "count", unit: plural, factor: 1, compound, next: n + 1 };
  }
  // "displaced 1.9 million", "1.9 million displaced": people counted without the noun; the slot
  // decides later whether the sentence says what befell them.
  const casualty = isBareCasualty(word);
  if (
    !amount.vague &&
    amount.min >= 2 &&
    (casualty || word === "" || word === "," || word === "." || STOP.has(word))
  )
    return { kind: "count", unit: "people", factor: 1, compound, next: casualty ? k + 1 : k, bare: true };
  return null;
}

/** Up to four words after `j`, for finding the noun measured; "face-to-face" is one modifier. */
export function wordsAfter(tokens: readonly Token[], j: number): string[] {
  const words: string[] = [];
  for (let n = j; n < tokens.length && n < j + 10 && words.length < 4; n++) {
    const t = tokens[n];
    if (!t || (t.kind === "punct" && t.lower !== "-") || t.kind === "num") break;
    const hyphened = at(tokens, n - 1) === "-" || at(tokens, n + 1) === "-";
    if (STOP.has(t.lower) && !hyphened) {
      if (words.length > 0) break;
      continue;
    }
    if (t.kind === "word") words.push(t.lower);
  }
  return words;
}

/** An amount the rules cannot see as a figure: "an hour", "half an hour", bare "hours". */
export function articleAmount(tokens: readonly Token[], i: number): NumberMatch | null {
  const w = at(tokens, i);
  if ((w === "a" || w === "an") && isSingularDuration(tokens, i + 1)) {
    const half = at(tokens, i + 2) === "and" && at(tokens, i + 3) === "a" && at(tokens, i + 4) === "half";
    return { first: i, next: i + 1, min: half ? 1.5 : 1, max: half ? 1.5 : 1, vague: true };
  }
  if (
    w === "half" &&
    (at(tokens, i + 1) === "a" || at(tokens, i + 1) === "an") &&
    isSingularDuration(tokens, i + 2)
  )
    return { first: i, next: i + 2, min: 0.5, max: 0.5, vague: true };
  const long = at(tokens, i + 1) === "-" && at(tokens, i + 2) === "long";
  if (
    (w === "hours" || w === "days") &&
    (long || !/^\d|^(?:a|an|the|few|several|couple|many|of)$/.test(at(tokens, i - 1)))
  )
    return { first: i, next: i, min: 1, max: 1, vague: true };
  return null;
}
