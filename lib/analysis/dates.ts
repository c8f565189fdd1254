import { parseIsoDay, toIsoDay } from "./date-calendar";
import { resolveSpec, type DateSpec as Spec, type Tense } from "./date-format";
import { datelineParts, findDateline, referenceDay } from "./date-dateline";
import { shiftDay } from "./date-anchored";
import { liveBlogSitting } from "./date-live";
import { findMentions, PREFILTER } from "./date-mentions";
import {
  endsSitting,
  isSessional,
  isSigning,
  overnightShift,
  settleSitting,
  widenByLength,
  widenOvernight,
  type DateClaim,
  type DatedClaim,
} from "./date-sitting";
import { dateSlot, sentenceSource } from "./events";
import type { ExtractionContext } from "./extract";
import { detectTense, isQuoted } from "./tense";
import { anchored } from "./text";
import type { ExtractedClaim } from "./types";
import type { DateValue } from "./values";

const MAX_CLAIMS = 1000;
/** How far from the article's day a date can be and still be the meeting the article reports. */
const FRAME_BEFORE = 60;
const FRAME_AFTER = 45;

/**
 * Whether a date can be the meeting the article reports. A date written without its year is in
 * the writer's own frame by construction; one with its year ("talks in March 2022") is background
 * unless it falls near the article's day, and a coarse one (a season, a year) never pins a meeting.
 */
function inFrame(value: DateValue, spec: Spec, ref: number | null): boolean {
  const start = parseIsoDay(value.start);
  const end = parseIsoDay(value.end);
  if (start !== null && end !== null && end - start > 45) return false;
  const explicitYear =
    spec.type === "year" || ((spec.type === "day" || spec.type === "month") && spec.year !== undefined);
  if (start === null || end === null) return true;
  if (ref === null) return !explicitYear || spec.type === "day";
  // A day named without its year is a claim about this sitting even when it lands far off, as a
  // misdated report does; only a bare month is read against the frame.
  if (!explicitYear && spec.type !== "month") return true;
  // Without its year a month is resolved to the nearest one, which can still lie months back:
  // "named envoy in January" in a May article is background all the same.
  return end >= ref - FRAME_BEFORE && start <= ref + FRAME_AFTER;
}

/** Events that belong to this negotiation only when dated near the article: an accord of 2023 is another accord. */
const FRAMED_EVENTS = new Set(["agreement.date", "ceasefire.date", "plan.release-date"]);

/**
 * The slot a date keeps once resolved: the meeting and the deals struck at it only within the
 * article's frame, and an election announced for later apart from one already held, so the
 * planned vote of one article never contradicts the past vote another recalls.
 */
function settleSlot(slot: string, value: DateValue, spec: Spec, ref: number | null, tense: Tense): string {
  if ((slot === "meeting.date" || FRAMED_EVENTS.has(slot)) && !inFrame(value, spec, ref))
    return "date.mentioned";
  const start = parseIsoDay(value.start);
  const ahead = tense === "future" || (ref !== null && start !== null && start > ref);
  // A signing or a release still to come is a plan whose date sources rarely share; the deal
  // reported as done is what lines up.
  if ((slot === "agreement.date" || slot === "plan.release-date") && ahead) return "date.mentioned";
  if (slot === "election.date" && ahead) return "election.planned-date";
  return slot;
}

/** Whether a phrase announces rather than reports: "next Tuesday", "will meet on Monday", a day still to come. */
function isAhead(spec: Spec, tense: Tense, value: DateValue, ref: number | null): boolean {
  const start = parseIsoDay(value.start);
  const shift = spec.type === "weekday" || spec.type === "month" ? spec.shift : null;
  return tense === "future" || shift === "next" || (ref !== null && start !== null && start > ref);
}

/** `text` with [start, end) blanked out, so the words of a phrase are not read as cues about it. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/** A live blog's talks are on its own day unless it dates a sitting or a deal done (see date-live.ts). */
function addLiveSitting(body: string, ref: number | null, claims: DateClaim[], dated: DatedClaim[]): void {
  const slots = new Set(["meeting.date", "agreement.date"]);
  if (dated.some((d) => !d.ahead && slots.has(d.claim.slot))) return;
  const live = liveBlogSitting(body, ref);
  if (!live) return;
  const at = claims.findIndex((c) => c.start > live.start);
  claims.splice(at < 0 ? claims.length : at, 0, live);
  dated.push({ claim: live, ahead: false, sessional: true });
}

/** Dates in the article, each tied to the event the sentence says happened then. */
/**
 * The week a sentence names ("went to Lima last week, and … the round on Monday and Tuesday"),
 * which its weekdays fall in; null when it names none.
 */
function namedWeek(
  text: string,
  mentions: ReturnType<typeof findMentions>,
  ref: number | null,
): { range: [number, number]; at: number } | null {
  if (ref === null || !/\b(?:last|this|next) week\b/i.test(text)) return null;
  for (const m of mentions) {
    if (!/^(?:last|this|next) week$/i.test(text.slice(m.start, m.end))) continue;
    const range = resolveSpec(m.spec, ref, "past");
    const [lo, hi] = [parseIsoDay(range?.start ?? null), parseIsoDay(range?.end ?? null)];
    if (lo !== null && hi !== null && hi - lo === 6) return { range: [lo, hi], at: m.start };
  }
  return null;
}

const isWeekdays = (spec: Spec) =>
  (spec.type === "weekday" && spec.shift === null) ||
  (spec.type === "pair" && spec.from.type === "weekday" && spec.to.type === "weekday");

/** A weekday moved by whole weeks into the week its sentence names. */
function intoWeek(value: DateValue, [lo, hi]: [number, number]): DateValue {
  const start = parseIsoDay(value.start);
  if (start === null || (start >= lo && start <= hi)) return value;
  const days = 7 * (start < lo ? Math.ceil((lo - start) / 7) : -Math.ceil((start - hi) / 7));
  const end = parseIsoDay(value.end);
  return { start: toIsoDay(start + days), end: end === null ? null : toIsoDay(end + days) };
}

/** Vague dates a speaker's words do not pin to an event: "not this year", "by next month". */
const QUOTABLE = new Set(["relative", "year"]);

export function extractDates(ctx: ExtractionContext): ExtractedClaim[] {
  const dateline = findDateline(ctx.body);
  const ref = referenceDay(dateline, ctx.publishedAt);
  const claims: DateClaim[] = [];
  const dated: DatedClaim[] = [];
  // The day the text last named, which "a day earlier" counts from within the next sentence.
  let anchor: { value: DateValue; sentence: number } | null = null;
  for (const [index, sentence] of ctx.sentences.entries()) {
    const text = sentence.text;
    if (!PREFILTER.test(text)) continue;
    let attribution: string | null | undefined;
    const mentions = findMentions(text);
    const week = namedWeek(text, mentions, ref);
    for (const m of mentions) {
      const spec = m.spec;
      // "the next day" tells the order of two days, not that either is still to come.
      const tense = detectTense(
        spec.type === "anchored" ? blank(text, m.start, m.end) : text,
        m.start,
        m.end,
      );
      let value: DateValue | null =
        spec.type === "anchored"
          ? anchor && index - anchor.sentence <= 1
            ? shiftDay(anchor.value, spec.days)
            : null
          : (resolveSpec(spec, ref, tense) ??
            (ref === null && spec.type === "relative"
              ? datelineParts(dateline, (day) => resolveSpec(spec, day, tense))
              : null));
      if (!value) continue;
      // Only weekdays told after the week: "talks that ended on Saturday … will discuss this week"
      // keeps its Saturday.
      if (week && week.at < m.start && isWeekdays(spec)) value = intoWeek(value, week.range);
      anchor = { value, sentence: index };
      const later = mentions.filter((o) => o.start >= m.end).map((o) => o.start);
      let slot = dateSlot(text, m.start, m.end, later);
      if (slot !== "date.mentioned" && QUOTABLE.has(m.spec.type) && isQuoted(text, m.start))
        slot = "date.mentioned";
      // "agreed in the early hours of Wednesday after talks through the night": the end of the sitting.
      if ((slot === "date.mentioned" || slot === "agreement.date") && endsSitting(text, m.start))
        slot = "meeting.date";
      slot = settleSlot(slot, value, m.spec, ref, tense);
      if (slot === "meeting.date")
        value = widenByLength(text, m.start, widenOvernight(value, overnightShift(text, m.start, m.end)));
      attribution ??= sentenceSource(sentence);
      const claim: DateClaim = anchored(ctx.body, sentence.start + m.start, sentence.start + m.end, {
        topic: "dates",
        slot,
        kind: "date",
        value,
        attribution,
      });
      claims.push(claim);
      dated.push({
        claim,
        ahead: isAhead(m.spec, tense, value, ref),
        sessional: isSessional(text, m.start, m.end),
        signing: slot === "agreement.date" && isSigning(text, m.start, m.end, later),
        sentence: index,
      });
      if (claims.length >= MAX_CLAIMS) break;
    }
    if (claims.length >= MAX_CLAIMS) break;
  }
  addLiveSitting(ctx.body, ref, claims, dated);
  settleSitting(dated);
  return claims;
}
