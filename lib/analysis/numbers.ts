/**
 * Numbers as news prose writes them: digits with thousands separators and decimals, words
 * ("twenty-eight", "two and a half", "a dozen", "1.2 million"), ranges ("19-20", "between 4 and
 * 5") and vague amounts ("several", "a few", "dozens"), each as an interval.
 */

export interface Token {
  /** Lower-cased text; every dash variant reads as "-". */
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
}

const DASHES = /^[-‐‑‒–]$/;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** How many UTF-16 units the character at `i` takes, if it is a letter (`\p{L}`); else 0. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(ch) ? ch.length : 0;
}

/**
 * Words, digit runs and single punctuation marks with their offsets; linear in the text. A
 * hand-rolled scan of `(\d+(?:,\d{3})*(?:\.\d+)?)|(\p{L}+)|[^\s\p{L}\d]`: matching that pattern
 * word by word cost more than the rest of finding quantities.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i;
    if (isDigit(text, i)) {
      while (isDigit(text, j)) j++;
      while (text[j] === "," && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3)) j += 4;
      if (text[j] === "." && isDigit(text, j + 1)) for (j += 1; isDigit(text, j);) j++;
      tokens.push({ lower: text.slice(i, j), start: i, end: j, kind: "num" });
    } else if (letterAt(text, i) > 0) {
      for (let w = letterAt(text, j); w > 0; w = letterAt(text, j)) j += w;
      tokens.push({ lower: text.slice(i, j).toLowerCase(), start: i, end: j, kind: "word" });
    } else if (text.charCodeAt(i) < 128) {
      // ASCII, most of what is left (spaces above all): no code point to build, no pattern to ask.
      const c = text.charCodeAt(i);
      j = i + 1;
      if (c !== 32 && (c < 9 || c > 13)) tokens.push({ lower: text[i]!, start: i, end: j, kind: "punct" });
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      j = i + ch.length;
      if (!SPACE.test(ch))
        tokens.push({ lower: DASHES.test(ch) ? "-" : ch, start: i, end: j, kind: "punct" });
    }
    i = j;
  }
  return tokens;
}

/** Each word of `words` mapped to its position times `step`, plus `offset`: "zero one two" → 0, 1, 2. */
function indexed(words: string, step = 1, offset = 0): ReadonlyMap<string, number> {
  return new Map(words.split(" ").map((w, i) => [w, i * step + offset]));
}

// Maps, not objects, so that words like "constructor" are not found on the prototype.
const SMALL = indexed(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
);
const TENS = indexed("twenty thirty forty fifty sixty seventy eighty ninety", 10, 20);
const SCALES = new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

/** Vague amounts. Bounds are what a careful reader would accept, not dictionary definitions. */
const VAGUE = new Map<string, readonly [number, number]>([
  ["several", [3, 9]],
  ["dozens", [24, 99]],
  ["hundreds", [200, 999]],
  ["thousands", [2000, 9999]],
  ["millions", [2e6, 999e6]],
]);
const VAGUE_AFTER_A = new Map<string, readonly [number, number]>([
  ["few", [2, 4]],
  ["couple", [2, 3]],
  ["handful", [2, 5]],
]);

/** Whether an amount can start at this word, so the scan can skip every other word cheaply. */
export function canStartAmount(word: string): boolean {
  return SMALL.has(word) || TENS.has(word) || VAGUE.has(word) || STARTERS.has(word);
}
const STARTERS = new Set(["a", "an", "half", "between", "tens"]);

export interface NumberMatch {
  /** Token indices [first, next). */
  first: number;
  next: number;
  min: number;
  max: number;
  /** Written as an amount word ("several") rather than a figure. */
  vague: boolean;
}

function at(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}

function digitValue(t: Token): number {
  return Number(t.lower.replace(/,/g, ""));
}

/** One cardinal starting at token i ("1.2 million", "twenty-eight", "two hundred and five"). */
function cardinal(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  let j = i;
  let total = 0;
  let current = 0;
  let last: "none" | "digit" | "small" | "tens" | "hundred" | "scale" = "none";
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    const w = t.lower;
    if (t.kind === "num") {
      if (last !== "none") break;
      current = digitValue(t);
      last = "digit";
    } else if (
      SMALL.has(w) &&
      (last === "none" || last === "tens" || last === "hundred" || last === "scale")
    ) {
      current += SMALL.get(w) ?? 0;
      last = "small";
    } else if (TENS.has(w) && (last === "none" || last === "hundred" || last === "scale")) {
      current += TENS.get(w) ?? 0;
      last = "tens";
    } else if (
      (w === "a" || w === "an") &&
      last === "none" &&
      (at(tokens, j + 1) === "hundred" || SCALES.has(at(tokens, j + 1)))
    ) {
      current = 1;
      last = "small";
    } else if (w === "hundred" && (last === "small" || last === "digit")) {
      current *= 100;
      last = "hundred";
    } else if (SCALES.has(w) && last !== "none" && last !== "scale") {
      total += current * (SCALES.get(w) ?? 1);
      current = 0;
      last = "scale";
    } else if (w === "-" && last === "tens" && SMALL.has(at(tokens, j + 1))) {
      // "twenty-eight"
    } else if (
      w === "and" &&
      (last === "hundred" || last === "scale") &&
      (SMALL.has(at(tokens, j + 1)) || TENS.has(at(tokens, j + 1)))
    ) {
      // "two hundred and five"
    } else break;
    j++;
  }
  if (last === "none") return null;
  let value = total + current;
  // "two and a half", "six-and-a-half", "two dozen"
  if (at(tokens, j) === "and" && at(tokens, j + 1) === "a" && at(tokens, j + 2) === "half") {
    value += 0.5;
    j += 3;
  } else if (
    ["-", "and", "-", "a", "-", "half"].every((w, k) => at(tokens, j + k) === w) &&
    tokens[j]?.start === tokens[j - 1]?.end
  ) {
    value += 0.5;
    j += 6;
  } else if (at(tokens, j) === "dozen") {
    value *= 12;
    j += 1;
  }
  return { value, next: j };
}

/** A single amount at token i: a cardinal, "a dozen", "half a dozen", or a vague word. */
function amount(tokens: readonly Token[], i: number): NumberMatch | null {
  const w = at(tokens, i);
  const w1 = at(tokens, i + 1);
  if ((w === "a" || w === "an") && w1 === "dozen")
    return { first: i, next: i + 2, min: 12, max: 12, vague: false };
  if (w === "half" && w1 === "a" && at(tokens, i + 2) === "dozen")
    return { first: i, next: i + 3, min: 6, max: 6, vague: false };
  if (w === "a" && VAGUE_AFTER_A.has(w1)) {
    const [min, max] = VAGUE_AFTER_A.get(w1) ?? [0, 0];
    return { first: i, next: i + 2, min, max, vague: true };
  }
  if (w === "tens" || w === "hundreds") {
    if (at(tokens, i + 1) === "of" && at(tokens, i + 2) === "thousands") {
      const base = w === "tens" ? 10_000 : 100_000;
      return { first: i, next: i + 3, min: 2 * base, max: 10 * base - 1, vague: true };
    }
  }
  if (VAGUE.has(w)) {
    const [min, max] = VAGUE.get(w) ?? [0, 0];
    return { first: i, next: i + 1, min, max, vague: true };
  }
  const c = cardinal(tokens, i);
  return c ? { first: i, next: c.next, min: c.value, max: c.value, vague: false } : null;
}

/**
 * The amount at token i, including a range joined by "-", "to" or "or" ("19-20", "four or five")
 * or opened by "between" ("between 4 and 5"). A range is kept only when it ascends, so "24-7" or
 * "from 145% to 30%" are not read as intervals.
 */
export function numberAt(tokens: readonly Token[], i: number): NumberMatch | null {
  const between = at(tokens, i) === "between";
  const a = amount(tokens, between ? i + 1 : i);
  if (!a) return null;
  const joiner = at(tokens, a.next);
  const joins = between ? joiner === "and" : joiner === "-" || joiner === "to" || joiner === "or";
  if (joins && !a.vague && at(tokens, i - 1) !== "from") {
    const b = amount(tokens, a.next + 1);
    if (b && !b.vague && b.min > a.max)
      return { first: i, next: b.next, min: a.min, max: b.max, vague: false };
  }
  if (between) return null;
  return a;
}

/** The value of a whole phrase of number words ("twenty-eight", "two and a half"), or null. */
export function parseNumberWords(text: string): number | null {
  const tokens = tokenize(text);
  const c = cardinal(tokens, 0);
  return c && c.next === tokens.length ? c.value : null;
}

/** Whether a figure is glued to letters ("COVID-19", "F-16s", "28th", "5pm"), so not an amount. */
export function isGlued(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "num") return false;
  const after = tokens[i + 1];
  if (after && after.start === t.end && after.kind === "word") return true;
  const before = tokens[i - 1];
  if (before && before.end === t.start) {
    if (before.kind === "word") return true;
    const prev = tokens[i - 2];
    if (
      before.lower === "-" &&
      prev &&
      prev.end === before.start &&
      prev.kind === "word" &&
      !TENS.has(prev.lower)
    )
      return true;
  }
  // Version numbers and dotted codes ("1.2.3").
  return (
    (text[t.end] === "." && /\d/.test(text[t.end + 1] ?? "")) ||
    (text[t.start - 1] === "." && /\d/.test(text[t.start - 2] ?? ""))
  );
}
