import { dayNumber, daysInMonth, parseIsoDay, toIsoDay, validDay, ymd } from "./date-calendar";
import type { DateSpec as Spec } from "./date-format";
import type { DateValue } from "./values";

/**
 * Days told from another date rather than from the article's own: "talks held a day earlier",
 * "the delegations arrived on Sunday and sat down the next day". Only the phrase's offset is read
 * here; dates.ts resolves it against the day the text last named.
 */

const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
/**
 * "a day earlier", "two days later", "the following day", "the same day", and "the day before" only
 * where nothing follows it: "the day before the talks" is told from the talks, not from a date.
 */
const ANCHORED_RE =
  /\b(?:(a|one|two|three|four|five|[1-5]) days? (earlier|later|before|after)(?=\s*[,.;:)—–]|\s*$)|(a|one|two|three|four|five|[1-5]) days? (earlier|later)|the (previous|following|next|same) day|the day (before|after)(?=\s*[,.;:)—–]|\s*$))\b/gi;

/** Cheap test for the phrases, for sentences that name no other date. */
export const ANCHORED_HINT =
  /\bdays?\s+(?:earlier|later|before|after)\b|\b(?:previous|following|next|same)\s+day\b|\bon the \d\d?(?:st|nd|rd|th)\b/i;

export interface AnchoredMention {
  start: number;
  end: number;
  spec: Spec;
}

/** Every phrase in `text` that counts days from another date, with its offset in days. */
export function anchoredMentions(text: string): AnchoredMention[] {
  const out: AnchoredMention[] = [];
  ANCHORED_RE.lastIndex = 0;
  for (let m = ANCHORED_RE.exec(text); m; m = ANCHORED_RE.exec(text)) {
    const [, countA, dirA, countB, dirB, which, dirC] = m;
    const count = countA ?? countB;
    const dir = (dirA ?? dirB ?? dirC ?? "").toLowerCase();
    let days: number;
    if (count !== undefined) {
      const n = COUNTS[count.toLowerCase()] ?? Number(count);
      days = dir === "earlier" || dir === "before" ? -n : n;
    } else if (which !== undefined) {
      const w = which.toLowerCase();
      days = w === "previous" ? -1 : w === "same" ? 0 : 1;
    } else days = dir === "before" ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { type: "anchored", days } });
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * The day `days` from an anchor the text named: a resolved single day moves by whole days; a day
 * known only by its parts keeps what still holds ("Tuesday" a day earlier is a Monday, "May 12" is
 * May 11, in any year but across the end of February). Null when the anchor is not one day.
 */
export function shiftDay(anchor: DateValue, days: number): DateValue | null {
  const day = parseIsoDay(anchor.start);
  if (day !== null) {
    if (anchor.start !== anchor.end) return null;
    const iso = toIsoDay(day + days);
    return { start: iso, end: iso };
  }
  const parts = anchor.parts;
  if (!parts || anchor.start !== null || anchor.end !== null) return null;
  const out: NonNullable<DateValue["parts"]> = {};
  if (parts.weekday !== undefined) out.weekday = (((parts.weekday + days) % 7) + 7) % 7;
  if (parts.month !== undefined && parts.day !== undefined) {
    // A non-leap year stands in: only the month and day are kept.
    const moved = ymd(dayNumber(2001, parts.month, parts.day) + days);
    if (moved.month === 2 || parts.month === 2 || moved.year !== 2001) {
      if (out.weekday === undefined) return null;
    } else {
      out.month = moved.month;
      out.day = moved.day;
    }
  } else if (parts.month !== undefined || parts.day !== undefined) return null;
  return out.weekday === undefined && out.month === undefined ? null : { start: null, end: null, parts: out };
}

/**
 * "on the 12th", told from the article's own month: the latest such day on or before the article's
 * day, or for what is still to come the next one. Only after "on" and before a pause, so "the 12th
 * round" and "the 12th century" stay counts.
 */
const ORDINAL_DAY_RE =
  /\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)—–]|$|of this month\b))/gi;

function ordinalDay(ref: number, dom: number, ahead: boolean): number | null {
  let { year, month } = ymd(ref);
  for (let i = 0; i < 3; i++) {
    const day = dom <= daysInMonth(year, month) ? validDay(year, month, dom) : null;
    if (day !== null && (ahead ? day >= ref : day <= ref)) return day;
    month += ahead ? 1 : -1;
    if (month === 0) [year, month] = [year - 1, 12];
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return null;
}

/** Every bare day of the month ("on the 12th") in `text`, resolved against the article's day. */
export function ordinalDayMentions(text: string): AnchoredMention[] {
  const out: AnchoredMention[] = [];
  ORDINAL_DAY_RE.lastIndex = 0;
  for (let m = ORDINAL_DAY_RE.exec(text); m; m = ORDINAL_DAY_RE.exec(text)) {
    const dom = Number(m[1]);
    const start = m.index + "on ".length;
    out.push({
      start,
      end: m.index + m[0].length,
      spec: {
        type: "relative",
        range: (ref, tense) => {
          const day = ordinalDay(ref, dom, tense === "future");
          return day === null ? null : { start: day, end: day };
        },
      },
    });
    if (out.length >= 8) break;
  }
  return out;
}
