import { acronymSide, findSides, isSideName, type SideMention } from "./side-table";

/**
 * The sides one sentence names and the groups they form ("US negotiators", "Russia sent",
 * "the Ukrainian side was led by"), so the people in it can be seated.
 */

/** "US negotiators", "a U.S. delegation", "Russia sent": people of one side. */
export interface SideGroup {
  sides: string[];
  start: number;
  end: number;
  delegation: boolean;
  /** A government or leadership is led by its head, not seated by being named with it. */
  government: boolean;
  /** "X led the American delegation": members come before the group, not after it. */
  ledBefore: boolean;
}

export interface SentenceSides {
  mentions: SideMention[];
  groups: SideGroup[];
  /** Mentions that name a side for a group or a compound ("US-Russia draft"), not for a person. */
  taken: Set<SideMention>;
  clauseBreaks: number[];
}

const GROUP_RE =
  /^\s+(?:(?:senior|top|high-level|high-ranking|special|chief|presidential|official|peace|negotiating|visiting|government|army|observer|monitoring|technical|legal|security)\s+)*(delegations?|negotiators|negotiating (?:team|panel)|team|panel|contingent|participants|envoys|officials|diplomats|representatives|mediators|side|delegates|counterparts|government|leadership|authorities|administration|effort|motorcade|convoy|hosts|observers)\b|^\s+and\s+[\p{Ll}-]+\s+(team|delegation|side)\b|^(?:\s*,\s*(?:which|who|whose|one|an?|the|as)\s[^,;]{0,120},)?\s+(?:rebels?\s+|movement\s+|group\s+)?(?:has\s+|had\s+|also\s+)?(sent|dispatched)\b|^(?:\s*,\s*(?:which|who|whose|an?|the|as|\p{Ll}+ed)\s[^,;]{0,120},)?\s+(?:was|were|is|are)\s+(represented)\s+(?:at the (?:table|talks)\s+)?by\b|^\s*,\s*(?:who\s+)?(?:also\s+)?(sent|dispatched|represented by)\b|^\s+(?:also\s+)?((?:co-)?mediated|observed)\s*[:—–]/u;
// "…, and Russia's by Y", "Uzbekistan's was headed by Y": the noun is left out after a possessive.
const ELLIPTIC_BY = /^\s+(?:(?:was|were|is|are)\s+(?:led|headed|chaired|represented)\s+)?(by)\b/;
// A cheap look for the nouns the scans below need, so most sentences skip them.
const GROUP_NOUN_HINT =
  /delegation|team|negotiators|panel|contingent|participants|authorities|administration|side/;
const ACRONYM_WORD = /(?<![\p{L}\p{N}.])[A-Z][A-Z0-9-]{1,6}(?:['’]s)?(?![\p{L}\p{N}])/gu;
const SEAT_BASED_RE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)-based\b/gu;
const PEOPLE_GROUP_RE =
  /\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{Ll}{2,}|eastern|western|northern|southern)(-based|-led)?(?=\s+(?:delegation|team|negotiators|negotiating team|panel|contingent|participants|authorities|administration|side)\b)/gu;
// "the opposition Civic Front", "the Tripoli-based Government of National Unity".
const PARTY_NAME =
  /^(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\s+(?:of|for)(?:\s+the)?(?=\s+\p{Lu}))?){1,4}(?:['’]s)?(?=\s)/u;
const VENUE_LEAD = /\b(?:talks|negotiations|meeting|session|round)\s+(?:in|at)\s+$/;
const PEOPLE_LED_BY = /^\s*,?\s+(?:(?:was|were)\s+)?(?:led|headed)\s+by\b/;
// "the eastern authorities were represented by X": a government that sends a delegation.
const REPRESENTED_BY = /^\s+(?:was|were|is|are)\s+represented\s+(?:at the (?:table|talks)\s+)?by\b/;
const LED_BEFORE = /\b(?:led|leads|headed|heads|chaired|chairs|represented|represents)\s+(?:the\s+)?$/;
const TEAM_OF = /\b(?:delegation|team|representatives|envoys|negotiators)\s+(?:of|from)\s+(?:the\s+)?$/i;
// What follows a side whose members come next: "headed by", "—", ":", ",".
const MEMBERS_FOLLOW = /^(?:\s+of\s+America)?\s*(?:[,:—–]|\s+(?:led|headed)\s+by\b)/;
// Sentences arrive split, so a period inside one is an abbreviation ("Mr."), not a clause end.
const CLAUSE_RE =
  /;|\s[—–]\s|:\s|,["”’]?\s+(?:while|but|whereas|although|though|after|before|when|since|because|as)\b|[!?]\s/g;

// The placement of each sentence's people and the look back for a delegation named a sentence
// earlier both read the same sentences; the last few are kept rather than scanned twice.
const RECENT = new Map<string, SentenceSides>();
const RECENT_SIZE = 16;

/**
 * Sides, groups and clause breaks of one sentence, for placing the people in it. Callers must not
 * mutate the result. `sides` reads the sentence's side names off a scan already made of its body.
 */
export function sentenceSides(
  text: string,
  sides: () => SideMention[] = () => findSides(text),
): SentenceSides {
  const known = RECENT.get(text);
  if (known) return known;
  const scanned = scanSentence(text, sides());
  if (RECENT.size >= RECENT_SIZE) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(text, scanned);
  return scanned;
}

function scanSentence(text: string, mentions: SideMention[]): SentenceSides {
  for (const m of /[A-Z][A-Z0-9]/.test(text) ? text.matchAll(ACRONYM_WORD) : []) {
    const side = acronymSide(m[0]);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    // Only as a group ("the ELN sent", "ELN negotiators"), or a gapped team ("… and Y the TPLF's.",
    // "the Senegalese by X, and the MFDC's by Y"), never as a free side.
    const possessive = /['’]s$/u.test(m[0]);
    if (
      side &&
      (GROUP_RE.test(rest) || (possessive && (/^\s*(?:[,.;)]|$)/.test(rest) || ELLIPTIC_BY.test(rest))))
    ) {
      mentions.push({ side, kind: "group", start: m.index, end: m.index + m[0].length });
    }
  }
  // "the Abkhaz team", "a Moro delegation", "the eastern delegation": a people or a faction the
  // side table does not list, known by the team it forms, as an acronym is.
  for (const m of GROUP_NOUN_HINT.test(text) ? text.matchAll(PEOPLE_GROUP_RE) : []) {
    const [whole, word = "", suffix = ""] = m;
    const start = m.index + whole.length - word.length - suffix.length;
    if (!isSideName(word) && !mentions.some((x) => x.start <= start && start < x.end))
      mentions.push({ side: word.toLowerCase(), kind: "group", start, end: m.index + whole.length });
  }
  // "the Tripoli-based government": a faction named for its seat, not the whole country.
  for (const m of text.includes("-based") ? text.matchAll(SEAT_BASED_RE) : []) {
    const end = m.index + m[0].length;
    const i = mentions.findIndex((x) => x.start === m.index);
    if (i !== -1 && mentions[i]!.kind !== "capital") continue;
    const seat: SideMention = { side: (m[1] ?? "").toLowerCase(), kind: "group", start: m.index, end };
    if (i === -1) mentions.push(seat);
    else mentions[i] = seat;
  }
  mentions.sort((a, b) => a.start - b.start);
  const groups: SideGroup[] = [];
  // "a delegation of the United States of America headed by", "Representatives of the United States —".
  const ofSide = new Set<SideMention>();
  for (const m of /\b(?:of|from)\s/.test(text) ? mentions : []) {
    const lead = TEAM_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!lead || !MEMBERS_FOLLOW.test(text.slice(m.end, m.end + 30))) continue;
    groups.push({
      sides: [m.side],
      start: m.start - lead[0].length,
      end: m.end,
      delegation: true,
      government: false,
      ledBefore: false,
    });
    ofSide.add(m);
  }
  const taken = new Set<SideMention>();
  mentions.forEach((m, i) => {
    if (ofSide.has(m)) {
      taken.add(m);
      return;
    }
    // "The Papuan side at Thursday's talks in Fiji was represented by X": the venue sends nobody.
    if (VENUE_LEAD.test(text.slice(Math.max(0, m.start - 40), m.start))) return;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if (next && /^[-‑–/]$/.test(text.slice(m.end, next.start))) taken.add(m).add(next);
    // "the opposition Unitary Platform sent X": a party's own name may stand before the group word.
    const own =
      m.kind === "party" || m.kind === "group"
        ? (PARTY_NAME.exec(text.slice(m.end, m.end + 60))?.[0] ?? "")
        : "";
    const after = text.slice(m.end + own.length, m.end + own.length + 140);
    // "the Ukrainian side was led by X, and Russia's by Y"
    // "…led by X, the opposition by Y": after a comma a bare party may stand for its team too.
    const elliptic =
      /['’]s$/u.test(text.slice(m.start, m.end + own.length)) ||
      // "Georgia was represented by X, and Russia by Y": after a comma any side may stand for its team.
      /,\s*(?:and\s+)?(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 12), m.start));
    // "The Russians, led by Kremlin aide X": a people in the plural is its own delegation.
    const people =
      m.kind === "demonym" &&
      /s$/.test(text.slice(m.start, m.end)) &&
      /\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))
        ? PEOPLE_LED_BY.exec(after)
        : null;
    const g: readonly (string | undefined)[] | null = people
      ? [""]
      : (GROUP_RE.exec(after) ?? (elliptic ? ELLIPTIC_BY.exec(after) : null));
    if (!g) return;
    const matched = g[0] ?? "";
    const joint = prev && /^\s+and\s+$/.test(text.slice(prev.end, m.start));
    const start = joint ? prev.start : m.start;
    const noun = g.slice(1).find((x) => x !== undefined) ?? "";
    const represented = REPRESENTED_BY.test(after.slice(matched.length));
    groups.push({
      sides: joint ? [...new Set([prev.side, m.side])] : [m.side],
      start,
      end: m.end + own.length + matched.length,
      delegation:
        people !== null ||
        represented ||
        /deleg|negotiat|envoy|mediator|team|panel|contingent|participants|side|motorcade|convoy|hosts|observers|sent|dispatched|represented|by/.test(
          noun,
        ),
      government: !represented && /government|leadership|authorities|administration/.test(noun),
      ledBefore: LED_BEFORE.test(text.slice(Math.max(0, start - 24), start)),
    });
    taken.add(m);
    if (joint) taken.add(prev);
  });
  // A plain loop: spreading matchAll into an array and mapping it allocated three times over.
  groups.sort((a, b) => a.start - b.start);
  const clauseBreaks: number[] = [];
  CLAUSE_RE.lastIndex = 0;
  for (let m = CLAUSE_RE.exec(text); m; m = CLAUSE_RE.exec(text)) clauseBreaks.push(m.index);
  return { mentions, groups, taken, clauseBreaks };
}

/** The [start, end) of the clause holding `offset`. */
export function clauseAround(s: SentenceSides, offset: number, length: number): [number, number] {
  const i = firstAtOrAfter(s.clauseBreaks, offset, (b) => b);
  return [s.clauseBreaks[i - 1] ?? 0, s.clauseBreaks[i] ?? length];
}

/** Index of the first item whose key is ≥ `value` (items sorted by key). */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
