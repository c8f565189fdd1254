import type { Topic } from "./values";

/**
 * What a duration or a plan figure measures, read from the noun it qualifies or the verb before it.
 */

/** Words that make a sentence about a plan, so a figure in it can be the plan's size. */
export const PLAN_NOUN =
  /\b(?:plans?|proposals?|framework|drafts?|roadmap|blueprint|initiative|document|package|joint statement|agenda|peace deal|protocol|accords?|memorandum|declaration|treaty|communiqu[eé]|charter|formula|text)\b/i;

export interface MeasuredSlot {
  slot: string;
  topic: Topic;
}

const MEETING_HEADS =
  /^(?:talks|meetings?|sessions?|sittings?|rounds?|summits?|negotiations|discussions?|parley|consultations|diplomacy|deliberations|consultations|conversations?|calls?|audience|encounter|argument|arguing|bargaining|haggling|wrangling)$/;
const WAR_HEADS = /^(?:war|wars|conflict|fighting|invasion|occupation|siege|hostilities|offensive|blockade)$/;
const CEASEFIRE_HEADS = /^(?:ceasefire|cease-fire|truce|pause|lull|cessation)$/;
const PLAN_HEADS =
  /^(?:plans?|proposals?|framework|drafts?|roadmap|blueprint|initiative|document|package|paper|statement|agenda|deal|agreement|arrangement|list|programme|program|peace|protocol|accord|memorandum|declaration|treaty|communiqu[eé]|charter|formula|text|mechanism|set|understanding)$/;
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
  return (
    PLAN_NOUN.test(sentence) ||
    // "the mediators' ten points, which begin with a ceasefire": points that hold terms.
    /\bpoints,?\s+which\s+(?:begin|begins|start|starts|open|opens|include|includes|cover|covers)\b/i.test(
      sentence,
    ) ||
    /\b(?:peace|deal|points? of)\b/i.test(sentence) ||
    AGREED_POINTS.test(sentence)
  );
}

/** "agreed on nine points": what the sides settled is the plan, even when no plan noun is used. */
const AGREED_POINTS =
  /\b(?:agreed|agreeing|settled|signed)\s+(?:on\s+|to\s+)?[\w-]+\s+points\b|\b[\w-]+\s+points\s+(?:agreed|adopted|settled|approved|signed|set out|laid out)\b/i;

// LASTED and MET_FOR are anchored at the end, so they are tried at every position of the tail and
// each noun or verb they meet opens a long lazy gap. Their endings (…_END) are tried first, and
// are built from the same words so the two cannot drift apart.
const LASTED_VERB =
  "(?:lasted|lasting|ran|went on|stretched|continued|dragged on|took|(?:held|spread|conducted|took place) over|spanning|spanned|(?:ended|broke up|concluded|finished|wrapped up|closed) after)\\s+(?:for\\s+)?(?:[\\w-]+\\s+){0,2}$";
const LASTED = new RegExp(
  `\\b(talks|meetings?|sessions?|sittings?|round|summit|negotiations|discussions?|consultations|deliberations|conversations?|calls?|encounter|visit|war|conflict|fighting|ceasefire|truce|siege|occupation)\\b[^.;:!?]{0,140}?\\b${LASTED_VERB}`,
  "i",
);
const LASTED_END = new RegExp(`\\b${LASTED_VERB}`, "i");
const FOR_END = "\\bfor\\s+(?:[\\w-]+\\s+){0,2}$";
const MET_FOR = new RegExp(
  `\\b(?:met|meeting|talked|spoke|negotiated|huddled|conferred|deliberated|sat down|held talks|were closeted|received|hosted|at the (?:negotiating )?table)\\b[^.;:!?]{0,120}?${FOR_END}`,
  "i",
);
const MET_FOR_END = new RegExp(FOR_END, "i");
const MEETING_NOUN = /\b(?:talks|meetings?|sessions?|sittings?|summit|negotiations|discussions?)\b/i;

/**
 * The slot of a duration by what precedes it: "the talks lasted nearly five hours", "they met
 * for three hours". `before` is the sentence up to the start of the quantity (hedge included).
 */
export function durationSlotFromVerb(before: string, after = ""): MeasuredSlot | null {
  const tail = before.slice(-200);
  // "For two days last week, a hotel above Oslo was home to talks between…": the sentence's frame.
  // "Over three days last week, … the government and the alliance negotiated under Kenyan mediation."
  if (
    /^\s*(?:For|Over|During)\s+(?:[\w-]+\s+){0,2}$/.test(before) &&
    (MEETING_NOUN.test(after) || AT_THE_TABLE.test(after) || NEGOTIATED.test(after))
  )
    return { slot: "meeting.duration", topic: "dates" };
  // "negotiators spent two days in the same room", "spent 11 hours at the table".
  if (/\bspent\s+(?:[\w-]+\s+){0,2}$/i.test(tail) && SPENT_AT_TALKS.test(after.slice(0, 60)))
    return { slot: "meeting.duration", topic: "dates" };
  // "ended a round of talks in Doha on Tuesday after three days".
  if (/\bafter\s+(?:[\w-]+\s+){0,2}$/.test(tail) && ENDED_TALKS_AFTER.test(tail))
    return { slot: "meeting.duration", topic: "dates" };
  // "The talks ended shortly after midnight, about 12 hours after the first session opened."
  if (SINCE_OPENING.test(after) && TALKS_ENDED.test(tail))
    return { slot: "meeting.duration", topic: "dates" };
  const lasted = LASTED_END.test(tail) ? LASTED.exec(tail) : null;
  if (lasted?.[1]) return durationSlot(lasted[1], []);
  if (MET_FOR_END.test(tail) && MET_FOR.test(tail)) return { slot: "meeting.duration", topic: "dates" };
  return null;
}

/**
 * A sitting is measured in hours: "after nearly five hours, the talks ended", "spent five hours
 * with Putin". Only for hour-scale units, and only when nothing else is said to be measured.
 */
export function isMeetingScale(clause: string, before: string): boolean {
  const tail = before.slice(-60);
  return (
    MEETING_NOUN.test(clause) ||
    /\bspent\s+(?:[\w-]+\s+){0,2}$/i.test(tail) ||
    // "The talks were chaired by X. They lasted about four hours."
    /^\s*(?:They|It)\s+(?:lasted|ran|went on|stretched|dragged on|continued)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}$/.test(
      before,
    ) ||
    // "After nearly nine hours the delegations have left the room."
    (/(?:^\s*After|\b(?:over|in|during) the course of)\s+(?:[\w-]+\s+){0,2}$/i.test(tail) &&
      (AT_THE_TABLE.test(clause) || /\bat the (?:negotiating )?table\b/i.test(clause))) ||
    // A live blog's "It's over, after nearly six hours.": the sitting it reports ended.
    /\b(?:it['’]s|it is|it was|talks are|talks were)\s+over\s*,?\s+after\s+(?:[\w-]+\s+){0,2}$/i.test(tail)
  );
}

const ENDED_TALKS_AFTER =
  /\b(?:ended|concluded|wrapped up|closed)\s+(?:(?:a|the|their|its|this|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:round|talks|negotiations|session|meeting)\b[^.;:!?]{0,80}?\bafter\s+(?:[\w-]+\s+){0,2}$/i;
const SINCE_OPENING =
  /^(?:[\w-]+\s+){1,3}?(?:hours?|minutes?)\s+after\s+(?:the\s+|they\s+|it\s+)?(?:[\w-]+\s+){0,3}?(?:opened|began|started|convened|got under way|sat down)\b/i;
const TALKS_ENDED =
  /\b(?:talks|session|meeting|negotiations|round)\b[^.;:!?]{0,60}?\b(?:ended|broke up|finished|wrapped up|closed|concluded)\b/i;
const NEGOTIATED = /\b(?:negotiated|bargained|haggled|conferred|deliberated)\b/i;
const SPENT_AT_TALKS =
  /^[\w\s.-]{0,25}?\b(?:in the (?:same )?room|at the (?:negotiating )?table|in (?:talks|negotiations)|negotiating|face to face)\b/i;

/** People whose hours are the sitting's hours: "over the course of six hours, the negotiators...". */
const AT_THE_TABLE = /\b(?:negotiators|envoys|delegations?|delegates|mediators)\b/i;
