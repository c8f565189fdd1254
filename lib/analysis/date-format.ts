import {
  addMonths,
  monthRange,
  parseIsoDay,
  toIsoDay,
  validDay,
  weekdayOf,
  weekRange,
  yearRange,
  ymd,
  type DayRange,
  type Part,
} from "./date-calendar";
import { parseNumberWords } from "./numbers";
import type { DateValue } from "./values";

/** The resolution of what a date phrase says against the article's own day. */

export type Tense = "past" | "future" | "unknown";

/** What a date phrase says, before it is resolved against the article's own day. */
export type DateSpec =
  | {
      type: "day";
      year?: number;
      month: number;
      day: number;
      endMonth?: number;
      endDay?: number;
      weekday?: number;
    }
  | { type: "weekday"; weekday: number; shift: "last" | "next" | null }
  | { type: "month"; month: number; year?: number; part?: Part; shift: string | null }
  | { type: "year"; year: number; from: number; to: number }
  | { type: "relative"; range: (ref: number, tense: Tense) => DayRange | null }
  | { type: "pair"; from: DateSpec; to: DateSpec }
  /** Days from the date the text last named ("a day earlier"); resolved by dates.ts, not here. */
  | { type: "anchored"; days: number };

/**
 * The weekday meant relative to the article's day: past reporting points back to the most recent
 * such day (on or before), future reporting forward. `strict` excludes the article's own day, as
 * "last Tuesday" and "next Tuesday" do.
 */
export function resolveWeekday(ref: number, weekday: number, tense: Tense, strict = false): number {
  const back = (weekdayOf(ref) - weekday + 7) % 7 || (strict ? 7 : 0);
  const ahead = (weekday - weekdayOf(ref) + 7) % 7 || (strict ? 7 : 0);
  return tense === "future" ? ref + ahead : ref - back;
}

/**
 * Year of a month named without one: the most recent such month for the past, the next for the
 * future, and whichever is nearer when the tense is unknown ("polls open in May").
 */
export function resolveMonthYear(ref: number, month: number, tense: Tense, strict = false): number {
  const { year, month: refMonth } = ymd(ref);
  const ahead = month > refMonth || (month === refMonth && !strict) ? year : year + 1;
  const back = month < refMonth || (month === refMonth && !strict) ? year : year - 1;
  if (tense === "future") return ahead;
  if (tense === "past") return back;
  return ahead * 12 + month - (year * 12 + refMonth) < year * 12 + refMonth - (back * 12 + month)
    ? ahead
    : back;
}

/**
 * Year of "April 16th" written without one. The candidates are the article's year and its
 * neighbours; the tense rules out the wrong side, and a weekday in the text ("Tuesday, April 16th")
 * is evidence for the year in which that day really was that weekday.
 */
export function resolveMonthDay(
  ref: number,
  month: number,
  day: number,
  tense: Tense,
  weekday?: number,
): number | null {
  const { year } = ymd(ref);
  const candidates: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const n = validDay(y, month, day);
    if (n === null) continue;
    // Unknown tense still leans on the past: news reports what happened, and only a date close
    // ahead of publication is read as an announcement.
    if (tense === "past" && n > ref) continue;
    if (tense === "future" && n < ref) continue;
    if (tense === "unknown" && n > ref + 30) continue;
    candidates.push(n);
  }
  const matching = weekday === undefined ? [] : candidates.filter((n) => weekdayOf(n) === weekday);
  const pool = matching.length > 0 ? matching : candidates;
  let best: number | null = null;
  for (const n of pool) if (best === null || Math.abs(n - ref) < Math.abs(best - ref)) best = n;
  return best;
}

/** The calendar month `step` months away from the one holding `ref`. */
export function calendarMonth(ref: number, step: number): DayRange {
  const { year, month } = ymd(addMonths(ref - ymd(ref).day + 1, step));
  return monthRange(year, month);
}

export function calendarYear(ref: number, step: number): DayRange {
  return yearRange(ymd(ref).year + step);
}

/**
 * "Nearly four years ago" and kin. Writers round, so an unhedged "four years ago" is read as
 * half a unit either side; the hedge moves the span: "nearly" to the recent side of the mark,
 * "more than" to the far side.
 */
export function agoRange(
  ref: number,
  n: number,
  unit: "day" | "week" | "month" | "year",
  hedge: string,
): DayRange {
  const back = (k: number) =>
    unit === "day"
      ? ref - Math.round(k)
      : unit === "week"
        ? ref - Math.round(k * 7)
        : addMonths(ref, -Math.round(k * (unit === "year" ? 12 : 1)));
  const spread = unit === "day" ? 0 : 0.5;
  if (/nearly|almost|just under/.test(hedge)) return { start: back(n), end: back(n - Math.max(spread, 0.5)) };
  if (/less than/.test(hedge)) return { start: back(n), end: ref };
  if (/more than|over/.test(hedge))
    return { start: back(n + (hedge === "just over" ? 0.5 : 1)), end: back(n) };
  const widen = /about|around|roughly|some/.test(hedge) ? Math.max(spread, 1) : spread;
  return { start: back(n + widen), end: back(n - widen) };
}

/**
 * The days a relative phrase points at, given the groups of a match in lower case: a single day
 * ("yesterday"), part of the current week, month or year ("earlier this week"), a neighbouring
 * one ("last month"), a weekend, or "(nearly) N units ago".
 */
export function relativeRange(
  groups: ReadonlyArray<string | undefined>,
): ((ref: number, tense: Tense) => DayRange) | null {
  const [, single, earlyLate, unitA, shift, unitB, weekend, hedge = "", count, unitC] = groups;
  if (single) {
    const offset =
      single === "the day before yesterday"
        ? -2
        : single === "yesterday" || single === "last night"
          ? -1
          : single === "tomorrow"
            ? 1
            : 0;
    return (ref) => ({ start: ref + offset, end: ref + offset });
  }
  if (earlyLate && unitA) {
    return (ref) => {
      const whole =
        unitA === "week" ? weekRange(ref) : unitA === "month" ? calendarMonth(ref, 0) : calendarYear(ref, 0);
      return earlyLate === "earlier" ? { start: whole.start, end: ref } : { start: ref, end: whole.end };
    };
  }
  if (weekend || unitB === "weekend") {
    return (ref, tense) => {
      const dir = shift === "next" ? "future" : shift === "last" || shift === "past" ? "past" : tense;
      const saturday = resolveWeekday(ref, 6, dir, shift === "last" || shift === "next");
      return { start: saturday, end: saturday + 1 };
    };
  }
  if (shift && unitB) {
    if (shift === "past")
      return (ref) => ({ start: ref - (unitB === "week" ? 7 : unitB === "month" ? 31 : 366), end: ref });
    const step = shift === "last" ? -1 : shift === "next" ? 1 : 0;
    return (ref) =>
      unitB === "week"
        ? weekRange(ref, step)
        : unitB === "month"
          ? calendarMonth(ref, step)
          : calendarYear(ref, step);
  }
  const n =
    count === "a" || count === "an"
      ? 1
      : count && /^\d+$/.test(count)
        ? Number(count)
        : count
          ? parseNumberWords(count)
          : null;
  const unit = unitC === "day" || unitC === "week" || unitC === "month" || unitC === "year" ? unitC : null;
  if (n === null || n <= 0 || n > 500 || !unit) return null;
  return (ref) => agoRange(ref, n, unit, hedge);
}

function span(range: DayRange | null): DateValue | null {
  if (!range || range.start > range.end) return null;
  const start = toIsoDay(range.start);
  const end = toIsoDay(range.end);
  // Years outside 1–9999 have no ISO day; an article dated 9999-12-31 gets no "next May".
  return /^\d{4}-/.test(start) && /^\d{4}-/.test(end) ? { start, end } : null;
}

/**
 * Resolves a date phrase against the article's day (`ref`); without one, keeps only what the
 * text states in `parts` and never invents a year. Null when nothing can be said.
 */
export function resolveSpec(spec: DateSpec, ref: number | null, tense: Tense): DateValue | null {
  switch (spec.type) {
    case "day": {
      const start =
        spec.year !== undefined
          ? validDay(spec.year, spec.month, spec.day)
          : ref === null
            ? undefined
            : resolveMonthDay(ref, spec.month, spec.day, tense, spec.weekday);
      if (start === undefined) {
        return {
          start: null,
          end: null,
          parts: {
            month: spec.month,
            day: spec.day,
            ...(spec.weekday === undefined ? {} : { weekday: spec.weekday }),
          },
        };
      }
      if (start === null) return null;
      const year = ymd(start).year;
      const endYear = (spec.endMonth ?? spec.month) < spec.month ? year + 1 : year;
      const end =
        spec.endDay === undefined ? start : validDay(endYear, spec.endMonth ?? spec.month, spec.endDay);
      return end === null ? null : span({ start, end: Math.max(start, end) });
    }
    case "weekday": {
      if (ref === null) return { start: null, end: null, parts: { weekday: spec.weekday } };
      const dir: Tense = spec.shift === "next" ? "future" : spec.shift === "last" ? "past" : tense;
      const day = resolveWeekday(ref, spec.weekday, dir, spec.shift !== null);
      return span({ start: day, end: day });
    }
    case "month": {
      const strict = spec.shift === "last" || spec.shift === "next";
      const dir: Tense = spec.shift === "next" ? "future" : spec.shift === "last" ? "past" : tense;
      const year =
        spec.year ??
        (ref === null
          ? null
          : spec.shift === "this"
            ? ymd(ref).year
            : resolveMonthYear(ref, spec.month, dir, strict));
      return year === null
        ? { start: null, end: null, parts: { month: spec.month } }
        : span(monthRange(year, spec.month, spec.part));
    }
    case "year":
      return span({ start: monthRange(spec.year, spec.from).start, end: monthRange(spec.year, spec.to).end });
    case "relative":
      return ref === null ? null : span(spec.range(ref, tense));
    case "anchored":
      return null;
    case "pair": {
      const from = resolveSpec(spec.from, ref, tense);
      const to = resolveSpec(spec.to, ref, tense);
      const a = parseIsoDay(from?.start ?? null);
      let b = parseIsoDay(to?.end ?? null);
      if (a === null || b === null) return from;
      // "from Friday to Monday" wraps into the next week.
      if (b < a && spec.to.type === "weekday") b += 7;
      return span({ start: a, end: b });
    }
  }
}
