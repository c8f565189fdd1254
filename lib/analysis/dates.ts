import { parseIsoDay } from "./date-calendar";
import { resolveSpec, type DateSpec as Spec, type Tense } from "./date-format";
import { findMentions, PREFILTER } from "./date-mentions";
import { dateSlot, sentenceSource } from "./events";
import type { ExtractionContext } from "./extract";
import { detectTense, isQuoted } from "./tense";
import { makeAnchor } from "./text";
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

function compatible(a: DateValue, b: DateValue): boolean {
  if (a.start !== null && a.end !== null && b.start !== null && b.end !== null)
    return a.start <= b.end && b.start <= a.end;
  const p = a.parts ?? {};
  const q = b.parts ?? {};
  return (["month", "day", "weekday"] as const).every(
    (k) => p[k] === undefined || q[k] === undefined || p[k] === q[k],
  );
}

/** How narrowly a date pins a day: a day or a weekend beats a week, which beats a month. */
function precision(value: DateValue): number {
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

function isMeetingBy(
  c: ExtractedClaim,
  test: (start: number | null, end: number | null) => boolean,
): boolean {
  return (
    c.slot === "meeting.date" &&
    c.kind === "date" &&
    test(parseIsoDay(c.value.start), parseIsoDay(c.value.end))
  );
}

/** Dates in the article, each tied to the event the sentence says happened then. */
export function extractDates(ctx: ExtractionContext): ExtractedClaim[] {
  const ref = parseIsoDay(ctx.publishedAt);
  const claims: ExtractedClaim[] = [];
  for (const sentence of ctx.sentences) {
    const text = sentence.text;
    if (!PREFILTER.test(text)) continue;
    let attribution: string | null | undefined;
    for (const m of findMentions(text)) {
      const tense = detectTense(text, m.start, m.end);
      const value = resolveSpec(m.spec, ref, tense);
      if (!value) continue;
      let slot = dateSlot(text, m.start, m.end);
      if (slot !== "date.mentioned" && m.spec.type === "relative" && isQuoted(text, m.start))
        slot = "date.mentioned";
      slot = settleSlot(slot, value, m.spec, ref, tense);
      const anchor = makeAnchor(ctx.body, sentence.start + m.start, sentence.start + m.end);
      attribution ??= sentenceSource(sentence);
      claims.push({ ...anchor, topic: "dates", slot, kind: "date", value, attribution });
      if (claims.length >= MAX_CLAIMS) break;
    }
    if (claims.length >= MAX_CLAIMS) break;
  }
  // An article that reports a sitting already held speaks of any later one as a next round, whose
  // date sources seldom agree on and which is not the meeting they compare.
  if (ref !== null && claims.some((c) => isMeetingBy(c, (s, e) => s !== null && e !== null && e <= ref)))
    for (const c of claims) if (isMeetingBy(c, (s) => s !== null && s > ref)) c.slot = "date.mentioned";
  // The article reports one sitting: the most precise meeting date, the earliest among equals, sets
  // the frame, and a meeting date that cannot be the same sitting is another meeting.
  let lead: DateValue | null = null;
  let leadPrecision = -1;
  for (const c of claims) {
    if (c.slot === "meeting.date" && c.kind === "date" && precision(c.value) > leadPrecision) {
      lead = c.value;
      leadPrecision = precision(c.value);
    }
  }
  for (const c of claims)
    if (lead && c.slot === "meeting.date" && c.kind === "date" && !compatible(lead, c.value))
      c.slot = "date.mentioned";
  return claims;
}
