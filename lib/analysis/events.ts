import { findAttribution } from "./attribution";
import type { Tense } from "./date-format";
import type { Sentence } from "./text";
import type { Topic } from "./values";

/**
 * What a date or a quantity is about. Dates and durations line up across articles only through
 * their slot, so a slot is given only when the sentence itself ties the value to an event; a loose
 * mention stays generic rather than claiming to be "the meeting".
 */

/**
 * Hard clause boundaries: what lies beyond them rarely qualifies a date on this side. Unspaced
 * dashes and brackets usually enclose an aside inside the clause, so they do not break it.
 */
const CLAUSE_BREAK = /[;:]|\s[—–-]\s/g;

/** How far a clause may reach from a mention; keeps every lookup bounded on endless sentences. */
const CLAUSE_REACH = 300;

/** The clause of `text` around [start, end): from the previous hard break to the next one. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const lo = Math.max(0, start - CLAUSE_REACH);
  const hi = Math.min(text.length, end + CLAUSE_REACH);
  const window = text.slice(lo, hi);
  let from = lo;
  let to = hi;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) {
    const at = lo + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

const FUTURE_CUE =
  /\b(?:will|shall|would|scheduled|expected|slated|planned|plans to|planning to|poised|upcoming|anticipated|next|coming|(?:is|are) due|set (?:to|for)|to be held|intends? to)\b|'ll\b|’ll\b/gi;
const PAST_CUE =
  /\b(?:was|were|had|did|met|held|hosted|said|told|began|begun|ended|took|signed|agreed|last|ago|earlier|previously|came|went|sat|saw|left|spoke|gave|[a-z]{3,}ed)\b/gi;

function nearestDistance(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0].toLowerCase();
    // These end in "-ed" but announce what is still to come.
    if (re === PAST_CUE && /^(?:scheduled|expected|planned|anticipated|slated|poised)$/.test(word)) continue;
    const mEnd = m.index + m[0].length;
    const d = mEnd <= start ? start - mEnd : m.index >= end ? m.index - end : 0;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Whether the clause around a date reports something done or announces something to come. The
 * nearest cue wins, so "said on Monday that talks will resume Thursday" reads Monday as past and
 * Thursday as future.
 */
export function detectTense(text: string, start: number, end: number): Tense {
  const clause = clauseAround(text, start, end);
  const part = text.slice(clause.start, clause.end);
  const s = start - clause.start;
  const e = end - clause.start;
  const future = nearestDistance(FUTURE_CUE, part, s, e);
  const past = nearestDistance(PAST_CUE, part, s, e);
  if (future === Infinity && past === Infinity) return "unknown";
  return future <= past ? "future" : "past";
}

const MEETING = "meeting.date";
const PLAN_NOUN =
  /\b(?:plans?|proposals?|framework|drafts?|roadmap|blueprint|initiative|document|peace deal)\b/i;

const DATE_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = [
  ["invasion.date", /\b(?:invasion|invaded|invade|invading)\b/gi],
  ["annexation.date", /\b(?:annexation|annexed|annex|annexing)\b/gi],
  [
    "plan.release-date",
    /\b(?:circulated|circulation|released|unveiled|presented|published|tabled|put forward|submitted|drafted|introduced|issued)\b/gi,
  ],
  ["ceasefire.date", /\b(?:ceasefire|cease-fire|truce)s?\b/gi],
  ["election.date", /\b(?:elections?|referendum|polls|ballot)\b/gi],
  ["agreement.date", /\b(?:signed|signing|agreements?|accords?|treaty|agreed)\b/gi],
  // "Putin received Witkoff", not "Israel received the proposal": case-sensitive on purpose.
  [
    MEETING,
    /\b(?:received|welcomed|greeted|hosted)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|visiting)\s+)?(?:[A-Z][\w.’'-]*|envoys?|delegations?|negotiators|mediators|counterparts?)/g,
  ],
  [
    MEETING,
    /\b(?:met|meets?|meetings?|talks|summit|hosted|hosts?|hosting|negotiations|negotiated|negotiating|negotiators|sessions?|visit|visited|concluded|discussions|convened|reconvened|resumed|gathered|huddled|sat down|round|dialogue|consultations|deliberations|delegations?|mediators)\b/gi,
  ],
];
/** A statement's own date: "On Monday, officials said". Only a fronted date attaches to it. */
const SPEECH =
  /\b(?:said|says|told|announced|stated|added|warned|confirmed|reported|tweeted|wrote|insisted|denied)\b/gi;
/** "said on Monday", "told reporters late on Monday", "said in a statement Sunday". */
const SPEECH_BEFORE =
  /\b(?:said|says|told|announced|stated|added|warned|confirmed|reported|tweeted|wrote|insisted|denied)(?:\s+(?:in\s+an?\s+[\w-]+|reporters|journalists|[A-Z][\w.-]+|late|early|on|this|last))*\s*$/;

const BACKGROUND =
  /\b(?:(?:earlier|previous|prior|preliminary|preparatory|initial|early|first round of|past)\s+(?:[\w-]+\s+)?|had\s+(?:\w+\s+)?)$/i;
const MAX_TRIGGER_DISTANCE = 150;

/** The event a date in `sentence[start, end)` is the date of, or `date.mentioned`. */
export function dateSlot(sentence: string, start: number, end: number): string {
  // "X met in Istanbul on Wednesday, the Kremlin said": the trailing attribution does not take the
  // date, but "said on Monday that talks will resume" does.
  const possessive = /['’]s\b/.test(sentence.slice(end - 2, end + 2));
  if (!possessive && SPEECH_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))
    return "date.mentioned";
  const fronted =
    /^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(sentence.slice(0, start).slice(-40)) && start < 40;
  const clause = clauseAround(sentence, start, end);
  const part = sentence.slice(clause.start, clause.end);
  const s = start - clause.start;
  const e = end - clause.start;
  let best: { slot: string; distance: number; index: number } | null = null;
  const triggers: ReadonlyArray<readonly [string, RegExp]> = fronted
    ? [...DATE_TRIGGERS, ["date.mentioned", SPEECH]]
    : DATE_TRIGGERS;
  for (const [slot, re] of triggers) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const mEnd = m.index + m[0].length;
      const distance = mEnd <= s ? s - mEnd : m.index >= e ? m.index - e : 0;
      if (distance > MAX_TRIGGER_DISTANCE || (best && best.distance <= distance)) continue;
      if (slot === "plan.release-date" && !PLAN_NOUN.test(part)) continue;
      best = { slot, distance, index: m.index };
    }
  }
  if (!best) return "date.mentioned";
  // "Earlier talks in March" and "had met on Monday" are background, not the meeting reported.
  if (best.slot === MEETING && BACKGROUND.test(part.slice(Math.max(0, best.index - 40), best.index)))
    return "date.mentioned";
  return best.slot;
}

export interface MeasuredSlot {
  slot: string;
  topic: Topic;
}

const MEETING_HEADS =
  /^(?:talks|meetings?|sessions?|summits?|negotiations|discussions|diplomacy|deliberations|consultations|conversations?|calls?|audience|encounter)$/;
const WAR_HEADS = /^(?:war|wars|conflict|fighting|invasion|occupation|siege|hostilities|offensive|blockade)$/;
const CEASEFIRE_HEADS = /^(?:ceasefire|cease-fire|truce|pause|lull|cessation)$/;
const PLAN_HEADS =
  /^(?:plans?|proposals?|framework|drafts?|roadmap|blueprint|initiative|document|deal|agreement|list|programme|program|peace)$/;
const OTHER_HEADS =
  /^(?:visit|trip|moratorium|freeze|deadline|transition|phase|period|extension|window|halt|tour|mission)$/;
const BACKGROUND_ADJECTIVE =
  /^(?:earlier|previous|prior|preliminary|preparatory|initial|past|separate|technical)$/;

/**
 * The slot of a duration by the noun it measures ("five hours of talks", "a two-year war").
 * `modifiers` are the words between the number and the noun; a background modifier
 * ("preparatory negotiations") keeps the duration off the reported meeting.
 */
export function durationSlot(head: string, modifiers: readonly string[]): MeasuredSlot | null {
  const h = head.toLowerCase();
  const background = modifiers.some((w) => BACKGROUND_ADJECTIVE.test(w.toLowerCase()));
  if (MEETING_HEADS.test(h))
    return { slot: background ? `duration.${h.replace(/s$/, "")}` : "meeting.duration", topic: "dates" };
  if (WAR_HEADS.test(h)) return { slot: "conflict.duration", topic: "dates" };
  if (CEASEFIRE_HEADS.test(h)) return { slot: "ceasefire.duration", topic: "plan-terms" };
  if (OTHER_HEADS.test(h)) return { slot: `duration.${h}`, topic: "dates" };
  return null;
}

export function isPlanHead(word: string): boolean {
  return PLAN_HEADS.test(word.toLowerCase());
}

/** Whether the sentence is about a plan at all, so a bare "19-20 points" can be a plan size. */
export function mentionsPlan(sentence: string): boolean {
  return PLAN_NOUN.test(sentence) || /\b(?:peace|deal|points? of)\b/i.test(sentence);
}

const LASTED =
  /\b(talks|meetings?|sessions?|summit|negotiations|discussions|visit|war|conflict|fighting|ceasefire|truce|siege|occupation)\b[^.;:!?]{0,60}?\b(?:lasted|lasting|ran|went on|stretched|continued|dragged on)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}$/i;
const MET_FOR =
  /\b(?:met|meeting|talked|spoke|negotiated|huddled|conferred|deliberated|sat down|held talks|were closeted)\b[^.;:!?]{0,120}?\bfor\s+(?:[\w-]+\s+){0,2}$/i;
const MEETING_NOUN = /\b(?:talks|meetings?|sessions?|summit|negotiations|discussions)\b/i;

/**
 * The slot of a duration by what precedes it: "the talks lasted nearly five hours", "they met
 * for three hours". `before` is the sentence up to the start of the quantity (hedge included).
 */
export function durationSlotFromVerb(before: string): MeasuredSlot | null {
  const tail = before.slice(-200);
  const lasted = LASTED.exec(tail);
  if (lasted?.[1]) return durationSlot(lasted[1], []);
  if (MET_FOR.test(tail)) return { slot: "meeting.duration", topic: "dates" };
  return null;
}

/**
 * A sitting is measured in hours: "after nearly five hours, the talks ended", "spent five hours
 * with Putin". Only for hour-scale units, and only when nothing else is said to be measured.
 */
export function isMeetingScale(clause: string, before: string): boolean {
  return MEETING_NOUN.test(clause) || /\bspent\s+(?:[\w-]+\s+){0,2}$/i.test(before.slice(-60));
}

/**
 * Whether `pos` lies inside quoted speech. A speaker's "today" or "next year" is relative to when
 * they spoke, which the article rarely states, so such dates are not tied to an event.
 */
export function isQuoted(text: string, pos: number): boolean {
  let straight = 0;
  let open = false;
  for (let i = 0; i < pos && i < text.length; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === "“") open = true;
    else if (c === "”") open = false;
  }
  return open || straight % 2 === 1;
}

/** Units of time; minutes are kept as hours so "90 minutes" meets "an hour and a half". */
export const DURATION_UNITS = new Map<string, readonly [unit: string, factor: number]>();
for (const [unit, factor, forms] of [
  ["hours", 1, "hour hours hr hrs"],
  ["hours", 1 / 60, "minute minutes min mins"],
  ["days", 1, "day days"],
  ["weeks", 1, "week weeks"],
  ["months", 1, "month months"],
  ["years", 1, "year years"],
] as const) {
  for (const form of forms.split(" ")) DURATION_UNITS.set(form, [unit, factor]);
}

export type SizeKind = "points" | "phases" | "members";
export const SIZE_UNITS = new Map<string, SizeKind>();
for (const [kind, forms] of [
  ["points", "point points"],
  ["phases", "phase phases stage stages"],
  ["members", "member members"],
] as const) {
  for (const form of forms.split(" ")) SIZE_UNITS.set(form, kind);
}

/** Counted things worth lining up across articles, keyed by singular and plural to the plural. */
const COUNTS = new Map<string, string>();
const REGULAR_COUNTS =
  "hostages captives prisoners detainees civilians troops soldiers fighters militants combatants deaths wounded " +
  "injured refugees journalists workers trucks missiles drones rockets tanks jets envoys delegates negotiators " +
  "officials diplomats mediators countries nations villages towns settlements residents patients doctors " +
  "hospitals schools homes buildings shells warplanes ministers lawmakers senators votes";
for (const plural of REGULAR_COUNTS.split(" ")) {
  COUNTS.set(plural, plural);
  COUNTS.set(plural.replace(/s$/, ""), plural);
}
for (const forms of [
  "people person persons",
  "children child",
  "women woman",
  "casualties casualty",
  "bodies body",
  "families family",
  "aircraft",
]) {
  const [many = "", ...others] = forms.split(" ");
  for (const form of [many, ...others]) COUNTS.set(form, many);
}
const ENVOY_NOUNS = new Set(["envoys", "delegates", "negotiators", "diplomats", "mediators"]);

/** The plural a counted noun is filed under ("prisoner" → "prisoners"), or undefined. */
export function countNoun(word: string): string | undefined {
  return COUNTS.get(word);
}

/** Where a count belongs: people at the table are the envoys axis, everything else is "other". */
export function countTopic(plural: string): Topic {
  return ENVOY_NOUNS.has(plural) ? "envoys" : "other";
}

/** Past this length a "sentence" is not prose, and reading its speaker would cost more than the rest. */
const ATTRIBUTION_REACH = 2000;

/** Who the sentence says is speaking (see attribution.ts), read from its first 2,000 characters. */
export function sentenceSource(sentence: Sentence): string | null {
  if (sentence.text.length <= ATTRIBUTION_REACH) return findAttribution(sentence);
  const text = sentence.text.slice(0, ATTRIBUTION_REACH);
  return findAttribution({ text, start: sentence.start, end: sentence.start + text.length });
}
