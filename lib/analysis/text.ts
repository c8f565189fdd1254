import type { Anchor } from "./types";

/** How much context a selector keeps on each side of the quote. */
export const CONTEXT_CHARS = 32;

export interface Sentence {
  text: string;
  /** Offset of `text` in the body. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "maj",
  "brig",
  "adm",
  "cmdr",
  "cdr",
  "rev",
  "hon",
  "col",
  "lt",
  "sgt",
  "capt",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "inc",
  "ltd",
  "co",
  "corp",
  "amb",
  "pres",
]);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);
const SPACE_RE = /\s/;

/** `/\s/` on one UTF-16 unit, without a regex call for the common ASCII case. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(String.fromCharCode(c));
}

/**
 * Splits a body into sentences with their offsets. Paragraph breaks always end a sentence;
 * `.`, `!`, `?` end one when followed by space and an upper-case letter, a digit or a quote,
 * unless the word before is a known abbreviation or a single initial ("J. Smith").
 * Runs in linear time, so hostile input (one endless sentence) stays cheap.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let segStart = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(body.charCodeAt(s))) s++;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: body.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < body.length; i++) {
    // Character codes, not one-character strings: this loop reads every character of the body.
    const code = body.charCodeAt(i);
    if (code === 10 /* \n */) {
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    if (code !== 46 /* . */ && code !== 33 /* ! */ && code !== 63 /* ? */) continue;
    // Swallow closing quotes and brackets that belong to this sentence.
    let j = i + 1;
    while (j < body.length && CLOSERS.has(body[j] ?? "")) j++;
    if (j < body.length && body[j] !== " " && body[j] !== "\t") continue;
    let k = j;
    while (k < body.length && (body[k] === " " || body[k] === "\t")) k++;
    const next = body[k];
    if (next === undefined || next === "\n") continue;
    if (!/[\p{Lu}\d"“‘'(]/u.test(next)) continue;
    if (code === 46) {
      const wordMatch = /([\p{L}.]+)$/u.exec(body.slice(Math.max(segStart, i - 12), i));
      const word = (wordMatch?.[1] ?? "").toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    push(segStart, j);
    segStart = j;
  }
  push(segStart, body.length);
  return sentences;
}

/** Builds the selector pair for `body[start, end)`. */
export function makeAnchor(body: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * A claim's fields anchored on `body[start, end)`, anchor keys first. Use it instead of
 * `{ ...makeAnchor(…), topic, … }`: V8 (Node 20) defines each key after a spread through a fresh
 * hidden class, which made building claims cost more than finding some of them.
 */
export function anchored<T extends object>(body: string, start: number, end: number, fields: T): Anchor & T {
  return Object.assign(makeAnchor(body, start, end), fields);
}
