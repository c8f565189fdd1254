import { REPORTING_VERBS } from "./attribution";
import { NAME_PARTICLES, words } from "./name-vocabulary";
import { isSideName } from "./side-table";

/**
 * Sentence words for the name finder, and the runs of capitalised words that may be names:
 * "Mohammed bin Salman", "al-Burhan", "de la Cruz", but not "US-Russia" or "U.S.-backed".
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export const ABBREV_RE =
  /^(?:\p{L}|\p{L}(?:\.\p{L})+|mr|mrs|ms|dr|st|jr|sr|gen|lt|col|sgt|capt|cmdr|cdr|prof|sen|rep|gov|adm|maj|brig|amb|pres)\.$/iu;
export const UPPER_START = /^\p{Lu}/u;
const PARTICLE_COMPOUND = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|ben|bar|ould)-\p{Lu}/u;
export const POSSESSIVE_RE = /['’]s?$/u;
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}(?:['’]s)?$/u;
const MODIFIER_SUFFIX =
  /^(?:backed|led|held|linked|brokered|based|era|style|born|owned|controlled|friendly|aligned|allied|run|made|sponsored|funded|occupied|annexed|appointed|designate|elect)$/;
export const REPORTING = new Set(REPORTING_VERBS);
export const PERSON_VERBS = words(`
  ${REPORTING_VERBS.join(" ")} met meets hosted hosts visited visits spoke speaks signed signs urged urges
  criticized criticised rejected accepted called thanked praised dismissed proposed offered demanded agreed
  refused arrived traveled travelled flew expressed appeared himself herself led leads headed heads chaired
  chairs co-chaired attended attends represented represents negotiated presided joined returned got came
  went sat walked briefed brought insisted conceded acknowledged recalled promised pledged warned
  faced faces accompanied accompanies replaced succeeded
`);
export const AUX =
  /^(?:has|have|had|also|previously|later|again|repeatedly|then|would|will|could|did|\p{Ll}+ly)$/u;
// Longest sentence the name finder reads; beyond it text is not prose and scanning would only cost time.
export const MAX_SENTENCE = 20_000;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i] ?? "");
};
// The marks that join two parts of one word, by character code: . ' ’ - ‑
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 0x2011;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

// A hand-rolled scanner: words joined by . ' ’ - inside ("U.S", "al-Burhan", "Witkoff’s"),
// a trailing period only for abbreviations. Regex matchAll allocated too much per word. It reads
// character codes, not one-character strings, and notes the apostrophes it joins on the way, so
// the possessive is only looked for in the words that have one.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let apostrophe = false;
    for (;;) {
      while (j < n && isWordChar(text, j)) j++;
      if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text, j + 1)) {
        if (isApostrophe(text.charCodeAt(j))) apostrophe = true;
        j += 2;
      } else break;
    }
    if (isApostrophe(text.charCodeAt(j)) && !(j + 1 < n && isWordChar(text, j + 1))) {
      apostrophe = true;
      j++;
    }
    let word = text.slice(i, j);
    if (
      text.charCodeAt(j) === 46 &&
      ((j - i < 6 && ABBREV_RE.test(`${word}.`)) || /\p{L}\.\p{L}/u.test(word))
    )
      word += ".";
    const lower = word.toLowerCase();
    out.push({
      text: word,
      lower: apostrophe ? lower.replace(POSSESSIVE_RE, "") : lower,
      start: i,
      end: i + word.length,
    });
    i = i + word.length;
  }
  return out;
}

/** `/\p{N}/u.test(word)`, without the regex for the usual all-ASCII word: nameLike asks it of every capitalised word. */
function hasNumeral(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) return /\p{N}/u.test(word);
  }
  return false;
}

export function nameLike(t: Token, next: Token | undefined, prev?: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return t.text.includes("-") && PARTICLE_COMPOUND.test(t.text);
  if (t.text.includes("-") && PARTICLE_COMPOUND.test(t.text)) return true;
  if ((c < 128 ? c < 65 || c > 90 : !UPPER_START.test(t.text)) || hasNumeral(t.text)) return false;
  if (!t.text.includes("-") && !t.text.includes("‑")) return true;
  const parts = t.text.replace(POSSESSIVE_RE, "").split(/[-‑]/);
  if (NAME_PARTICLES.has((parts[0] ?? "").toLowerCase())) return true;
  // "US-Russia", "Zelensky-Macron meeting", "U.S.-backed" modify a noun; they are not names.
  // …but "Ri Chol-min", "Kim Jong-un": a romanised given name after a capitalised surname.
  const syllables = prev !== undefined && UPPER_START.test(prev.text) && SYLLABLE_NAME.test(t.text);
  if (parts.some((p) => isSideName(p) || MODIFIER_SUFFIX.test(p) || (/^\p{Ll}/u.test(p) && !syllables)))
    return false;
  if (prev && UPPER_START.test(prev.text)) return true;
  return !(
    next &&
    /^\p{Ll}/u.test(next.text) &&
    next.start - t.end === 1 &&
    !PERSON_VERBS.has(next.lower) &&
    !AUX.test(next.text) &&
    // "Jean-Claude van der Merwe": a particle continues the name.
    !NAME_PARTICLES.has(next.text)
  );
}

export function spaceBetween(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Maximal runs of capitalised words joined by spaces, with "bin"/"von" particles inside. */
export function nameRuns(text: string, toks: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (!nameLike(toks[i]!, toks[i + 1])) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < toks.length &&
      !POSSESSIVE_RE.test(toks[j]!.text) &&
      spaceBetween(text, toks[j]!, toks[j + 1]!)
    ) {
      const next = toks[j + 1]!;
      if (nameLike(next, toks[j + 2], toks[j])) j++;
      else {
        // Up to two particles inside a name: "bin Salman", "von der Leyen", "de la Cruz".
        let q = j + 1;
        while (
          q < j + 3 &&
          NAME_PARTICLES.has(toks[q]?.text ?? "") &&
          toks[q + 1] &&
          spaceBetween(text, toks[q]!, toks[q + 1]!)
        )
          q++;
        if (q === j + 1 || !toks[q] || !nameLike(toks[q]!, toks[q + 1])) break;
        j = q;
      }
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!/[“”"]/.test(text)) return ranges;
  let open = -1;
  const straight: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = i;
    else if (c === "”") {
      ranges.push([open === -1 ? 0 : open, i + 1]);
      open = -1;
    } else if (c === '"') straight.push(i);
  }
  if (open !== -1) ranges.push([open, text.length]);
  let k = 0;
  // An odd quote that closes ("…end of quote," he said) belongs to a quotation begun earlier.
  if (straight.length % 2 === 1 && !/\p{L}/u.test(text[(straight[0] ?? 0) + 1] ?? ""))
    ranges.push([0, (straight[k++] ?? 0) + 1]);
  for (; k + 1 < straight.length; k += 2) ranges.push([straight[k] ?? 0, (straight[k + 1] ?? 0) + 1]);
  if (k < straight.length) ranges.push([straight[k] ?? 0, text.length]);
  return ranges;
}
