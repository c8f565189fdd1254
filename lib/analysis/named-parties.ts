import { findSides } from "./side-table";

/**
 * Parties the side table cannot list: movements, coalitions and regional governments an article
 * names in full ("the Amhara Fano National Movement", "the Alliance of South Sudanese Opposition
 * Movements (ASSOM)", "the Autonomous Bougainville Government") and then often by a short name
 * ("the Fano delegation", "ASSOM's negotiator", "Bougainville's President"). Each is keyed by its
 * acronym when the article gives one, else by the word of its name the article keeps using alone.
 */

export interface NamedParty {
  key: string;
  /** The full name and the short names it goes by, longest first. */
  names: string[];
  /** Each name's patterns, compiled once per article. */
  patterns: NamePatterns[];
}

interface NamePatterns {
  /** "The Fano delegation arrives, headed by ", "ASSOM sent ": the party's team, then the person. */
  leads: RegExp;
  /** "Bougainville's ": the party owning the title that follows. */
  owns: RegExp;
  /** The name inside a title or apposition ("Minister for X Affairs" is a portfolio, not a side). */
  named: RegExp;
}

// Parties are read from an article's length of text and kept to a handful: a body of several
// megabytes (hostile input) would otherwise be searched once per candidate word.
const READ = 20_000;
const MAX_PARTIES = 8;

const HEAD =
  "Movements?|Front|Army|Alliance|Coalition|Council|Government|Platform|Forces|Union|Party|Administration|Authority|Emirate|Brigades?|Committee";
// "Amhara Fano National Movement", "Autonomous Bougainville Government", "Islamic Emirate".
// "United Liberation Movement for West Papua", "Movement of Democratic Forces of Casamance": the
// name may go on past its head.
const NAME_THEN_HEAD = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,5}(?:${HEAD})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}){0,2})\\b(?:\\s*\\((\\p{Lu}[\\p{Lu}\\d-]{1,7})\\))?`,
  "gu",
);
// "Alliance of South Sudanese Opposition Movements (ASSOM)": the head first.
const HEAD_THEN_NAME = new RegExp(
  `\\b((?:${HEAD})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,4}\\p{Lu}[\\p{L}'’-]+)(?:\\s*\\((\\p{Lu}[\\p{Lu}\\d-]{1,7})\\))?`,
  "gu",
);
/** Words of a name that say what kind of body it is, not which one. */
const GENERIC = new Set(
  `autonomous national democratic people's peoples popular liberation united revolutionary islamic
  southern northern eastern western central negotiating opposition transitional interim federal
  republican patriotic salvation resistance armed joint supreme high people the of for and
  first second third fourth fifth sixth seventh eighth ninth tenth`
    .split(/\s+/)
    .filter(Boolean),
);
const HEAD_WORD = new RegExp(`^(?:${HEAD})$`, "u");
// A state's own organs keep the state's side: "the Ethiopian Government", "Sudan's Sovereign Council".
const STATE_ORGAN = /^(?:Government|Army|Forces|Council|Administration|Authority|Committee)$/;
/** What a short name stands before when the article uses it for the party. */
const PARTY_USE =
  /^(?:['’]s\b|\s+(?:delegation|team|negotiators?|side|fighters|militias?|movement|leaders?|leadership|commanders?|supporters|representatives?|officials?|envoys?)\b)/;

/** The article's own parties, beyond the side table. */
export function namedParties(text: string): NamedParty[] {
  const body = text.length > READ ? text.slice(0, READ) : text;
  const found = new Map<string, NamedParty>();
  // Where each full name stands, so a name's tail ("Movement for West Papua") is not a second party.
  const spans: [number, number][] = [];
  for (const re of [NAME_THEN_HEAD, HEAD_THEN_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m && found.size < MAX_PARTIES; m = re.exec(body)) {
      const at = m.index;
      if (spans.some(([a, b]) => at >= a && at < b)) continue;
      const full = (m[1] ?? "").trim().replace(/^The\s+/u, "");
      if (/\b(?:Security|Foreign|Defen[cs]e|Ministers|Nations|European)\b/u.test(full)) continue;
      const words = full.split(/\s+/);
      const head = re === NAME_THEN_HEAD ? (words[words.length - 1] ?? "") : (words[0] ?? "");
      // "government" alone is a generic word, not a state.
      const known = findSides(full).filter((k) => k.kind !== "party");
      // A listed side, or a state's organ named with its state, is no new party.
      // ("the Polisario Front": a listed side with only its head word after it.)
      // A nationality opening a movement's name ("Chadian Armed Movements") names no listed side.
      const listed = (k: { start: number; end: number; kind: string }) =>
        (k.kind === "group" || k.kind === "bloc") &&
        k.start === 0 &&
        full
          .slice(k.end)
          .split(/\s+/)
          .every((w) => w === "" || HEAD_WORD.test(w) || GENERIC.has(w.toLowerCase()));
      if (known.some(listed)) continue;
      if (known.length > 0 && STATE_ORGAN.test(head)) continue;
      if (words.length < 2) continue;
      const acronym = m[2] ?? acronymOf(body, words);
      const key = (acronym ?? shortName(body, words) ?? slugOf(words)).toLowerCase();
      if (key.length < 2 || found.has(key)) continue;
      const names = [full];
      if (acronym) names.push(acronym);
      const short = shortName(body, words);
      if (short && !names.includes(short)) names.push(short);
      found.set(key, { key, names, patterns: names.map(patternsOf) });
      spans.push([at, at + m[0].length]);
    }
  }
  return [...found.values()];
}

/** The word of a full name the article uses alone for the party ("Fano" in "the Fano delegation"). */
function shortName(body: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestUses = 0;
  for (const w of words) {
    const plain = w.replace(/['’]s$/u, "");
    if (GENERIC.has(plain.toLowerCase()) || HEAD_WORD.test(plain) || findSides(plain).length > 0) continue;
    let uses = 0;
    for (const m of body.matchAll(new RegExp(`\\b${escape(plain)}(?=['’\\s])`, "gu")))
      if (PARTY_USE.test(body.slice(m.index + plain.length, m.index + plain.length + 20))) uses++;
    if (uses > bestUses) [best, bestUses] = [plain, uses];
  }
  return best;
}

/**
 * An acronym the article uses elsewhere made of the name's initials in any order: "MPCD" for the
 * "Cabo Delgado Popular Movement", whose own language orders the words differently.
 */
function acronymOf(body: string, words: readonly string[]): string | undefined {
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .sort()
    .join("");
  if (initials.length < 3) return undefined;
  for (const m of body.matchAll(/\b\p{Lu}{3,7}\b/gu)) if ([...m[0]].sort().join("") === initials) return m[0];
  return undefined;
}

/** The distinctive words of a name, when the article never shortens it: "amhara-fano". */
function slugOf(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/['’]s$/u, ""))
    .filter((w) => !GENERIC.has(w.toLowerCase()) && !HEAD_WORD.test(w))
    .join("-");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const TEAM_WORDS = "(?:delegation|team|side|negotiators|representatives)";
const LEAD_VERBS = "(?:led|headed|represented|fronted)\\s+by|sent|dispatched|fielded";

function patternsOf(name: string): NamePatterns {
  const n = escape(name);
  return {
    leads: new RegExp(
      `\\b${n}['’]?s?(?:\\s+${TEAM_WORDS})?[^.;]{0,60}?\\b(?:${LEAD_VERBS})\\s+(?:its\\s+|their\\s+)?[^.;]{0,40}$`,
      "u",
    ),
    owns: new RegExp(`\\b${n}['’]s\\s+$`, "u"),
    named: new RegExp(`\\b${n}\\b(?!\\s+[Aa]ffairs)`, "u"),
  };
}

// "the movement's legal adviser", "the alliance's spokeswoman": the one party of that kind.
const GENERIC_OWNER =
  /\b(?:the\s+)?(?:movement|group|alliance|coalition|platform|front)['’]s\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const GENERIC_OWNER_IN = /\bthe\s+(?:movement|group|alliance|coalition|platform|front)['’]s\b/iu;
const LED_NOW = /\b(?:led|headed|represented|fronted)\s+by\s+$/;

/**
 * The named party a person speaks for, read from the words around them: their title or apposition
 * names it ("chief negotiator for the Alliance …", "Bougainville's President"), or the sentence
 * seats them in its team ("The Fano delegation arrives, headed by X"). `seats` says the sentence
 * also puts them at the table.
 */
export function namedPartyOf(
  parties: readonly NamedParty[],
  before: string,
  around: string,
): { key: string; seats: boolean } | undefined {
  for (const p of parties) {
    for (const { leads, owns, named } of p.patterns) {
      if (leads.test(before)) return { key: p.key, seats: true };
      // "Bougainville's President X", "X, chief negotiator for the Alliance of …".
      if (owns.test(before) || named.test(around)) return { key: p.key, seats: false };
    }
  }
  // "The movement's delegation was led by X", "X, the movement's chief negotiator".
  if (parties.length === 1 && GENERIC_OWNER.test(before.slice(-60)))
    return { key: parties[0]!.key, seats: LED_NOW.test(before) };
  if (parties.length === 1 && GENERIC_OWNER_IN.test(around)) return { key: parties[0]!.key, seats: false };
  return undefined;
}
