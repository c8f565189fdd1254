import { isGivenName, RELATIONS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_OBJECTS } from "./name-vocabulary";
import { nameLike, PERSON_VERBS, POSSESSIVE_RE, spaceBetween, UPPER_START, type Token } from "./name-tokens";
import { acronymSide, findSides, isSideName, isSideNameOf } from "./side-table";
import { lowerPortfolio, portfolioTitle } from "./portfolio-titles";

/**
 * The words around a name that describe its bearer: a title before it ("UK Prime Minister"),
 * a role before a comma ("Egypt's intelligence chief, Gen."), an apposition after it
 * ("Jared Kushner, Mr. Trump’s son-in-law"), and the side and short role they give.
 */

export const isTitleWord = (t: Token) =>
  ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isSideName(t.text);

/** How many leading tokens of a run are title, not name: "UK Prime Minister Sir Keir Starmer" → 4. */
export function peelTitle(run: Token[], afterOf: boolean): number {
  let p = 0;
  // "Assistant Secretary for Western Hemisphere Affairs Renée Calloway": after "for", the title runs
  // to its last title word, so long as a name of two words is left.
  if (afterOf) {
    for (let q = run.length - 3; q > 0; q--) {
      if (!TITLE_OBJECTS.has(run[q]!.lower)) continue;
      p = q + 1;
      break;
    }
  }
  while (run.length - p > 1) {
    // The joined words are built only where a side name of that length fits before the name.
    if (run.length - p > 3 && isSideNameOf([run[p]!.text, run[p + 1]!.text, run[p + 2]!.text])) p += 3;
    else if (
      run.length - p > 2 &&
      isSideNameOf([run[p]!.text.replace(POSSESSIVE_RE, ""), run[p + 1]!.text.replace(POSSESSIVE_RE, "")])
    )
      p += 2;
    // "Foreign Minister Amir Kovac": after a complete title, a given name starts the name.
    else if (p > 0 && ROLE_HEADS.has(run[p - 1]!.lower) && run.length - p >= 2 && isGivenName(run[p]!.text))
      break;
    else if (isTitleWord(run[p]!) || (afterOf && TITLE_OBJECTS.has(run[p]!.lower))) p++;
    else if (portfolioTitle(run, p) > 0) p += portfolioTitle(run, p);
    else break;
  }
  return p;
}

/** Start index of the title words that end just before `end`: toks[start..end) are title words. */
export function titleStart(text: string, toks: Token[], end: number, titleEnd = end): number {
  let j = end;
  while (j > 0 && end - j < 9) {
    const t = toks[j - 1]!;
    if (j < end && !spaceBetween(text, t, toks[j]!)) break;
    const preposition = /^(?:of|for|to)$/.test(t.lower);
    // "adviser to President Tshisekedi": the words before "to" describe someone else.
    if (preposition && ROLE_HEADS.has(toks[j]?.lower ?? "")) break;
    // "Papua New Guinea's minister", "South Sudan's": a side of three or two words.
    if (j > 2 && isSideNameOf([toks[j - 3]!.text, toks[j - 2]!.text, t.text.replace(POSSESSIVE_RE, "")])) {
      j -= 3;
      continue;
    }
    if (j > 1 && isSideNameOf([toks[j - 2]!.text, t.text.replace(POSSESSIVE_RE, "")])) {
      j -= 2;
      continue;
    }
    // "Energy and Water Minister": two portfolios joined inside one title.
    const joined =
      (/^(?:and|&)$/.test(t.lower) && j > 1 && j < end && lowerPortfolio(toks, j - 2)) ||
      (/^(?:and|&)$/.test(t.lower) &&
        j < titleEnd &&
        j > 1 &&
        UPPER_START.test(toks[j]!.text) &&
        !ROLE_HEADS.has(toks[j]!.lower) &&
        UPPER_START.test(toks[j - 2]!.text) &&
        !ROLE_HEADS.has(toks[j - 2]!.lower) &&
        (ROLE_MODIFIERS.has(toks[j - 2]!.lower) || TITLE_OBJECTS.has(toks[j - 2]!.lower)));
    // "Under Secretary X" is a title; "a team under X" is led by X.
    const under = t.lower === "under" && !/secretary$/.test(toks[j]?.lower ?? "");
    // "Sudan's irrigation minister, X", "Ethiopia's water and energy minister, X": lowercase
    // portfolios the vocabulary lacks, right before their head.
    const portfolio = j < end && lowerPortfolio(toks, j - 1);
    if (
      under ||
      !(
        isTitleWord(t) ||
        RELATIONS.has(t.lower) ||
        TITLE_OBJECTS.has(t.lower) ||
        preposition ||
        joined ||
        portfolio
      )
    )
      break;
    j--;
  }
  while (j < end && /^(?:of|for|to|the)$/.test(toks[j]!.lower)) j++;
  return j;
}

/** Where "for the Belgrade-Pristina dialogue" begins before `end`, so the role before it is found. */
export function complementStart(text: string, toks: Token[], end: number): number {
  for (let j = end - 1; j > 0 && end - j <= 6; j--) {
    if (!spaceBetween(text, toks[j - 1]!, toks[j]!) && j < end - 1) break;
    if (/^(?:of|for|to|on|from)$/.test(toks[j]!.lower) && ROLE_HEADS.has(toks[j - 1]!.lower)) return j;
  }
  return end;
}

export const hasHead = (toks: Token[]) => toks.some((t) => ROLE_HEADS.has(t.lower) || RELATIONS.has(t.lower));

const AUXILIARY =
  /^(?:is|was|are|were|has|had|have|will|would|did|does|do|can|could|may|might|shall|should)$/;
const COMPLEMENT_END =
  /^(?:at|in|on|with|who|whose|which|that|and|since|during|after|before|said|says|is|was|has|had)$/;
export const HONORIFIC_RE = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?$/;

/** The role words that follow ", " after a name: "Jared Kushner, Mr. Trump’s son-in-law". */
/**
 * Where a role is held, when it runs to the apposition's comma: "a senior adviser in the State
 * Department's Bureau of African Affairs," — the institution gives the side. Returns the last
 * token of the role, extended over that phrase when there is one.
 */
function servesIn(text: string, toks: Token[], to: number): number {
  const at = toks[to + 1];
  if (!at || !/^(?:in|at|with|from)$/.test(at.lower) || !spaceBetween(text, toks[to]!, at)) return to;
  let q = to + 2;
  while (q < toks.length && q - to <= 10 && spaceBetween(text, toks[q - 1]!, toks[q]!)) q++;
  const ended = q === toks.length || /^\s*[,;.)]/.test(text.slice(toks[q - 1]!.end, toks[q]!.start));
  return q > to + 2 && ended ? q - 1 : to;
}

export function appositionAfter(
  text: string,
  toks: Token[],
  k: number,
): { from: number; to: number; possessor?: string } | null {
  let i = k;
  // ", and the US adviser, X": a list goes on; ", according to a White House official": a source.
  if (toks[i] && /^(?:and|or|but|according|while|as)$/.test(toks[i]!.lower)) return null;
  // ", brought the army's chief of staff", ", was in the chair": a verb opens a clause, not an apposition.
  if (toks[i] && (PERSON_VERBS.has(toks[i]!.lower) || AUXILIARY.test(toks[i]!.lower))) return null;
  if (toks[i] && /^(?:a|an|the|his|her|their|its)$/.test(toks[i]!.lower)) i++;
  const from = i;
  let possessor: string | undefined;
  let loose = 0;
  for (; i < toks.length && i - from < 8; i++) {
    const t = toks[i]!;
    if (i > k && !spaceBetween(text, toks[i - 1]!, t)) return null;
    // "the number two at the US embassy": a deputy, by the newsroom's word for one.
    const numberTwo = t.lower === "two" && toks[i - 1]?.lower === "number";
    if ((ROLE_HEADS.has(t.lower) && !HONORIFIC_RE.test(t.lower)) || RELATIONS.has(t.lower) || numberTwo) {
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
      to = servesIn(text, toks, to);
      // "Zelensky, French President Emmanuel Macron" is a list of people, not an apposition.
      const after = toks[to + 1];
      if (after && spaceBetween(text, toks[to]!, after) && nameLike(after, toks[to + 2])) return null;
      // Only kin have a possessor: "Mr. Trump’s son-in-law", not "China's chief negotiator".
      return possessor && RELATIONS.has(t.lower) ? { from, to, possessor } : { from, to };
    }
    if (/^\p{Lu}/u.test(t.text) && POSSESSIVE_RE.test(t.text) && !isSideName(t.text))
      possessor = t.text.replace(POSSESSIVE_RE, "");
    else if (isTitleWord(t) || HONORIFIC_RE.test(t.lower)) continue;
    // "the African Union mediator", "a long-serving informal adviser": a few describing words.
    else if (!/^\p{L}+(?:-\p{L}+)*(?:['’]s)?$/u.test(t.text) || ++loose > 3) return null;
  }
  return null;
}

export function sideOfTitle(phrase: string): string | undefined {
  if (phrase === "") return undefined; // most names have no title or apposition
  for (const m of findSides(phrase)) {
    const before = phrase.slice(0, m.start);
    if (/\b(?:to|for)\s+(?:the\s+)?$/.test(before)) continue;
    // "his military adviser", "a former military intelligence officer": a kind of role, not the army's.
    if (m.side === "army" && MILITARY_ROLE.test(phrase.slice(m.end))) continue;
    // "the NSC's Syria director": a portfolio inside another body's title, not a side.
    if (/['’]s\s+$/.test(before) && PORTFOLIO_AFTER.test(phrase.slice(m.end))) continue;
    // "the ambassador in Riyadh" serves abroad: the capital is where, not whom.
    if (m.kind === "capital" && /\bin\s+$/.test(before) && DIPLOMAT.test(before)) continue;
    return m.side;
  }
  // "leader of the largest Bosniak party": a community the side table does not list.
  const community = COMMUNITY_IN_ROLE.exec(phrase)?.[1];
  if (community && !isSideName(community)) return community.toLowerCase();
  return acronymSide(phrase.split(/\s+/)[0] ?? "");
}

const PORTFOLIO_AFTER =
  /^\s+(?:director|desk|specialist|expert|coordinator|adviser|advisor|envoy|hand|officer)\b/i;
const MILITARY_ROLE =
  /^\s+(?:adviser|advisor|aide|officer|attach[eé]|expert|analyst|intelligence|historian)\b/i;
const DIPLOMAT = /\b(?:ambassador|embassy|envoy|consul|charg[eé] d['’]affaires|chief of mission)\b/i;
const COMMUNITY_IN_ROLE = /\b(?:of|for) the (?:\p{Ll}+ )?(\p{Lu}\p{Ll}{3,}) (?:party|community|movement)\b/u;

const HONORIFIC_EDGE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.\s*)+|^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh)\b\s*|\s*\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Adm|Maj|Brig|Sgt)\.|Sir|Dame|Sheikh)$/gu;

export function roleOf(phrase: string): string | undefined {
  if (phrase === "") return undefined;
  let role = phrase.replace(HONORIFIC_EDGE, "");
  const first = findSides(role)[0];
  // The side is kept apart; seats stay because "Kremlin spokesman" says more than "spokesman".
  if (first && first.start === 0 && first.kind !== "seat") role = role.slice(first.end);
  role = role.replace(/^\s*(?:new\s+)?/i, "").trim();
  return role.length > 0 && role.length <= 80 && /\p{L}{2}/u.test(role) ? role : undefined;
}

/** The title words before a name: adjacent ("US envoy"), or a role before a comma ("Egypt's intelligence chief, Gen."). */
export interface TitleBefore {
  start: number;
  toks: Token[];
  /** The role given before a comma, which describes the name better than its rank. */
  appositive: string;
  relationTo?: string;
}

export function titleBefore(text: string, toks: Token[], first: number, peeled: number): TitleBefore {
  const spaced = first > 0 && spaceBetween(text, toks[first - 1]!, toks[first]!);
  let start = spaced ? titleStart(text, toks, first, first + peeled) : first;
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
  return kin
    ? { start, toks: title, appositive, relationTo: owner.text.replace(POSSESSIVE_RE, "") }
    : { start, toks: title, appositive };
}

// "X led the federal team and Y the rebels'": the words before a gapped second leader.
const GAPPED_LEAD =
  /\b(?:led|leads|headed|heads|chaired|chairs|represented|represents)\s+(?:the\s+)?[^.;]{0,60}?\s+and\s+$/;

/**
 * Whether `before` ends as a gapped lead does. The pattern is anchored at the end and tried at
 * every position, so the plain ending " and " is checked first; few windows have it.
 */
export function isGappedLead(before: string): boolean {
  const trimmed = before.trimEnd();
  return (
    trimmed.length < before.length &&
    trimmed.endsWith("and") &&
    /\s/.test(trimmed.charAt(trimmed.length - 4)) &&
    GAPPED_LEAD.test(before)
  );
}
