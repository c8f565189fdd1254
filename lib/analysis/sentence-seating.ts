import type { ExtractionContext } from "./extract";
import type { PersonEntity } from "./names";
import { officeOfMention } from "./offices";
import type { Mention } from "./people-mentions";
import type { Placement } from "./sentence-placement";
import { findSides, type SideMention } from "./side-table";

/*
 * Seating read off a whole sentence rather than one name's cues: the one side a sentence names,
 * the other city it puts its people in, and titles that name a body of their own.
 */

/** "X, the Andean Community's special representative": a title that names the body served. */
export function ownedByBody(ctx: ExtractionContext, m: Mention): boolean {
  return /\p{Lu}[\p{L}-]*['’]s\s/u.test(ctx.body.slice(m.titleStart, m.afterStart));
}

/**
 * "Tesfamariam Gebremedhin leads; behind him are Senait Ghebrehiwet and Col. Fitsum Berhane": a
 * sentence that seats people, names one side and holds people of that side only, seats the rest
 * of its untitled people on that side too.
 */
/** "The talks brought together X and Y", "X faced Y": people of two sides, named together. */
const FACING_WORDS = "brought together|brings together|bring together|pitted|faced|facing";
export const FACING_BEFORE = new RegExp(`\\b(?:${FACING_WORDS}|between)\\s+(?:the\\s+)?$`);
// "The US envoy met Mr. al-Hamwi on the sidelines": one who meets another meets the other side.
const FACING = new RegExp(
  `\\b(?:${FACING_WORDS}|[Oo]pposite|[Aa]cross (?:the table )?from|met|meets|(?:talks|negotiated|negotiating|sat down) with)\\b`,
);

export function soleSideSeats(
  ctx: ExtractionContext,
  index: number,
  list: readonly Mention[],
  sidesNamed: readonly SideMention[],
  entityOf: ReadonlyMap<Mention, PersonEntity>,
  sides: ReadonlyMap<number, string>,
  placements: ReadonlyMap<Mention, Placement>,
  offer: (m: Mention, side: string | undefined, rank: number) => void,
): void {
  if (list.length < 2 || FACING.test(ctx.sentences[index]?.text ?? "")) return;
  const sideOf = (m: Mention) => {
    const id = entityOf.get(m)?.id;
    return id === undefined ? undefined : sides.get(id);
  };
  // The untitled, and those whose title names the sentence's one seated side ("a Treasury official").
  const unsided = list.filter(
    (m) =>
      (sideOf(m) === undefined || !placements.get(m)?.groupDelegation) &&
      !m.inQuote &&
      !m.speaker &&
      !m.possessive &&
      officeOfMention(m) === null &&
      !ownedByBody(ctx, m),
  );
  if (unsided.length === 0) return;
  const seatedSides = new Set<string>();
  for (const m of list) {
    const side = sideOf(m);
    const p = placements.get(m);
    if (side !== undefined && p && (p.meeting || p.groupDelegation)) seatedSides.add(side);
  }
  if (seatedSides.size !== 1) return;
  const [only] = seatedSides;
  const named = sidesNamed.filter((x) => x.kind !== "capital" && x.kind !== "seat");
  // "council member X, Justice Minister Y, opposition coordinator Z": a generic party in one title
  // ("opposition", "rebels") names that person's camp, not the sentence's.
  if (
    named.some((x) => x.side !== only || x.kind === "party") ||
    list.some((m) => sideOf(m) !== undefined && sideOf(m) !== only)
  )
    return;
  for (const m of unsided) {
    const p = placements.get(m);
    // A host or chair greets the others: "were greeted on the steps by Deputy Minister X".
    if (!p || p.hosts || p.chairs || (sideOf(m) !== undefined && sideOf(m) !== only)) continue;
    offer(m, only, 1);
    p.groupDelegation = true;
  }
}

// "In Washington, the U.S. special envoy X said…": where the sentence puts its people.
// "In Washington, …", "11:45 — A statement from Washington: …" (a live blog's entry stamp first).
const FRONTED_PLACE =
  /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[—–-]\s*)?(?:In|From|Back in|An?\s+(?:\p{Ll}+\s+)?(?:statement|message|reaction|readout|response)\s+from)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*[,:]/u;

const REPORTS = /\b(?:said|says|told|tells|added|stressed|insisted|warned|welcomed|announced)\b/;

/** People a sentence places in another city than the talks' ("In Washington, …") are not at the table. */
export function markElsewhere(
  ctx: ExtractionContext,
  bySentence: ReadonlyMap<number, Mention[]>,
  placements: ReadonlyMap<Mention, Placement>,
  venue: string | undefined,
): void {
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    const place = sentence ? FRONTED_PLACE.exec(sentence.text) : null;
    if (!sentence || !place) continue;
    const where = findSides(place[1] ?? "")[0];
    if (!where || (where.kind !== "capital" && where.kind !== "country")) continue;
    // Where the talks were is unknown: a sentence that only reports words from that city still
    // puts its speakers there ("In Washington, the envoy said…").
    if (venue === where.side || (venue === undefined && !REPORTS.test(sentence.text))) continue;
    for (const m of list) {
      const p = placements.get(m);
      if (p && !/;/.test(sentence.text.slice(0, m.start - sentence.start))) p.absent = true;
    }
  }
}
