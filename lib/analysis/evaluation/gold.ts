import type { DateValue, Stance } from "../values";

/**
 * Gold annotations for the evaluation corpus: what a careful reader takes from each article.
 * They are written from the text alone, never from what the extractors happen to produce.
 */

export interface GoldPerson {
  /** The person's full canonical name. */
  name: string;
  /**
   * Other forms the text uses for the same person ("Sheikh Nasser", "the general's deputy
   * Mr. Qudra") that a surname key might not fold; any of them counts as finding the person.
   */
  aliases?: readonly string[];
  /** Government, movement or body the person speaks for (a side key, see SIDE_ALIASES). */
  side?: string;
  /**
   * The side whose delegation the person sat in at these talks, mediators included (the
   * Egyptian intelligence chief in Cairo is in Egypt's delegation); absent for anyone who was
   * not in the room: leaders at home, spokespeople, analysts, officials quoted elsewhere.
   */
  delegation?: string;
}

export interface GoldQuantity {
  /** The slot the figure answers: meeting.duration, plan.size, count.hostages, ... */
  slot: string;
  min: number | null;
  max: number | null;
  unit: string;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

export interface GoldTerm {
  term: string;
  stance: Stance;
}

export interface GoldAnnotations {
  people: readonly GoldPerson[];
  /** When the talks the article reports took place, as far as the article lets a reader tell. */
  talksDate: DateValue | null;
  quantities: readonly GoldQuantity[];
  terms: readonly GoldTerm[];
}

export interface GoldArticle {
  id: string;
  title: string;
  source: string;
  /** ISO day; null when the copy reached us without a dateline, as some wire copy does. */
  publishedAt: string | null;
  body: string;
  gold: GoldAnnotations;
}

/**
 * Picks out comparison rows: by exact slot, by delegation side (any spelling of the side), or
 * by plan term (any of a few names the vocabulary might use for it).
 */
export type RowMatcher =
  { slot: string } | { delegation: string } | { term: string; aliases?: readonly string[] };

export interface GoldCluster {
  id: string;
  title: string;
  articles: readonly GoldArticle[];
  /** Rows the comparison of all the cluster's articles must mark `contradict`. */
  contradict: readonly RowMatcher[];
  /** Rows where the outlets differ in wording only; a contradiction here is a false alarm. */
  consistent: readonly RowMatcher[];
  /**
   * Spellings a delegation slot may use for sides SIDE_ALIASES does not know, keyed by the side key
   * gold uses: "delegation.armenian" and "delegation.armenia" both count as the Armenian delegation.
   * A set written apart from the engine (the held-out one) brings its own rather than editing the
   * shared table.
   */
  sides?: Readonly<Record<string, readonly string[]>>;
}

/** Spellings a delegation slot may use for a side, keyed by the side key used in gold. */
export const SIDE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  us: ["us", "usa", "united-states", "american", "washington"],
  china: ["china", "chinese", "prc", "beijing"],
  israel: ["israel", "israeli"],
  hamas: ["hamas"],
  egypt: ["egypt", "egyptian"],
  qatar: ["qatar", "qatari"],
  russia: ["russia", "russian", "moscow", "kremlin"],
  ukraine: ["ukraine", "ukrainian", "kyiv"],
  saf: ["saf", "sudan-army", "sudanese-army", "sudanese-armed-forces", "sudan"],
  rsf: ["rsf", "rapid-support-forces"],
  "saudi-arabia": ["saudi-arabia", "saudi", "ksa"],
  au: ["au", "african-union"],
  turkey: ["turkey", "turkiye", "turkish"],
  switzerland: ["switzerland", "swiss"],
  tajikistan: ["tajikistan", "tajik"],
  uzbekistan: ["uzbekistan", "uzbek"],
  kazakhstan: ["kazakhstan", "kazakh"],
  colombia: ["colombia", "colombian", "colombian-government"],
  eln: ["eln", "national-liberation-army"],
  norway: ["norway", "norwegian"],
  "central-african-republic": ["central-african-republic", "car", "central-african"],
  cnr: ["cnr", "coalition-for-national-renewal"],
  angola: ["angola", "angolan"],
  kyrgyzstan: ["kyrgyzstan", "kyrgyz"],
  osce: ["osce"],
};

/** Joins paragraphs the way imported article bodies store them. */
export function paragraphs(...parts: readonly string[]): string {
  return parts.join("\n\n");
}

export function goldDay(start: string, end: string = start): DateValue {
  return { start, end };
}

export function goldQuantity(
  slot: string,
  min: number | null,
  max: number | null,
  unit: string,
  flags: { minExclusive?: boolean; maxExclusive?: boolean } = {},
): GoldQuantity {
  return { slot, min, max, unit, ...flags };
}

/** The side key gold uses for a slot's side spelling in this cluster; null when unknown. */
export function sideKeyOf(cluster: GoldCluster, slotSide: string): string | null {
  for (const [side, aliases] of Object.entries(cluster.sides ?? {})) {
    if (side === slotSide || aliases.includes(slotSide)) return side;
  }
  for (const [side, aliases] of Object.entries(SIDE_ALIASES)) if (aliases.includes(slotSide)) return side;
  return null;
}

/** A slot with its delegation side folded to the gold side key, when the cluster knows the spelling. */
export function foldSlot(slot: string, cluster: GoldCluster): string {
  if (!slot.startsWith("delegation.")) return slot;
  const [, side = "", ...rest] = slot.split(".");
  const folded = sideKeyOf(cluster, side);
  return folded === null ? slot : ["delegation", folded, ...rest].join(".");
}
