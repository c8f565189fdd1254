import { ENTRY_STAMP } from "./date-live";
import { officeOfMention, PAST_ROLE } from "./offices";
import type { Mention } from "./people-mentions";
import { isGappedLead } from "./people-titles";
import {
  ABSENT,
  ATTENDS,
  ATTENDS_AS,
  ELSEWHEN,
  FOR_SIDE,
  frontedForSide,
  segmentSide,
  FUTURE,
  GAPPED_END,
  GAPPED_SIDE,
  hostedBy,
  hostRoleSide,
  HOSTS,
  HOSTING,
  HOSTS_BARE,
  HOSTS_FOR_TALKS,
  HOSTS_GUESTS,
  HOSTS_OFFICIALS,
  IN_ROOM,
  IN_ROOM_AFTER,
  LATER_SEAT,
  LEADS_COUNTRYS,
  LEADS_ITS_OWN,
  LED_FOR,
  LISTS,
  MEDIATES,
  MEETS,
  ON_THE_SIDE,
  OTHER_TALKS,
  REPRESENTS,
  SEAT_VERB_FOR,
  SEATED_BEFORE,
  SIGNS,
  TALKS_RE,
  TALKS_ROLE_BEFORE,
  TEAM_MEMBER_AFTER,
  THESE_TALKS,
  TOOK_PART,
  withoutAside,
} from "./seating-cues";
import { listedIn } from "./member-lists";
import { findSides, isMonarchy, sidesWithin, type SideMention, type SideScan } from "./side-table";
import { clauseAround, firstAtOrAfter, sentenceSides, type SentenceSides } from "./sides";

/**
 * What one sentence says about where each person in it sits: the group they are listed in,
 * the talks they attend, host or mediate, the side they speak for, and the one side left free.
 */

/** What a person's sentence says about where they sit. */
export interface Placement {
  groupSide?: string;
  groupDelegation: boolean;
  meeting: boolean;
  freeSide?: string;
  /** They chair, host or go between: "chaired the session", "shuttled between the delegations". */
  chairs?: boolean;
  /** They host the talks: "X is hosting", "with Minister of State X acting as host". */
  hosts?: boolean;
  /** They chair or host the session itself, not only go between: "chaired the session", "hosted by X". */
  presides?: boolean;
  /** The sentence keeps them away from the table: "is expected in Cairo later this week". */
  absent?: boolean;
}

/** Per-sentence facts every person in it shares, computed once. */
export interface SentenceFacts {
  text: string;
  offset: number;
  ss: SentenceSides;
  talks: boolean;
  /** Which person's title names each side mention ("US" in "US envoy Witkoff"). */
  owners: Map<SideMention, Mention>;
  clauses: Map<number, { lists: number; meets: boolean; hosts: number }>;
}

export function sentenceFacts(
  text: string,
  offset: number,
  people: readonly Mention[],
  bodyScan?: SideScan,
): SentenceFacts {
  const ss = bodyScan
    ? sentenceSides(text, () => sidesWithin(bodyScan, offset, offset + text.length))
    : sentenceSides(text);
  const owners = new Map<SideMention, Mention>();
  for (const o of people) {
    const from = o.titleStart - offset;
    for (let i = firstAtOrAfter(ss.mentions, from, (x) => x.start); i < ss.mentions.length; i++) {
      const x = ss.mentions[i]!;
      if (x.end > o.titleEnd - offset) break;
      owners.set(x, o);
    }
  }
  return {
    text,
    offset,
    ss,
    talks: TALKS_RE.test(text) || ENTRY_STAMP.test(text),
    owners,
    clauses: new Map(),
  };
}

const APPOINTED_BY =
  /^,[^,;]{0,60}?\bwhom\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:has\s+|had\s+)?(?:made|named|appointed|chose|picked|tapped)\s+(?:its|his|her|their|as)\b/u;
const AS_SIDES_ROLE =
  /^[^.;]{0,80}?\bas\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})['’]s\s+(?:\p{Ll}+\s+)?(?:envoy|representative|negotiator|observer|delegate|mediator)\b/u;
const RELATIVE_ASIDE = /^,[^;]{0,80}?\b(who\s[^;]*)$/u;

export function place(f: SentenceFacts, m: Mention, mate: Mention | undefined): Placement {
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
      // "met his Turkish counterpart in Ankara last year": a meeting, but not these talks.
      meets: MEETS.test(body) && !ELSEWHEN.test(body),
      hosts: hosts ? cs + hosts.index : -1,
    };
    f.clauses.set(cs, clause);
  }
  const { group, joined } = listedIn(ss, text, m, at, end, ce);
  // "Taras Hrytsenko for Ukraine": the side someone speaks for at the table.
  const nextSide = ss.mentions[firstAtOrAfter(ss.mentions, end, (x) => x.start)];
  const toNext = nextSide && nextSide.start - end <= 150 ? text.slice(end, nextSide.start) : "";
  const gapped =
    nextSide !== undefined &&
    GAPPED_SIDE.test(toNext) &&
    GAPPED_END.test(text.slice(nextSide.end, nextSide.end + 24)) &&
    isGappedLead(text.slice(Math.max(0, at - 120), at));
  const a0 = m.afterStart - offset;
  // "X, who handles the Andean portfolio at the State Department, attended for the United States":
  // the side the main verb names, past a side the aside names.
  const verbFor = ss.mentions
    .slice(firstAtOrAfter(ss.mentions, a0, (x) => x.start))
    .slice(0, 2)
    .find((x) => SEAT_VERB_FOR.test(withoutAside(text.slice(a0, x.start))));
  // "X and his deputy Y represented the separatists": representing a side is a seat, talks named or not.
  // ("who spoke for Israel" is a spokesman's words, not a seat, unless the sentence is about the talks.)
  const speaksFor = nextSide !== undefined && REPRESENTS.test(toNext);
  const represents = speaksFor && /\brepresent/.test(toNext);
  const forSide = nextSide && (FOR_SIDE.test(toNext) || speaksFor || gapped) ? nextSide : verbFor;
  const frontedFor = frontedForSide(text, at) ?? segmentSide(text, at);
  const after = text.slice(m.afterStart - offset, m.afterStart - offset + 200);
  // "X, who has hosted earlier rounds, attended as an observer": the main verb follows the aside.
  const main = withoutAside(after);
  // "X, the minister of state who chaired the session, said…": the aside's own clause seats them.
  const aside = text.slice(end, Math.max(end, m.afterStart - offset) + 120);
  // Only an aside opening with a comma and holding "who" can match; most have neither.
  const relative =
    aside.startsWith(",") && aside.includes("who") ? (RELATIVE_ASIDE.exec(aside)?.[1] ?? "") : "";
  // "…, who chaired the previous round", "who hosted talks in 2019": other talks; "since last year" is these.
  const who = OTHER_TALKS.test(relative) ? "" : relative;
  const saysSeated = (re: RegExp) =>
    re.test(after) || (main !== after && re.test(main)) || (who !== "" && re.test(who));
  // "Former minister X led talks with the rebels in 2019": chair of, or party to, other talks.
  const clauseAfter = /^[^.;]*/.exec(main)?.[0] ?? "";
  const otherChair =
    ELSEWHEN.test(clauseAfter) || (PAST_ROLE.test(m.title) && !THESE_TALKS.test(clauseAfter));
  const host =
    !otherChair &&
    (HOSTS.test(after) ||
      HOSTS.test(main) ||
      // "X of the State Department's European bureau, chaired the session": past the "of" phrase.
      HOSTS.test(withoutAside(text.slice(end, end + 200))) ||
      HOSTS_BARE.test(after) ||
      HOSTS_FOR_TALKS.test(after) ||
      HOSTS_OFFICIALS.test(after));
  // Chairing, hosting or going between also seats them; these cues are read once for both.
  const chairs =
    host ||
    (who !== "" && HOSTS.test(who)) ||
    saysSeated(MEDIATES) ||
    hostedBy(text, at) ||
    TALKS_ROLE_BEFORE.test(text.slice(Math.max(0, at - 80), at));
  const meeting =
    chairs ||
    saysSeated(SIGNS) ||
    (f.talks && saysSeated(ATTENDS) && !LATER_SEAT.test(main)) ||
    saysSeated(ATTENDS_AS) ||
    saysSeated(TOOK_PART) ||
    saysSeated(IN_ROOM_AFTER) ||
    (f.talks && clause.meets && !FUTURE.test(main) && !otherChair) ||
    (f.talks && clause.hosts !== -1 && clause.hosts < at) ||
    (clause.hosts !== -1 && clause.hosts < at && HOSTS_OFFICIALS.test(text.slice(clause.hosts - 1))) ||
    IN_ROOM.test(text.slice(Math.max(0, at - 120), at)) ||
    SEATED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ||
    (clause.lists !== -1 && clause.lists < at) ||
    (forSide !== undefined && (f.talks || represents));
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
  const ownDelegation = LEADS_ITS_OWN.test(after);
  const ownCountry = LEADS_COUNTRYS.test(after);
  const itsSide =
    ownDelegation && subject && subject.start < 40 && subject.kind !== "demonym" ? subject.side : undefined;
  // "X, who did most of the talking on the Ukrainian side, …": the side they sat on.
  const onSide = ON_THE_SIDE.exec(who)?.[1];
  const sideOn = onSide ? findSides(onSide)[0]?.side : undefined;
  // "X, the lawyer whom the White House made its special envoy": the side that appointed them.
  // "…, at the table as Washington's envoy": the side the role is held for.
  const appointedBy = APPOINTED_BY.exec(aside)?.[1] ?? AS_SIDES_ROLE.exec(main)?.[1];
  const groupSide =
    frontedFor !== undefined
      ? frontedFor
      : group?.sides.length === 1
        ? group.sides[0]
        : (forSide?.side ??
          itsSide ??
          sideOn ??
          hostRoleSide(text, at) ??
          (appointedBy ? findSides(appointedBy)[0]?.side : undefined));
  // Optional keys are set after the literal: spreading them in costs a hidden class per person.
  const placement: Placement = {
    groupDelegation:
      Boolean(
        group &&
        !group.government &&
        (group.delegation || /led|head|includ|compris|represent|sent|dispatch|field/.test(joined)),
      ) ||
      (forSide !== undefined && (f.talks || represents)) ||
      // "X, who led for Israel": leading or negotiating for a side is a seat at the table.
      (verbFor !== undefined &&
        (LED_FOR.test(text.slice(a0)) || LED_FOR.test(withoutAside(text.slice(a0))))) ||
      // "X led the federal team and Y the TPLF's": the gapped verb is the leading itself.
      (gapped && forSide === nextSide) ||
      itsSide !== undefined ||
      sideOn !== undefined ||
      frontedFor !== undefined ||
      ownCountry ||
      // The apposition opens with a comma right after the name; no comma, no slice to test.
      (text.charCodeAt(end) === 44 && TEAM_MEMBER_AFTER.test(text.slice(end, end + 160))),
    meeting,
  };
  if (groupSide) placement.groupSide = groupSide;
  if (only) placement.freeSide = only;
  if (ABSENT.test(main)) placement.absent = true;
  // Hosting proper, not leading: "led the council's delegation" seats, it does not host.
  if (HOSTING.test(after) || /^[^.;]{0,30}?\bas\s+(?:the\s+)?(?:co-)?hosts?\b/.test(main))
    placement.hosts = true;
  if (chairs) placement.chairs = true;
  if (host || hostedBy(text, at) || (who !== "" && HOSTS.test(who))) placement.presides = true;
  return placement;
}
