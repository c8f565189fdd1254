import { cannotBePerson } from "./names";
import {
  isDictionaryWord,
  isGivenName,
  isKnownSurname,
  NAME_PARTICLES,
  RELATIONS,
  TITLE_OBJECTS,
} from "./name-vocabulary";
import {
  AUX,
  MAX_SENTENCE,
  nameRuns,
  PERSON_VERBS,
  POSSESSIVE_RE,
  quotedRanges,
  REPORTING,
  spaceBetween,
  UPPER_START,
  type Token,
} from "./name-tokens";
import { bodyBefore, sideAfterOf } from "./title-bodies";
import {
  appositionAfter,
  isGappedLead,
  hasHead,
  HONORIFIC_RE,
  isTitleWord,
  peelTitle,
  roleOf,
  sideOfTitle,
  titleBefore,
} from "./people-titles";
import { isSideNameOf } from "./side-table";
import type { Sentence } from "./text";

/**
 * The scanner: every place a sentence names a person, with the clues its words give (title,
 * apposition, reporting verb, side, role), before any person is resolved or seated.
 */

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
  /** Heads a body, not a state: "National Assembly president". */
  bodyHead: boolean;
  speaker: boolean;
  /** Offsets of the whole title phrase in the sentence, so its side is not free for others. */
  titleStart: number;
  titleEnd: number;
  /** Where the words after the name (and its apposition) begin: "…, present at the talks". */
  afterStart: number;
}

const PLURAL_NOUN = /\p{Ll}(?:ers|ors|ists|ians|ants|ents|ics|als|ates|ives|ees|ies)$/u;
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

const SPEECH_BEFORE = /^(?:said|says|told|added|noted|explained|observed|warned|stressed)$/;
// "led by Bassem Nofal", "included Ziad Qudra": what follows names someone.
// "led by X", "the team under X", "and the MFDC's by X" (the team left out after a possessive).
const LISTED_AFTER =
  /\b(?:(?:led|headed|chaired|represented|accompanied|hosted|joined|flanked|mediated|brokered|facilitated) by|including|included|includes|sent|were|was|(?:team|delegation|panel) under|(?<=\p{L})['’]s by)\s*$/u;

const ARABIC_FAMILY = /^(?:al|el|Al|El)-\p{Lu}\p{Ll}{2,}$/u;
const PLACE_LEAD =
  /^(?:Deir|Ras|Tal|Tell|Bab|Bir|Jabal|Jebel|Wadi|Khan|Ain|Beit|Kafr|Dar|Umm|Abu|Qasr|Hay|Souq|Suq|Bani|Bayt|Jisr|Ma'arat|Maarat)$/;

/** The name inside a run of capitalised words, once sentence-initial words and titles are peeled off. */
interface RunName {
  /** Index of the run's first token that is not a capitalised sentence opener. */
  first: number;
  /** How many of the run's tokens, from `first`, are title ("UK Prime Minister Sir"). */
  peeled: number;
  names: Token[];
  clauseStart: boolean;
}

const CLAUSE_GAP = /[“"(:—–•*]\s*$|[.!?]["”’]?\s+$/u;

function nameInRun(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  lowerWords: ReadonlySet<string>,
): RunName | null {
  let first = a;
  // Most runs follow a single space, which opens no clause; the pattern is for the rest.
  const gap = a === 0 ? "" : text.slice(toks[a - 1]!.end, toks[a]!.start);
  const clauseStart = a === 0 || (gap !== " " && CLAUSE_GAP.test(gap));
  const lead = toks[a]!;
  // "Despite", "Following": capitalised only because a sentence starts there.
  // "De la Cruz said": a capitalised particle opens a surname, not a clause.
  const particle = NAME_PARTICLES.has(lead.lower) && b > a;
  if (
    clauseStart &&
    !particle &&
    !isGivenName(lead.text) &&
    (isDictionaryWord(lead.text) || lowerWords.has(lead.lower))
  )
    first++;
  if (first > b) return null;
  const run = toks.slice(first, b + 1);
  if (isSideNameOf(run.map((t) => t.text))) return null;
  const afterOf =
    first > 1 &&
    ((/^(?:of|for|to|the)$/.test(toks[first - 1]!.lower) &&
      hasHead(toks.slice(Math.max(0, first - 4), first))) ||
      // "Minister of Water and Energy X": the second portfolio after "and".
      (/^(?:and|&)$/.test(toks[first - 1]!.lower) &&
        TITLE_OBJECTS.has(toks[first - 2]!.lower) &&
        hasHead(toks.slice(Math.max(0, first - 6), first))));
  const peeled = peelTitle(run, afterOf);
  const names = run.slice(peeled);
  const last = names[names.length - 1]!;
  if (names.length === 1 && (isTitleWord(last) || HONORIFIC_RE.test(last.lower))) return null;
  // "Envoy for Strategic Stability", "Professor of International Relations": the title goes on.
  if (afterOf && names.every((t) => TITLE_OBJECTS.has(t.lower) || cannotBePerson([t.text]))) return null;
  if (cannotBePerson(names.map((t) => t.text))) return null;
  return { first, peeled, names, clauseStart };
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
export function mentionsIn(
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
    // "Cambodia's Chhay Vireak", "the TNLA's Tar Kyaw Lwin" (an acronym owner the scanner does not
    // count as title), "the Treasury's Jennifer Ayala", "the ministry's X": a body's person, unless
    // the words are ordinary ones ("Russia's Black Sea Fleet").
    const ownerToks =
      title.toks.length > 0 ? title.toks : toks.slice(Math.max(0, title.start - 1), title.start);
    const owner = ownerToks.length <= 3 ? ownerToks.map((t) => t.text).join(" ") : "";
    const ownedByBody =
      names.length >= 2 &&
      ownerToks.length > 0 &&
      POSSESSIVE_RE.test(owner) &&
      !names.some((t) => lowerWords.has(t.lower) || isDictionaryWord(t.text));
    // "for European and Eurasian affairs", "the office of Andean affairs": a portfolio, not a person.
    if (/^\s+affairs\b/i.test(text.slice(last.end, last.end + 10))) continue;
    // "Jubaland sent its vice-president": a lone word whose verb takes "its" is a body, not a person.
    if (
      names.length === 1 &&
      title.toks.length === 0 &&
      /^\s+\p{Ll}+\s+its\b/u.test(text.slice(last.end, last.end + 30))
    )
      continue;
    // "coordinator of the Democratic Convergence Platform": a role's object, not a person.
    if (title.toks.at(-1)?.lower === "the") continue;
    // "the Baltic states": a determiner before an untitled capitalised word marks a thing.
    if (!hasHead(title.toks) && !appos && !administration && !ownedByBody && /^(?:the|a|an)$/.test(before))
      continue;
    const speaker =
      REPORTING.has(after.verb) ||
      SPEECH_BEFORE.test(before) ||
      (before === "to" && toks[title.start - 2]?.lower === "according");
    const plain = names.map((t) => t.text.replace(POSSESSIVE_RE, ""));
    const body = bodyBefore(text, toks, title.start, title.toks[0]);
    const titleFrom = body?.start ?? title.toks[0]?.start ?? names[0]!.start;
    // "residents of Khan Younis said": after a preposition, an untitled name is more often a place.
    const placeLike =
      title.toks.length === 0 &&
      /^(?:of|in|from|at|near|outside|inside|across|around)$/.test(toks[first - 1]?.lower ?? "");
    let sure =
      ownedByBody ||
      hasHead(title.toks) ||
      appos !== null ||
      administration ||
      after.who ||
      ((PERSON_VERBS.has(after.verb) || speaker) && !placeLike) ||
      (plain.length >= 2 &&
        (LISTED_AFTER.test(text.slice(Math.max(0, titleFrom - 20), titleFrom)) ||
          LISTED_AFTER.test(text.slice(Math.max(0, names[0]!.start - 20), names[0]!.start)))) ||
      (plain.length >= 2 && (isGivenName(plain[0] ?? "") || isKnownSurname(plain[plain.length - 1] ?? ""))) ||
      // "Faisal al-Hamwi": an Arabic family name, unless a place word leads ("Deir al-Zour").
      (plain.length >= 2 &&
        ARABIC_FAMILY.test(plain[plain.length - 1] ?? "") &&
        !PLACE_LEAD.test(plain[0] ?? ""));
    // "Ruth Abelard of Norway attended": the country after "of" is the bearer's side.
    const ofSide = possessive || appos ? null : sideAfterOf(text, last.end);
    // "X led the federal team and Y the rebels'": Y is the second leader.
    const gapped = plain.length >= 2 && isGappedLead(text.slice(Math.max(0, titleFrom - 120), titleFrom));
    if (plain.length >= 2 && (ofSide || gapped)) sure = true;
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
    const titleSide = sideOfTitle(fullTitle) ?? sideOfTitle(apposText) ?? ofSide?.side;
    const relationTo = appos?.possessor ?? title.relationTo;
    const apposEnd = appos ? toks[appos.to]!.end : (ofSide?.end ?? last.end);
    const comma = appos ? text.slice(apposEnd, apposEnd + 120).indexOf(",") : -1;
    const kinWords = [...title.toks, ...(appos ? toks.slice(appos.from, appos.to + 1) : [])];
    const role = relationTo
      ? kinWords.find((t) => RELATIONS.has(t.lower))?.lower
      : (roleOf(apposText) ??
        roleOf(title.appositive || fullTitle) ??
        (administration ? "President" : undefined));
    // Optional keys are set after the literal: spreading `{ role }` into it costs a hidden class per mention.
    const mention: Mention = {
      sentence: index,
      start: sentence.start + start,
      end: sentence.start + end,
      name: text.slice(start, end),
      words: names.length,
      possessive,
      sure,
      askNlp: !placeLike,
      inQuote: quotes.some(([qa, qb]) => start >= qa && start < qb),
      title: `${former ? "former " : ""}${fullTitle} | ${apposText}`.toLowerCase(),
      administration,
      bodyHead: body !== null,
      speaker,
      titleStart: sentence.start + titleFrom,
      titleEnd: sentence.start + (title.toks[title.toks.length - 1]?.end ?? start),
      afterStart: sentence.start + (comma !== -1 ? apposEnd + comma + 1 : apposEnd),
    };
    if (role) mention.role = role;
    if (titleSide) mention.titleSide = titleSide;
    if (relationTo) mention.relationTo = relationTo;
    out.push(mention);
  }
  return out;
}
