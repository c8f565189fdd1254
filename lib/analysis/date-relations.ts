import { dayNumber, daysInMonth, weekdayOf, ymd } from "./date-calendar";
import type { DateValue } from "./values";

/*
 * Whether dates given by their known parts ("Tuesday", "April 16", "2026") can name the same day:
 * against a resolved range, or against each other. Day numbers are date-calendar's.
 */

export type DateParts = NonNullable<DateValue["parts"]>;

/** Whether [from, to] holds a day with the wanted weekday (or any day, when none is wanted). */
function spanHasWeekday(from: number, to: number, weekday: number | undefined): boolean {
  if (to < from) return false;
  if (weekday === undefined || to - from >= 6) return true;
  return (((weekday - weekdayOf(from)) % 7) + 7) % 7 <= to - from;
}

/**
 * Whether some day in [lo, hi] has every known part. Walks candidate months, not days, so a
 * decades-long range stays cheap; beyond a few decades every combination of parts occurs anyway.
 */
export function rangeHasParts(lo: number, hi: number, parts: DateParts): boolean {
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined) {
    return spanHasWeekday(lo, hi, parts.weekday);
  }
  const firstYear = ymd(lo).year;
  const lastYear = ymd(hi).year;
  if (parts.year !== undefined && (parts.year < firstYear || parts.year > lastYear)) return false;
  if (parts.year === undefined && lastYear - firstYear > 40) return true;
  for (let y = parts.year ?? firstYear; y <= (parts.year ?? lastYear); y++) {
    for (let m = parts.month ?? 1; m <= (parts.month ?? 12); m++) {
      const monthStart = dayNumber(y, m, 1);
      const monthEnd = monthStart + daysInMonth(y, m) - 1;
      if (parts.day !== undefined) {
        const n = monthStart + parts.day - 1;
        if (n <= monthEnd && n >= lo && n <= hi && spanHasWeekday(n, n, parts.weekday)) return true;
      } else if (spanHasWeekday(Math.max(lo, monthStart), Math.min(hi, monthEnd), parts.weekday)) {
        return true;
      }
    }
  }
  return false;
}

/** Two unresolved dates: any known part they both state must match. */
export function relateParts(a: DateParts, b: DateParts): "same" | "consistent" | "uncheckable" | "disjoint" {
  let shared = 0;
  let same = true;
  for (const field of ["year", "month", "day", "weekday"] as const) {
    const x = a[field];
    const y = b[field];
    if (x !== y) same = false;
    if (x === undefined || y === undefined) continue;
    if (x !== y) return "disjoint";
    shared++;
  }
  return shared === 0 ? "uncheckable" : same ? "same" : "consistent";
}

/** A sitting's day or two (a night run over included), and a span of a week or more. */
const SHARP_DAYS = 2;
const COARSE_DAYS = 6;

/**
 * An article's dates for one question without the coarse ones its own precise dates already pin
 * down: one that says "this week" and "on Tuesday" dates the talks Tuesday, and a source that says
 * Wednesday contradicts it rather than agreeing through the week. Day numbers as above.
 */
export function sharpestDates<T extends { lo: number | null; hi: number | null }>(
  dates: readonly T[],
): readonly T[] {
  const sharp = dates.filter((d) => d.lo !== null && d.hi !== null && d.hi - d.lo <= SHARP_DAYS);
  if (sharp.length === 0) return dates;
  return dates.filter(
    (d) =>
      d.lo === null ||
      d.hi === null ||
      d.hi - d.lo < COARSE_DAYS ||
      !sharp.some((s) => s.lo !== null && s.hi !== null && s.lo >= d.lo! && s.hi <= d.hi!),
  );
}
