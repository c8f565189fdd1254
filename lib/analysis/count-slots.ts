import type { Token } from "./numbers";
import type { Topic } from "./values";

/** Counted things worth lining up across articles, keyed by singular and plural to the plural. */
const COUNTS = new Map<string, string>();
const REGULAR_COUNTS =
  "hostages captives prisoners detainees civilians troops soldiers fighters militants combatants deaths wounded " +
  "injured refugees journalists workers trucks missiles drones rockets tanks jets envoys delegates negotiators " +
  "officials diplomats mediators countries nations villages towns settlements residents patients doctors " +
  "hospitals schools homes buildings shells warplanes ministers lawmakers senators votes";
for (const plural of REGULAR_COUNTS.split(" ")) {
  COUNTS.set(plural, plural);
  COUNTS.set(plural.replace(/s$/, ""), plural);
}
for (const forms of [
  "people person persons",
  "children child",
  "women woman",
  "casualties casualty",
  "bodies body",
  "families family",
  "aircraft",
]) {
  const [many = "", ...others] = forms.split(" ");
  for (const form of [many, ...others]) COUNTS.set(form, many);
}
const ENVOY_NOUNS = new Set(["envoys", "delegates", "negotiators", "diplomats", "mediators"]);

/** The plural a counted noun is filed under ("prisoner" → "prisoners"), or undefined. */
export function countNoun(word: string): string | undefined {
  return COUNTS.get(word);
}

/** Where a count belongs: people at the table are the envoys axis, everything else is "other". */
export function countTopic(plural: string): Topic {
  return ENVOY_NOUNS.has(plural) ? "envoys" : "other";
}

/**
 * Nouns that say who was counted but not what happened to them: "31 people" and "1.9 million
 * people" line up only through what the sentence says befell them (killed, displaced), and a count
 * that says nothing of it ("some 40 people attended") is not worth comparing at all.
 */
const GENERIC = new Set(["people", "civilians", "residents", "children", "women", "families"]);
/** Forces: without a casualty word, any count of them is a count of troops. */
const MILITARY = new Set(["troops", "soldiers", "fighters", "militants", "combatants"]);
/** Nouns that carry what befell the counted themselves. */
const INHERENT: ReadonlyMap<string, string> = new Map([
  ["deaths", "killed"],
  ["casualties", "killed"],
  ["bodies", "killed"],
  ["wounded", "wounded"],
  ["injured", "wounded"],
  ["refugees", "displaced"],
  ["captives", "hostages"],
  ["detainees", "prisoners"],
]);

/** Words that say what befell the counted, keyed to the slot they are filed under. */
const STATES: ReadonlyMap<string, string> = new Map(
  (
    [
      ["killed", "killed kill kills killing dead died die dying death deaths slain massacred executed toll"],
      ["wounded", "wounded wounding injured injuring hurt"],
      ["displaced", "displaced displacing uprooted uprooting fled fleeing homeless"],
      ["hostages", "abducted kidnapped hostage captive"],
      ["detained", "arrested detained jailed imprisoned"],
    ] as const
  ).flatMap(([state, words]) => words.split(" ").map((w) => [w, state] as const)),
);
/** Auxiliaries and adverbs that may stand between a count and its participle ("were reportedly killed"). */
const BRIDGE = new Set(
  "were was have has had been are is being reportedly now so far all also already mostly many of them".split(
    " ",
  ),
);
/** Hedges and determiners that may stand between a verb and its count ("killed at least 31"). */
const LEAD = new Set(
  "at least some about around nearly almost more than over up to an a the estimated roughly".split(" "),
);

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}

/** What befell the counted, from the words after the count or the verb before it, or null. */
export function countState(tokens: readonly Token[], first: number, next: number): string | null {
  for (let n = next, skipped = 0; n < tokens.length && skipped <= 3; n++, skipped++) {
    const w = lower(tokens, n);
    const state = STATES.get(w);
    if (state) return state;
    if (!BRIDGE.has(w)) break;
  }
  for (let n = first - 1, skipped = 0; n >= 0 && skipped <= 4; n--, skipped++) {
    const w = lower(tokens, n);
    const state = STATES.get(w);
    // "left 31 dead" reads after the count; "died" before a count is not about it.
    if (state && w !== "died" && w !== "dead") return state;
    if (!LEAD.has(w)) break;
  }
  return null;
}

/**
 * The slot of a count of `plural`: what befell generic people ("count.killed"), or the counted
 * thing itself ("count.hostages"). Null for a generic count the sentence says nothing about.
 */
export function countSlot(
  plural: string,
  tokens: readonly Token[],
  first: number,
  next: number,
): { slot: string; topic: Topic } | null {
  const inherent = INHERENT.get(plural);
  if (inherent) return { slot: `count.${inherent}`, topic: "other" };
  const generic = GENERIC.has(plural);
  const military = MILITARY.has(plural);
  if (generic || military) {
    const state = countState(tokens, first, next);
    if (state) return { slot: `count.${state}`, topic: "other" };
    return military ? { slot: "count.troops", topic: "other" } : null;
  }
  return { slot: `count.${plural}`, topic: countTopic(plural) };
}

/** Whether a bare figure is followed by what befell people ("1.9 million displaced", "31 dead"). */
export function isBareCasualty(word: string): boolean {
  const state = STATES.get(word);
  return state !== undefined && /(?:ed|dead|homeless)$/.test(word);
}

/** Tolls that a time window can cut: a total of the dead or displaced, or those of one stretch. */
const TOLLS = new Set(["count.killed", "count.wounded", "count.displaced"]);
const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
/**
 * A stretch of time that a toll counts over: "since the start of the year", "since March", "this
 * year", "in the past two weeks", "last month". A war's whole span ("since 2014", "since the war
 * began") is left out: that is the total, not a stretch of it.
 */
const WINDOW = new RegExp(
  [
    `since\\s+(?:(?:early|mid-?|late)\\s*)?(?:${MONTH})`,
    "since\\s+the\\s+(?:start|beginning|turn)\\s+of\\s+(?:the\\s+|this\\s+)?(?:year|month|week)",
    "(?:so\\s+far\\s+)?this\\s+(?:year|month|week)",
    "(?:in|over|during|within)\\s+the\\s+(?:past|last|previous)\\s+(?:[\\w-]+\\s+)?(?:days?|weeks?|months?)",
    "last\\s+(?:week|month)",
    "(?:in|over)\\s+recent\\s+(?:days|weeks|months)",
    // A day's toll: "since midnight", "in the previous 24 hours", "overnight".
    "since\\s+(?:midnight|dawn|(?:this\\s+)?morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "(?:in|over|during|within)\\s+the\\s+(?:past|last|previous)\\s+(?:[\\w-]+\\s+)?hours?",
    "overnight",
  ]
    .map((p) => `\\b${p}\\b`)
    .join("|"),
  "i",
);

/**
 * The slot of a toll counted over a stretch of time: "has displaced 200,000 since the start of the
 * year" is this year's displacement, which a "seven million displaced" total does not contradict.
 * Tolls over a stretch line up with each other; anything else keeps its slot.
 */
export function windowedSlot(slot: string, clause: string): string {
  return TOLLS.has(slot) && WINDOW.test(clause) ? `${slot}-over-period` : slot;
}
