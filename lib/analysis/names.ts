import {
  CALENDAR,
  fold,
  GIVEN_ROOT,
  GIVEN_TAGS,
  HONORIFICS,
  isGivenName,
  lexiconTags,
  NEVER_LAST,
  NAME_PARTICLES,
  NEVER_PEOPLE,
  ORG_WORDS,
  PLACE_WORDS,
  PROPER_TAGS,
  words,
} from "./name-vocabulary";
import { isSideName } from "./side-table";

/**
 * People's names: what can be one, stripping titles, the cross-article identity key, and
 * resolving later short mentions ("Mr. Witkoff", "Witkoff's") to the full name given first.
 */

const SUFFIXES = words(`
  jr jr. sr sr. ii iii iv phd ph.d.
`);

// Surnames written first (Chinese, Korean, Vietnamese): "Xi Jinping" is later "Mr. Xi".
const SURNAME_FIRST = words(`
  xi li wang zhang liu chen yang huang zhao wu zhou sun ma zhu hu guo he lin gao luo zheng liang han
  tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
  shen yao lai tsai kim park choi yoon moon jung kang cho nguyen tran pham
`);

/** Splits a name into its words without titles, possessives or suffixes ("Mr. Witkoff's" → ["Witkoff"]). */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/['’]s?$/u, "")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ""))
    .filter((w) => w.length > 0);
  // "Amir Kovac": an honorific that is also a given name stays when a surname follows it alone.
  while (
    words.length > 1 &&
    HONORIFICS.has((words[0] ?? "").toLowerCase()) &&
    !(words.length === 2 && /^\p{Lu}\p{Ll}/u.test(words[0] ?? "") && isGivenName(words[0] ?? ""))
  ) {
    const title = words.shift() ?? "";
    // "Tan Sri Rafiq Hashim", "Datuk Seri X": a Malaysian title goes with its second word.
    if (MALAY_TITLE.test(title) && words.length > 2 && SRI.test(words[0] ?? "")) words.shift();
  }
  // "Sri Mohd Rafiq Hashim": the second word alone, when a sentence's first "Tan" was read as a word.
  if (words.length > 3 && SRI.test(words[0] ?? "")) words.shift();
  while (words.length > 1 && SUFFIXES.has((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  return words;
}

const MALAY_TITLE = /^(?:tan|datuk|dato['’]?)$/i;
const SRI = /^s(?:e)?ri$/i;

/** The display form of a mention: titles and possessive stripped, "Mr. Witkoff’s" → "Witkoff". */
export function cleanPersonName(name: string): string {
  return nameWords(name).join(" ");
}

// Spelling-insensitive form: transliterations differ in y/i, doubled letters, -off/-ov, kh/h.
function skeleton(word: string): string {
  return fold(word)
    .toLowerCase()
    .replace(/^(al|el|ad|ar|as|ash|at|az|an|ud|ul)-/, "")
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/ck/g, "k")
    .replace(/kh/g, "h")
    .replace(/dh/g, "d")
    .replace(/tch/g, "ch")
    .replace(/sch/g, "sh")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/of$/, "ov")
    .replace(/ef$/, "ev");
}

function surnameWord(words: string[]): string {
  const first = fold(words[0] ?? "").toLowerCase();
  if (words.length >= 2 && SURNAME_FIRST.has(first)) return words[0] ?? "";
  return words[words.length - 1] ?? "";
}

/**
 * The identity of a person across articles: the surname, spelling-normalised. Titles,
 * possessives, given names and transliteration differences do not change it, so "Steve
 * Witkoff", "Stephen Witkoff", "Mr. Witkoff’s" and "Witkoff" all give "witkof", and
 * "Zelensky"/"Zelenskyy"/"Zelenskiy" all give "zelenski". Given names are left out on
 * purpose: many articles only ever write "Mr. Witkoff". Surname-first names ("Xi Jinping")
 * key on the family name ("xi"). Returns "" when the input holds no letters.
 */
export function canonicalPersonKey(name: string): string {
  const memo = keyMemo.get(name);
  if (memo !== undefined) return memo;
  const words = nameWords(name);
  const key = words.length === 0 ? "" : skeleton(surnameWord(words));
  if (keyMemo.size > 20_000) keyMemo.clear();
  keyMemo.set(name, key);
  return key;
}
const keyMemo = new Map<string, string>();

/** The root of a given name ("Steve" → "stephen"), or null for a surname-only name. */
export function canonicalGivenName(name: string): string | null {
  // Asked of each name on every registration and lookup; remembered like the key.
  let given = givenMemo.get(name);
  if (given === undefined) {
    given = readGivenName(name);
    if (givenMemo.size > 20_000) givenMemo.clear();
    givenMemo.set(name, given);
  }
  return given;
}
const givenMemo = new Map<string, string | null>();

function readGivenName(name: string): string | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  // "De la Cruz", "Van der Berg": a surname with its particle, no given name.
  if (NAME_PARTICLES.has((words[0] ?? "").toLowerCase())) return null;
  const surnameFirst = SURNAME_FIRST.has(fold(words[0] ?? "").toLowerCase());
  const given = fold((surnameFirst ? words[1] : words[0]) ?? "")
    .toLowerCase()
    .replace(/\.$/, "");
  return GIVEN_ROOT.get(given) ?? given;
}

function givenCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // An initial ("J. Kushner") is compatible with any name starting with that letter.
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * The family-name words of a name, spelling-normalised: "Mauricio Restrepo Lozano" → ["restrepo",
 * "lozano"], "Restrepo" → ["restrepo"]. Spanish and Portuguese names carry two family names and
 * outlets often drop one, so the surname key alone ("lozano") would split one person in two.
 * Particles and initials are not family names.
 */
export function familyKeys(name: string): readonly string[] {
  let keys = familyMemo.get(name);
  if (keys === undefined) {
    const words = nameWords(name);
    const family =
      words.length < 2 || SURNAME_FIRST.has(fold(words[0] ?? "").toLowerCase())
        ? words.slice(0, 1)
        : words.slice(1).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !/^\p{L}\.?$/u.test(w));
    keys = [...new Set(family.map(skeleton).filter((k) => k !== ""))];
    if (familyMemo.size > 20_000) familyMemo.clear();
    familyMemo.set(name, keys);
  }
  return keys;
}
const familyMemo = new Map<string, readonly string[]>();

const within = (small: readonly string[], large: readonly string[]) =>
  small.length > 0 && small.every((k) => large.includes(k));

/**
 * One person across articles, by family names: "Renata Figueiredo" is "Renata Figueiredo Lemos",
 * and "Restrepo" is "Mauricio Restrepo Lozano", when one name's family words all appear in the
 * other's and the given names do not differ.
 */
export function sameFamilyName(a: string, b: string): boolean {
  if (!givenCompatible(canonicalGivenName(a), canonicalGivenName(b))) return false;
  const fa = familyKeys(a);
  const fb = familyKeys(b);
  return within(fa, fb) || within(fb, fa);
}

/**
 * "Kittipong" and "Kittipong Rattanaphan": where usage names people by their given name (Thai,
 * Icelandic, many Indonesian names), one outlet's single word can be another's given name.
 */
export function givenNameAlone(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const [one, full] = wa.length === 1 ? [wa, b] : [wb, a];
  if (one.length !== 1 || (one === wa ? wb : wa).length < 2) return false;
  const word = fold(one[0] ?? "").toLowerCase();
  const given = canonicalGivenName(full);
  return given !== null && (GIVEN_ROOT.get(word) ?? word) === given;
}

/**
 * Finer than key equality: same surname key and compatible given names, so "Hillary Clinton"
 * and "Bill Clinton" differ while "Mr. Clinton" matches either.
 */
export function samePerson(a: string, b: string): boolean {
  const key = canonicalPersonKey(a);
  return (
    key !== "" &&
    key === canonicalPersonKey(b) &&
    givenCompatible(canonicalGivenName(a), canonicalGivenName(b))
  );
}

export interface PersonEntity {
  id: number;
  key: string;
  given: string | null;
  /** The fullest form the article used. */
  display: string;
}

/**
 * Resolves the mentions of one article to people. Full names are registered first so that
 * a surname seen before its full name ("Witkoff" in a headline) still resolves to it.
 */
export class PersonRegistry {
  private readonly entities: PersonEntity[] = [];
  private readonly byKey = new Map<string, PersonEntity[]>();

  /** Registers a full (or the only) form of a name and returns its person. */
  register(name: string): PersonEntity | null {
    const words = nameWords(name);
    if (words.length === 0) return null;
    const key = canonicalPersonKey(name);
    const given = canonicalGivenName(name);
    const sameKey = this.byKey.get(key) ?? [];
    const match = sameKey.find((e) => givenCompatible(e.given, given));
    const display = words.join(" ");
    if (!match) {
      const entity: PersonEntity = { id: this.entities.length, key, given, display };
      this.entities.push(entity);
      this.byKey.set(key, [...sameKey, entity]);
      this.indexFamily(entity, name);
      return entity;
    }
    if (match.given === null && given !== null) match.given = given;
    if (words.length > match.display.split(" ").length) {
      match.display = display;
      this.indexFamily(match, name);
    }
    return match;
  }

  /** "Mauricio Restrepo Lozano" is later "Mr. Restrepo": each family name finds the person too. */
  private indexFamily(entity: PersonEntity, name: string): void {
    for (const family of familyKeys(name)) {
      const listed = this.byKey.get(family) ?? [];
      if (!listed.includes(entity)) this.byKey.set(family, [...listed, entity]);
    }
  }

  /** The person a short mention refers to, if the article named them in full. */
  lookup(name: string): PersonEntity | null {
    const key = canonicalPersonKey(name);
    if (key === "") return null;
    const given = canonicalGivenName(name);
    const candidates = (this.byKey.get(key) ?? []).filter((e) => givenCompatible(e.given, given));
    // Prefer the person with a given name: "Mr. Kushner" means the Jared Kushner named earlier.
    return candidates.find((e) => e.given !== null) ?? candidates[0] ?? this.byGivenName(name);
  }

  /**
   * "Mesfin's team" after "Mesfin Alemayehu": where names carry no family name (Ethiopian,
   * Eritrean, Icelandic, Burmese), a later mention uses the given name. Only one person may match.
   */
  private byGivenName(name: string): PersonEntity | null {
    const words = nameWords(name);
    if (words.length !== 1) return null;
    const word = fold(words[0] ?? "").toLowerCase();
    const root = GIVEN_ROOT.get(word) ?? word;
    const matches = this.entities.filter((e) => e.given === root && e.display.includes(" "));
    return matches.length === 1 ? matches[0]! : null;
  }
}

/**
 * True when the words cannot name a person whatever the context: months and weekdays, places,
 * countries, organisations, events ("World War II", "Minsk Agreements"), acronyms, numbers.
 */
export function cannotBePerson(words: readonly string[]): boolean {
  const joined = words.join(" ");
  let verdict = rejectMemo.get(joined);
  if (verdict === undefined) {
    verdict = rejects(words);
    if (rejectMemo.size > 20_000) rejectMemo.clear();
    rejectMemo.set(joined, verdict);
  }
  return verdict;
}
const rejectMemo = new Map<string, boolean>();

function rejects(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const plain = words.map((w) => w.replace(/['’]s?$/u, ""));
  const lower = plain.map((w) => fold(w).toLowerCase());
  const last = lower[lower.length - 1] ?? "";
  if (plain.some((w) => /\p{N}/u.test(w))) return true;
  if (plain.every((w) => /^[\p{Lu}.]{2,}$/u.test(w))) return true;
  if (isSideName(plain.join(" ")) || isSideName(plain[plain.length - 1] ?? "")) return true;
  if (CALENDAR.has(lower[0] ?? "") || lower.includes("war") || lower.includes("world")) return true;
  if (lexiconTags(lower.join(" ")).some((t) => PROPER_TAGS.has(t) && t !== "ProperNoun")) return true;
  if (words.length === 1) {
    if (NEVER_PEOPLE.has(last) || NEVER_LAST.has(last) || ORG_WORDS.has(last)) return true;
    const tags = lexiconTags(last);
    return tags.some((t) => PROPER_TAGS.has(t) && t !== "ProperNoun") && !tags.some((t) => GIVEN_TAGS.has(t));
  }
  if (NEVER_LAST.has(last) || NEVER_PEOPLE.has(last)) return true;
  // "Helen Marsh", "Anna Hill": after a given name, a place-like word is a surname.
  return !isGivenName(plain[0] ?? "") && (ORG_WORDS.has(last) || PLACE_WORDS.has(last));
}
