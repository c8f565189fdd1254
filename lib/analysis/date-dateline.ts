import { dayNumber, parseIsoDay, validDay, ymd } from "./date-calendar";
import type { DateValue } from "./values";

/**
 * A wire dateline ("GENEVA, March 3 (Reuters) —") says the day the copy was written, which is the
 * day its "yesterday" and "on Tuesday" count from; a web edition may be stamped a day or two later.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATELINE =
  /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})\b(?:\s*\([^)\n]{1,40}\))?\s*[—–-]/;
/** How long after its dateline a piece may be stamped and still be counted from the dateline. */
const STAMP_LAG = 3;

export interface Dateline {
  month: number;
  day: number;
}

/** The month and day a body's opening dateline gives, if it has one. */
export function findDateline(body: string): Dateline | null {
  const m = DATELINE.exec(body.slice(0, 160));
  if (!m?.[1] || !m[2]) return null;
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  return month > 0 && day >= 1 && day <= 31 ? { month, day } : null;
}

/**
 * The day relative dates count from: the dateline's day when it falls on or shortly before the
 * published day (the year taken from that day), else the published day itself.
 */
export function referenceDay(dateline: Dateline | null, publishedAt: string | null): number | null {
  const published = parseIsoDay(publishedAt);
  if (published === null || dateline === null) return published;
  const { year } = ymd(published);
  for (const y of [year, year - 1]) {
    const n = validDay(y, dateline.month, dateline.day);
    if (n !== null && n <= published && published - n <= STAMP_LAG) return n;
  }
  return published;
}

/**
 * Without a published day, a dateline still places a single relative day ("yesterday") by month
 * and day. The year is unknown, so a day that would cross into February is left unplaced.
 */
export function datelineParts(
  dateline: Dateline | null,
  resolve: (ref: number) => DateValue | null,
): DateValue | null {
  if (dateline === null) return null;
  // Any non-leap year serves: only the month and day are kept.
  const ref = dayNumber(2001, dateline.month, dateline.day);
  const value = resolve(ref);
  const day = parseIsoDay(value?.start ?? null);
  if (day === null || value?.start !== value?.end) return null;
  const { month, day: dom } = ymd(day);
  if (month !== dateline.month && month === 2) return null;
  return { start: null, end: null, parts: { month, day: dom } };
}
