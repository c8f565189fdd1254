import { countSlot, windowedSlot } from "./count-slots";
import { hedgeBefore } from "./hedges";
import {
  durationSlot,
  durationSlotFromVerb,
  isMeetingScale,
  isPlanHead,
  mentionsPlan,
  type MeasuredSlot,
} from "./measure-slots";
import type { NumberMatch, Token } from "./numbers";
import { at, wordsAfter, type Unit } from "./quantity-units";
import { clauseAround, detectTense, isQuoted } from "./tense";

/*
 * What a figure found in a sentence measures: the slot of a duration, a plan's size, a count or a
 * rate, read from the unit and the words around it; null when it is not worth a claim.
 */

/** After a duration, these make it a point in time ("two days later") or an age, not a length. */
const NOT_A_LENGTH_AFTER = new Set(
  "ago later earlier after before prior old ahead hence since from".split(" "),
);
const NOT_A_LENGTH_BEFORE = new Set(
  "in within every per each next last past first final coming aged age".split(" "),
);
const TARIFF = /\b(?:tariffs?|duty|duties|levy|levies)\b/i;
/** "a two-day round of talks" measures the talks, "a two-day round of shelling" no sitting at all. */
// "a three-day round of South Sudan peace talks": the head may come a few words on.
const ROUND_OF = /^[\w\s-]*?\brounds?\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,4}[\w-]+)/i;

function headSlot(words: readonly string[], rest: string): MeasuredSlot | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const of = /^rounds?$/.test(word) ? ROUND_OF.exec(rest)?.[1] : undefined;
    if (of !== undefined) return roundOf(of.split(/\s+/), words.slice(0, i));
    const slot = durationSlot(word, words.slice(0, i));
    if (slot) return slot;
  }
  return null;
}

/** What a round is a round of: the first head among the words after "of", or none. */
function roundOf(words: readonly string[], modifiers: readonly string[]): MeasuredSlot | null {
  for (const w of words) {
    const slot = durationSlot(w, modifiers);
    if (slot) return slot;
  }
  return null;
}

const MONTH_NAME =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** What the amount measures, or null when it is not worth a claim. */
export function classify(
  text: string,
  tokens: readonly Token[],
  amount: NumberMatch,
  unit: Unit,
  start: number,
  weak: boolean,
): MeasuredSlot | null {
  const prev = at(tokens, amount.first - 1);
  switch (unit.kind) {
    case "points": {
      // "at several points", "on two points" and "percentage points" are not the size of a plan.
      if (amount.vague || prev === "from" || prev === "percentage" || (!unit.compound && amount.min < 5))
        return null;
      // "its 7 points": a thing that has points is a document, named in an earlier sentence.
      // "a six-point joint statement": the head may follow one describing word.
      const [head = "", second = ""] = wordsAfter(tokens, unit.next);
      return (unit.compound && (isPlanHead(head) || isPlanHead(second))) ||
        prev === "its" ||
        unit.listed === true ||
        mentionsPlan(text) ||
        // "The paper they discussed runs to 14 points" (but "12 articles for the paper" counts no plan).
        (at(tokens, unit.next - 1) === "points" && /\bpaper\b/i.test(text))
        ? { slot: "plan.size", topic: "plan-terms" }
        : null;
    }
    case "phases":
      return mentionsPlan(text) || /ceasefire|truce/i.test(text)
        ? { slot: "plan.phases", topic: "plan-terms" }
        : null;
    case "members":
      return unit.compound &&
        /^(?:delegation|team|panel|group|committee)$/.test(wordsAfter(tokens, unit.next)[0] ?? "")
        ? { slot: "delegation.size", topic: "envoys" }
        : null;
    case "percent":
      if (prev === "from") return null;
      // "40 percent of global output", "25 percent of imports": a share of something, not a rate.
      if (at(tokens, unit.next) === "of") return { slot: "quantity.mentioned", topic: "other" };
      return TARIFF.test(text.slice(Math.max(0, start - 80), start + 80))
        ? { slot: "tariff.rate", topic: "plan-terms" }
        : { slot: "quantity.mentioned", topic: "other" };
    case "count": {
      // "on May 9 had killed three civilians": a day of the month, not a count.
      if (MONTH_NAME.test(prev)) return null;
      // "in 2022 hostages were taken": a year, not a count.
      if (
        amount.min >= 1900 &&
        amount.min <= 2100 &&
        !/,/.test(at(tokens, amount.first)) &&
        /^(?:in|since|by|until|from|during)$/.test(prev)
      )
        return null;
      // "one senior diplomat said" names a person, it does not count anything.
      if (amount.max < 2 && !hedgeBefore(tokens, amount.first)) return null;
      const counted = countSlot(
        unit.unit,
        tokens,
        amount.first,
        unit.bare === true ? amount.next : unit.next,
      );
      if (!counted) return null;
      const clause = clauseAround(text, start, start + 1);
      return { ...counted, slot: windowedSlot(counted.slot, text.slice(clause.start, clause.end)) };
    }
    case "duration": {
      const follow = at(tokens, unit.next);
      const head =
        unit.compound || tokens[unit.next - 1]?.lower === "long"
          ? wordsAfter(tokens, unit.next)
          : follow === "of" || follow === "into" || follow === "in"
            ? wordsAfter(tokens, unit.next + 1)
            : [];
      const rest = text.slice(tokens[unit.next]?.start ?? text.length, (tokens[unit.next]?.start ?? 0) + 80);
      const slot =
        headSlot(head, rest) ??
        durationSlotFromVerb(text.slice(Math.max(0, start - 200), start), text.slice(start));
      // Talks that run for weeks or months are a process, not the sitting the article reports.
      if (slot?.slot === "meeting.duration" && /^(?:weeks|months|years)$/.test(unit.unit))
        return { slot: "duration.negotiations", topic: "dates" };
      if (slot) return slot;
      const clause = clauseAround(text, start, start + 1);
      const before = text.slice(Math.max(0, start - 200), start);
      if (
        unit.unit === "hours" &&
        follow !== "of" &&
        !NOT_A_LENGTH_AFTER.has(follow) &&
        isMeetingScale(text.slice(clause.start, clause.end), before)
      ) {
        return { slot: "meeting.duration", topic: "dates" };
      }
      // A loose duration is kept only when plainly a length of something already observed.
      if (
        weak ||
        NOT_A_LENGTH_AFTER.has(follow) ||
        NOT_A_LENGTH_BEFORE.has(prev) ||
        (follow === "from" && at(tokens, unit.next + 1) === "now")
      )
        return null;
      if (isQuoted(text, start) || detectTense(text, start, start + 1) === "future") return null;
      return { slot: "quantity.mentioned", topic: "dates" };
    }
  }
}
