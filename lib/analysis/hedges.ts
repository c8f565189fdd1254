import type { Token } from "./numbers";

/**
 * Hedges around an amount ("nearly five", "more than a dozen", "48 or more") and the interval
 * each one makes of it. Kept apart from number parsing: a figure is read the same whatever hedge
 * surrounds it, and the hedge is read the same whatever figure it qualifies.
 */

function at(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}

export type Hedge = "below" | "around" | "above" | "just-over" | "at-least" | "less-than" | "at-most";

const HEDGE_PHRASES: Record<Hedge, string> = {
  below: "the better part of|the best part of|just shy of|just under|close to|not quite|nearly|almost",
  around: "an estimated|about|around|roughly|some|approximately|estimated|circa|~",
  "just-over": "a little over|slightly more than|just over",
  above: "more than|upwards of|in excess of|longer than|greater than|over",
  "at-least": "no fewer than|no less than|a minimum of|at least",
  "less-than": "less than|fewer than|shorter than|under|below",
  "at-most": "no more than|as many as|as much as|a maximum of|up to|at most",
};
/** Longest phrases first, so "no more than" is not read as "more than". */
const HEDGES: ReadonlyArray<readonly [string[], Hedge]> = Object.entries(HEDGE_PHRASES)
  .flatMap(([hedge, phrases]) => phrases.split("|").map((p) => [p.split(" "), hedge as Hedge] as const))
  .sort((x, y) => y[0].length - x[0].length);

/** The hedge written just before token i, and the token it starts at. */
export function hedgeBefore(tokens: readonly Token[], i: number): { hedge: Hedge; first: number } | null {
  for (const [words, hedge] of HEDGES) {
    const first = i - words.length;
    if (first < 0) continue;
    let k = 0;
    while (k < words.length && tokens[first + k]?.lower === words[k]) k++;
    if (k === words.length) return { hedge, first };
  }
  return null;
}

/** A hedge written after the amount: "five hours or so", "48 or more". */
export function hedgeAfter(tokens: readonly Token[], j: number): { hedge: Hedge; next: number } | null {
  if (at(tokens, j) !== "or") return null;
  const w = at(tokens, j + 1);
  const hedge: Hedge | null =
    w === "so"
      ? "around"
      : w === "more" || w === "longer"
        ? "at-least"
        : w === "fewer" || w === "less"
          ? "at-most"
          : null;
  return hedge ? { hedge, next: j + 2 } : null;
}

export interface Interval {
  min: number | null;
  max: number | null;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/**
 * A hedged amount as an interval. The slack is a tenth of the amount, at least half a unit for
 * measures and one for counted things; a range or vague amount is already loose, so "about 19-20
 * points" stays [19, 20].
 */
function slack(v: number, counted: boolean): number {
  return counted ? Math.max(1, Math.round(v * 0.1)) : Math.max(0.5, v * 0.1);
}

export function applyHedge(min: number, max: number, hedge: Hedge | null, counted: boolean): Interval {
  const exact = min === max;
  switch (hedge) {
    case "below":
      return exact ? { min: Math.max(0, max - slack(max, counted)), max } : { min, max };
    case "around":
      return exact
        ? { min: Math.max(0, min - slack(min, counted)), max: max + slack(max, counted) }
        : { min, max };
    case "just-over":
      return { min: max, max: max + slack(max, counted), minExclusive: true };
    case "above":
      return { min: max, max: null, minExclusive: true };
    case "at-least":
      return { min, max: null };
    case "less-than":
      return { min: null, max: min, maxExclusive: true };
    case "at-most":
      return { min: null, max };
    default:
      return { min, max };
  }
}
