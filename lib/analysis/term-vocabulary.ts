import type { Stance } from "./values";

/**
 * The plan-term vocabulary: each term with the wordings outlets use for it ("truce",
 * "cessation of hostilities" → ceasefire), and a stance when the wording alone fixes it.
 */

// Up to n words between two parts of a term ("lifting of crippling Western sanctions").
const gap = (n: number) => `(?:[\\w’'-]+\\s+){0,${n}}?`;
const ALLIANCE =
  "(?:nato|north atlantic alliance|(?:the\\s+)?(?:military|western|atlantic|north atlantic)\\s+alliance)";
const EU = "(?:eu|european union)";

// [term, pattern, stance when the wording alone fixes it]
const VOCABULARY: readonly [string, string, Stance?][] = [
  [
    "ceasefire",
    `cease-?fires?|cease fires?|truces?|armistice|cessation of (?:all\\s+)?(?:hostilities|fighting|${gap(2)}operations)|(?:halt|pause) (?:to|in) (?:the\\s+)?(?:fighting|hostilities)|humanitarian pauses?`,
  ],
  ["demilitarized-zone", "demilitari[sz]ed zones?|buffer zones?|\\bDMZ\\b"],
  [
    "security-guarantees",
    `security guarantees?|guarantees? (?:of|for) ${gap(2)}security|security (?:commitments|assurances)|article 5[- ](?:like|style)`,
  ],
  [
    "nato-membership",
    `${ALLIANCE} (?:membership|accession|entry|bid|path|ambitions?|aspirations?)|(?:membership|accession|entry|admission) (?:in|to|into) (?:the\\s+)?${ALLIANCE}|join(?:s|ed|ing)? (?:the\\s+)?${ALLIANCE}|path (?:to|toward|towards) ${ALLIANCE}`,
  ],
  [
    "territorial-recognition",
    `(?:recogni[sz](?:e|es|ed|ing)|recognition of) ${gap(6)}(?:territor(?:y|ies)|annexations?|as (?:de facto\\s+)?${gap(1)}(?:territory|territories|land)|(?:sovereignty|control) over(?: ${gap(2)}(?:territor(?:y|ies)|land|regions?))?)|territorial (?:concessions?|recognition)|(?:ced(?:e|es|ed|ing)|surrender(?:s|ed|ing)?|relinquish(?:es|ed|ing)?|giv(?:e|es|ing) up|hand(?:s|ed|ing)? over) ${gap(4)}(?:territor(?:y|ies)|land|regions?)|de facto ${gap(1)}(?:territor(?:y|ies)|control)`,
  ],
  [
    "prisoner-exchange",
    `prisoners?(?:[- ]of[- ]war)? (?:exchanges?|swaps?|releases?)|(?:exchange|swap|release|free|freeing|releasing|exchanging|swapping)(?: of| for)? ${gap(4)}(?:prisoners|detainees|pows)|prisoners (?:would|will|to|could) be (?:freed|released|exchanged)|pow (?:exchanges?|swaps?)`,
  ],
  [
    "hostage-release",
    `hostages? (?:release|deal|exchange)s?|(?:release|freeing|return) of ${gap(3)}hostages|(?:free|release|freed|released) ${gap(2)}hostages|hostages (?:would|will|to|could) be (?:freed|released)`,
  ],
  [
    "sanctions-relief",
    `sanctions? relief|relief from ${gap(2)}sanctions|(?:lift(?:ing|ed|s)?|eas(?:e|ing|ed)|relax(?:ation|ing|ed)?|remov(?:e|al|ing)|roll(?:ing)? back|unwind(?:ing)?)(?: of)? ${gap(3)}sanctions|sanctions (?:would|will|could|to) be (?:lifted|eased|removed|relaxed)`,
  ],
  [
    "frozen-assets",
    `frozen ${gap(2)}(?:assets|reserves|funds)|immobili[sz]ed ${gap(2)}(?:assets|reserves)|unfreez(?:e|ing) ${gap(2)}(?:assets|funds)`,
  ],
  [
    "eu-accession",
    `${EU} (?:membership|accession|entry|candidacy|bid|path)|(?:accession|membership|entry) (?:to|in|into) (?:the\\s+)?${EU}|join(?:s|ed|ing)? the ${EU}`,
  ],
  ["humanitarian-corridors", "humanitarian corridors?|safe (?:corridors?|passage)|evacuation corridors?"],
  [
    "humanitarian-aid",
    "humanitarian (?:aid|assistance|access|supplies|deliveries|relief)|aid (?:deliveries|convoys|trucks|shipments)|food aid",
  ],
  [
    "elections",
    `(?:hold|holding|held|call|calling|organi[sz]e|organi[sz]ing) ${gap(2)}elections?|(?:new|fresh|early|snap|free and fair|presidential|parliamentary|general|regional|local|legislative|municipal|national|credible|competitive|transparent|democratic) elections?|elections? (?:within|in) (?:\\d+|\\w+) (?:days|months)|elections? (?:would|will|could|is to|are to|to) be held|(?<=\\b(?:hold|holding|held|call|calling|organi[sz]e|organi[sz]ing|stage|staging|want|wants|demand|demands|demanding|for|seek|seeks|seeking)\\s(?:a|an|the)\\s(?:\\w+\\s)?)vote|(?:a|the) vote (?:would|will|could|is to|to) be held`,
  ],
  [
    "troop-withdrawal",
    `(?:withdrawal|pull-?out|pullback|pull-back) of ${gap(3)}(?:troops|forces|soldiers|weapons|weaponry|army)|troop withdrawals?|withdraw(?:s|ing|n)? ${gap(3)}(?:troops|forces|soldiers)|pull(?:s|ing|ed)? (?:out|back) ${gap(3)}(?:troops|forces|soldiers)|withdraw(?:al)? from ${gap(3)}(?:territories|territory|areas|regions)|phased withdrawals?`,
  ],
  [
    "peacekeepers",
    "peacekeep(?:ers|ing (?:force|forces|troops|mission|contingent))|peace-?keeping|stabili[sz]ation force|(?:international|multinational|european) (?:security |stabili[sz]ation |reassurance )?(?:force|troops|contingent)",
  ],
  [
    "international-monitoring",
    "(?:international|independent) (?:monitoring|monitors|observers|verification)|monitoring (?:mechanisms?|missions?)|monitored by an international",
  ],
  [
    "reconstruction",
    "reconstruction|recovery fund|rebuilding (?:of\\s+)?(?:\\w+\\s+)?(?:infrastructure|cities|the country)",
  ],
  ["amnesty", "amnest(?:y|ies)"],
  // Stance on "tariffs" is stance on bringing them down, the plan term in a trade deal.
  [
    "tariffs",
    `(?:cut|cuts|cutting|lower|lowering|reduce|reducing|reductions?|remove|removing|removal|lift|lifting|roll(?:ing)? back|rollback|suspend|suspending|suspension|pause|pausing|eliminat(?:e|ing|ion)|bring(?:ing)?)(?: of| in| on)? ${gap(3)}(?:tariffs?|duties)(?: down)?|tariffs? (?:cuts?|reductions?|relief|truce|pause|exemptions?)`,
  ],
  ["tariffs", "tariffs?|import duties|levies on imports", "mentioned"],
  ["export-controls", "export (?:controls|restrictions|curbs|bans?)"],
  [
    "purchase-commitments",
    `purchase (?:commitments?|agreements?|pledges?)|(?:commit(?:ment|ted|s)?|pledge[sd]?|agree[sd]?) to (?:buy|purchase)|(?:purchases?|buying) of ${gap(3)}(?:soybeans|goods|products|energy|aircraft)`,
  ],
  ["market-access", `market access|access to ${gap(1)}markets?`],
  [
    "border-delimitation",
    `(?:border|boundary) (?:delimitation|demarcation)|(?:delimit(?:ation|ing|ed|s)?|demarcat(?:ion|e|es|ing|ed)) (?:of\\s+)?(?:the\\s+)?${gap(2)}(?:border|boundary|frontier)`,
  ],
  ["transit-corridor", "transit (?:corridors?|routes?|roads?)|transport corridors?"],
  ["disarmament", "disarmament|disarm(?:ing)?|decommission(?:ing)? (?:of\\s+)?(?:its\\s+)?weapons"],
  [
    "troop-limits",
    `(?:cap|caps|capping|limit|limits|limiting|ceiling|restrictions?) (?:on\\s+)?(?:the\\s+)?(?:size of\\s+)?${gap(1)}(?:armed forces|army|military)|(?:army|military|armed forces) (?:would be |to be |will be )?(?:capped|limited)`,
  ],
  ["neutrality", "neutral(?:ity| status)|non-?aligned status|non-?bloc status"],
  ["referendum", "referend(?:um|ums|a)"],
  [
    "war-crimes-accountability",
    "accountability for (?:alleged\\s+)?(?:war crimes|atrocities)|war crimes tribunal|special tribunal",
  ],
  [
    "mutual-recognition",
    `mutual recognition|(?:recogni[sz](?:e|es|ed|ing)|recognition of) ${gap(3)}independence`,
  ],
  [
    "refugee-return",
    "return of (?:displaced (?:persons|people)|refugees|deportees|children)|right of return",
  ],
];

// Every wording of a term contains one of its clues (lowercase), so a body holding none of them
// cannot match and the pattern is not run over it. Most articles touch few of the thirty terms,
// and running every pattern over every body was a tenth of all extraction time.
const CLUES: Readonly<Record<string, string>> = {
  ceasefire: "cease|truce|armistice|cessation|halt|pause",
  "demilitarized-zone": "zone|dmz",
  "security-guarantees": "security|article 5",
  "nato-membership": "nato|alliance",
  "territorial-recognition": "territor|annexation|land|sovereignty|control|region|de facto",
  "prisoner-exchange": "prisoner|detainee|pow",
  "hostage-release": "hostage",
  "sanctions-relief": "sanction",
  "frozen-assets": "frozen|immobili|unfreez",
  "eu-accession": "eu|european union",
  "humanitarian-corridors": "corridor|safe",
  "humanitarian-aid": "humanitarian|aid",
  elections: "election|vote",
  "troop-withdrawal": "withdraw|pull",
  peacekeepers: "peace|stabili|international|multinational|european",
  "international-monitoring": "international|independent|monitor",
  reconstruction: "reconstruction|recovery fund|rebuilding",
  amnesty: "amnest",
  tariffs: "tariff|duties|levies",
  "export-controls": "export",
  "purchase-commitments": "purchase|buy",
  "market-access": "market",
  "border-delimitation": "border|boundary|frontier",
  "transit-corridor": "transit|transport",
  disarmament: "disarm|decommission",
  "troop-limits": "army|military|armed forces",
  neutrality: "neutral|status",
  referendum: "referend",
  "war-crimes-accountability": "accountability|tribunal",
  "mutual-recognition": "mutual recognition|independence",
  "refugee-return": "return",
};

const ALL_CLUES = [...new Set(Object.values(CLUES).flatMap((c) => c.split("|")))].sort(
  (a, b) => b.length - a.length,
);
// Zero-width, so every position is tried and clues inside other words ("aid" in "said") count.
const CLUE_RE = new RegExp(
  `(?=(${ALL_CLUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}))`,
  "g",
);
// Where a clue matches, every clue that is a prefix of it matches too, though the scan reports one.
const PREFIX_CLUES = new Map(ALL_CLUES.map((c) => [c, ALL_CLUES.filter((o) => o !== c && c.startsWith(o))]));

/** The clues a body holds, in one pass over it rather than one search per clue. */
export function cluesIn(body: string): Set<string> {
  const found = new Set<string>();
  for (const m of body.toLowerCase().matchAll(CLUE_RE)) {
    const clue = m[1] ?? "";
    if (found.has(clue)) continue;
    found.add(clue);
    for (const prefix of PREFIX_CLUES.get(clue) ?? []) found.add(prefix);
  }
  return found;
}

export const TERMS = VOCABULARY.map(([term, source, fixed]) => ({
  term,
  fixed,
  re: new RegExp(`\\b(?:${source})\\b`, "gi"),
  clues: CLUES[term]?.split("|") ?? null,
}));
