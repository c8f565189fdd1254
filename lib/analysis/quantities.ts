import { sentenceSource } from "./events";
import { classify } from "./quantity-classify";
import { articleAmount, at, unitAt, type Unit } from "./quantity-units";
import type { ExtractionContext } from "./extract";
import { applyHedge, hedgeAfter, hedgeBefore } from "./hedges";
import { canStartAmount, isGlued, numberAt, tokenize, type NumberMatch, type Token } from "./numbers";
import { anchored } from "./text";
import type { ExtractedClaim } from "./types";
import type { QuantityValue } from "./values";

const PREFILTER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|several|few|couple|handful|half|hours|days|an? (?:hour|day|week|month|year)|(?:hundreds|thousands|millions) of)\b/i;
const MAX_PER_SENTENCE = 24;
const MAX_CLAIMS = 1000;

function scaled(v: number | null, factor: number): number | null {
  return v === null ? null : Math.round(v * factor * 1e6) / 1e6;
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
function spanning(text: string, tokens: readonly Token[], amount: NumberMatch, unit: Unit): boolean {
  if (unit.kind !== "duration" || at(tokens, amount.first - 1) !== "over") return false;
  const lead = tokens[amount.first - 2];
  // "Over two days, the envoys…": a sentence that opens on the span it covers.
  if (lead === undefined || lead.kind !== "word") return text[tokens[amount.first - 1]!.start] === "O";
  return !LENGTH_LEAD.has(lead.lower);
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
  const before = spanning(text, tokens, amount, unit) ? null : hedgeBefore(tokens, amount.first);
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

const HOW_LONG = /\bhow long\b[^?]*\?\s*$/i;

/** Durations, plan sizes and counts, each tied to what it measures when the sentence says so. */
export function extractQuantities(ctx: ExtractionContext): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const [index, sentence] of ctx.sentences.entries()) {
    if (!PREFILTER.test(sentence.text)) continue;
    // "How long did it last? Just under nine hours.": an explainer's answer measures the sitting.
    const previous = ctx.sentences[index - 1]?.text ?? "";
    const asked = previous.includes("?") && HOW_LONG.test(previous);
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
      const { start, end, value, topic } = q.found;
      const answer = asked && found === 0 && q.found.slot === "quantity.mentioned" && topic === "dates";
      const slot = answer ? "meeting.duration" : q.found.slot;
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
