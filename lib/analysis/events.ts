import { findAttribution } from "./attribution";
import { PLAN_NOUN } from "./measure-slots";
import { clauseAround, isQuoted } from "./tense";
import type { Sentence } from "./text";

/**
 * What a date is about. Dates line up across articles only through their slot, so a slot is
 * given only when the sentence itself ties the date to an event; a loose mention stays generic
 * rather than claiming to be "the meeting".
 */

const MEETING = "meeting.date";

const DATE_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = [
  ["invasion.date", /\b(?:invasion|invaded|invade|invading)\b/gi],
  ["annexation.date", /\b(?:annexation|annexed|annex|annexing)\b/gi],
  [
    "plan.release-date",
    /\b(?:circulated|circulation|released|unveiled|presented|published|tabled|put forward|submitted|drafted|introduced|issued)\b/gi,
  ],
  ["ceasefire.date", /\b(?:ceasefire|cease-fire|truce)s?\b/gi],
  ["election.date", /\b(?:elections?|referendum|polls|ballot|vote)\b/gi],
  // "named special envoy in January": when someone took a post, not when anyone met.
  [
    "appointment.date",
    // ("took over" a post, not a territory: "which it took over after Spain withdrew in 1975".)
    /\b(?:named|appointed|nominated|tapped|sworn in|took office|took over (?:as|the (?:post|job|role|portfolio|file|mission))|inaugurated|installed)\b/gi,
  ],
  ["agreement.date", /\b(?:signed|signing|agreements?|accords?|treaty|agreed|deals?|pacts?)\b/gi],
  // "Putin received Witkoff", not "Israel received the proposal": case-sensitive on purpose.
  [
    MEETING,
    /\b(?:received|welcomed|greeted|hosted)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|visiting)\s+)?(?:[A-Z][\w.’'-]*|envoys?|delegations?|negotiators|mediators|counterparts?)/g,
  ],
  [
    MEETING,
    /\b(?:met|meets?|(?<!cabinet |party |board )meetings?|talks|summit|across the (?:[\w-]+ )?table|sat (?:across from|opposite)|hosted|hosts?|hosting|negotiations|negotiated|negotiating|negotiators|envoys|sessions?|visit|visited|concluded|discussions|convened|reconvened|resumed|gathered|huddled|sat down|round|dialogue|consultations|deliberations|delegations?|mediators|opened|closed|wrapped up|adjourned)\b/gi,
  ],
];
const AFTER_COMMA = 40;
/** Events agreed or released at the table: when the sentence is about the sitting, its date is the sitting's. */
const TABLE_OUTCOMES = new Set(["agreement.date", "plan.release-date"]);
/** How near a meeting word must stand, with no comma between, to claim such a date. */
const SITTING_REACH = 60;
/** A statement's own date: "On Monday, officials said". Only a fronted date attaches to it. */
const SPEECH =
  /\b(?:said|says|told|announced|stated|added|warned|confirmed|reported|tweeted|wrote|insisted|denied)\b/gi;
/** "said on Monday", "told reporters late on Monday", "said in a statement Sunday". */
const SPEECH_BEFORE =
  /\b(?:said|says|told|announced|stated|added|warned|confirmed|reported|tweeted|wrote|insisted|denied)(?:\s+(?:in\s+an?\s+[\w-]+|reporters|journalists|[A-Z][\w.-]+|late|early|on|this|last))*\s*$/;

/** A statement's date followed by the sitting it closed: "said on Monday after talks in Doha". */
const AFTER_SITTING =
  /^,?\s+(?:after|following|at the (?:end|close) of)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|sessions?|meetings?|round|discussions)\b/i;

/**
 * A bare "first" is left out: "a first session on Saturday" is day one of the sitting reported, and a
 * first meeting on another day is set apart later, once the sitting's own day is known.
 */
const BACKGROUND =
  /\b(?:(?:earlier|previous|prior|preliminary|preparatory|initial|early|(?<!\ban?\s)first round of|past|last)\s+(?:[\w-]+\s+){0,2}|had\s+(?:\w+\s+)?)$/i;
const MAX_TRIGGER_DISTANCE = 150;
const NEXT_SITTING = /\b(?:next|following|upcoming|further)\s+(?:[\w-]+\s+)?$/i;

/** How close a later date must follow an event word to be that event's own date ("a truce signed in 2022"). */
const OWN_DATE_REACH = 30;

const REFERENCE_BEFORE = /\b(?:since|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
// TRAVEL_BEFORE is anchored at the end and tried at every position; its ending, built from the same
// words, is tried first.
const TRAVEL_TAIL = "\\b(?:on|late|early)\\s+$";
const TRAVEL_BEFORE = new RegExp(
  `\\b(?:returned|arrived|flew|landed|came (?:home|back)|got back|travell?ed)\\b[^,.;]{0,40}?${TRAVEL_TAIL}`,
  "i",
);
const TRAVEL_END = new RegExp(TRAVEL_TAIL, "i");
/** "speaking to RTS television in Belgrade on Thursday": when someone spoke, not when anyone met. */
const SPEAKING_BEFORE = /\b(?:speaking|talking|writing)\b[^,.;]{0,60}?\b(?:on|late on|early on)\s+$/i;

/**
 * The event a date in `sentence[start, end)` is the date of, or `date.mentioned`. `laterDates` are
 * where the sentence's next dates start: an event word after this date with a date of its own right
 * behind it ("talks on Tuesday built on a truce signed in 2022") is that date's event, not this one's.
 */
export function dateSlot(
  sentence: string,
  start: number,
  end: number,
  laterDates: readonly number[] = [],
): string {
  // "X met in Istanbul on Wednesday, the Kremlin said": the trailing attribution does not take the
  // date, but "said on Monday that talks will resume" does.
  const lead = sentence.slice(Math.max(0, start - 60), start);
  // "the first in the capital since January", "returned from Addis Ababa on Friday after talks on
  // Thursday": a reference point or a journey, not the day the talks sat.
  if (REFERENCE_BEFORE.test(lead) || SPEAKING_BEFORE.test(lead)) return "date.mentioned";
  if (TRAVEL_END.test(lead) && TRAVEL_BEFORE.test(lead)) {
    // "returned to their hotel late on Wednesday after a six-hour session": with no date of its
    // own, the sitting ended that day.
    const sittingAfter = AFTER_SITTING.test(sentence.slice(end, end + 80)) && laterDates.length === 0;
    return sittingAfter ? MEETING : "date.mentioned";
  }
  const possessive = /['’]s\b/.test(sentence.slice(end - 2, end + 2));
  if (!possessive && SPEECH_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))
    // "announced on Tuesday after two days of talks": said as the sitting closed, on its last day.
    return AFTER_SITTING.test(sentence.slice(end, end + 80)) ? MEETING : "date.mentioned";
  // "On Tuesday, …", "Over two days, on May 17 and 18, …": a date that opens the sentence.
  const fronted =
    /^\W*(?:(?:over|for|during)\s+[\w-]+\s+\w+,\s*)?(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(
      sentence.slice(0, start).slice(-40),
    ) && start < 40;
  const clause = clauseAround(sentence, start, end);
  const part = sentence.slice(clause.start, clause.end);
  const s = start - clause.start;
  const e = end - clause.start;
  // "Wednesday's session", "Tuesday's vote": the noun the date possesses is its event. The date's
  // span may end before its "'s" or after it.
  const possAt = /^['’]s\b/.test(sentence.slice(end, end + 2)) ? end : end - 2;
  const owned = possessive ? /^['’]s\s+(?:[\w'’-]+\s+){0,3}/.exec(sentence.slice(possAt, possAt + 50)) : null;
  const ownedEnd = possAt - clause.start + (owned?.[0].length ?? 0);
  let best: { slot: string; distance: number; index: number } | null = null;
  let sitting: { distance: number; index: number } | null = null;
  const triggers: ReadonlyArray<readonly [string, RegExp]> = fronted
    ? [...DATE_TRIGGERS, ["date.mentioned", SPEECH]]
    : DATE_TRIGGERS;
  for (const [slot, re] of triggers) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const mEnd = m.index + m[0].length;
      let distance = mEnd <= s ? s - mEnd : m.index >= e ? m.index - e : 0;
      if (owned && m.index >= e && m.index <= ownedEnd) distance = -1;
      // A date modifies what comes before it; a later event across a comma is another clause's.
      else if (!fronted && m.index >= e && part.slice(e, m.index).includes(",")) distance += AFTER_COMMA;
      if (distance > MAX_TRIGGER_DISTANCE) continue;
      const at = clause.start + mEnd;
      if (m.index >= e && laterDates.some((d) => d >= at && d - at <= OWN_DATE_REACH)) continue;
      // "a US-drafted plan", "the Qatar-brokered accord": a glued participle describes, it does not date.
      if (part[m.index - 1] === "-" && slot !== MEETING) continue;
      // "the referendum that the council had promised last year": the date is the promise's.
      if (slot !== MEETING && m.index < s && SPOKEN_OF.test(part.slice(mEnd, s))) continue;
      // "a roadmap toward the country's first elections": a goal, not what happened on the day.
      if (slot !== MEETING && GOAL_BEFORE.test(part.slice(Math.max(0, m.index - 40), m.index))) continue;
      // A word inside a quotation does not date what the reporter says outside it, nor the reverse.
      if (isQuoted(sentence, clause.start + m.index) !== isQuoted(sentence, start)) continue;
      if (slot === MEETING && (sitting === null || distance < sitting.distance)) {
        const between = mEnd <= s ? part.slice(mEnd, s) : part.slice(e, m.index);
        if (!between.includes(",")) sitting = { distance, index: m.index };
      }
      if (best && best.distance <= distance) continue;
      if (slot === "plan.release-date" && !PLAN_NOUN.test(part)) continue;
      best = { slot, distance, index: m.index };
    }
  }
  // "after last month's clashes": a date that owns a noun no event word names is that noun's.
  if (owned && best?.distance !== -1) return "date.mentioned";
  if (best && TABLE_OUTCOMES.has(best.slot) && sitting && sitting.distance <= SITTING_REACH)
    best = { slot: MEETING, ...sitting };
  if (!best) return "date.mentioned";
  // "Earlier talks in March" and "had met on Monday" are background, not the meeting reported.
  if (best.slot === MEETING && BACKGROUND.test(part.slice(Math.max(0, best.index - 40), best.index)))
    return "date.mentioned";
  // "The next round is pencilled in for late August": a sitting still to come.
  if (best.slot === MEETING && NEXT_SITTING.test(part.slice(Math.max(0, best.index - 30), best.index)))
    return "date.mentioned";
  return best.slot;
}

const SPOKEN_OF =
  /^\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,3}(?:promised|pledged|announced|proposed|demanded|rejected|postponed|delayed|called for|ruled out)\s+(?:in\s+|on\s+)?$/;
const GOAL_BEFORE = /\btowards?\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Past this length a "sentence" is not prose, and reading its speaker would cost more than the rest. */
const ATTRIBUTION_REACH = 2000;

/** Who the sentence says is speaking (see attribution.ts), read from its first 2,000 characters. */
export function sentenceSource(sentence: Sentence): string | null {
  if (sentence.text.length <= ATTRIBUTION_REACH) return findAttribution(sentence);
  const text = sentence.text.slice(0, ATTRIBUTION_REACH);
  return findAttribution({ text, start: sentence.start, end: sentence.start + text.length });
}
