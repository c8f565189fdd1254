/**
 * Which government, bloc or armed group a phrase points at. A "side" is a lowercase slug
 * ("us", "russia", "saudi-arabia", "hamas") so claims from different articles line up on
 * `delegation.<side>` and `<side>.president` slots whatever wording each outlet used.
 */

import { BODIES, COUNTRIES, PARTIES } from "./side-names";

export type SideKind = "country" | "demonym" | "capital" | "seat" | "bloc" | "group" | "party";

export interface SideMention {
  side: string;
  kind: SideKind;
  /** Offsets in the searched text; the span includes a possessive "'s" when present. */
  start: number;
  end: number;
}

function plural(demonym: string): string[] {
  if (/(s|sh|ch|ese|x|z)$/.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

interface Surface {
  side: string;
  kind: SideKind;
}

const SURFACES = new Map<string, Surface>();
const rows = (table: string) => table.split(",").map((row) => row.trim());
for (const row of rows(COUNTRIES)) {
  const [side = "", names = "", demonyms = "", capitals = ""] = row.split("|");
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: "country" });
  for (const d of demonyms.split(";"))
    for (const p of d ? plural(d) : []) SURFACES.set(p, { side, kind: "demonym" });
  for (const c of capitals.split(";")) if (c) SURFACES.set(c, { side, kind: "capital" });
}
for (const row of rows(BODIES)) {
  const [kind = "", side = "", names = ""] = row.split("|");
  const k: SideKind = kind === "seat" ? "seat" : kind === "bloc" ? "bloc" : "group";
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: k });
}

for (const row of rows(PARTIES)) {
  const [side = "", names = ""] = row.split("|");
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: "party" });
}

// Generic parties that are the country named just before them: "the Ethiopian government", "Myanmar's military".
const NATIONAL_PARTIES = new Set(["government", "army"]);

// "National Security Council", "Ukraine's Security Council": a government's council, not the UN's.
const NATIONAL_COUNCIL = /(?:\b(?!United\b)\p{Lu}[\p{Ll}-]+|['’]s)\s+$/u;
const NAMED_BEFORE = /(?<![.!?]\s)(?<!^)\b(?!The\b)\p{Lu}[\p{Ll}-]+\s+$/u;

const slug = (words: string) =>
  words
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/[^\p{L}]+/gu, "-");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALTERNATION = [...SURFACES.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
// The letters a side name can start with: tried first, they rule out most positions before the
// look-behind and the long alternation are.
const FIRST_CHARS = [...new Set([...SURFACES.keys()].map((name) => [...name][0] ?? ""))]
  .map((c) => c.replace(/[-\]\\^]/g, "\\$&"))
  .join("");
// Case-sensitive on purpose: "US" is a country, "us" a pronoun.
// A plural possessive ("the rebels' team") keeps its apostrophe in the span.
const SIDE_RE = new RegExp(
  `(?=[${FIRST_CHARS}])(?<![\\p{L}\\p{N}.])(${ALTERNATION})(?:['’]s|(?<=s)['’])?(?![\\p{L}\\p{N}])`,
  "gu",
);

// Several article-level readings (party aliases, the mediating bloc) each scan the whole body;
// the last long text's sides are kept so the body is scanned once.
const REMEMBER_FROM = 500;
let remembered: SideScan | undefined;

/** Every side named in `text`, left to right. Linear in the text length. */
export function findSides(text: string): SideMention[] {
  if (text.length < REMEMBER_FROM) return scanSides(text);
  return [...sideScan(text).sides];
}

/** One scan of a whole text, for `sidesWithin`; the body's scan is the one `findSides` remembers. */
export interface SideScan {
  readonly text: string;
  readonly raw: readonly RawSide[];
  readonly sides: readonly SideMention[];
}

export function sideScan(text: string): SideScan {
  if (remembered?.text !== text) {
    const raw = rawSides(text);
    remembered = { text, raw, sides: sidesOf(text, raw, 0, raw.length, 0) };
  }
  return remembered;
}

const NAME_CHAR_BEFORE = /[\p{L}\p{N}.]$/u;
const NAME_CHAR_AFTER = /^[\p{L}\p{N}'’]/u;

/**
 * The sides of `body.slice(start, end)`, a sentence of it, read off the body's one scan rather
 * than a scan of their own: each sentence of an article with people in it was scanned again.
 * The pattern looks one character around a name and names hold no sentence break, so a match
 * inside the sentence is the same either way; a sentence whose edges touch a match or a word
 * is scanned on its own, as before.
 */
export function sidesWithin(scan: SideScan, start: number, end: number): SideMention[] {
  const { text: body, raw } = scan;
  const text = body.slice(start, end);
  if (
    NAME_CHAR_BEFORE.test(body.slice(Math.max(0, start - 2), start)) ||
    NAME_CHAR_AFTER.test(body.slice(end, end + 2))
  )
    return scanSides(text);
  let from = 0;
  let hi = raw.length;
  while (from < hi) {
    const mid = (from + hi) >> 1;
    if (raw[mid]!.index < start) from = mid + 1;
    else hi = mid;
  }
  let to = from;
  while (to < raw.length && raw[to]!.index < end) to++;
  const straddles = (r: RawSide | undefined) =>
    r !== undefined &&
    r.index < end &&
    r.index + r.whole.length > start &&
    (r.index < start || r.index + r.whole.length > end);
  if (straddles(raw[from - 1]) || straddles(raw[to - 1])) return scanSides(text);
  return sidesOf(text, raw, from, to, start);
}

/** One match of the side pattern: where, the whole span, and the name without its possessive. */
interface RawSide {
  index: number;
  whole: string;
  name: string;
}

function rawSides(text: string): RawSide[] {
  const out: RawSide[] = [];
  SIDE_RE.lastIndex = 0;
  for (let m = SIDE_RE.exec(text); m; m = SIDE_RE.exec(text))
    out.push({ index: m.index, whole: m[0], name: m[1] ?? "" });
  return out;
}

function scanSides(text: string): SideMention[] {
  const raw = rawSides(text);
  return sidesOf(text, raw, 0, raw.length, 0);
}

/** The sides `raw[from, to)` name in `text`, whose offset in the scanned string is `offset`. */
function sidesOf(
  text: string,
  raw: readonly RawSide[],
  from: number,
  to: number,
  offset: number,
): SideMention[] {
  const out: SideMention[] = [];
  for (let i = from; i < to; i++) {
    const { whole, name } = raw[i]!;
    const index = raw[i]!.index - offset;
    const surface = SURFACES.get(name);
    if (
      name === "America" &&
      /(?:Latin|South|Central|North)\s$/.test(text.slice(Math.max(0, index - 8), index))
    )
      continue;
    if (!surface) continue;
    // "the Arakan Army", "Kachin Independence Army": a movement's own name, not a national army;
    // "the National Security Council" is a government's, not the UN's.
    const before = text.slice(Math.max(0, index - 30), index);
    if (
      (surface.side === "army" && /\p{Lu}/u.test(name) && NAMED_BEFORE.test(before)) ||
      (name === "Security Council" && NATIONAL_COUNCIL.test(before))
    )
      continue;
    const mention = { side: surface.side, kind: surface.kind, start: index, end: index + whole.length };
    const prev = out[out.length - 1];
    // "the Bosnian Serb delegation", "Syrian Kurdish officials": one people within another's country
    // is a community of its own.
    if (prev?.kind === "demonym" && mention.kind === "demonym" && text.slice(prev.end, index) === " ") {
      const words = text.slice(prev.start, mention.end).replace(/['’]s$/u, "");
      out[out.length - 1] = { side: slug(words), kind: "group", start: prev.start, end: mention.end };
      continue;
    }
    // "the Ethiopian government" is Ethiopia; "the Venezuelan opposition" is not Venezuela.
    if (
      prev &&
      mention.kind === "party" &&
      prev.kind !== "party" &&
      /^\s+$/.test(text.slice(prev.end, index))
    ) {
      // "the M23 rebels" stay M23; "Sudan's army" is Sudan.
      if (NATIONAL_PARTIES.has(mention.side) || prev.kind === "group" || prev.kind === "bloc") continue;
      out.pop();
    }
    out.push(mention);
  }
  return out;
}

// Acronyms that name no party at a table.
const NOT_PARTIES = new Set(
  // Time zones stamp live blogs ("11:02 IST —"); they are nobody's side.
  "AP AFP BBC CNN TV CEO CFO GDP PM AM ID DC HQ LNG II III IV VI AI NGO UTC EST GMT IST CET CEST BST EAT WAT CAT MSK JST KST EDT PST PDT AST GST SAST".split(
    " ",
  ),
);

/**
 * A party the table does not list, known by its acronym: "the ELN sent", "TPLF spokesman".
 * Rebel movements and armed groups come and go faster than any list.
 */
export function acronymSide(word: string): string | undefined {
  const bare = word.replace(/['’]s$/, "");
  if (!/^[A-Z][A-Z0-9-]{1,6}$/.test(bare) || NOT_PARTIES.has(bare) || SURFACES.has(bare)) return undefined;
  return bare.toLowerCase();
}

/** The side a phrase such as "Russian", "U.S.", "Ukraine's" or "the Kremlin" stands for, if any. */
export function sideOfPhrase(phrase: string): string | undefined {
  const cleaned = phrase
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/['’]s$/, "");
  return SURFACES.get(cleaned)?.side;
}

// The first words of the side names of more than one word ("United" of "United States").
const OPENING_WORDS = new Set(
  [...SURFACES.keys()].flatMap((name) => (name.includes(" ") ? [name.split(" ")[0]!] : [])),
);

/**
 * `isSideName(words.join(" "))`. Most words open no side name of several words, and asking that
 * first spares building the phrase and hashing it, as the title scanner would for every pair.
 */
export function isSideNameOf(words: readonly string[]): boolean {
  if (words.length === 1) return isSideName(words[0]!);
  return OPENING_WORDS.has(words[0] ?? "") && isSideName(words.join(" "));
}

/** True when the exact words are a country, capital, demonym or body, e.g. "Moscow", "Hamas". */
export function isSideName(words: string): boolean {
  if (SURFACES.has(words)) return true;
  const possessive = words.endsWith("'s") || words.endsWith("’s");
  return possessive && SURFACES.has(words.slice(0, -2));
}

/** The distinct sides named in `text`, in order of first mention. */
export function sidesIn(text: string): string[] {
  return [...new Set(findSides(text).map((m) => m.side))];
}

// Countries whose head of state is a monarch, so no "President" of theirs sits anywhere.
const MONARCHIES = new Set(
  `saudi-arabia qatar uae kuwait bahrain oman jordan morocco uk spain netherlands belgium luxembourg
  norway sweden denmark japan thailand cambodia malaysia monaco vatican`.split(/\s+/),
);

export function isMonarchy(side: string): boolean {
  return MONARCHIES.has(side);
}
