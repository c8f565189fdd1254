import type { ExtractionContext } from "./extract";
import type { PersonEntity, PersonRegistry } from "./names";
import { officeGroupSeats } from "./office-groups";
import { officeOfMention, PAST_ROLE, UK_TITLES, US_TITLES } from "./offices";
import type { Mention } from "./people-mentions";
import {
  AIDE_TITLE,
  AT_SIDE,
  COMPANION,
  COORDINATED,
  TALKS_ROLE_BEFORE,
  WITH_AIDE,
  WITH_BEFORE,
} from "./seating-cues";
import { place, sentenceFacts, type Placement } from "./sentence-placement";
import { namedParties, namedPartyOf } from "./named-parties";
import { leadsTeamOf, LIST_MATES, servesAt, US_BODY_AFTER, WHO_ACCOMPANIED } from "./team-cues";
import { partyAliases } from "./party-aliases";
import { mediatingBloc, mediatingSide, venueSide } from "./venue-mediators";
import { crossSentenceSeating, indirectSide } from "./people-coreference";
import { FACING_BEFORE, markElsewhere, ownedByBody, soleSideSeats } from "./sentence-seating";
import { findSides, sideScan, type SideMention } from "./side-table";

/**
 * The side each person of an article speaks for, from their title, the group their sentence
 * lists them in, their companions and list-mates, and links that reach across sentences.
 */

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
  const usInArticle = /\b(?:U\.S\.|US|United States|Americans?|Washington)\b/.test(ctx.body);
  const ukInArticle = /\b(?:U\.K\.|UK|United Kingdom|Britain|British)\b/.test(ctx.body);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const placements = new Map<Mention, Placement>();
  const companions = new Map<Mention, Mention>();
  // The sides each sentence names, read once here and again by the sentence-wide seating below.
  const named = new Map<number, readonly SideMention[]>();
  // One scan of the body for side names serves every sentence here and the article-level readings.
  const scan = sideScan(ctx.body);
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    if (!sentence) continue;
    const facts = sentenceFacts(sentence.text, sentence.start, list, scan);
    named.set(index, facts.ss.mentions);
    list.forEach((m, i) => {
      const prev = list[i - 1];
      const mate = prev && COORDINATED.test(ctx.body.slice(prev.end, m.titleStart)) ? prev : undefined;
      placements.set(m, place(facts, m, mate));
      const lead = prev ? ctx.body.slice(Math.max(prev.end, m.titleStart - 30), m.titleStart) : "";
      const atSide = WITH_BEFORE.test(lead) && AT_SIDE.test(ctx.body.slice(m.afterStart, m.afterStart + 30));
      if (prev && (COMPANION.test(lead) || (WITH_AIDE.test(lead) && AIDE_TITLE.test(m.title)) || atSide))
        companions.set(m, prev);
      // "Sevunts's team comprised A", "X led a delegation that included A": A is on X's team.
      else if (prev && leadsTeamOf(ctx.body.slice(prev.end, m.titleStart))) companions.set(m, prev);
      // "With Pruett was the Pentagon's X".
      else if (
        prev &&
        /\b[Ww]ith\s+$/.test(ctx.body.slice(Math.max(0, prev.titleStart - 6), prev.titleStart)) &&
        /^\s+(?:was|were|sat|stood|came)\s+(?:the\s+|an?\s+)?$/.test(ctx.body.slice(prev.end, m.titleStart))
      )
        companions.set(m, prev);
      // "X is joined by A of the State Department and B": B comes along too.
      else if (prev && companions.has(prev) && LIST_MATES.test(ctx.body.slice(prev.afterStart, m.titleStart)))
        companions.set(m, companions.get(prev)!);
    });
  }
  const venue = venueSide(ctx.body);
  markElsewhere(ctx, bySentence, placements, venue);
  const cross = crossSentenceSeating(ctx, bySentence, entityOf, registry);
  for (const m of [...cross.meeting, ...officeGroupSeats(ctx, mentions)]) {
    const p = placements.get(m);
    if (p) p.meeting = true;
  }
  for (const m of cross.members) {
    const p = placements.get(m);
    if (p) p.groupDelegation = true;
  }
  for (const [m, lead] of cross.companions) companions.set(m, lead);
  // "Priya Raman, a Treasury official who accompanied Marchetti": with the one they came with.
  for (const m of mentions) {
    const who = WHO_ACCOMPANIED.exec(ctx.body.slice(m.end, m.end + 160))?.[1];
    const id = who ? registry.lookup(who)?.id : undefined;
    const lead = id === undefined ? undefined : mentions.find((o) => o !== m && entityOf.get(o)?.id === id);
    if (lead && !companions.has(m)) companions.set(m, lead);
  }
  const describedAs = cross.sides;
  const sides = new Map<number, string>();
  const rank = new Map<number, number>();
  const year = ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : undefined;
  const aliases = partyAliases(ctx.body, year);
  const mediatorBloc = mediatingBloc(ctx.body);
  const offer = (m: Mention, side: string | undefined, r: number) => {
    const id = entityOf.get(m)?.id;
    // An army the article ties to no country is nobody's side.
    // "the NSC's Syria director": in an article about Washington, the NSC is the White House's.
    const named = side === "nsc" && usInArticle ? "us" : side;
    const resolved =
      named === undefined ? undefined : (aliases.get(named) ?? (named === "army" ? undefined : named));
    if (id === undefined || resolved === undefined || (rank.get(id) ?? 0) >= r) return;
    sides.set(id, resolved);
    rank.set(id, r);
  };
  // People listed together ("Mansour, and Qatar's Al Mohannadi, shuttled…") share a seat at the table.
  const listed: [Mention, Mention][] = [];
  const mates: [Placement, Placement][] = [];
  for (const list of bySentence.values()) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      const pa = placements.get(a);
      const pb = placements.get(b);
      if (!pa || !pb || !LIST_MATES.test(ctx.body.slice(a.afterStart, b.titleStart))) continue;
      if (pa.meeting || pb.meeting) pa.meeting = pb.meeting = true;
      mates.push([pa, pb]);
      // "The talks brought together X and Y": the two sides, not one side's list.
      const opposed = FACING_BEFORE.test(ctx.body.slice(Math.max(0, a.titleStart - 40), a.titleStart));
      if (pa.meeting && !opposed) listed.push([a, b]);
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
    // A generic party in the title ("chairman of the government's committee") yields to the group.
    const generic = m.titleSide === "army" || m.titleSide === "government";
    offer(m, mediator ?? m.titleSide, generic ? 2 : 4);
    // "The mediator, X, is a Dutch diplomat who … joined the OSCE": a mediator speaks for the bloc.
    offer(m, mediatorOf(ctx, m), 5);
    // "X, a retired Jamaican judge who heads the Caribbean Community's panel": the body they lead.
    offer(m, bodyLed(ctx, m), 5);
    // "X, who covers regional security at the US Embassy in Vienna": where they serve.
    offer(m, servesAt(ctx, m, usInArticle), 3);
    offer(m, placements.get(m)?.groupSide, 3);
    // "For X, the moment came… The Norwegian envoy had spent…": the description gives the side.
    offer(m, describedAs.get(m), 2);
    if (m.administration || (usInArticle && US_TITLES.test(m.title))) offer(m, "us", 2);
    // "Priya Raman of the National Security Council", "Lt. Col. X of Indo-Pacific Command".
    if (usInArticle && US_BODY_AFTER.test(ctx.body.slice(m.end, m.end + 70))) offer(m, "us", 2);
    if (ukInArticle && UK_TITLES.test(m.title)) offer(m, "uk", 2);
    offer(
      m,
      indirectSide(ctx, m, aliases.get("rebels"), () => openingSide(ctx, m.sentence - 1)),
      2,
    );
  }
  // Movements and regional governments the side table does not list, for people no other cue sides.
  const parties = namedParties(ctx.body);
  for (const m of parties.length > 0 ? mentions : []) {
    const sentence = ctx.sentences[m.sentence];
    if (!sentence) continue;
    const before = ctx.body.slice(Math.max(sentence.start, m.titleStart - 160), m.titleStart);
    // "Across from Gen. Anuwat sat X, the BRN's negotiator": the words after stop at the next person.
    const next = bySentence.get(m.sentence)?.find((o) => o.titleStart > m.end);
    const around = ctx.body.slice(
      m.titleStart,
      Math.min(sentence.end, next?.titleStart ?? Infinity, m.afterStart + 40),
    );
    const party = namedPartyOf(parties, before, around);
    if (!party) continue;
    // Below every other reading: a listed side or an alias still decides.
    offer(m, party.key, 1);
    const p = placements.get(m);
    if (p && party.seats) p.groupDelegation = true;
  }
  for (const [m, lead] of companions) {
    const id = entityOf.get(lead)?.id;
    offer(m, id === undefined ? undefined : sides.get(id), 2);
  }
  const mediating = mediatingSide(ctx.body);
  for (const m of mentions) {
    const p = placements.get(m);
    if (p) offer(m, p.freeSide, 1);
    // "Qatar's mediators presented … X, the minister of state who chaired the session": a chair
    // the text gives no nationality sits with the article's one mediator.
    // A host the text gives no nationality is the host country's: talks held in Abu Dhabi, even
    // under another country's mediation. A head of state "receiving the delegation" at home is not.
    const office = officeOfMention(m);
    if (p?.hosts && !HEAD_OF_STATE.test(office ?? "")) offer(m, venue, 1);
    // A chair no mediator claims presides for the country the talks are held in.
    if (p?.chairs && !p.hosts) offer(m, mediating ?? (p.presides ? venue : undefined), 1);
  }
  // "Interior Minister X" in talks between a government and a movement is that government's.
  const government = aliases.get("government");
  for (const m of government ? mentions : []) {
    const p = placements.get(m);
    // A minister in the chair is the host's, not the party's: "chaired by Foreign Minister X".
    if (CABINET_TITLE.test(m.title) && !PAST_ROLE.test(m.title) && !p?.chairs && !p?.hosts)
      offer(m, government, 1);
  }
  // "Also in the room were Vice President JD Vance and adviser Mike Waltz": an untitled list-mate
  // at the table sits with the one whose side is known.
  for (const [a, b] of listed) {
    const [ia, ib] = [entityOf.get(a)?.id, entityOf.get(b)?.id];
    if (ia === undefined || ib === undefined) continue;
    // An office holder's country is never inferred from a neighbour ("PM X and President Y"), nor
    // the side of someone whose title names another body ("the Andean Community's representative").
    // Nor a camp: "Justice Minister Y, opposition coordinator Z" lists both camps.
    const donor = (id: number) => {
      const side = sides.get(id);
      return side === "opposition" || side === "rebels" ? undefined : side;
    };
    if (!sides.has(ib) && officeOfMention(b) === null && !ownedByBody(ctx, b)) offer(b, donor(ia), 1);
    else if (!sides.has(ia) && officeOfMention(a) === null && !ownedByBody(ctx, a)) offer(a, donor(ib), 1);
  }
  for (const m of mentions) {
    const related = m.relationTo ? registry.lookup(m.relationTo) : null;
    if (related) offer(m, sides.get(related.id), 1);
  }
  for (const [index, list] of bySentence)
    soleSideSeats(ctx, index, list, named.get(index) ?? [], entityOf, sides, placements, offer);
  // "with two aides: A, a deputy assistant secretary, and B, the NSC's director": one list, one group.
  for (const [pa, pb] of mates) if (pa.groupDelegation && !pb.absent) pb.groupDelegation = true;
  return { sides, placements, companions };
}

/** The side a sentence opens with ("Uzbekistan's role was…"), for an "Its" in the next one. */
function openingSide(ctx: ExtractionContext, index: number): string | undefined {
  const text = ctx.sentences[index]?.text ?? "";
  const first = findSides(text.slice(0, 60))[0];
  return first && first.start <= 4 && first.kind !== "party" ? first.side : undefined;
}

const HEAD_OF_STATE = /^(?:president|prime-minister|king|queen|emir|sultan|leader|head-of-state)$/;
// A minister serves a government; a party's or movement's "secretary" does not.
const CABINET_TITLE = /\b(?:minister|interlocutor)\b/;
const MEDIATOR_ROLE = /\b(?:mediator|co-mediator|facilitator)\b/;

const WHO_HEADS =
  /^,\s+[^,;]{0,60}?\bwho\s+(?:heads|leads|chairs|directs|runs|represents)\s+(?:the\s+)?([^,;.]{2,60})/;

/** The bloc a person's "who heads …" clause names, which their nationality yields to. */
function bodyLed(ctx: ExtractionContext, m: Mention): string | undefined {
  const led = WHO_HEADS.exec(ctx.body.slice(m.end, m.end + 160))?.[1];
  const body = led ? findSides(led)[0] : undefined;
  return body && body.start === 0 && (body.kind === "bloc" || body.kind === "group") ? body.side : undefined;
}

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
