import type { DateParts } from "./date-relations";
import { formatValue, unitInfo } from "./format-value";
import { canonicalPersonKey } from "./names";
import type { ClaimValue, Stance } from "./values";

export type Source = ClaimValue & { quote: string };

/**
 * A claim value normalized once per comparison, so pairwise work inside a row is arithmetic:
 * persons by canonical key, dates as epoch-day ranges, quantities in their dimension's base unit.
 * `source` keeps the value for words, which are formatted only when a reason needs them.
 */
export type PreparedValue = { source: Source; text?: string } & (
  | { kind: "person"; key: string; name: string }
  | { kind: "date"; lo: number | null; hi: number | null; parts: DateParts }
  | {
      kind: "quantity";
      lo: number;
      hi: number;
      loEx: boolean;
      hiEx: boolean;
      dimension: string;
      /** A stated length's rounding ("six hours" is to the hour, "5.5 hours" to the half), 0 for ranges. */
      step: number;
    }
  | { kind: "term"; term: string; stance: Stance }
);

/** A value's words, formatted once and only when a reason needs them. */
export function preparedText(v: PreparedValue): string {
  return (v.text ??= formatValue(v.source));
}

const personKeys = new Map<string, string>();

/** Names recur across articles and comparisons; their keys are worth remembering (boundedly). */
function personKey(name: string): string {
  let key = personKeys.get(name);
  if (key === undefined) {
    if (personKeys.size > 10_000) personKeys.clear();
    personKeys.set(name, (key = canonicalPersonKey(name)));
  }
  return key;
}

const epochDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function prepareValue(source: Source): PreparedValue {
  switch (source.kind) {
    case "person":
      return { source, kind: "person", key: personKey(source.value.name), name: source.value.name };
    case "date": {
      const { start, end, parts } = source.value;
      const lo = start === null ? null : epochDay(start);
      return { source, kind: "date", lo, hi: end === null ? null : epochDay(end), parts: parts ?? {} };
    }
    case "quantity": {
      const { min, max, unit, minExclusive, maxExclusive } = source.value;
      const { factor, dimension } = unitInfo(unit);
      const lo = min === null ? -Infinity : min * factor;
      const hi = max === null ? Infinity : max * factor;
      return {
        source,
        kind: "quantity",
        lo,
        hi,
        loEx: min !== null && minExclusive === true,
        hiEx: max !== null && maxExclusive === true,
        dimension,
        step: min !== null && min === max && dimension === "time" ? roundingOf(min) * factor : 0,
      };
    }
    case "term":
      return { source, kind: "term", term: source.value.term, stance: source.value.stance };
  }
}

/** The unit a stated number is rounded to: 6 → 1, 5.5 → 0.5, 2.25 → 0.25. */
function roundingOf(n: number): number {
  for (const step of [1, 0.5, 0.25]) if (Number.isInteger(n / step)) return step;
  return 0;
}
