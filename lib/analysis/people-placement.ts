import type { ExtractionContext } from "./extract";
import type { PersonEntity, PersonRegistry } from "./names";
import { officeOfMention, PAST_ROLE, UK_TITLES, US_TITLES } from "./offices";
import type { Mention } from "./people-mentions";
import { GAPPED_LEAD } from "./people-titles";
import {
  ATTENDS,
  ATTENDS_AS,
  COMPANION,
  COORDINATED,
  FOR_SIDE,
  GAPPED_END,
  GAPPED_SIDE,
  HOSTED_BY,
  HOSTS,
  HOSTS_FOR_TALKS,
  HOSTS_GUESTS,
  HOSTS_OFFICIALS,
  IN_ROOM,
  LISTS,
  MEDIATES,
  MEETS,
  MEMBER_BLOCK,
  MEMBER_LEAD,
  onlyNamesAndTitles,
  REPRESENTS,
  SIGNS,
  TALKS_RE,
  TALKS_ROLE_BEFORE,
} from "./seating-cues";
import { mediatingBloc, partyAliases } from "./party-aliases";
import { crossSentenceSeating, indirectSide } from "./people-coreference";
import { findSides, isMonarchy, type SideMention } from "./side-table";
import { clauseAround, firstAtOrAfter, sentenceSides, type SentenceSides } from "./sides";

/**
 * Seating: what a person's sentence says about where they sit (the group they are listed in,
 * the talks they attend or host), and the side each person of an article speaks for.
 */

// "X, the movement's spokesman and a member of its negotiating team": the apposition seats them.
const TEAM_MEMBER_AFTER =
  /^,[^.;]{0,80}?\bmember of (?:the |its |their |his |her |\S+['’]s )?(?:negotiating |peace )?(?:team|delegation)\b/u;
// "is due to discuss the talks with his counterpart in October": a meeting still to come.
const FUTURE =
  /^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:due|scheduled|set|expected|to)\s+to\b|^[^.;]{0,40}?\bwill\s+(?:meet|discuss|hold)\b/;

/** What a person's sentence says about where they sit. */
export interface Placement {
  groupSide?: string;
  groupDelegation: boolean;
  meeting: boolean;
  freeSide?: string;
}

/** Per-sentence facts every person in it shares, computed once. */
interface SentenceFacts {
  text: string;
  offset: number;
  ss: SentenceSides;
  talks: boolean;
  /** Which person's title names each side mention ("US" in "US envoy Witkoff"). */
  owners: Map<SideMention, Mention>;
  clauses: Map<number, { lists: number; meets: boolean; hosts: number }>;
}

function sentenceFacts(text: string, offset: number, people: readonly Mention[]): SentenceFacts {
  const ss = sentenceSides(text);
  const owners = new Map<SideMention, Mention>();
  for (const o of people) {
    const from = o.titleStart - offset;
    for (let i = firstAtOrAfter(ss.mentions, from, (x) => x.start); i < ss.mentions.length; i++) {
      const x = ss.mentions[i]!;
      if (x.end > o.titleEnd - offset) break;
      owners.set(x, o);
    }
  }
  return { text, offset, ss, talks: TALKS_RE.test(text), owners, clauses: new Map() };
}

function place(f: SentenceFacts, m: Mention, mate: Mention | undefined): Placement {
  const { text, offset, ss } = f;
  const at = m.titleStart - offset;
  const end = m.end - offset;
  const [cs, ce] = clauseAround(ss, at, text.length);
  let clause = f.clauses.get(cs);
  if (!clause) {
    const body = text.slice(cs, ce);
    const lists = LISTS.exec(body);
    const hosts = HOSTS_GUESTS.exec(body);
    clause = {
      lists: lists ? cs + lists.index : -1,
      meets: MEETS.test(body),
      hosts: hosts ? cs + hosts.index : -1,
    };
    f.clauses.set(cs, clause);
  }
  const gi = firstAtOrAfter(ss.groups, at + 1, (g) => g.end) - 1;
  const before =
    gi >= 0
      ? ss.groups
          .slice(Math.max(0, gi - 3), gi + 1)
          .filter((g) => !g.ledBefore)
          .pop()
      : undefined;
  const between = before && at - before.end <= 220 ? text.slice(before.end, at) : "";
  const lead = before && between.length <= 220 ? MEMBER_LEAD.exec(between) : null;
  const rest = between.slice(lead?.[0].length ?? 0);
  const direct = lead !== null && lead[0].trim() === "";
  // "headed by Sumbu Mambu, a senior adviser to President X": X is named inside someone's role.
  const inRole = /\b(?:to|of|for|from|against|about|on)\s+$/.test(rest);
  let group =
    lead && !inRole && !MEMBER_BLOCK.test(rest) && (!direct || onlyNamesAndTitles(rest)) ? before : undefined;
  let joined = lead?.[0] ?? "";
  const next = ss.groups[firstAtOrAfter(ss.groups, end, (g) => g.start)];
  if (
    !group &&
    next?.ledBefore &&
    next.start <= ce &&
    next.start - end <= 200 &&
    !/[.;]/.test(text.slice(end, next.start))
  ) {
    [group, joined] = [next, "led"];
  }
  // "Taras Hrytsenko for Ukraine": the side someone speaks for at the table.
  const nextSide = ss.mentions[firstAtOrAfter(ss.mentions, end, (x) => x.start)];
  const toNext = nextSide && nextSide.start - end <= 150 ? text.slice(end, nextSide.start) : "";
  const gapped =
    nextSide !== undefined &&
    GAPPED_SIDE.test(toNext) &&
    GAPPED_END.test(text.slice(nextSide.end, nextSide.end + 24)) &&
    GAPPED_LEAD.test(text.slice(Math.max(0, at - 120), at));
  const forSide =
    nextSide && (FOR_SIDE.test(toNext) || REPRESENTS.test(toNext) || gapped) ? nextSide : undefined;
  const after = text.slice(m.afterStart - offset, m.afterStart - offset + 200);
  // "X, who has hosted earlier rounds, attended as an observer": the main verb follows the aside.
  const main = after.replace(/^\s*,\s*(?:who|which)\s+[^,;]{1,100},(?=\s+\p{Ll})/u, "");
  const saysSeated = (re: RegExp) => re.test(after) || (main !== after && re.test(main));
  const host = HOSTS.test(after) || HOSTS_FOR_TALKS.test(after) || HOSTS_OFFICIALS.test(after);
  const meeting =
    host ||
    saysSeated(MEDIATES) ||
    saysSeated(SIGNS) ||
    HOSTED_BY.test(text.slice(Math.max(0, at - 30), at)) ||
    (f.talks && saysSeated(ATTENDS)) ||
    saysSeated(ATTENDS_AS) ||
    (f.talks && clause.meets && !FUTURE.test(main)) ||
    (f.talks && clause.hosts !== -1 && clause.hosts < at) ||
    (clause.hosts !== -1 && clause.hosts < at && HOSTS_OFFICIALS.test(text.slice(clause.hosts - 1))) ||
    IN_ROOM.test(text.slice(Math.max(0, at - 120), at)) ||
    TALKS_ROLE_BEFORE.test(text.slice(Math.max(0, at - 80), at)) ||
    (clause.lists !== -1 && clause.lists < at) ||
    (forSide !== undefined && f.talks);
  const office = officeOfMention(m);
  let only: string | undefined;
  if (office !== null && mate?.titleSide && officeOfMention(mate) === null) {
    // "US envoy Steve Witkoff and President Donald Trump": list-mates share a nationality.
    only = mate.titleSide;
  } else if (office !== null || host) {
    // Otherwise the one seat or capital nobody's title claims: "brief President Biden in Washington".
    const sides = new Set<string>();
    for (
      let i = firstAtOrAfter(ss.mentions, cs, (x) => x.start);
      i < ss.mentions.length && sides.size < 2;
      i++
    ) {
      const x = ss.mentions[i]!;
      if (x.end > ce) break;
      if (!ss.taken.has(x) && !f.owners.has(x) && (x.kind === "seat" || x.kind === "capital"))
        sides.add(x.side);
    }
    only = sides.size === 1 ? [...sides][0] : undefined;
  }
  // A kingdom has no president: "Qatari Prime Minister X and President Y" are two countries.
  if (office === "president" && only !== undefined && isMonarchy(only)) only = undefined;
  // "Mustafa Nour … led its delegation": "its" is the sentence's subject, "The Rapid Support Forces sent…".
  const subject = ss.mentions[0];
  const ownDelegation =
    /^\s*,?\s*(?:\p{Ll}+ly\s+)?(?:led|leads|headed|heads)\s+(?:its|their)\s+(?:delegation|team|negotiators)\b/u.test(
      after,
    );
  // "X, Kyrgyzstan's deputy prime minister, heads his country's delegation": the title gives the side.
  const ownCountry =
    /^\s*,?\s*(?:\p{Ll}+ly\s+)?(?:led|leads|headed|heads)\s+(?:his|her)\s+(?:country|government|nation)['’]s\s+(?:delegation|team|negotiators)\b/u.test(
      after,
    );
  const itsSide =
    ownDelegation && subject && subject.start < 40 && subject.kind !== "demonym" ? subject.side : undefined;
  const groupSide = group?.sides.length === 1 ? group.sides[0] : (forSide?.side ?? itsSide);
  return {
    ...(groupSide ? { groupSide } : {}),
    groupDelegation:
      Boolean(
        group &&
        !group.government &&
        (group.delegation || /led|head|includ|compris|represent|sent|dispatch|field/.test(joined)),
      ) ||
      (forSide !== undefined && f.talks) ||
      itsSide !== undefined ||
      ownCountry ||
      TEAM_MEMBER_AFTER.test(text.slice(end, end + 160)),
    meeting,
    ...(only ? { freeSide: only } : {}),
  };
}

/**
 * The side of each person: what their title or apposition says, else the group they are
 * listed in, else (for office holders and people at the table) the one side left in their
 * clause, else the side of the person they are related to ("Mr. Trump’s son-in-law").
 */
export function resolveSides(
  ctx: ExtractionContext,
  mentions: readonly Mention[],
  entityOf: ReadonlyMap<Mention, PersonEntity>,
  registry: PersonRegistry,
): {
  sides: Map<number, string>;
  placements: Map<Mention, Placement>;
  /** "Kabongo was joined by Justice Minister X": X → Kabongo, whose seat X shares. */
  companions: Map<Mention, Mention>;
} {
  const usInArticle = /\b(?:U\.S\.|US|United States|American|Washington)\b/.test(ctx.body);
  const ukInArticle = /\b(?:U\.K\.|UK|United Kingdom|Britain|British)\b/.test(ctx.body);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const placements = new Map<Mention, Placement>();
  const companions = new Map<Mention, Mention>();
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    if (!sentence) continue;
    const facts = sentenceFacts(sentence.text, sentence.start, list);
    list.forEach((m, i) => {
      const prev = list[i - 1];
      const mate = prev && COORDINATED.test(ctx.body.slice(prev.end, m.titleStart)) ? prev : undefined;
      placements.set(m, place(facts, m, mate));
      if (prev && COMPANION.test(ctx.body.slice(Math.max(prev.end, m.titleStart - 30), m.titleStart)))
        companions.set(m, prev);
    });
  }
  const cross = crossSentenceSeating(ctx, bySentence, entityOf, registry);
  for (const m of cross.meeting) {
    const p = placements.get(m);
    if (p) p.meeting = true;
  }
  for (const m of cross.members) {
    const p = placements.get(m);
    if (p) p.groupDelegation = true;
  }
  for (const [m, lead] of cross.companions) companions.set(m, lead);
  const sides = new Map<number, string>();
  const rank = new Map<number, number>();
  const aliases = partyAliases(ctx.body);
  const mediatorBloc = mediatingBloc(ctx.body);
  const offer = (m: Mention, side: string | undefined, r: number) => {
    const id = entityOf.get(m)?.id;
    if (id === undefined || side === undefined || (rank.get(id) ?? 0) >= r) return;
    sides.set(id, aliases.get(side) ?? side);
    rank.set(id, r);
  };
  // People listed together ("Mansour, and Qatar's Al Mohannadi, shuttled…") share a seat at the table.
  const listed: [Mention, Mention][] = [];
  for (const list of bySentence.values()) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      const pa = placements.get(a);
      const pb = placements.get(b);
      if (
        !pa ||
        !pb ||
        !/^\s*,?\s*(?:and|or)?\s*(?:the\s+)?$/.test(ctx.body.slice(a.afterStart, b.titleStart))
      )
        continue;
      if (pa.meeting || pb.meeting) pa.meeting = pb.meeting = true;
      if (pa.meeting) listed.push([a, b]);
    }
  }
  for (const [m, lead] of companions) {
    const pm = placements.get(m);
    const pl = placements.get(lead);
    if (!pm || !pl) continue;
    if (pm.meeting || pl.meeting) pm.meeting = pl.meeting = true;
    if (pl.groupDelegation) pm.groupDelegation = true;
  }
  for (const m of mentions) {
    // A national army ("the military's coordinator") yields to the delegation the text seats them in.
    // A former head of state mediating for a bloc speaks for the bloc, not for their old country.
    const mediator = PAST_ROLE.test(m.title) && placements.get(m)?.meeting ? mediatorBloc : undefined;
    offer(m, mediator ?? m.titleSide, m.titleSide === "army" ? 2 : 4);
    // "The mediator, X, is a Dutch diplomat who … joined the OSCE": a mediator speaks for the bloc.
    offer(m, mediatorOf(ctx, m), 5);
    offer(m, placements.get(m)?.groupSide, 3);
    if (m.administration || (usInArticle && US_TITLES.test(m.title))) offer(m, "us", 2);
    if (ukInArticle && UK_TITLES.test(m.title)) offer(m, "uk", 2);
    offer(m, indirectSide(ctx, m, aliases.get("rebels"), openingSide(ctx, m.sentence - 1)), 2);
  }
  for (const [m, lead] of companions) {
    const id = entityOf.get(lead)?.id;
    offer(m, id === undefined ? undefined : sides.get(id), 2);
  }
  for (const m of mentions) {
    const p = placements.get(m);
    if (p) offer(m, p.freeSide, 1);
  }
  // "Also in the room were Vice President JD Vance and adviser Mike Waltz": an untitled list-mate
  // at the table sits with the one whose side is known.
  for (const [a, b] of listed) {
    const [ia, ib] = [entityOf.get(a)?.id, entityOf.get(b)?.id];
    if (ia === undefined || ib === undefined) continue;
    // An office holder's country is never inferred from a neighbour ("PM X and President Y").
    if (!sides.has(ib) && officeOfMention(b) === null) offer(b, sides.get(ia), 1);
    else if (!sides.has(ia) && officeOfMention(a) === null) offer(a, sides.get(ib), 1);
  }
  for (const m of mentions) {
    const related = m.relationTo ? registry.lookup(m.relationTo) : null;
    if (related) offer(m, sides.get(related.id), 1);
  }
  return { sides, placements, companions };
}

/** The side a sentence opens with ("Uzbekistan's role was…"), for an "Its" in the next one. */
function openingSide(ctx: ExtractionContext, index: number): string | undefined {
  const text = ctx.sentences[index]?.text ?? "";
  const first = findSides(text.slice(0, 60))[0];
  return first && first.start <= 4 && first.kind !== "party" ? first.side : undefined;
}

const MEDIATOR_ROLE = /\b(?:mediator|co-mediator|facilitator)\b/;

/** The one bloc named in a mediator's sentence, which their nationality yields to. */
function mediatorOf(ctx: ExtractionContext, m: Mention): string | undefined {
  const sentence = ctx.sentences[m.sentence];
  if (!sentence) return undefined;
  const before = sentence.text.slice(0, m.titleStart - sentence.start);
  if (!MEDIATOR_ROLE.test(m.title) && !TALKS_ROLE_BEFORE.test(before)) return undefined;
  if (TALKS_ROLE_BEFORE.test(before) && !MEDIATOR_ROLE.test(before.slice(-60))) return undefined;
  const blocs = new Set(findSides(sentence.text).flatMap((x) => (x.kind === "bloc" ? [x.side] : [])));
  return blocs.size === 1 ? [...blocs][0] : undefined;
}
