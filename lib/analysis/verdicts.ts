import { rangeHasParts, relateParts, sharpestDates } from "./date-relations";
import { humanizeWords } from "./labels";
import { givenNameAlone, sameFamilyName } from "./names";
import { type PreparedValue, preparedText } from "./prepared-values";

/*
 * Verdicts between two articles on one slot, by typed value (DESIGN.md, "agreement is arithmetic"):
 * - persons compare as sets of people, one person being the same surname key or family names one
 *   inside the other's: equal → agree, overlapping or one inside the other → partial, disjoint →
 *   contradict.
 * - dates are inclusive day ranges: any overlap agrees (a day inside a month included), disjoint
 *   contradicts; an unresolved date ("Tuesday", "April 16") is checked by its known parts, and
 *   two dates with no part in common to check are partial.
 * - quantities are intervals in a dimension's base unit (minutes and hours compare): identical or
 *   overlapping intervals agree — "5 h within several hours (3–9 h)" is agreement, because the
 *   vaguer source does not deny the precise one; disjoint intervals contradict; different
 *   dimensions (points vs phases) cannot be compared and are partial.
 * - terms: same stance agrees, proposed vs ruled out contradicts, "mentioned" vs a stance is partial.
 * An article may give several values for a slot; the closest pair decides (it is compatible if
 * any of its values fits), while different kinds or terms within one slot must each hold.
 */

/** A verdict between two articles that both speak to a slot. */
export type PairVerdictKind = "agree" | "partial" | "contradict";

export interface PairVerdict {
  verdict: PairVerdictKind;
  reason: string;
}

/** A pair verdict whose words are written only if it ends up deciding its row. */
export interface LazyPairVerdict {
  verdict: PairVerdictKind;
  reason: () => string;
}

export const SEVERITY: Readonly<Record<PairVerdictKind, number>> = { agree: 0, partial: 1, contradict: 2 };

/**
 * How two values relate, as data rather than words: the pairwise loops stay allocation-light
 * and only the relation that decides a pair is ever worded. In "within", x lies inside y.
 */
type How =
  "same" | "within" | "consistent" | "overlap" | "uncheckable" | "incomparable" | "stances" | "disjoint";
type Relation = { how: How; x: PreparedValue; y: PreparedValue };

/** Per relation: how close it is (lower is closer; a set takes its closest pair) and its verdict. */
const HOW: Readonly<Record<How, readonly [rank: number, verdict: PairVerdictKind]>> = {
  same: [0, "agree"],
  within: [1, "agree"],
  consistent: [1, "agree"],
  overlap: [2, "agree"],
  uncheckable: [3, "partial"],
  incomparable: [3, "partial"],
  stances: [3, "partial"],
  disjoint: [4, "contradict"],
};

/** Names a hedged quantity by its words too: "several hours (3–9 h)" says why 5 h fits. */
function describe(v: PreparedValue): string {
  const text = preparedText(v);
  if (v.kind !== "quantity") return text;
  const words = v.source.quote.trim().replace(/\s+/g, " ");
  return words.length > 0 && words.length <= 40 && words.toLowerCase() !== text.toLowerCase()
    ? `${words} (${text})`
    : text;
}

function wordRelation({ how, x, y }: Relation): string {
  switch (how) {
    case "same":
      return `both ${preparedText(x)}`;
    case "within":
      return `${preparedText(x)} within ${describe(y)}`;
    case "consistent":
      return `${preparedText(x)} consistent with ${preparedText(y)}`;
    case "overlap":
      return `${describe(x)} overlaps ${describe(y)}`;
    case "uncheckable":
      return `${preparedText(x)} vs ${preparedText(y)}: cannot be checked against each other`;
    case "incomparable":
      return `${preparedText(x)} and ${preparedText(y)} are not comparable`;
    case "stances":
    case "disjoint":
      return `${preparedText(x)} vs ${preparedText(y)}`;
  }
}

type DatePrepared = Extract<PreparedValue, { kind: "date" }>;

function relateDates(a: DatePrepared, b: DatePrepared): Relation {
  let how: How;
  if (a.lo !== null && a.hi !== null && b.lo !== null && b.hi !== null) {
    if (a.lo === b.lo && a.hi === b.hi) how = "same";
    else if (Math.max(a.lo, b.lo) > Math.min(a.hi, b.hi)) how = "disjoint";
    else if (b.lo >= a.lo && b.hi <= a.hi) return { how: "within", x: b, y: a };
    else how = a.lo >= b.lo && a.hi <= b.hi ? "within" : "overlap";
  } else if (a.lo !== null && a.hi !== null) {
    return { how: rangeHasParts(a.lo, a.hi, b.parts) ? "consistent" : "disjoint", x: b, y: a };
  } else if (b.lo !== null && b.hi !== null) {
    how = rangeHasParts(b.lo, b.hi, a.parts) ? "consistent" : "disjoint";
  } else {
    how = relateParts(a.parts, b.parts);
  }
  return { how, x: a, y: b };
}

type QuantityPrepared = Extract<PreparedValue, { kind: "quantity" }>;
/** A day in the base unit of time (hours). */
const DAY = 24;

/** a's bounds lie inside b's, honouring exclusive ends. */
function inside(a: QuantityPrepared, b: QuantityPrepared): boolean {
  const lower = a.lo > b.lo || (a.lo === b.lo && (a.loEx || !b.loEx));
  return lower && (a.hi < b.hi || (a.hi === b.hi && (a.hiEx || !b.hiEx)));
}

function relateQuantities(a: QuantityPrepared, b: QuantityPrepared): Relation {
  let how: How;
  if (a.dimension !== b.dimension) how = "incomparable";
  else if (a.lo === b.lo && a.hi === b.hi && a.loEx === b.loEx && a.hiEx === b.hiEx) how = "same";
  else {
    const lo = a.lo > b.lo ? a : b.lo > a.lo ? b : a.loEx ? a : b;
    const hi = a.hi < b.hi ? a : b.hi < a.hi ? b : a.hiEx ? a : b;
    // Hedged ranges that only touch ("nearly three hours", "just over three hours") describe about
    // the same length; an open one ("more than four hours") excludes the bound it names.
    const touching = lo.lo === hi.hi && (lo.loEx || hi.hiEx);
    const open = (q: QuantityPrepared) => !Number.isFinite(q.lo) || !Number.isFinite(q.hi);
    // Lengths stated to different roundings compare at the coarser one: "six hours" (to the hour)
    // covers "five and a half hours"; "five hours" and "six hours", both to the hour, still differ.
    const coarser = Math.max(a.step, b.step);
    const rounded = a.step !== b.step && a.step > 0 && b.step > 0 && Math.abs(a.lo - b.lo) <= coarser / 2;
    // "spent a day in the same room" and "nine hours": a day of talks holds its hours.
    const oneDay = (q: QuantityPrepared) => q.step === DAY && q.lo === DAY;
    const dayOf = oneDay(a) ? b : oneDay(b) ? a : undefined;
    if (dayOf && dayOf.step !== DAY && dayOf.hi <= DAY)
      return { how: "consistent", x: dayOf, y: dayOf === a ? b : a };
    if (rounded)
      return a.step < b.step ? { how: "consistent", x: a, y: b } : { how: "consistent", x: b, y: a };
    if (lo.lo > hi.hi || (touching && (open(a) || open(b)))) how = "disjoint";
    else if (inside(b, a)) return { how: "within", x: b, y: a };
    else how = inside(a, b) ? "within" : "overlap";
  }
  return { how, x: a, y: b };
}

/** How far apart two counts sit: the larger one's floor over the smaller one's ceiling. */
function gapRatio(a: QuantityPrepared, b: QuantityPrepared): number {
  const [low, high] = a.hi <= b.lo ? [a, b] : b.hi <= a.lo ? [b, a] : [null, null];
  return low && high && low.hi > 0 ? high.lo / low.hi : 1;
}

const APART = 10;

/**
 * "More than 7,000 killed" and "two people killed" are not one figure told two ways: counts an
 * order of magnitude apart are of different things (a conflict's toll and one attack's), so they
 * differ without contradicting. Lengths of time keep their verdict: "2 hours" vs "2 days" is a dispute.
 */
function scaleApart(
  verdict: LazyPairVerdict,
  a: readonly QuantityPrepared[],
  b: readonly QuantityPrepared[],
): LazyPairVerdict {
  if (verdict.verdict !== "contradict") return verdict;
  const counts = [...a, ...b].every((q) => q.dimension !== "time");
  if (!counts || !a.every((x) => b.every((y) => gapRatio(x, y) >= APART))) return verdict;
  return {
    verdict: "partial",
    reason: () => `${verdict.reason()}: far apart, likely counts of different things`,
  };
}

type TermPrepared = Extract<PreparedValue, { kind: "term" }>;

function relateStances(a: TermPrepared, b: TermPrepared): Relation {
  const how: How =
    a.stance === b.stance
      ? "same"
      : a.stance === "mentioned" || b.stance === "mentioned"
        ? "stances"
        : "disjoint";
  return { how, x: a, y: b };
}

const LISTED = 6;

/** Distinct words, joined; a long list is cut so a reason stays a sentence, not a roster. */
export function listWords(words: Iterable<string>): string {
  const distinct = [...new Set(words)];
  const shown = distinct.slice(0, LISTED).join(", ");
  return distinct.length > LISTED ? `${shown} and ${distinct.length - LISTED} more` : shown;
}

function distinctTexts(values: readonly PreparedValue[]): string {
  return listWords(values.map(preparedText));
}

/**
 * The closest pair decides: an article that gives two dates for a slot is compatible with one
 * that gives either of them. Only when no pair fits do the articles contradict.
 */
function bestPair<T extends PreparedValue>(
  a: readonly T[],
  b: readonly T[],
  relate: (x: T, y: T) => Relation,
): LazyPairVerdict {
  let best: Relation | null = null;
  for (const x of a) {
    for (const y of b) {
      const r = relate(x, y);
      if (best === null || HOW[r.how][0] < HOW[best.how][0]) best = r;
      if (best.how === "same") break;
    }
    if (best?.how === "same") break;
  }
  const decided = best;
  if (decided === null || decided.how === "disjoint") {
    return { verdict: "contradict", reason: () => `${distinctTexts(a)} vs ${distinctTexts(b)}` };
  }
  return { verdict: HOW[decided.how][1], reason: () => wordRelation(decided) };
}

type PersonPrepared = Extract<PreparedValue, { kind: "person" }>;

function distinctByKey(people: readonly PersonPrepared[]): string {
  const seen = new Map<string, string>();
  for (const p of people) if (!seen.has(p.key)) seen.set(p.key, preparedText(p));
  return listWords(seen.values());
}

function comparePeople(a: readonly PersonPrepared[], b: readonly PersonPrepared[]): LazyPairVerdict {
  const inA = a.filter((p) => b.some((q) => samePersonAcross(p, q)));
  const inB = b.filter((q) => a.some((p) => samePersonAcross(p, q)));
  const names = () => `${distinctByKey(a)} vs ${distinctByKey(b)}`;
  if (inA.length === a.length && inB.length === b.length)
    return { verdict: "agree", reason: () => `both ${distinctByKey(a)}` };
  if (inA.length === 0) return { verdict: "contradict", reason: names };
  return { verdict: "partial", reason: () => `${names()} (shared: ${distinctByKey(inA)})` };
}

/**
 * The surname key, every family name of one inside the other's ("Figueiredo" in "Figueiredo
 * Lemos"), or one name the other's given name ("Kittipong" and "Kittipong Rattanaphan").
 */
function samePersonAcross(p: PersonPrepared, q: PersonPrepared): boolean {
  return p.key === q.key || sameFamilyName(p.name, q.name) || givenNameAlone(p.name, q.name);
}

function compareTerms(a: readonly TermPrepared[], b: readonly TermPrepared[]): LazyPairVerdict {
  const terms = [...new Set(a.map((t) => t.term))].filter((term) => b.some((t) => t.term === term));
  const names = (ts: readonly TermPrepared[]) => listWords(ts.map((t) => humanizeWords(t.term)));
  if (terms.length === 0)
    return { verdict: "partial", reason: () => `different terms: ${names(a)} vs ${names(b)}` };
  const mixed = new Set([...a, ...b].map((t) => t.term)).size > 1;
  return worstOf(
    terms.map((term) => {
      const v = bestPair(
        a.filter((t) => t.term === term),
        b.filter((t) => t.term === term),
        relateStances,
      );
      return mixed ? { verdict: v.verdict, reason: () => `${humanizeWords(term)}: ${v.reason()}` } : v;
    }),
  );
}

/** Different questions inside one slot (several terms, or several kinds) each must hold. */
function worstOf(verdicts: readonly LazyPairVerdict[]): LazyPairVerdict {
  const worst = Math.max(...verdicts.map((v) => SEVERITY[v.verdict]));
  const chosen = verdicts.filter((v) => SEVERITY[v.verdict] === worst);
  return { verdict: chosen[0]?.verdict ?? "partial", reason: () => chosen.map((v) => v.reason()).join("; ") };
}

type ByKind = { [K in PreparedValue["kind"]]: Extract<PreparedValue, { kind: K }>[] };

function byKind(values: readonly PreparedValue[]): ByKind {
  const groups: ByKind = { person: [], date: [], quantity: [], term: [] };
  for (const v of values) (groups[v.kind] as PreparedValue[]).push(v);
  return groups;
}

/**
 * Judges what two articles say for one slot. `exclusive` is false for list slots such as
 * `people.mentioned` or `date.mentioned`: they collect whatever an article mentions rather than
 * answer one question, so values the articles do not share are a difference, not a conflict.
 */
export function judgePair(
  a: readonly PreparedValue[],
  b: readonly PreparedValue[],
  exclusive: boolean,
): LazyPairVerdict {
  const ga = byKind(a);
  const gb = byKind(b);
  const results: LazyPairVerdict[] = [];
  if (ga.person.length > 0 && gb.person.length > 0) results.push(comparePeople(ga.person, gb.person));
  if (ga.date.length > 0 && gb.date.length > 0) {
    // One question, one answer: a coarse date an article pins down itself does not speak for it.
    const [da, db] = exclusive ? [sharpestDates(ga.date), sharpestDates(gb.date)] : [ga.date, gb.date];
    results.push(bestPair(da, db, relateDates));
  }
  if (ga.quantity.length > 0 && gb.quantity.length > 0) {
    const v = bestPair(ga.quantity, gb.quantity, relateQuantities);
    results.push(exclusive ? scaleApart(v, ga.quantity, gb.quantity) : v);
  }
  if (ga.term.length > 0 && gb.term.length > 0) results.push(compareTerms(ga.term, gb.term));
  if (results.length === 0) {
    return { verdict: "partial", reason: () => `${distinctTexts(a)} vs ${distinctTexts(b)}: not comparable` };
  }
  const verdict = worstOf(results);
  if (exclusive || verdict.verdict !== "contradict") return verdict;
  const loose =
    ga.quantity.length > 0 ? "different figures, perhaps of different things" : "nothing in common";
  return { verdict: "partial", reason: () => `${loose}: ${verdict.reason()}` };
}

/** judgePair with its reason written out. */
export function compareValueSets(
  a: readonly PreparedValue[],
  b: readonly PreparedValue[],
  exclusive: boolean,
): PairVerdict {
  const v = judgePair(a, b, exclusive);
  return { verdict: v.verdict, reason: v.reason() };
}
