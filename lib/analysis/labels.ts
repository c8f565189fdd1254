/**
 * Human labels for slots. Slots are open-ended (extractors mint new ones per side, term or
 * count), so labels are derived from the slot's words rather than looked up in a fixed table.
 */

/** Lists below are written as prose-like lines of space-separated words, to stay readable. */
const words = (...lines: string[]) => lines.join(" ").split(" ");

const ACRONYMS = new Set(
  words("us usa uk eu un nato rsf saf uae idf plo au g7 g20 who imf opec iaea wto icc osce unrwa gdp"),
);

/** Adjectives for sides, so `delegation.russia` reads "Russian delegation", not "Russia delegation". */
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  words(
    "us=US usa=US united-states=US uk=UK eu=EU un=UN russia=Russian ukraine=Ukrainian",
    "israel=Israeli china=Chinese egypt=Egyptian qatar=Qatari sudan=Sudanese saudi-arabia=Saudi",
    "saudi=Saudi iran=Iranian turkey=Turkish turkiye=Turkish france=French germany=German",
    "india=Indian pakistan=Pakistani japan=Japanese palestine=Palestinian",
    "palestinians=Palestinian jordan=Jordanian lebanon=Lebanese syria=Syrian iraq=Iraqi",
    "yemen=Yemeni switzerland=Swiss norway=Norwegian oman=Omani belarus=Belarusian poland=Polish",
    "armenia=Armenian azerbaijan=Azerbaijani ethiopia=Ethiopian kenya=Kenyan",
  ).map((pair) => pair.split("=") as [string, string]),
);

/** First segments that name a category of terms or counts: `plan.ceasefire` → "Plan: ceasefire". */
const CATEGORY_PREFIXES = new Set(["plan", "count", "term", "terms"]);

/** Attributes of a category itself (`plan.size`), which read as a phrase, not as "Plan: size". */
const ATTRIBUTES = new Set(
  words(
    "size date duration length start end status deadline version name points rounds phases",
    "location venue total",
  ),
);

/** Prefixes whose labels read as plain sentence-case phrases; anything else is title-cased. */
const PHRASE_PREFIXES = new Set(
  words(
    "meeting talks people ceasefire truce signing summit call visit round deadline election",
    "elections war agreement deal president leader envoy",
  ),
);

function word(w: string): string {
  return ACRONYMS.has(w) ? w.toUpperCase() : w;
}

/** "nato-membership" → "NATO membership". */
export function humanizeWords(segment: string): string {
  return segment.split("-").filter(Boolean).map(word).join(" ");
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w) => (w === w.toUpperCase() ? w : capitalize(w)))
    .join(" ");
}

/** Short slugs with a digit, of three letters, or without vowels ("m23", "eln", "tplf") are acronyms. */
function looksLikeAcronym(side: string): boolean {
  return (
    /^[a-z0-9]{2,5}$/.test(side) && (/\d/.test(side) || side.length <= 3 || !/[aeiouy]/.test(side.slice(1)))
  );
}

/** "russia" → "Russian"; unknown sides fall back to their words ("Hamas") or capitals ("RSF", "TPLF"). */
export function sideLabel(side: string): string {
  return DEMONYMS.get(side) ?? (looksLikeAcronym(side) ? side.toUpperCase() : titleCase(humanizeWords(side)));
}

export function slotLabel(slot: string): string {
  const segments = slot.split(".").filter(Boolean);
  const [head, second, ...rest] = segments;
  if (head === undefined) return "";
  if (second === undefined) return capitalize(humanizeWords(head));
  const tail = [second, ...rest].map(humanizeWords).join(" ");
  if (head === "delegation") {
    return `${sideLabel(second)} delegation${rest.length > 0 ? ` ${rest.map(humanizeWords).join(" ")}` : ""}`;
  }
  if (CATEGORY_PREFIXES.has(head) && !ATTRIBUTES.has(second)) {
    return `${capitalize(humanizeWords(head))}: ${tail}`;
  }
  // A side in front of a role ("us.president", "russia.foreign-minister") reads as an adjective.
  const demonym = DEMONYMS.get(head);
  if (demonym !== undefined) return `${demonym} ${tail}`;
  if (CATEGORY_PREFIXES.has(head) || PHRASE_PREFIXES.has(head)) {
    return capitalize(`${humanizeWords(head)} ${tail}`);
  }
  return titleCase(segments.map(humanizeWords).join(" "));
}
