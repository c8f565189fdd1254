import { ENTRY_STAMP } from "./date-live";
import type { ExtractionContext } from "./extract";
import type { PersonEntity, PersonRegistry } from "./names";
import { COMMENTATORS, PAST_ROLE } from "./offices";
import type { Mention } from "./people-mentions";
import { ATTENDS, HOSTS, HOSTS_GUESTS, MEDIATES, SIGNS, TALKS_RE } from "./seating-cues";
import { acronymSide, findSides } from "./side-table";
import { sentenceSides } from "./sides";

/**
 * Seating that reaches across a sentence: "He was joined by X" (X sits with the person the last
 * sentence was about), "He shuttled between the delegations", "Its foreign minister" (the side
 * the last sentence opened with), "Asanaliev's deputy, X", "the movement's spokesman".
 */

// "He is accompanied by X", "She was joined by X", "With him are X and Y".
const PRONOUN_COMPANION =
  /^(?:(?:He|She)\s+(?:is|was|has been|had been|were|are)?\s*(?:also\s+)?(?:accompanied|joined|flanked|assisted)(?:\s+(?:at the table|in the room|in the talks|(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}))?\s+by|(?:He|She)\s+(?:also\s+)?(?:brought|brings|took|had)(?:\s+along)?|(?:He|She)\s+(?:is|was)\s+followed\s+by(?:\s+(?:two|three|four)\s+colleagues,?)?|(?:His|Her)\s+team\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted of)|(?:With|Beside|Flanking|Behind)\s+(?:him|her)\s+(?:are|were|is|was|sat|sits|stood)|(?:At|By)\s+(?:his|her)\s+side\s+(?:are|were|is|was|sat|sits|stood)|Behind\s+(?:him|her)\s*:?)\s+/u;
const PRONOUN_SUBJECT = /^(?:He|She)\b/u;
// "X, the department's Africa hand, sat at her elbow": past an apposition too.
const WITH_PRONOUN =
  /^(?:\s*,[^.;]{0,100}?,)?\s+(?:(?:is|was|are|were|sat|sits|stood)\s+(?:also\s+)?(?:with|beside|alongside)\s+(?:him|her)\b|(?:sat|sits|stood|was|is)\s+(?:at|by)\s+(?:his|her)\s+(?:side|elbow)\b)/;
// "The Norwegian envoy had spent five hours shuttling…": a definite description of the last
// sentence's subject, which may also give their nationality.
const DEFINITE_SUBJECT =
  /^The\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:veteran\s+|chief\s+|special\s+)?(?:envoy|mediator|diplomat|negotiator|minister|facilitator)\b/u;
// "Asanaliev's deputy, X", "Nazarzoda's team also includes X": X sits with the person named.
const PERSON_RELATION =
  /(\p{Lu}[\p{L}\p{M}'’-]*)['’]s\s+(?:(deputy|aide|adviser|advisor|chief of staff|number two|(?:negotiating\s+)?team|delegation)\b)(?:[^,.;]{0,40}?,\s*|\s+(?:also\s+)?(?:includes|included|comprises|comprised|was|is|were|are)\s+)$/u;
// What puts the deputy in the room with the one they serve: membership, or being there.
const THERE =
  /^\s*,?[^.;]{0,120}?\b(?:attended|attends|took part|was present|were present|sat|travelled|traveled|made the trip|joined (?:him|her|them)|was also there|also there)\b/;

/**
 * Whether a sentence opening "The Norwegian envoy …" is about the last sentence's subject: not
 * when it names someone straight after ("The envoy, X, …"), nor when the nationality differs.
 */
function refersBack(text: string, antecedent: Mention, first: Mention | undefined, offset: number): boolean {
  const definite = DEFINITE_SUBJECT.exec(text);
  if (!definite || antecedent.inQuote) return false;
  if (first && first.start - offset < definite[0].length + 40) return false;
  const side = definite[1] ? findSides(definite[1])[0]?.side : undefined;
  if (definite[1] && !side) return false;
  return !(side && antecedent.titleSide && antecedent.titleSide !== side);
}

const LED_BY_PRONOUN =
  /^(?:(?:It|They|The (?:delegation|team|panel))\s+(?:(?:is|was|are|were|has been|had been|will be)\s+)?(?:led|headed|chaired|fronted)\s+by|(?:Its|The) (?:delegation|team|panel)\s+(?:also\s+)?(?:comprised|included|consisted of|(?:was|is) made up of)(?:\s+the)?|At its head (?:is|was)|(?:Leading|Heading) it (?:is|was))\s+$/u;
// "X, who led the delegation, said…", "Senator X leads the delegation; he is joined by…"
const LED_THE_DELEGATION =
  /^\s*(?:,\s*who\s+)?(?:\p{Ll}+ly\s+)?(?:led|leads|headed|heads|chaired|chairs)\s+the\s+(?:delegation|team|panel|negotiators)\b/u;
// "X and lawyer Y were also on the panel": the panel is the one just named.
const ON_THE_DELEGATION =
  /^(?:\s*,?\s+and\s+[^,.;]{0,60}?)?\s+(?:was|were|is|are|sat)\s+(?:also\s+)?(?:on|in|part of|members? of)\s+the\s+(?:panel|team|delegation|negotiating team)\b/u;

const DELEGATION_HINT =
  /delegation|negotiat|team|panel|contingent|participants|envoys|officials|representatives|mediators|delegates|side|motorcade|convoy|sent|dispatched|represented/;

/** The side of the last delegation named before `at` in sentence `index` or the one before it. */
function recentDelegationSide(ctx: ExtractionContext, index: number, at: number): string | undefined {
  for (let i = index; i >= Math.max(0, index - 1); i--) {
    const text = ctx.sentences[i]?.text ?? "";
    if (!DELEGATION_HINT.test(text)) continue;
    const groups = sentenceSides(i === index ? text.slice(0, at) : text).groups;
    const last = groups.filter((g) => g.delegation && g.sides.length === 1).pop();
    if (last) return last.sides[0];
  }
  return undefined;
}

const COUNTERPARTS_OPEN =
  /^(?:Their|His|Her)\s+counterparts?\b(?:\s+(?:in|at)\s+[^,]{1,30})?\s+(?:were|was|are|is)\b/u;

const SIDE_PRESENT =
  /^(?:The\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:\s+(?:observers|delegation|team|envoys|side))?\s+(?:(?:is|are|was|were|has|have)\s+(?:also\s+)?(?:at the (?:negotiating )?table|in the room|represented|there|arriving|arrived|here|in|present)|came in a (?:group|team) of \w+)\b(?:\s+(?:too|throughout))?\s*[.!]?$|^(?:First|Next|Last|Then)\s+(?:to arrive|in|out|through the doors)\s*:\s*(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s*[.!]?$/u;

/** The side a sentence says is at the talks, naming nobody: "The Americans are at the table too." */
function sidePresent(ctx: ExtractionContext, index: number): string | undefined {
  const present = SIDE_PRESENT.exec((ctx.sentences[index]?.text ?? "").replace(ENTRY_STAMP, "").trim());
  const side = present ? findSides(present[1] ?? present[2] ?? "")[0] : undefined;
  return side && side.start === 0 ? side.side : undefined;
}

/** The sentence's subject and whoever is listed with it: "X, the envoy, and Y, his deputy, …". */
function subjectList(ctx: ExtractionContext, list: readonly Mention[] | undefined): Mention[] {
  const first = subjectOf(list);
  if (!list || !first) return [];
  const out = [first];
  for (let i = list.indexOf(first) + 1; i < list.length; i++) {
    const [prev, m] = [out[out.length - 1]!, list[i]!];
    if (!/^\s*,?\s*(?:and\s+)?$/.test(ctx.body.slice(prev.afterStart, m.titleStart))) break;
    out.push(m);
  }
  return out;
}

/** First mention of each sentence that no quotation holds: who the sentence is about. */
function subjectOf(list: readonly Mention[] | undefined): Mention | undefined {
  return list?.find((m) => !m.inQuote);
}

export interface CrossSentenceSeating {
  /** Mentions a pronoun sentence seats at the table ("He shuttled between the delegations"). */
  meeting: Set<Mention>;
  /** Companion → the person they sit with. */
  companions: Map<Mention, Mention>;
  /** Mentions that are members of someone's team, so they sit there too. */
  members: Set<Mention>;
  /** The nationality a definite description gives the last sentence's subject. */
  sides: Map<Mention, string>;
}

/** Pronoun and possessive links from one sentence's people to another's. */
export function crossSentenceSeating(
  ctx: ExtractionContext,
  bySentence: ReadonlyMap<number, Mention[]>,
  entityOf: ReadonlyMap<Mention, PersonEntity>,
  registry: PersonRegistry,
): CrossSentenceSeating {
  const out: CrossSentenceSeating = {
    meeting: new Set(),
    companions: new Map(),
    members: new Set(),
    sides: new Map(),
  };
  const lastOf = new Map<number, Mention>();
  ctx.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const antecedent = subjectOf(bySentence.get(index - 1));
    const list = bySentence.get(index) ?? [];
    const first = list[0];
    const lead = first ? text.slice(0, first.titleStart - sentence.start) : "";
    // "With him are Aizada Sadykova of the commission and X": the list may hold names not read as such.
    const pronounLead = PRONOUN_COMPANION.exec(lead);
    // "Chief secretary X is with him.": with the one the last sentence was about.
    const withPronoun =
      first !== undefined &&
      /^[\W\d]*$/u.test(lead.replace(ENTRY_STAMP, "")) &&
      WITH_PRONOUN.test(ctx.body.slice(first.end, first.end + 160));
    if (
      antecedent &&
      first &&
      ((pronounLead && !/[.;:]/.test(lead.slice(pronounLead[0].length))) || withPronoun)
    ) {
      out.companions.set(first, antecedent);
      out.meeting.add(first);
    } else if (
      antecedent &&
      (PRONOUN_SUBJECT.test(text) || refersBack(text, antecedent, first, sentence.start))
    ) {
      const definite = DEFINITE_SUBJECT.exec(text);
      const side = definite?.[1] ? findSides(definite[1])[0]?.side : undefined;
      if (side) out.sides.set(antecedent, side);
      const after = text.replace(definite ? DEFINITE_SUBJECT : PRONOUN_SUBJECT, "");
      const talks = TALKS_RE.test(text);
      if (MEDIATES.test(after) || SIGNS.test(after) || HOSTS.test(after) || (talks && ATTENDS.test(after)))
        out.meeting.add(antecedent);
    }
    // "The Ukrainian delegation has arrived. It is led by X", "X, who led the delegation, said…":
    // the delegation is the one the text has just named.
    for (const m of list) {
      const before = text.slice(0, m.titleStart - sentence.start);
      const after = ctx.body.slice(m.end, m.end + 80);
      const pronounLed = m === first && LED_BY_PRONOUN.test(before);
      if (!pronounLed && !LED_THE_DELEGATION.test(after) && !ON_THE_DELEGATION.test(after)) continue;
      const side = recentDelegationSide(ctx, index, m.start - sentence.start);
      if (side === undefined) continue;
      out.members.add(m);
      out.sides.set(m, side);
    }
    // "The Venezuelan delegation arrives. Foreign Minister X is accompanied by Y": a sentence that
    // names a delegation and nobody in it is followed by one of its members.
    // A commentator or a former official opening the next sentence speaks about the side, not for it.
    const commentator = first && (PAST_ROLE.test(first.title) || COMMENTATORS.test(first.title));
    if (first && !commentator && !bySentence.has(index - 1) && /^[\W\d]*$/u.test(lead)) {
      const after = ctx.body.slice(first.afterStart, first.afterStart + 60);
      const side = HOSTS_GUESTS.test(after) ? undefined : recentDelegationSide(ctx, index, 0);
      if (side !== undefined) {
        out.members.add(first);
        out.sides.set(first, side);
      }
    }
    // "The Americans are at the table too. Deputy Assistant Secretary X and special envoy Y arrived
    // together": a side said to be there, then the people who came for it.
    const present =
      first && !bySentence.has(index - 1) && /^[\W\d]*$/u.test(lead)
        ? sidePresent(ctx, index - 1)
        : undefined;
    for (const m of present ? subjectList(ctx, list) : []) {
      if (m.titleSide !== undefined && m.titleSide !== present) break;
      out.members.add(m);
      out.sides.set(m, present!);
    }
    // "X, the American envoy, and Y, … spent weeks preparing. Their counterparts in Istanbul were…":
    // whoever the last sentence was about sat across from the counterparts.
    if (COUNTERPARTS_OPEN.test(text))
      for (const m of subjectList(ctx, bySentence.get(index - 1))) out.meeting.add(m);
    for (const m of list) {
      const before = text.slice(Math.max(0, m.start - sentence.start - 80), m.start - sentence.start);
      // The pattern is anchored at the end and tried at every position; it needs a possessive.
      const rel = before.includes("'s") || before.includes("’s") ? PERSON_RELATION.exec(before) : null;
      const related = rel ? registry.lookup(rel[1] ?? "") : null;
      if (!rel || !related) continue;
      const lead = [...lastOf.values()].find((o) => entityOf.get(o)?.id === related.id && o !== m);
      if (!lead) continue;
      const membership = /team|delegation/.test(rel[2] ?? "");
      if (membership || THERE.test(ctx.body.slice(m.afterStart, m.afterStart + 160))) {
        out.companions.set(m, lead);
        out.members.add(m);
      }
    }
    for (const m of list) {
      const id = entityOf.get(m)?.id;
      if (id !== undefined) lastOf.set(id, m);
    }
  });
  return out;
}

const AIDE_TO = /\b(?:aide|adviser|advisor|assistant|counsel(?:l)?or|chief of staff)\s+to\s+(?:the\s+)?$/;
const GENERIC_MOVEMENT = /\b(?:movement|group|rebels|insurgents|alliance|coalition)['’]s?\s/;
const WHO_IS =
  /^,\s+[^,;]{0,60}?\bwho\s+(?:is|was|has become|had become|became|serves as|served as|acts as)\s+(?:the\s+)?([^,;]{2,40}?['’]s?)\s+(?:\p{Ll}+\s+)?(?:negotiator|envoy|delegate|representative|spokes(?:man|woman|person)|adviser|advisor|leader|commander)\b/u;
const SENT_BY =
  /^\s*,\s+(?:the|an?)\s+(?:\p{Ll}+\s+){0,3}(?:sent|dispatched|appointed|named|deployed)\s+by\s+(?:the\s+)?$/u;

/**
 * A side the words around a name give only indirectly: an acronym in the title ("the CNR's
 * leader"), "the movement's spokesman" (the article's one movement), "an aide to the Tajik
 * president", "the envoy sent by Washington", "Its foreign minister" after "Uzbekistan's role…".
 */
export function indirectSide(
  ctx: ExtractionContext,
  m: Mention,
  rebels: string | undefined,
  // Asked for only when the title says "its": reading the last sentence for every name cost more.
  previousSubjectSide: () => string | undefined,
): string | undefined {
  const span = ctx.body.slice(m.titleStart, m.afterStart);
  // "The CNR's leader, Gen. X": the owner may stand just before the title the scanner kept.
  const title = ctx.body.slice(Math.max(0, m.titleStart - 12), m.start);
  for (const w of title.matchAll(/(?<![\p{L}\p{N}.])[A-Z][A-Z0-9-]{1,6}(?=['’]s\b|\s)/gu)) {
    const side = acronymSide(w[0]);
    if (side && !/\b(?:to|for)\s+(?:the\s+)?$/.test(title.slice(0, w.index))) return side;
  }
  // "a former customs officer who has become the rebels' chief negotiator"
  const who = WHO_IS.exec(ctx.body.slice(m.end, m.end + 160));
  const whose = who ? findSides(who[1] ?? "")[0] : undefined;
  if (whose) return whose.side === "rebels" ? (rebels ?? whose.side) : whose.side;
  for (const s of findSides(span)) {
    if (AIDE_TO.test(span.slice(Math.max(0, s.start - 40), s.start))) return s.side;
  }
  if (rebels && GENERIC_MOVEMENT.test(`${m.title} `)) return rebels;
  // "a member of its negotiating team", "Its foreign minister": the side the last sentence opened with.
  if (/^(?:its|their)\s/.test(m.title) || /\b(?:Its|its|Their|their)\s+$/.test(title.slice(0, 12))) {
    const side = previousSubjectSide();
    if (side) return side;
  }
  const tail = ctx.body.slice(m.end, m.end + 80);
  const sent = /^([^.;]*?by\s+(?:the\s+)?)(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)/u.exec(tail);
  if (sent && SENT_BY.test(sent[1] ?? "")) return findSides(sent[2] ?? "")[0]?.side;
  return undefined;
}
