import { countSlot, windowedSlot } from "./count-slots";
import { sentenceSource } from "./events";
import {
  durationSlot,
  durationSlotFromVerb,
  isMeetingScale,
  isPlanHead,
  mentionsPlan,
  type MeasuredSlot,
} from "./measure-slots";
import { articleAmount, at, unitAt, wordsAfter, type Unit } from "./quantity-units";
import { clauseAround, detectTense, isQuoted } from "./tense";
import type { ExtractionContext } from "./extract";
import { applyHedge, hedgeAfter, hedgeBefore } from "./hedges";
import { canStartAmount, isGlued, numberAt, tokenize, type NumberMatch, type Token } from "./numbers";
import { anchored } from "./text";
import type { ExtractedClaim } from "./types";
import type { QuantityValue } from "./values";

/** After a duration, these make it a point in time ("two days later") or an age, not a length. */
const NOT_A_LENGTH_AFTER = new Set(
  "ago later earlier after before prior old ahead hence since from".split(" "),
);
const NOT_A_LENGTH_BEFORE = new Set(
  "in within every per each next last past first final coming aged age".split(" "),
);
const TARIFF = /\b(?:tariffs?|duty|duties|levy|levies)\b/i;
const PREFILTER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|several|few|couple|handful|half|hours|days|an? (?:hour|day|week|month|year)|(?:hundreds|thousands|millions) of)\b/i;
const MAX_PER_SENTENCE = 24;
const MAX_CLAIMS = 1000;

function scaled(v: number | null, factor: number): number | null {
  return v === null ? null : Math.round(v * factor * 1e6) / 1e6;
}

/** "a two-day round of talks" measures the talks, "a two-day round of shelling" no sitting at all. */
const ROUND_OF = /^[\w\s-]*?\brounds?\s+of\s+(?:the\s+)?([\w-]+)/i;

function headSlot(words: readonly string[], rest: string): MeasuredSlot | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const of = /^rounds?$/.test(word) ? ROUND_OF.exec(rest)?.[1] : undefined;
    const slot = durationSlot(of ?? word, words.slice(0, i));
    if (slot || of) return slot;
  }
  return null;
}

interface Found {
  start: number;
  end: number;
  value: QuantityValue;
  slot: string;
  topic: ExtractedClaim["topic"];
}

function quantityAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): { found: Found | null; next: number } | null {
  const article = articleAmount(tokens, i);
  const amount = article ?? numberAt(tokens, i);
  if (!amount) return null;
  const skip = { found: null, next: Math.max(amount.next, i + 1) };
  if (
    isGlued(text, tokens, amount.first) ||
    isGlued(text, tokens, amount.next - 1) ||
    /^[$€£#]$/.test(at(tokens, amount.first - 1))
  )
    return skip;
  let unit = unitAt(tokens, amount.next, amount);
  if (!unit) return skip;
  // "an hour and a half" was read whole by articleAmount; step past its tail.
  if (article && article.min === 1.5) unit = { ...unit, next: unit.next + 3 };
  // "cut from 28 points to 20": the figure that counts is the last one, and it borrows the unit.
  if (at(tokens, amount.first - 1) === "from" && at(tokens, unit.next) === "to") {
    const target = numberAt(tokens, unit.next + 1);
    if (
      target &&
      !target.vague &&
      !isGlued(text, tokens, target.next - 1) &&
      (unitAt(tokens, target.next, target) ?? { bare: true }).bare === true
    ) {
      return emit(text, tokens, target, { ...unit, next: target.next }, null);
    }
  }
  return emit(text, tokens, amount, unit, article);
}

/** Words after which "over" still means "more than" a length: "lasted over", "for over", "after over". */
const LENGTH_LEAD = new Set(
  "for lasted lasting last lasts ran run runs took take takes taking spent spend spending after in of than is was were are be been continued on just well little extended".split(
    " ",
  ),
);

/**
 * "brokered a deal over 11 hours of argument", "talks over two days": after a verb or a noun,
 * "over" spans the time, it does not say "more than".
 */
function spanning(tokens: readonly Token[], amount: NumberMatch, unit: Unit): boolean {
  if (unit.kind !== "duration" || at(tokens, amount.first - 1) !== "over") return false;
  const lead = tokens[amount.first - 2];
  return lead !== undefined && lead.kind === "word" && !LENGTH_LEAD.has(lead.lower);
}

function emit(
  text: string,
  tokens: readonly Token[],
  amount: NumberMatch,
  unit: Unit,
  article: NumberMatch | null,
): { found: Found | null; next: number } {
  let [lo, hi] = [amount.min, amount.max];
  if (
    !article &&
    at(tokens, unit.next) === "and" &&
    at(tokens, unit.next + 1) === "a" &&
    at(tokens, unit.next + 2) === "half" &&
    lo === hi
  ) {
    [lo, hi] = [lo + 0.5, hi + 0.5];
    unit = { ...unit, next: unit.next + 3 };
  }
  const before = spanning(tokens, amount, unit) ? null : hedgeBefore(tokens, amount.first);
  const after = hedgeAfter(tokens, unit.next);
  const bare = article !== null && article.next === article.first;
  // A vague amount is loose already, and "over several days" uses "over" as a preposition.
  const hedge = bare ? "at-least" : amount.vague && !article ? null : (before?.hedge ?? after?.hedge ?? null);
  const startTok = tokens[hedge !== null && before ? before.first : amount.first];
  const endTok = tokens[Math.min(after?.next ?? unit.next, tokens.length) - 1];
  const next = Math.max(after?.next ?? unit.next, amount.first + 1);
  if (!startTok || !endTok) return { found: null, next };
  const start = startTok.start;
  const placed = classify(
    text,
    tokens,
    amount,
    unit,
    start,
    article !== null && (bare || (before === null && after === null)),
  );
  if (!placed) return { found: null, next: Math.max(unit.next, amount.first + 1) };
  const interval = applyHedge(lo, hi, hedge, unit.kind !== "duration" && unit.kind !== "percent");
  const value: QuantityValue = {
    min: scaled(interval.min, unit.factor),
    max: scaled(interval.max, unit.factor),
    unit: unit.unit,
  };
  if (interval.minExclusive) value.minExclusive = true;
  if (interval.maxExclusive) value.maxExclusive = true;
  return { found: { start, end: endTok.end, value, ...placed }, next };
}

/** What the amount measures, or null when it is not worth a claim. */
function classify(
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
      return (unit.compound && isPlanHead(wordsAfter(tokens, unit.next)[0] ?? "")) ||
        prev === "its" ||
        mentionsPlan(text)
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
      const slot = headSlot(head, rest) ?? durationSlotFromVerb(text.slice(Math.max(0, start - 200), start));
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

/** Durations, plan sizes and counts, each tied to what it measures when the sentence says so. */
export function extractQuantities(ctx: ExtractionContext): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const sentence of ctx.sentences) {
    if (!PREFILTER.test(sentence.text)) continue;
    const tokens = tokenize(sentence.text);
    let found = 0;
    let attribution: string | null | undefined;
    for (let i = 0; i < tokens.length && found < MAX_PER_SENTENCE;) {
      const t = tokens[i];
      if (
        !t ||
        t.kind === "punct" ||
        (t.kind === "word" && !canStartAmount(t.lower) && t.lower !== "hours" && t.lower !== "days")
      ) {
        i++;
        continue;
      }
      const q = quantityAt(sentence.text, tokens, i);
      if (!q) {
        i++;
        continue;
      }
      i = q.next;
      if (!q.found) continue;
      const { start, end, value, slot, topic } = q.found;
      attribution ??= sentenceSource(sentence);
      claims.push(
        anchored(ctx.body, sentence.start + start, sentence.start + end, {
          topic,
          slot,
          kind: "quantity",
          value,
          attribution,
        }),
      );
      found++;
      if (claims.length >= MAX_CLAIMS) return claims;
    }
  }
  return claims;
}
