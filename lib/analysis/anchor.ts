import search from "approx-string-match";
import { isWordChar, levenshtein, normalize, similarity, type View, viewOf } from "./anchor-text";
import type { Anchor } from "./types";
import { CONTEXT_CHARS } from "./text";

/**
 * Re-anchoring: finding a claim's words again after its article's text was re-imported with edits.
 * The rule that shapes everything here is that a claim which cannot be placed with confidence is
 * orphaned, never moved: a highlight on the wrong words is worse than no highlight, because a
 * reader trusts it. Matching works on a normalized view of the text (see anchor-text.ts) so
 * cosmetic edits are not counted as errors.
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
/** Bounds the work on hostile input (a one-letter piece in a huge text); real quotes stay far below. */
const MAX_WINDOWS = 5_000;

interface Needle {
  quote: string;
  prefix: string;
  suffix: string;
  /** How much the quote alone counts against its context. */
  quoteWeight: number;
  startsWord: boolean;
  endsWord: boolean;
  /**
   * How many of a full context's characters the stored prefix (suffix) lacks because the body
   * started (ended) there: the text's edge is context too, and a place that is not at the edge
   * disagrees with it.
   */
  startGap: number;
  endGap: number;
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
    startGap: Math.max(0, CONTEXT_CHARS - claim.prefix.length),
    endGap: Math.max(0, CONTEXT_CHARS - claim.suffix.length),
  };
}

/**
 * How well the text around a place agrees with the stored prefix and suffix, each side weighed by
 * how much context it stored: a quote near the end of the body keeps a short suffix, which says
 * little, and must not outvote a full prefix.
 */
function edgeAgreement(distance: number): number {
  return Math.max(0, 1 - Math.abs(distance) / CONTEXT_CHARS);
}

function contextScore(needle: Needle, text: string, start: number, end: number): number {
  const { prefix, suffix, startGap, endGap } = needle;
  const weight = prefix.length + suffix.length + startGap + endGap;
  if (weight === 0) return UNKNOWN_SIDE;
  const before = similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const after = similarity(suffix, text.slice(end, end + suffix.length));
  // The edge agrees as far as the text starts (ends) as far off as the stored context did; an edit
  // inside the context moves it, so the agreement fades with the difference rather than snapping.
  const atStart = edgeAgreement(start - prefix.length);
  const atEnd = edgeAgreement(text.length - (end + suffix.length));
  return (before * prefix.length + after * suffix.length + atStart * startGap + atEnd * endGap) / weight;
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
 * Where the quote may be, found by filtering then verifying: a match with at most k errors shares
 * at least one of k + 1 pieces of the quote exactly (pigeonhole), so only the windows around exact
 * piece occurrences are searched. Each window yields its own best match, so a runner-up elsewhere
 * is seen even when it has more errors than the winner, and a long article costs little.
 */
function matches(
  text: string,
  quote: string,
  maxErrors: number,
): { start: number; end: number; errors: number }[] {
  const pieces = maxErrors + 1;
  const size = Math.floor(quote.length / pieces);
  const windows = new Set<number>();
  for (let p = 0; p < pieces && windows.size < MAX_WINDOWS; p++) {
    const piece = quote.slice(p * size, p === pieces - 1 ? quote.length : (p + 1) * size);
    for (
      let at = text.indexOf(piece);
      at >= 0 && windows.size < MAX_WINDOWS;
      at = text.indexOf(piece, at + 1)
    ) {
      windows.add(Math.max(0, at - p * size - maxErrors));
    }
  }
  const found = new Map<string, { start: number; end: number; errors: number }>();
  for (const from of windows) {
    const window = text.slice(from, from + quote.length + 2 * maxErrors);
    for (const m of search(window, quote, maxErrors)) {
      found.set(`${from + m.start}:${from + m.end}`, {
        start: from + m.start,
        end: from + m.end,
        errors: m.errors,
      });
    }
  }
  return [...found.values()];
}

function candidates(needle: Needle, text: string): Candidate[] {
  const maxErrors = Math.floor(needle.quote.length * MAX_ERROR_RATE);
  const found: Candidate[] = [];
  for (const m of matches(text, needle.quote, maxErrors)) {
    const snapped = snapToWords(needle, text, m.start, m.end, Math.max(1, maxErrors));
    if (snapped.end <= snapped.start) continue;
    const widened = snapped.start !== m.start || snapped.end !== m.end;
    const errors = widened ? levenshtein(needle.quote, text.slice(snapped.start, snapped.end)) : m.errors;
    found.push(score(needle, text, snapped.start, snapped.end, errors));
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
  const view = viewOf(newBody);
  const ranked = candidates(needle, view.text).sort((a, b) => b.score - a.score || a.start - b.start);

  for (const hint of positionHints(claim, newBody, options.oldBody)) {
    const end = hint + claim.quote.length;
    if (hint < 0 || newBody.slice(hint, end) !== claim.quote) continue;
    const start = view.toView[hint] ?? 0;
    const viewEnd = (view.toView[end - 1] ?? start) + 1;
    const atHint = score(needle, view.text, start, viewEnd, 0);
    // Staying put is the tie-breaker, not an override: in repetitive text the same words can sit
    // at the old offsets while the claim's own words, context and all, moved further along.
    const better = ranked.find((c) => !overlaps(c, atHint) && c.score >= atHint.score + MIN_MARGIN);
    if (atHint.score >= POSITION_SCORE && better === undefined) {
      return { start: hint, end, quote: claim.quote, orphaned: false, score: atHint.score };
    }
  }

  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { orphaned: true };
  const runnerUp = ranked.find((c) => !overlaps(c, best));
  if (runnerUp && best.score - runnerUp.score < MIN_MARGIN) return { orphaned: true };
  return placed(newBody, view, best);
}
