/**
 * Calendar arithmetic on whole days. Days are counted from 1970-01-01 in UTC so that no local
 * time zone or daylight-saving shift can move an article's date by one.
 */

export type Part = "early" | "mid" | "late";

/** An inclusive range of day numbers. */
export interface DayRange {
  start: number;
  end: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** Day number of a real calendar day, or null for "February 30". */
export function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

export function toIsoDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function parseIsoDay(iso: string | null): number | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function ymd(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday, as in `Date#getUTCDay`. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return ymd(dayNumber(year, month + 1, 0)).day;
}

/** Adds whole months, clamping the day ("March 31" minus one month is the last of February). */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = ymd(n);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** A month, or its first, middle or last ten-odd days. */
export function monthRange(year: number, month: number, part?: Part): DayRange {
  const last = daysInMonth(year, month);
  const [from, to] =
    part === "early" ? [1, 10] : part === "mid" ? [11, 20] : part === "late" ? [21, last] : [1, last];
  return { start: dayNumber(year, month, from), end: dayNumber(year, month, to) };
}

/** A year, or its first, middle or last third ("late 2021" is September to December). */
export function yearRange(year: number, part?: Part): DayRange {
  const [from, to] =
    part === "early" ? [1, 4] : part === "mid" ? [5, 8] : part === "late" ? [9, 12] : [1, 12];
  return { start: dayNumber(year, from, 1), end: dayNumber(year, to, daysInMonth(year, to)) };
}

/** Monday-to-Sunday week containing `n`, moved by `weeks`. */
export function weekRange(n: number, weeks = 0): DayRange {
  const monday = n - ((weekdayOf(n) + 6) % 7) + weeks * 7;
  return { start: monday, end: monday + 6 };
}
