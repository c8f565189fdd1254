import search from "approx-string-match";
import type { Anchor } from "./types";

/**
 * Re-anchoring: finding a claim's words again after its article's text was re-imported with edits.
 * The rule that shapes everything here is that a claim which cannot be placed with confidence is
 * orphaned, never moved: a highlight on the wrong words is worse than no highlight, because a
 * reader trusts it. Matching works on a normalized view of the text (case, whitespace runs, curly
 * quotes and dash styles folded) so cosmetic edits are not counted as errors.
 */

export type Reanchored =
  { start: number; end: number; quote: string; orphaned: false; score: number } | { orphaned: true };

export interface ReanchorOptions {
  /** The text the claim was anchored in, when known: claims after the last edit shift exactly. */
  oldBody?: string;
}

/** Below this combined score a candidate is not the claim's words. */
export const MIN_SCORE = 0.8;
/** The best candidate must beat any other place by this much, or the claim is ambiguous. */
export const MIN_MARGIN = 0.05;
/** Staying at the same offsets needs this score: the context must still agree. */
const POSITION_SCORE = 0.9;
/** Fuzzy matches may differ from the quote in at most this share of its characters. */
const MAX_ERROR_RATE = 0.2;
/** A quote this long is distinctive by itself; shorter ones lean on their context. */
const DISTINCTIVE_LENGTH = 60;
/** Context similarity assumed when the stored selector has no context at all. */
const UNKNOWN_SIDE = 0.5;
const MAX_ROUNDS = 6;
const MAX_CANDIDATES = 200;
const MASK = "\u0000";

interface View {
  text: string;
  /** Original offset of each normalized character, plus the original length at the end. */
  toOriginal: number[];
  /** Normalized offset of each original character, plus the normalized length at the end. */
  toView: number[];
}

const FOLD: Readonly<Record<string, string>> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
};

function normalize(original: string): View {
  let text = "";
  const toOriginal: number[] = [];
  const toView: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? "";
    toView.push(text.length);
    if (/\s/.test(ch)) {
      if (text.endsWith(" ")) continue;
      text += " ";
      toOriginal.push(i);
      continue;
    }
    // Lowercasing can lengthen a character ("İ"), so every unit it produces maps back to it.
    for (const unit of (FOLD[ch] ?? ch).toLowerCase()) {
      text += unit;
      for (let k = 0; k < unit.length; k++) toOriginal.push(i);
    }
  }
  toOriginal.push(original.length);
  toView.push(text.length);
  return { text, toOriginal, toView };
}

/** Edit distance in two rows: context windows are short, so this stays cheap. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Needle {
  quote: string;
  prefix: string;
  suffix: string;
  /** How much the quote alone counts against its context. */
  quoteWeight: number;
  startsWord: boolean;
  endsWord: boolean;
}

function needleOf(claim: Anchor): Needle {
  const quote = normalize(claim.quote).text;
  const prefix = normalize(claim.prefix).text;
  const suffix = normalize(claim.suffix).text;
  return {
    quote,
    prefix,
    suffix,
    quoteWeight: 0.5 + 0.4 * Math.min(1, quote.length / DISTINCTIVE_LENGTH),
    startsWord: isWordChar(quote[0]) && !isWordChar(prefix.at(-1)),
    endsWord: isWordChar(quote.at(-1)) && !isWordChar(suffix[0]),
  };
}

/**
 * How well the text around a place agrees with the stored prefix and suffix, each side weighed by
 * how much context it stored: a quote near the end of the body keeps a short suffix, which says
 * little, and must not outvote a full prefix.
 */
function contextScore(needle: Needle, text: string, start: number, end: number): number {
  const { prefix, suffix } = needle;
  if (prefix.length + suffix.length === 0) return UNKNOWN_SIDE;
  const before = similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const after = similarity(suffix, text.slice(end, end + suffix.length));
  return (before * prefix.length + after * suffix.length) / (prefix.length + suffix.length);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function score(needle: Needle, text: string, start: number, end: number, errors: number): Candidate {
  const quoteSimilarity = 1 - errors / Math.max(needle.quote.length, end - start);
  const context = contextScore(needle, text, start, end);
  return {
    start,
    end,
    score: needle.quoteWeight * quoteSimilarity + (1 - needle.quoteWeight) * context,
  };
}

function widenStart(text: string, start: number, max: number): number {
  let s = start;
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) if (start - --s > max) return start;
  return s;
}

function widenEnd(text: string, end: number, max: number): number {
  let e = end;
  while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) if (++e - end > max) return end;
  return e;
}

/**
 * A match that cuts a word the original quote held whole ("Witkof" inside "Witkoff", after a typo
 * fix) is widened to the whole word, so the claim covers the corrected word rather than part of
 * it; a match that picked up a neighbouring space is trimmed.
 */
function snapToWords(needle: Needle, text: string, start: number, end: number, maxWiden: number) {
  let s = needle.startsWord ? widenStart(text, start, maxWiden) : start;
  let e = needle.endsWord ? widenEnd(text, end, maxWiden) : end;
  while (s < e && text[s] === " " && !needle.quote.startsWith(" ")) s++;
  while (e > s && text[e - 1] === " " && !needle.quote.endsWith(" ")) e--;
  return { start: s, end: e };
}

/**
 * Every plausible place for the quote: the best matches, then (with those masked out) the next
 * best, so the runner-up is known even when it has more errors than the winner.
 */
function candidates(needle: Needle, text: string): Candidate[] {
  const maxErrors = Math.floor(needle.quote.length * MAX_ERROR_RATE);
  const found: Candidate[] = [];
  let masked = text;
  for (let round = 0; round < MAX_ROUNDS && found.length < MAX_CANDIDATES; round++) {
    const matches = search(masked, needle.quote, maxErrors);
    if (matches.length === 0) break;
    for (const m of matches.slice(0, MAX_CANDIDATES)) {
      const snapped = snapToWords(needle, text, m.start, m.end, Math.max(1, maxErrors));
      if (snapped.end <= snapped.start) continue;
      const errors =
        snapped.start === m.start && snapped.end === m.end
          ? m.errors
          : levenshtein(needle.quote, text.slice(snapped.start, snapped.end));
      found.push(score(needle, text, snapped.start, snapped.end, errors));
    }
    const parts: string[] = [];
    let at = 0;
    for (const m of [...matches].sort((a, b) => a.start - b.start)) {
      if (m.end <= at) continue;
      const from = Math.max(at, m.start);
      parts.push(masked.slice(at, from), MASK.repeat(m.end - from));
      at = m.end;
    }
    parts.push(masked.slice(at));
    masked = parts.join("");
  }
  return found;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

function placed(body: string, view: View, c: Candidate): Reanchored {
  const start = view.toOriginal[c.start] ?? 0;
  const end = (view.toOriginal[c.end - 1] ?? start) + 1;
  return { start, end, quote: body.slice(start, end), orphaned: false, score: c.score };
}

/** Where the claim would sit if nothing around it moved, or if it lies after the last edit. */
function positionHints(claim: Anchor, body: string, oldBody: string | undefined): number[] {
  const hints = [claim.start];
  if (oldBody !== undefined) {
    let common = 0;
    const limit = Math.min(oldBody.length, body.length);
    while (common < limit && oldBody[oldBody.length - 1 - common] === body[body.length - 1 - common])
      common++;
    if (claim.start >= oldBody.length - common) hints.push(claim.start + body.length - oldBody.length);
  }
  return hints;
}

/**
 * Finds the claim's words in `newBody`: first where they were (or exactly shifted, when `oldBody`
 * is given), if the context agrees; else the best exact or fuzzy occurrence, weighed by how well
 * the prefix and suffix agree, accepted only above MIN_SCORE and MIN_MARGIN ahead of any other
 * place. Anything less is orphaned.
 */
export function reanchor(claim: Anchor, newBody: string, options: ReanchorOptions = {}): Reanchored {
  const needle = needleOf(claim);
  if (needle.quote.trim().length === 0) return { orphaned: true };
  const view = normalize(newBody);

  for (const hint of positionHints(claim, newBody, options.oldBody)) {
    const end = hint + claim.quote.length;
    if (hint < 0 || newBody.slice(hint, end) !== claim.quote) continue;
    const start = view.toView[hint] ?? 0;
    const viewEnd = (view.toView[end - 1] ?? start) + 1;
    const atHint = score(needle, view.text, start, viewEnd, 0);
    if (atHint.score >= POSITION_SCORE) {
      return { start: hint, end, quote: claim.quote, orphaned: false, score: atHint.score };
    }
  }

  const ranked = candidates(needle, view.text).sort((a, b) => b.score - a.score || a.start - b.start);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { orphaned: true };
  const runnerUp = ranked.find((c) => !overlaps(c, best));
  if (runnerUp && best.score - runnerUp.score < MIN_MARGIN) return { orphaned: true };
  return placed(newBody, view, best);
}
