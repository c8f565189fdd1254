import { parseIsoDay, toIsoDay } from "./date-calendar";
import type { ExtractedClaim } from "./types";
import type { DateValue } from "./values";

/**
 * An article reports one sitting. Once every date in it has a slot, these rules settle which
 * meeting dates are that sitting: a next round is set apart, a session the night ran over is
 * widened to the morning after, and the days of a sitting that spans several stay together.
 */

export type DateClaim = Extract<ExtractedClaim, { kind: "date" }>;

export interface DatedClaim {
  claim: DateClaim;
  /** Announced rather than reported: future tense, "next Tuesday", or after the article's day. */
  ahead: boolean;
  /** Said right beside a session of talks ("a first session that began on Saturday"), not a dinner or a call. */
  sessional: boolean;
  /** Said of a signing ("signed the accord on Friday"): a ceremony that may follow the talks by days. */
  signing?: boolean;
  /** Which sentence of the article holds the date. */
  sentence?: number;
}

const MEETING = "meeting.date";
const AGREEMENT = "agreement.date";
/** Sessions on neighbouring days ("resumed on Sunday after a first session on Saturday") are one sitting. */
const SAME_SITTING_GAP = 0;

/** "in the early hours of Wednesday", "before dawn on Friday", "past midnight on Friday": the night began the day before. */
const SMALL_HOURS_OF =
  /\b(?:(?:early|small|first|wee)\s+hours\s+(?:of|on)|before\s+dawn\s+(?:on|of)|overnight\s+(?:into|to)|(?:past|after)\s+midnight\s+(?:on|of))\s+(?:the\s+)?$/i;
/** "stretched past midnight", "into the early hours", "through the night": the sitting ran into the next day. */
const PAST_MIDNIGHT =
  /\b(?:(?:past|after|beyond|until|till|toward|towards)\s+midnight|into\s+the\s+(?:early|small|wee)\s+hours|through\s+the\s+night|all[- ]night|overnight)\b/i;
/** Words that make a sentence about a sitting, so a date marked by the small hours is its end. */
const SITTING_WORDS =
  /\b(?:talks|session|sessions|negotiations|negotiators|meeting|met|deliberations|discussions|delegations)\b/i;

const SESSION_NOUN = /\b(?:talks|sessions?|negotiations|deliberations|discussions)\b/i;
const SIGNING = /\bsign(?:ed|ing|s)?\b/i;

/**
 * Whether a signing is named right beside the date: "signed on Friday", "on Friday the sides
 * signed", "Friday's signing". A signing after the date with a date of its own right behind it
 * ("agreed on Monday, building on a truce signed in 2022") is that other date's.
 */
export function isSigning(
  sentence: string,
  start: number,
  end: number,
  laterDates: readonly number[] = [],
): boolean {
  if (SIGNING.test(sentence.slice(Math.max(0, start - 50), start))) return true;
  const after = SIGNING.exec(sentence.slice(end, end + 30));
  if (!after) return false;
  const at = end + after.index + after[0].length;
  return !laterDates.some((d) => d >= at && d - at <= 30);
}

/** Whether a session of talks is named within a few words of the date. */
export function isSessional(sentence: string, start: number, end: number): boolean {
  return SESSION_NOUN.test(sentence.slice(Math.max(0, start - 60), Math.min(sentence.length, end + 30)));
}

/**
 * How a date's night widens it: one day back for "the early hours of Wednesday", one day on for
 * "talks on Tuesday that stretched past midnight", none otherwise.
 */
export function overnightShift(sentence: string, start: number, end: number): -1 | 1 | 0 {
  if (SMALL_HOURS_OF.test(sentence.slice(Math.max(0, start - 40), start))) return -1;
  // A night told before the day ("pressed through the night, and on Wednesday agreed") ended on it.
  return PAST_MIDNIGHT.test(sentence.slice(end)) ? 1 : 0;
}

/** Whether a date in the small hours ends a sitting the sentence reports, whatever slot its verb gave it. */
export function endsSitting(sentence: string, start: number): boolean {
  return SMALL_HOURS_OF.test(sentence.slice(Math.max(0, start - 40), start)) && SITTING_WORDS.test(sentence);
}

/** The value widened over the night it ran into; only a single resolved day is widened. */
export function widenOvernight(value: DateValue, shift: -1 | 1 | 0): DateValue {
  const day = parseIsoDay(value.start);
  if (shift === 0 || day === null || value.start !== value.end) return value;
  return shift === -1
    ? { start: toIsoDay(day - 1), end: value.end }
    : { start: value.start, end: toIsoDay(day + 1) };
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
/** "two days of talks", "a three-day summit": how many days the sitting took. */
const DAYS_OF_TALKS =
  /\b(two|three|four|five|[2-5])[- ]days?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|sessions?|rounds?|discussions|consultations|conference|dialogue)\b/i;
const ENDED = /\b(?:ended|wrapped up|concluded|closed|finished|broke up)\b/i;
const BEGAN = /\b(?:began|opened|started|kicked off|sat down|convened|gathered|arrived)\b/i;

/**
 * A sitting of N days dated by one end: "ended two days of talks on Friday" is Thursday to Friday,
 * "sat down on Thursday for two-day talks" is Thursday to Friday. Only a single resolved day
 * widens, and only when the sentence says which end the day is.
 */
export function widenByLength(sentence: string, start: number, value: DateValue): DateValue {
  const day = parseIsoDay(value.start);
  const m = DAYS_OF_TALKS.exec(sentence);
  if (day === null || value.start !== value.end || !m?.[1]) return value;
  const days = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
  const before = sentence.slice(0, start);
  if (ENDED.test(before)) return { start: toIsoDay(day - days + 1), end: value.end };
  if (BEGAN.test(before)) return { start: value.start, end: toIsoDay(day + days - 1) };
  return value;
}

function compatible(a: DateValue, b: DateValue): boolean {
  if (a.start !== null && a.end !== null && b.start !== null && b.end !== null)
    return a.start <= b.end && b.start <= a.end;
  const p = a.parts ?? {};
  const q = b.parts ?? {};
  return (["month", "day", "weekday"] as const).every(
    (k) => p[k] === undefined || q[k] === undefined || p[k] === q[k],
  );
}

/** Resolved dates a day or so apart: the two days of one sitting rather than two meetings. */
function adjacent(a: DateValue, b: DateValue): boolean {
  const [as, ae, bs, be] = [a.start, a.end, b.start, b.end].map(parseIsoDay);
  if (as == null || ae == null || bs == null || be == null) return false;
  return bs - ae - 1 <= SAME_SITTING_GAP && as - be - 1 <= SAME_SITTING_GAP;
}

/** How narrowly a date pins a day: a day or a weekend beats a week, which beats a month. */
export function precision(value: DateValue): number {
  const start = parseIsoDay(value.start);
  const end = parseIsoDay(value.end);
  const days =
    start !== null && end !== null
      ? end - start + 1
      : value.parts?.day !== undefined || value.parts?.weekday !== undefined
        ? 1
        : 31;
  return days <= 2 ? 2 : days <= 7 ? 1 : 0;
}

/**
 * A deal reported done was struck at the table: an article that dates the deal ("the two sides
 * agreed on Monday on a framework") but never the sitting dates the sitting by it. A signing is
 * left out, as it may come days after the talks, and so is a deal beside a sitting to come; and only the most precise of such dates stand in,
 * so "the deal hoped for this week" does not ride along with "Monday".
 */
function promoteDeal(dated: readonly DatedClaim[]): void {
  if (dated.some((d) => d.claim.slot === MEETING && !d.ahead)) return;
  // "agreed on Monday to meet again next week": a deal about a sitting to come does not date one held.
  const previewed = new Set(dated.filter((d) => d.claim.slot === MEETING && d.ahead).map((d) => d.sentence));
  const deals = dated.filter(
    (d) => d.claim.slot === AGREEMENT && !d.ahead && !d.signing && !previewed.has(d.sentence),
  );
  const best = Math.max(-1, ...deals.map((d) => precision(d.claim.value)));
  for (const d of deals) if (precision(d.claim.value) === best) d.claim.slot = MEETING;
}

/**
 * Settles the meeting dates of one article in place. A date announced ahead is a next round when
 * the article also reports a sitting held (a preview has only dates ahead, and they are its
 * subject); the most precise date left, the earliest among equals, then sets the frame, and a
 * meeting date that can be neither that sitting nor a session on the day beside it is another meeting.
 */
export function settleSitting(dated: readonly DatedClaim[]): void {
  promoteDeal(dated);
  const meetings = () => dated.filter((d) => d.claim.slot === MEETING);
  const reported = meetings().some((d) => !d.ahead);
  if (reported) for (const d of meetings()) if (d.ahead) d.claim.slot = "date.mentioned";
  let lead: DateValue | null = null;
  let leadRank = -1;
  for (const { claim, sessional } of meetings()) {
    // A day beside the talks themselves beats one of a side meeting ("met Saudi officials on Monday").
    const rank = precision(claim.value) * 2 + (sessional ? 1 : 0);
    if (rank > leadRank) {
      lead = claim.value;
      leadRank = rank;
    }
  }
  for (const { claim, sessional } of meetings()) {
    if (!lead || compatible(lead, claim.value) || (sessional && adjacent(lead, claim.value))) continue;
    claim.slot = "date.mentioned";
  }
}
