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
  type PersonEntity,
} from "./names";
import { findSides, isSideName, resolveSides, slotsFor } from "./sides";
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

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’\-‑][\p{L}\p{M}\p{N}]+)*(?:['’](?!\p{L}))?\.?/gu;
const ABBREV_RE = /^(?:\p{L}|\p{L}(?:\.\p{L})+|mr|mrs|ms|dr|st|jr|sr|gen|lt|col|sgt|capt|prof|sen|rep|gov|adm|maj|brig|amb|pres)\.$/iu;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_COMPOUND = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|ben|bar|ould)-\p{Lu}/u;
const POSSESSIVE_RE = /['’]s?$/u;
const MODIFIER_SUFFIX = /^(?:backed|led|held|linked|brokered|based|era|style|born|owned|controlled|friendly|aligned|allied|run|made|sponsored|funded|occupied|annexed|appointed|designate|elect)$/;
const REPORTING = new Set(REPORTING_VERBS);
const PERSON_VERBS = new Set([
  ...REPORTING_VERBS,
  ..."met meets hosted hosts visited visits spoke speaks signed signs urged urges criticized criticised rejected accepted called thanked praised dismissed proposed offered demanded agreed refused arrived traveled travelled flew expressed appeared himself herself".split(" "),
]);
const AUX = /^(?:has|have|had|also|previously|later|again|repeatedly|then|would|will|could|did|\p{Ll}+ly)$/u;
// Longest sentence the name finder reads; beyond it text is not prose and scanning would only cost time.
const MAX_SENTENCE = 20_000;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let word = m[0];
    if (word.endsWith(".") && !ABBREV_RE.test(word)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    const plain = lower.includes("'") || lower.includes("’") ? lower.replace(POSSESSIVE_RE, "") : lower;
    out.push({ text: word, lower: plain, start: m.index, end: m.index + word.length });
  }
  return out;
}

function nameLike(t: Token, next: Token | undefined, prev?: Token): boolean {
  if (PARTICLE_COMPOUND.test(t.text)) return true;
  if (!UPPER_START.test(t.text) || /\p{N}/u.test(t.text)) return false;
  if (!t.text.includes("-") && !t.text.includes("‑")) return true;
  const parts = t.text.replace(POSSESSIVE_RE, "").split(/[-‑]/);
  if (NAME_PARTICLES.has((parts[0] ?? "").toLowerCase())) return true;
  // "US-Russia", "Zelensky-Macron meeting", "U.S.-backed" modify a noun; they are not names.
  if (parts.some((p) => isSideName(p) || MODIFIER_SUFFIX.test(p) || /^\p{Ll}/u.test(p))) return false;
  if (prev && UPPER_START.test(prev.text)) return true;
  return !(next && /^\p{Ll}/u.test(next.text) && next.start - t.end === 1 && !PERSON_VERBS.has(next.lower) && !AUX.test(next.text));
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
    while (j + 1 < toks.length && !POSSESSIVE_RE.test(toks[j]!.text) && spaceBetween(text, toks[j]!, toks[j + 1]!)) {
      const next = toks[j + 1]!;
      if (nameLike(next, toks[j + 2], toks[j])) j++;
      else if (NAME_PARTICLES.has(next.text) && toks[j + 2] && nameLike(toks[j + 2]!, toks[j + 3]) && spaceBetween(text, next, toks[j + 2]!)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
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
  if (straight.length % 2 === 1 && !/\p{L}/u.test(text[(straight[0] ?? 0) + 1] ?? "")) ranges.push([0, (straight[k++] ?? 0) + 1]);
  for (; k + 1 < straight.length; k += 2) ranges.push([straight[k] ?? 0, (straight[k + 1] ?? 0) + 1]);
  if (k < straight.length) ranges.push([straight[k] ?? 0, text.length]);
  return ranges;
}

const isTitleWord = (t: Token) => ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isSideName(t.text);

/** How many leading tokens of a run are title, not name: "UK Prime Minister Sir Keir Starmer" → 4. */
function peelTitle(run: Token[], afterOf: boolean): number {
  let p = 0;
  while (run.length - p > 1) {
    const two = run.slice(p, p + 2).map((t) => t.text.replace(POSSESSIVE_RE, "")).join(" ");
    const three = run.slice(p, p + 3).map((t) => t.text).join(" ");
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
    const ok = isTitleWord(t) || RELATIONS.has(t.lower) || TITLE_OBJECTS.has(t.lower) || /^(?:of|for|to)$/.test(t.lower);
    if (!ok && !(pair && isSideName(pair))) break;
    j--;
  }
  while (j < end && /^(?:of|for|to|the)$/.test(toks[j]!.lower)) j++;
  return j;
}

const hasHead = (toks: Token[]) => toks.some((t) => ROLE_HEADS.has(t.lower) || RELATIONS.has(t.lower));

const PLURAL_NOUN = /\p{Ll}(?:ers|ors|ists|ians|ants|ents|ics|als|ates|ives|ees|ies)$/u;
const HONORIFIC_RE = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?$/;
const PROSE_END = /(?:[.!?…:]["”’)]*|\))\s*$/u;

/** Headline-case lines ("Critical Talks in Moscow") capitalise common words; names there are unreliable. */
function isHeadline(text: string, toks: Token[]): boolean {
  if (PROSE_END.test(text)) return false;
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
function appositionAfter(text: string, toks: Token[], k: number): { from: number; to: number; possessor?: string } | null {
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
      while (toks[to + 1] && spaceBetween(text, toks[to]!, toks[to + 1]!) && (ROLE_HEADS.has(toks[to + 1]!.lower) || ROLE_MODIFIERS.has(toks[to + 1]!.lower)) && to - i < 3) to++;
      const of = toks[to + 1];
      if (of && /^(?:of|for|to)$/.test(of.lower) && spaceBetween(text, t, of)) {
        let q = to + 2;
        while (q < toks.length && q - to < 6 && spaceBetween(text, toks[q - 1]!, toks[q]!) && (/^\p{Lu}/u.test(toks[q]!.text) || toks[q]!.lower === "the")) q++;
        if (q > to + 2) to = q - 1;
      }
      // "Zelensky, French President Emmanuel Macron" is a list of people, not an apposition.
      const after = toks[to + 1];
      if (after && spaceBetween(text, toks[to]!, after) && nameLike(after, toks[to + 2])) return null;
      return { from, to, ...(possessor ? { possessor } : {}) };
    }
    if (/^\p{Lu}/u.test(t.text) && POSSESSIVE_RE.test(t.text)) possessor = t.text.replace(POSSESSIVE_RE, "");
    else if (isTitleWord(t) || HONORIFIC_RE.test(t.lower)) continue;
    else if (!/^\p{Ll}+$/u.test(t.text) || ++loose > 3) return null;
  }
  return null;
}

function sideOfTitle(phrase: string): string | undefined {
  for (const m of findSides(phrase)) {
    if (!/\b(?:to|for)\s+(?:the\s+)?$/.test(phrase.slice(0, m.start))) return m.side;
  }
  return undefined;
}

const HONORIFIC_EDGE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.\s*)+|^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh)\b\s*|\s*\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.|Sir|Dame|Sheikh)$/gu;

function roleOf(phrase: string): string | undefined {
  let role = phrase.replace(HONORIFIC_EDGE, "");
  const first = findSides(role)[0];
  if (first && first.start === 0 && /country|demonym|capital/.test(first.kind)) role = role.slice(first.end);
  role = role.replace(/^\s*(?:new\s+)?/i, "").trim();
  return role.length > 0 && role.length <= 80 && /\p{L}{2}/u.test(role) ? role : undefined;
}

const SPEECH_BEFORE = /^(?:said|says|told|added|noted|explained|observed|warned|stressed)$/;
// "led by Bassem Nofal", "included Ziad Qudra": what follows names someone.
const LISTED_AFTER = /\b(?:(?:led|headed|chaired|represented|accompanied|hosted|joined|flanked) by|including|included|includes|sent|were|was)\s*$/;

/** The people a sentence names, each with the clues its words give. */
function mentionsIn(index: number, sentence: Sentence, lowerWords: ReadonlySet<string>): Mention[] {
  const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
  const toks = tokenize(text);
  if (toks.length === 0 || isHeadline(text, toks)) return [];
  const quotes = quotedRanges(text);
  const out: Mention[] = [];
  for (const [a, b] of nameRuns(text, toks)) {
    let first = a;
    const gapBefore = a === 0 ? "" : text.slice(toks[a - 1]!.end, toks[a]!.start);
    const clauseStart = a === 0 || /[“"(:—–•*]\s*$|[.!?]["”’]?\s+$/u.test(gapBefore);
    const lead = toks[a]!;
    // "Despite", "Following": capitalised only because a sentence starts there.
    if (clauseStart && !isGivenName(lead.text) && (isDictionaryWord(lead.text) || lowerWords.has(lead.lower))) first++;
    if (first > b) continue;
    const run = toks.slice(first, b + 1);
    const afterOf = first > 1 && /^(?:of|for|to|the)$/.test(toks[first - 1]!.lower) && hasHead(toks.slice(Math.max(0, first - 4), first));
    if (isSideName(run.map((t) => t.text).join(" "))) continue;
    const p = peelTitle(run, afterOf);
    const nameToks = run.slice(p);
    const lastTok = nameToks[nameToks.length - 1]!;
    if (nameToks.length === 1 && (isTitleWord(lastTok) || HONORIFIC_RE.test(lastTok.lower))) continue;
    // "Envoy for Strategic Stability", "Professor of International Relations": the title goes on.
    if (afterOf && nameToks.every((t) => TITLE_OBJECTS.has(t.lower) || cannotBePerson([t.text]))) continue;
    if (cannotBePerson(nameToks.map((t) => t.text))) continue;

    const spaced = first > 0 && spaceBetween(text, toks[first - 1]!, toks[first]!);
    let tStart = spaced ? titleStart(text, toks, first) : first;
    let titleToks = toks.slice(tStart, first + p);
    let sure = hasHead(titleToks);
    // "Egypt's intelligence chief, Gen. Tarek Mansour": a role before the comma describes the name after it.
    let preAppos = "";
    if (tStart > 0 && /^\s*,\s*$/.test(text.slice(toks[tStart - 1]!.end, toks[tStart]!.start)) && !sideOfTitle(text.slice(toks[tStart]!.start, toks[first + p - 1]?.end ?? 0))) {
      const js = titleStart(text, toks, tStart);
      if (hasHead(toks.slice(js, tStart))) {
        preAppos = text.slice(toks[js]!.start, toks[tStart - 1]!.end);
        [tStart, titleToks, sure] = [js, toks.slice(js, first + p), true];
      }
    }
    const owner = toks[tStart - 1];
    let relationTo =
      titleToks.some((t) => RELATIONS.has(t.lower)) && owner && /^\p{Lu}.*['’]s?$/u.test(owner.text)
        ? owner.text.replace(POSSESSIVE_RE, "")
        : undefined;
    const possessive = /['’]s?$/u.test(lastTok.text);
    const next = toks[b + 1];
    const appos =
      !possessive && next && /^\s*,\s*$/.test(text.slice(lastTok.end, next.start)) ? appositionAfter(text, toks, b + 1) : null;
    if (appos?.possessor) relationTo = appos.possessor;

    let k = b + 1;
    while (!possessive && toks[k] && spaceBetween(text, toks[k - 1]!, toks[k]!) && AUX.test(toks[k]!.text)) k++;
    const verb = !possessive && toks[k] && spaceBetween(text, toks[k - 1]!, toks[k]!) ? toks[k]!.lower : "";
    const administration = !possessive && next?.lower === "administration" && spaceBetween(text, lastTok, next);
    // "the Baltic states": a determiner before an untitled capitalised word marks a thing.
    if (!sure && !administration && /^(?:the|a|an)$/.test(toks[tStart - 1]?.lower ?? "")) continue;
    const before = toks[tStart - 1]?.lower ?? "";
    const speaker = REPORTING.has(verb) || SPEECH_BEFORE.test(before) || (before === "to" && toks[tStart - 2]?.lower === "according");
    const plain = nameToks.map((t) => t.text.replace(POSSESSIVE_RE, ""));
    const titleFrom = titleToks[0]?.start ?? nameToks[0]!.start;
    const listedAfter = plain.length >= 2 && LISTED_AFTER.test(text.slice(Math.max(0, titleFrom - 20), titleFrom));
    // "residents of Khan Younis said": after a preposition, an untitled name is more often a place.
    const placeLike = titleToks.length === 0 && /^(?:of|in|from|at|near|outside|inside|across|around)$/.test(toks[first - 1]?.lower ?? "");
    sure ||=
      appos !== null || administration || ((PERSON_VERBS.has(verb) || speaker) && !placeLike) || listedAfter ||
      /^,\s+who\b/.test(text.slice(lastTok.end, lastTok.end + 8)) ||
      (plain.length >= 2 && (isGivenName(plain[0] ?? "") || isKnownSurname(plain[plain.length - 1] ?? "")));
    if (!sure && nameToks.every((t) => lowerWords.has(t.lower) || isDictionaryWord(t.text))) continue;
    // "Observers noted", "Critics say": a plural noun opening a clause only looks like a name.
    if (clauseStart && first === a && nameToks.length === 1 && !hasHead(titleToks) && !appos && PLURAL_NOUN.test(lastTok.text)) sure = false;

    const fullTitle = titleToks.length > 0 ? text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end) : "";
    const preText = preAppos || fullTitle;
    const apposText = appos ? text.slice(toks[appos.from]!.start, toks[appos.to]!.end) : "";
    const former = /\b(?:former|ex-|late|then-|erstwhile|one-time)(?:\s+\p{L}+){0,2}\s*$/iu.test(text.slice(Math.max(0, titleFrom - 40), titleFrom));
    const start = nameToks[0]!.start;
    const end = lastTok.end - (possessive ? (/['’]s?$/u.exec(lastTok.text)?.[0].length ?? 0) : 0);
    const titleSide = sideOfTitle(fullTitle) ?? sideOfTitle(apposText);
    const apposEnd = appos ? toks[appos.to]!.end : lastTok.end;
    const comma = appos ? text.slice(apposEnd, apposEnd + 120).indexOf(",") : -1;
    const afterStart = comma !== -1 ? apposEnd + comma + 1 : apposEnd;
    const role = relationTo
      ? [...titleToks, ...(appos ? toks.slice(appos.from, appos.to + 1) : [])].find((t) => RELATIONS.has(t.lower))?.lower
      : (roleOf(apposText) ?? roleOf(preText));
    out.push({
      sentence: index,
      start: sentence.start + start,
      end: sentence.start + end,
      name: text.slice(start, end),
      words: nameToks.length,
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
      titleEnd: sentence.start + (titleToks[titleToks.length - 1]?.end ?? start),
      afterStart: sentence.start + afterStart,
    });
  }
  return out;
}

// Words the article writes in lower case somewhere: capitalised elsewhere, they are common words.
function lowercaseWords(body: string): Set<string> {
  const words = new Set<string>();
  const re = /[a-z\u00df-\u00ff\u0100-\u024f\u0430-\u045f]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const prev = body.charCodeAt(m.index - 1);
    // Skip the tail of a capitalised word ("itkoff" in "Witkoff") and of "Trump’s".
    if (!(prev >= 65 && prev <= 90) && !/[\p{L}'’-]/u.test(body[m.index - 1] ?? " ")) words.add(m[0]);
  }
  return words;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

// compromise parses ~50 KB/s with ~1 ms of overhead a call, so it only sees short sentences
// holding an undecided multi-word name, within a budget proportional to the article.
const NLP_MAX_SENTENCE = 400;
const NLP_CALL_COST = 800;
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
  let budget = process.env.NONLP ? 0 : 2_000 + ctx.body.length / 100;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    // "Al Jazeera", "Al Arabiya": the Arabic article starts outlets and places far more than names.
    if (m.sure || !m.askNlp || m.words < 2 || /^(?:al|el)\s/i.test(m.name)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    bySentence.set(m.sentence, list.concat(m));
  }
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    const cost = Math.max(NLP_CALL_COST, sentence?.text.length ?? 0);
    if (!sentence || sentence.text.length > NLP_MAX_SENTENCE || budget < cost) continue;
    budget -= cost;
    const spans = compromisePeople(sentence.text);
    for (const m of list) {
      const s = m.start - sentence.start;
      if (spans.some(([a, b]) => a <= s && s < b)) m.sure = true;
    }
  }
}

const COORDINATION = /^(?:['’]s?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u;

/** Resolves mentions to people: certain names first, then surnames and list-mates of those. */
function resolvePeople(ctx: ExtractionContext, mentions: Mention[], registry: PersonRegistry): Map<Mention, PersonEntity> {
  const entityOf = new Map<Mention, PersonEntity>();
  const sure = mentions.filter((m) => m.sure);
  for (const m of [...sure.filter((m) => m.words > 1), ...sure.filter((m) => m.words === 1)]) {
    const entity = m.words > 1 ? registry.register(m.name) : (registry.lookup(m.name) ?? registry.register(m.name));
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
  const lowerWords = lowercaseWords(ctx.body);
  const found = ctx.sentences.flatMap((s, i) => mentionsIn(i, s, lowerWords));
  // A name only inside a quotation is the speaker's, not the article's, unless also named outside.
  const outside = new Set(found.filter((o) => !o.inQuote).map((o) => `${o.sentence}|${canonicalPersonKey(o.name)}`));
  const mentions = found.filter((m) => !m.inQuote || outside.has(`${m.sentence}|${canonicalPersonKey(m.name)}`));
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
      const person = raw && /^\p{Lu}\p{Ll}/u.test(raw) && raw.split(" ").length <= 4 ? registry.lookup(raw) : null;
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
    if (entity) for (const slot of slotsFor(m, sides.get(entity.id), placements.get(m))) emit(m, entity, slot);
  }
  for (const m of placed) {
    const entity = entityOf.get(m);
    if (entity && !withClaims.has(entity.id)) emit(m, entity, "people.mentioned");
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
