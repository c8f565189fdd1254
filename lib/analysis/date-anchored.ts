import { dayNumber, parseIsoDay, toIsoDay, ymd } from "./date-calendar";
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
  /\bdays?\s+(?:earlier|later|before|after)\b|\b(?:previous|following|next|same)\s+day\b/i;

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
