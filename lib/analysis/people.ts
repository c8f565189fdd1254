import nlp from "compromise";
import { findAttribution, REPORTING_VERBS } from "./attribution";
import type { ExtractionContext } from "./extract";
import {
  canonicalPersonKey,
  cannotBePerson,
  isDictionaryWord,
  isGivenName,
  isKnownSurname,
  NAME_PARTICLES,
  PersonRegistry,
  RELATIONS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  TITLE_OBJECTS,
  words,
  type PersonEntity,
} from "./names";
import { acronymSide, findSides, isSideName, resolveSides, slotsFor } from "./sides";
import { makeAnchor, type Sentence } from "./text";
import type { ExtractedClaim } from "./types";

/** One place an article names a person, with what the words around it say about them. */
export interface Mention {
  sentence: number;
  /** Body offsets of the name itself, without title or possessive. */
  start: number;
  end: number;
  name: string;
  words: number;
  possessive: boolean;
  /** Certain from the text (title, apposition, reporting verb), or only plausible. */
  sure: boolean;
  /** Whether compromise may confirm a plausible name; not after "residents of". */
  askNlp: boolean;
  inQuote: boolean;
  /** The role as written, short: "special envoy", "Kremlin spokesman". */
  role?: string;
  /** Lowercase title or apposition words, for office and delegation detection. */
  title: string;
  titleSide?: string;
  relationTo?: string;
  administration: boolean;
  speaker: boolean;
  /** Offsets of the whole title phrase in the sentence, so its side is not free for others. */
  titleStart: number;
  titleEnd: number;
  /** Where the words after the name (and its apposition) begin: "…, present at the talks". */
  afterStart: number;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const ABBREV_RE =
  /^(?:\p{L}|\p{L}(?:\.\p{L})+|mr|mrs|ms|dr|st|jr|sr|gen|lt|col|sgt|capt|prof|sen|rep|gov|adm|maj|brig|amb|pres)\.$/iu;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_COMPOUND = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|ben|bar|ould)-\p{Lu}/u;
const POSSESSIVE_RE = /['’]s?$/u;
const MODIFIER_SUFFIX =
  /^(?:backed|led|held|linked|brokered|based|era|style|born|owned|controlled|friendly|aligned|allied|run|made|sponsored|funded|occupied|annexed|appointed|designate|elect)$/;
const REPORTING = new Set(REPORTING_VERBS);
const PERSON_VERBS = words(`
  ${REPORTING_VERBS.join(" ")} met meets hosted hosts visited visits spoke speaks signed signs urged urges
  criticized criticised rejected accepted called thanked praised dismissed proposed offered demanded agreed
  refused arrived traveled travelled flew expressed appeared himself herself
`);
const AUX = /^(?:has|have|had|also|previously|later|again|repeatedly|then|would|will|could|did|\p{Ll}+ly)$/u;
// Longest sentence the name finder reads; beyond it text is not prose and scanning would only cost time.
const MAX_SENTENCE = 20_000;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i] ?? "");
};
const JOINERS = new Set([".", "'", "’", "-", "‑"]);

// A hand-rolled scanner: words joined by . ' ’ - inside ("U.S", "al-Burhan", "Witkoff’s"),
// a trailing period only for abbreviations. Regex matchAll allocated too much per word.
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isWordChar(text, j)) j++;
      if (j + 1 < n && JOINERS.has(text[j] ?? "") && isWordChar(text, j + 1)) j += 2;
      else break;
    }
    if ((text[j] === "'" || text[j] === "’") && !(j + 1 < n && isWordChar(text, j + 1))) j++;
    let word = text.slice(i, j);
    if (text[j] === "." && ((j - i < 6 && ABBREV_RE.test(`${word}.`)) || /\p{L}\.\p{L}/u.test(word)))
      word += ".";
    const lower = word.toLowerCase();
    const plain = lower.includes("'") || lower.includes("’") ? lower.replace(POSSESSIVE_RE, "") : lower;
    out.push({ text: word, lower: plain, start: i, end: i + word.length });
    i = i + word.length;
  }
  return out;
}

function nameLike(t: Token, next: Token | undefined, prev?: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return t.text.includes("-") && PARTICLE_COMPOUND.test(t.text);
  if (PARTICLE_COMPOUND.test(t.text)) return true;
  if (!UPPER_START.test(t.text) || /\p{N}/u.test(t.text)) return false;
  if (!t.text.includes("-") && !t.text.includes("‑")) return true;
  const parts = t.text.replace(POSSESSIVE_RE, "").split(/[-‑]/);
  if (NAME_PARTICLES.has((parts[0] ?? "").toLowerCase())) return true;
  // "US-Russia", "Zelensky-Macron meeting", "U.S.-backed" modify a noun; they are not names.
  if (parts.some((p) => isSideName(p) || MODIFIER_SUFFIX.test(p) || /^\p{Ll}/u.test(p))) return false;
  if (prev && UPPER_START.test(prev.text)) return true;
  return !(
    next &&
    /^\p{Ll}/u.test(next.text) &&
    next.start - t.end === 1 &&
    !PERSON_VERBS.has(next.lower) &&
    !AUX.test(next.text)
  );
}

function spaceBetween(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Maximal runs of capitalised words joined by spaces, with "bin"/"von" particles inside. */
function nameRuns(text: string, toks: Token[]): [number, number][] {
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

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!/[“”"]/.test(text)) return ranges;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = i;
    else if (c === "”") {
      ranges.push([open === -1 ? 0 : open, i + 1]);
      open = -1;
    }
  }
  if (open !== -1) ranges.push([open, text.length]);
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  let k = 0;
  // An odd quote that closes ("…end of quote," he said) belongs to a quotation begun earlier.
  if (straight.length % 2 === 1 && !/\p{L}/u.test(text[(straight[0] ?? 0) + 1] ?? ""))
    ranges.push([0, (straight[k++] ?? 0) + 1]);
  for (; k + 1 < straight.length; k += 2) ranges.push([straight[k] ?? 0, (straight[k + 1] ?? 0) + 1]);
  if (k < straight.length) ranges.push([straight[k] ?? 0, text.length]);
  return ranges;
}

const isTitleWord = (t: Token) =>
  ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isSideName(t.text);

/** How many leading tokens of a run are title, not name: "UK Prime Minister Sir Keir Starmer" → 4. */
function peelTitle(run: Token[], afterOf: boolean): number {
  let p = 0;
  while (run.length - p > 1) {
    const two = run
      .slice(p, p + 2)
      .map((t) => t.text.replace(POSSESSIVE_RE, ""))
      .join(" ");
    const three = run
      .slice(p, p + 3)
      .map((t) => t.text)
      .join(" ");
    if (run.length - p > 3 && isSideName(three)) p += 3;
    else if (run.length - p > 2 && isSideName(two)) p += 2;
    else if (isTitleWord(run[p]!) || (afterOf && TITLE_OBJECTS.has(run[p]!.lower))) p++;
    else break;
  }
  return p;
}

/** Start index of the title words that end just before `end`: toks[start..end) are title words. */
function titleStart(text: string, toks: Token[], end: number): number {
  let j = end;
  while (j > 0 && end - j < 9) {
    const t = toks[j - 1]!;
    if (j < end && !spaceBetween(text, t, toks[j]!)) break;
    const pair = j > 1 ? `${toks[j - 2]!.text} ${t.text.replace(POSSESSIVE_RE, "")}` : "";
    const preposition = /^(?:of|for|to)$/.test(t.lower);
    // "adviser to President Tshisekedi": the words before "to" describe someone else.
    if (preposition && ROLE_HEADS.has(toks[j]?.lower ?? "")) break;
    if (pair && isSideName(pair)) {
      j -= 2;
      continue;
    }
    if (!(isTitleWord(t) || RELATIONS.has(t.lower) || TITLE_OBJECTS.has(t.lower) || preposition)) break;
    j--;
  }
  while (j < end && /^(?:of|for|to|the)$/.test(toks[j]!.lower)) j++;
  return j;
}

/** Where "for the Belgrade-Pristina dialogue" begins before `end`, so the role before it is found. */
function complementStart(text: string, toks: Token[], end: number): number {
  for (let j = end - 1; j > 0 && end - j <= 6; j--) {
    if (!spaceBetween(text, toks[j - 1]!, toks[j]!) && j < end - 1) break;
    if (/^(?:of|for|to|on)$/.test(toks[j]!.lower) && ROLE_HEADS.has(toks[j - 1]!.lower)) return j;
  }
  return end;
}

const hasHead = (toks: Token[]) => toks.some((t) => ROLE_HEADS.has(t.lower) || RELATIONS.has(t.lower));

const PLURAL_NOUN = /\p{Ll}(?:ers|ors|ists|ians|ants|ents|ics|als|ates|ives|ees|ies)$/u;
const COMPLEMENT_END =
  /^(?:at|in|on|with|who|whose|which|that|and|since|during|after|before|said|says|is|was|has|had)$/;
const HONORIFIC_RE = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?$/;
const PROSE_END = /(?:[.!?…:]["”’)]*|\))\s*$/u;

/** Headline-case lines ("Critical Talks in Moscow") capitalise common words; names there are unreliable. */
function isHeadline(text: string, toks: Token[]): boolean {
  // A byline ("By Hannah Weiss") names its author; it is no headline.
  if (text.length > 200 || PROSE_END.test(text) || /^By\s/.test(text)) return false;
  let content = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.text.length < 4) continue;
    content++;
    if (UPPER_START.test(t.text)) caps++;
  }
  return content >= 2 && caps / content >= 0.6;
}

/** The role words that follow ", " after a name: "Jared Kushner, Mr. Trump’s son-in-law". */
function appositionAfter(
  text: string,
  toks: Token[],
  k: number,
): { from: number; to: number; possessor?: string } | null {
  let i = k;
  if (toks[i] && /^(?:a|an|the|his|her|their|its)$/.test(toks[i]!.lower)) i++;
  const from = i;
  let possessor: string | undefined;
  let loose = 0;
  for (; i < toks.length && i - from < 8; i++) {
    const t = toks[i]!;
    if (i > k && !spaceBetween(text, toks[i - 1]!, t)) return null;
    if ((ROLE_HEADS.has(t.lower) && !HONORIFIC_RE.test(t.lower)) || RELATIONS.has(t.lower)) {
      let to = i;
      // "a deputy chief of staff": the role runs on through further title words.
      while (
        toks[to + 1] &&
        spaceBetween(text, toks[to]!, toks[to + 1]!) &&
        (ROLE_HEADS.has(toks[to + 1]!.lower) || ROLE_MODIFIERS.has(toks[to + 1]!.lower)) &&
        to - i < 3
      )
        to++;
      // "of history", "to the group's commander", "for the Horn of Africa", up to the next comma.
      const of = toks[to + 1];
      if (of && /^(?:of|for|to)$/.test(of.lower) && spaceBetween(text, toks[to]!, of)) {
        let q = to + 2;
        while (
          q < toks.length &&
          q - to < 7 &&
          spaceBetween(text, toks[q - 1]!, toks[q]!) &&
          !COMPLEMENT_END.test(toks[q]!.lower)
        )
          q++;
        if (q > to + 2) to = q - 1;
      }
      // "Zelensky, French President Emmanuel Macron" is a list of people, not an apposition.
      const after = toks[to + 1];
      if (after && spaceBetween(text, toks[to]!, after) && nameLike(after, toks[to + 2])) return null;
      // Only kin have a possessor: "Mr. Trump’s son-in-law", not "China's chief negotiator".
      return { from, to, ...(possessor && RELATIONS.has(t.lower) ? { possessor } : {}) };
    }
    if (/^\p{Lu}/u.test(t.text) && POSSESSIVE_RE.test(t.text) && !isSideName(t.text))
      possessor = t.text.replace(POSSESSIVE_RE, "");
    else if (isTitleWord(t) || HONORIFIC_RE.test(t.lower)) continue;
    // "the African Union mediator", "a frequent informal adviser": a few describing words.
    else if (!/^\p{L}+(?:['’]s)?$/u.test(t.text) || ++loose > 3) return null;
  }
  return null;
}

function sideOfTitle(phrase: string): string | undefined {
  for (const m of findSides(phrase)) {
    if (!/\b(?:to|for)\s+(?:the\s+)?$/.test(phrase.slice(0, m.start))) return m.side;
  }
  return acronymSide(phrase.split(/\s+/)[0] ?? "");
}

const HONORIFIC_EDGE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.\s*)+|^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh)\b\s*|\s*\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.|Sir|Dame|Sheikh)$/gu;

function roleOf(phrase: string): string | undefined {
  let role = phrase.replace(HONORIFIC_EDGE, "");
  const first = findSides(role)[0];
  // The side is kept apart; seats stay because "Kremlin spokesman" says more than "spokesman".
  if (first && first.start === 0 && first.kind !== "seat") role = role.slice(first.end);
  role = role.replace(/^\s*(?:new\s+)?/i, "").trim();
  return role.length > 0 && role.length <= 80 && /\p{L}{2}/u.test(role) ? role : undefined;
}

const SPEECH_BEFORE = /^(?:said|says|told|added|noted|explained|observed|warned|stressed)$/;
// "led by Bassem Nofal", "included Ziad Qudra": what follows names someone.
const LISTED_AFTER =
  /\b(?:(?:led|headed|chaired|represented|accompanied|hosted|joined|flanked) by|including|included|includes|sent|were|was)\s*$/;

/** The name inside a run of capitalised words, once sentence-initial words and titles are peeled off. */
interface RunName {
  /** Index of the run's first token that is not a capitalised sentence opener. */
  first: number;
  /** How many of the run's tokens, from `first`, are title ("UK Prime Minister Sir"). */
  peeled: number;
  names: Token[];
  clauseStart: boolean;
}

function nameInRun(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  lowerWords: ReadonlySet<string>,
): RunName | null {
  let first = a;
  const clauseStart =
    a === 0 || /[“"(:—–•*]\s*$|[.!?]["”’]?\s+$/u.test(text.slice(toks[a - 1]!.end, toks[a]!.start));
  const lead = toks[a]!;
  // "Despite", "Following": capitalised only because a sentence starts there.
  if (clauseStart && !isGivenName(lead.text) && (isDictionaryWord(lead.text) || lowerWords.has(lead.lower)))
    first++;
  if (first > b) return null;
  const run = toks.slice(first, b + 1);
  if (isSideName(run.map((t) => t.text).join(" "))) return null;
  const afterOf =
    first > 1 &&
    /^(?:of|for|to|the)$/.test(toks[first - 1]!.lower) &&
    hasHead(toks.slice(Math.max(0, first - 4), first));
  const peeled = peelTitle(run, afterOf);
  const names = run.slice(peeled);
  const last = names[names.length - 1]!;
  if (names.length === 1 && (isTitleWord(last) || HONORIFIC_RE.test(last.lower))) return null;
  // "Envoy for Strategic Stability", "Professor of International Relations": the title goes on.
  if (afterOf && names.every((t) => TITLE_OBJECTS.has(t.lower) || cannotBePerson([t.text]))) return null;
  if (cannotBePerson(names.map((t) => t.text))) return null;
  return { first, peeled, names, clauseStart };
}

/** The title words before a name: adjacent ("US envoy"), or a role before a comma ("Egypt's intelligence chief, Gen."). */
interface TitleBefore {
  start: number;
  toks: Token[];
  /** The role given before a comma, which describes the name better than its rank. */
  appositive: string;
  relationTo?: string;
}

function titleBefore(text: string, toks: Token[], first: number, peeled: number): TitleBefore {
  const spaced = first > 0 && spaceBetween(text, toks[first - 1]!, toks[first]!);
  let start = spaced ? titleStart(text, toks, first) : first;
  let appositive = "";
  const commaBefore = start > 0 && /^\s*,\s*$/.test(text.slice(toks[start - 1]!.end, toks[start]!.start));
  if (commaBefore && !sideOfTitle(text.slice(toks[start]!.start, toks[first + peeled - 1]?.end ?? 0))) {
    let from = titleStart(text, toks, start);
    if (!hasHead(toks.slice(from, start))) from = titleStart(text, toks, complementStart(text, toks, start));
    if (hasHead(toks.slice(from, start))) {
      appositive = text.slice(toks[from]!.start, toks[start - 1]!.end);
      start = from;
    }
  }
  const title = toks.slice(start, first + peeled);
  const owner = toks[start - 1];
  // "President Donald Trump's son-in-law, Jared Kushner"
  const kin = title.some((t) => RELATIONS.has(t.lower)) && owner && /^\p{Lu}.*['’]s?$/u.test(owner.text);
  return {
    start,
    toks: title,
    appositive,
    ...(kin ? { relationTo: owner.text.replace(POSSESSIVE_RE, "") } : {}),
  };
}

/** What follows a name: an apposition, the verb it is subject of, "administration". */
interface AfterName {
  appos: { from: number; to: number; possessor?: string } | null;
  verb: string;
  administration: boolean;
  who: boolean;
}

function afterName(text: string, toks: Token[], b: number, possessive: boolean): AfterName {
  const last = toks[b]!;
  const next = toks[b + 1];
  const comma = next !== undefined && /^\s*,\s*$/.test(text.slice(last.end, next.start));
  const appos = !possessive && comma ? appositionAfter(text, toks, b + 1) : null;
  let k = b + 1;
  while (!possessive && toks[k] && spaceBetween(text, toks[k - 1]!, toks[k]!) && AUX.test(toks[k]!.text)) k++;
  const verb = !possessive && toks[k] && spaceBetween(text, toks[k - 1]!, toks[k]!) ? toks[k]!.lower : "";
  return {
    appos,
    verb,
    administration: !possessive && next?.lower === "administration" && spaceBetween(text, last, next),
    who: /^,\s+who\b/.test(text.slice(last.end, last.end + 8)),
  };
}

/** The people a sentence names, each with the clues its words give. */
function mentionsIn(
  index: number,
  sentence: Sentence,
  toks: Token[],
  lowerWords: ReadonlySet<string>,
): Mention[] {
  const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
  if (toks.length === 0 || isHeadline(text, toks)) return [];
  const quotes = quotedRanges(text);
  const out: Mention[] = [];
  for (const [a, b] of nameRuns(text, toks)) {
    const run = nameInRun(text, toks, a, b, lowerWords);
    if (!run) continue;
    const { first, peeled, names } = run;
    const last = names[names.length - 1]!;
    const title = titleBefore(text, toks, first, peeled);
    const possessive = POSSESSIVE_RE.test(last.text) && /['’]/u.test(last.text);
    const after = afterName(text, toks, b, possessive);
    const { appos, administration } = after;
    const before = toks[title.start - 1]?.lower ?? "";
    // "the Baltic states": a determiner before an untitled capitalised word marks a thing.
    if (!hasHead(title.toks) && !appos && !administration && /^(?:the|a|an)$/.test(before)) continue;
    const speaker =
      REPORTING.has(after.verb) ||
      SPEECH_BEFORE.test(before) ||
      (before === "to" && toks[title.start - 2]?.lower === "according");
    const plain = names.map((t) => t.text.replace(POSSESSIVE_RE, ""));
    const titleFrom = title.toks[0]?.start ?? names[0]!.start;
    // "residents of Khan Younis said": after a preposition, an untitled name is more often a place.
    const placeLike =
      title.toks.length === 0 &&
      /^(?:of|in|from|at|near|outside|inside|across|around)$/.test(toks[first - 1]?.lower ?? "");
    let sure =
      hasHead(title.toks) ||
      appos !== null ||
      administration ||
      after.who ||
      ((PERSON_VERBS.has(after.verb) || speaker) && !placeLike) ||
      (plain.length >= 2 && LISTED_AFTER.test(text.slice(Math.max(0, titleFrom - 20), titleFrom))) ||
      (plain.length >= 2 && (isGivenName(plain[0] ?? "") || isKnownSurname(plain[plain.length - 1] ?? "")));
    if (!sure && names.every((t) => lowerWords.has(t.lower) || isDictionaryWord(t.text))) continue;
    // "Observers noted", "Critics say": a plural noun opening a clause only looks like a name.
    const opener = run.clauseStart && first === a && names.length === 1;
    if (opener && !hasHead(title.toks) && !appos && PLURAL_NOUN.test(last.text)) sure = false;

    const fullTitle =
      title.toks.length > 0 ? text.slice(titleFrom, title.toks[title.toks.length - 1]!.end) : "";
    const apposText = appos ? text.slice(toks[appos.from]!.start, toks[appos.to]!.end) : "";
    const former = /\b(?:former|ex-|late|then-|erstwhile|one-time)(?:\s+\p{L}+){0,2}\s*$/iu.test(
      text.slice(Math.max(0, titleFrom - 40), titleFrom),
    );
    const start = names[0]!.start;
    const end = last.end - (possessive ? (/['’]s?$/u.exec(last.text)?.[0].length ?? 0) : 0);
    const titleSide = sideOfTitle(fullTitle) ?? sideOfTitle(apposText);
    const relationTo = appos?.possessor ?? title.relationTo;
    const apposEnd = appos ? toks[appos.to]!.end : last.end;
    const comma = appos ? text.slice(apposEnd, apposEnd + 120).indexOf(",") : -1;
    const kinWords = [...title.toks, ...(appos ? toks.slice(appos.from, appos.to + 1) : [])];
    const role = relationTo
      ? kinWords.find((t) => RELATIONS.has(t.lower))?.lower
      : (roleOf(apposText) ??
        roleOf(title.appositive || fullTitle) ??
        (administration ? "President" : undefined));
    out.push({
      sentence: index,
      start: sentence.start + start,
      end: sentence.start + end,
      name: text.slice(start, end),
      words: names.length,
      possessive,
      sure,
      askNlp: !placeLike,
      inQuote: quotes.some(([qa, qb]) => start >= qa && start < qb),
      ...(role ? { role } : {}),
      title: `${former ? "former " : ""}${fullTitle} | ${apposText}`.toLowerCase(),
      ...(titleSide ? { titleSide } : {}),
      ...(relationTo ? { relationTo } : {}),
      administration,
      speaker,
      titleStart: sentence.start + titleFrom,
      titleEnd: sentence.start + (title.toks[title.toks.length - 1]?.end ?? start),
      afterStart: sentence.start + (comma !== -1 ? apposEnd + comma + 1 : apposEnd),
    });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

// compromise's tagger costs milliseconds a call, more than the rest of the engine spends on a
// typical article, so it is kept to 1 MB/s of throughput: it only sees short sentences holding
// an undecided multi-word name, one sentence per 15,000 characters of article.
const NLP_MAX_SENTENCE = 300;
const NLP_CHARS_PER_CALL = 15_000;
const NLP_MAX_CALLS = 8;
function compromisePeople(text: string): [number, number][] {
  const found: unknown = nlp(text).people().json({ offset: true });
  if (!Array.isArray(found)) return [];
  const spans: [number, number][] = [];
  for (const item of found) {
    const offset = isRecord(item) ? item.offset : undefined;
    if (isRecord(offset) && typeof offset.start === "number" && typeof offset.length === "number") {
      spans.push([offset.start, offset.start + offset.length]);
    }
  }
  return spans;
}

function confirmWithCompromise(ctx: ExtractionContext, mentions: Mention[]): void {
  let calls = Math.min(NLP_MAX_CALLS, Math.floor(ctx.body.length / NLP_CHARS_PER_CALL));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    // "Al Jazeera", "Al Arabiya": the Arabic article starts outlets and places far more than names.
    if (m.sure || !m.askNlp || m.words < 2 || /^(?:al|el)\s/i.test(m.name)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    bySentence.set(m.sentence, list.concat(m));
  }
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    if (calls === 0) return;
    if (!sentence || sentence.text.length > NLP_MAX_SENTENCE) continue;
    calls--;
    const spans = compromisePeople(sentence.text);
    for (const m of list) {
      const s = m.start - sentence.start;
      if (spans.some(([a, b]) => a <= s && s < b)) m.sure = true;
    }
  }
}

const COORDINATION = /^(?:['’]s?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u;

/** Resolves mentions to people: certain names first, then surnames and list-mates of those. */
function resolvePeople(
  ctx: ExtractionContext,
  mentions: Mention[],
  registry: PersonRegistry,
): Map<Mention, PersonEntity> {
  const entityOf = new Map<Mention, PersonEntity>();
  const sure = mentions.filter((m) => m.sure);
  for (const m of [...sure.filter((m) => m.words > 1), ...sure.filter((m) => m.words === 1)]) {
    const entity =
      m.words > 1 ? registry.register(m.name) : (registry.lookup(m.name) ?? registry.register(m.name));
    if (entity) entityOf.set(m, entity);
  }
  for (const m of mentions) {
    const entity = m.sure ? undefined : registry.lookup(m.name);
    if (entity) entityOf.set(m, entity);
  }
  // "Witkoff and Kushner": a plausible name listed with a known person is a person too.
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, i) => {
      if (entityOf.has(m)) return;
      const linked = [mentions[i - 1], mentions[i + 1]].some((o) => {
        if (!o || o.sentence !== m.sentence || !entityOf.has(o)) return false;
        const [x, y] = o.start < m.start ? [o, m] : [m, o];
        return COORDINATION.test(ctx.body.slice(x.end, y.titleStart));
      });
      const entity = linked ? registry.register(m.name) : null;
      if (entity) entityOf.set(m, entity);
    });
  }
  return entityOf;
}

/**
 * Suggests a claim for each person an article places: delegation members, heads of state or
 * government, spokespeople, and everyone else it names as `people.mentioned`. Names come from
 * titles, appositions, reporting verbs and compromise's name lexicon, and are resolved within
 * the article so "Mr. Witkoff" is the "Steve Witkoff" named before.
 */
export function extractPeople(ctx: ExtractionContext): ExtractedClaim[] {
  const tokens = ctx.sentences.map((s) =>
    tokenize(s.text.length > MAX_SENTENCE ? s.text.slice(0, MAX_SENTENCE) : s.text),
  );
  // Words the article writes in lower case somewhere: capitalised elsewhere, they are common words.
  const lowerWords = new Set<string>();
  for (const toks of tokens) {
    for (const t of toks) {
      const c = t.text.charCodeAt(0);
      if ((c >= 97 && c <= 122) || (c > 127 && t.text === t.lower && t.text !== t.text.toUpperCase()))
        lowerWords.add(t.lower);
    }
  }
  const found = ctx.sentences.flatMap((s, i) => mentionsIn(i, s, tokens[i] ?? [], lowerWords));
  // A name only inside a quotation is the speaker's, not the article's, unless also named outside.
  const outside = new Set(
    found.filter((o) => !o.inQuote).map((o) => `${o.sentence}|${canonicalPersonKey(o.name)}`),
  );
  const mentions = found.filter(
    (m) => !m.inQuote || outside.has(`${m.sentence}|${canonicalPersonKey(m.name)}`),
  );
  if (mentions.length === 0) return [];
  confirmWithCompromise(ctx, mentions);
  const registry = new PersonRegistry();
  const entityOf = resolvePeople(ctx, mentions, registry);
  const placed = mentions.filter((m) => entityOf.has(m));
  const { sides, placements } = resolveSides(ctx, placed, entityOf, registry);

  const attributions = new Map<number, string | null>();
  const attributionFor = (index: number): string | null => {
    if (!attributions.has(index)) {
      const sentence = ctx.sentences[index];
      const raw = sentence ? findAttribution(sentence) : null;
      const person =
        raw && /^\p{Lu}\p{Ll}/u.test(raw) && raw.split(" ").length <= 4 ? registry.lookup(raw) : null;
      attributions.set(index, person ? person.display : raw);
    }
    return attributions.get(index) ?? null;
  };
  const roleOfMention = (m: Mention): string | undefined => {
    if (!m.relationTo || !m.role) return m.role;
    return `${m.role} of ${registry.lookup(m.relationTo)?.display ?? m.relationTo}`;
  };
  const roles = new Map<number, string>();
  for (const m of placed) {
    const id = entityOf.get(m)?.id;
    const role = roleOfMention(m);
    if (id !== undefined && role && !roles.has(id)) roles.set(id, role);
  }

  const claims: ExtractedClaim[] = [];
  const emitted = new Set<string>();
  const withClaims = new Set<number>();
  const emit = (m: Mention, entity: PersonEntity, slot: string) => {
    if (emitted.has(`${entity.id}|${slot}`)) return;
    emitted.add(`${entity.id}|${slot}`);
    withClaims.add(entity.id);
    const side = sides.get(entity.id);
    const role = roleOfMention(m) ?? roles.get(entity.id);
    claims.push({
      ...makeAnchor(ctx.body, m.start, m.end),
      topic: "envoys",
      slot,
      kind: "person",
      value: { name: entity.display, ...(role ? { role } : {}), ...(side ? { side } : {}) },
      attribution: attributionFor(m.sentence),
    });
  };
  for (const m of placed) {
    const entity = entityOf.get(m);
    if (entity)
      for (const slot of slotsFor(m, sides.get(entity.id), placements.get(m))) emit(m, entity, slot);
  }
  for (const m of placed) {
    const entity = entityOf.get(m);
    if (entity && !withClaims.has(entity.id)) emit(m, entity, "people.mentioned");
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
