import { findAttribution } from "./attribution";
import type { ExtractionContext } from "./extract";
import { makeAnchor, type Sentence } from "./text";
import type { ExtractedClaim } from "./types";
import type { Stance } from "./values";

/**
 * Plan terms ("ceasefire", "nato-membership", …) and the stance each sentence takes on them:
 * ruled out ("without requiring NATO membership"), proposed ("potentially including expedited
 * NATO membership") or merely mentioned. One claim per term and stance per article.
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
    `(?:hold|holding|held|call|calling|organi[sz]e|organi[sz]ing) ${gap(2)}elections?|(?:new|fresh|early|snap|free and fair) elections|elections? (?:within|in) (?:\\d+|\\w+) (?:days|months)`,
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
    `(?:border|boundary) (?:delimitation|demarcation)|(?:delimit|demarcat)(?:ation|e|ing|ed) (?:of\\s+)?(?:the\\s+)?${gap(2)}(?:border|boundary|frontier)`,
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
const TERMS = VOCABULARY.map(([term, source, fixed]) => ({
  term,
  fixed,
  re: new RegExp(`\\b(?:${source})\\b`, "gi"),
}));

interface Cue {
  source: string;
  stance: Exclude<Stance, "mentioned">;
  /** How many words may stand between the cue and the term. */
  reach: number;
}

/** Cues of one stance and reach, given as regex fragments separated by ";". */
const cue = (stance: Cue["stance"], reach: number, sources: string): Cue[] =>
  sources
    .split(";")
    .map((source) => source.trim())
    .filter((source) => source.length > 0)
    .map((source) => ({ source, stance, reach }));

// Ruling-out cues, by how far before the term they may stand: "no ceasefire", "without
// requiring NATO membership", "ruled out Ukraine's accession to the alliance".
const RULED_OUT_NEAR = "not; never; no longer; no; nor";
const RULED_OUT_CLOSE = `
  without(?:\\s+(?:requiring|any|a|an|the|offering|granting|including|guaranteeing|providing))?;
  (?:stop|stops|stopped|fall|falls|fell) short of
`;
const RULED_OUT = `
  not\\s+(?:include|including|includes|offer|offering|provide|providing|grant|granting|allow|allowing|require|requiring);
  exclud(?:e|es|ed|ing); rul(?:e|es|ed|ing) out; reject(?:s|ed|ing)?; rejection of;
  refus(?:e|es|ed|ing|al)(?:\\s+to\\s+\\w+)?; oppos(?:e|es|ed|ing); opposition to; against;
  barred from; bar(?:s|red|ring)?\\s+\\w+\\s+from; renounc(?:e|es|ed|ing); abandon(?:s|ed|ing)?;
  drop(?:s|ped|ping)?; scrap(?:s|ped|ping)?; eliminat(?:e|es|ed|ing); halt to; instead of;
  veto(?:es|ed)?; forgo(?:es|ing)?; give up; refrain from; prohibit(?:s|ed|ing)?; ban(?:s|ned)? on;
  den(?:y|ies|ied); dismiss(?:es|ed|ing)?
`;
// Proposal cues: "calls for a truce", "would grant", "potentially including expedited membership".
const PROPOSED = `
  propos(?:e|es|ed|ing); proposal (?:for|of|to); offer(?:s|ed|ing)?; call(?:s|ed|ing)? for;
  would\\s+(?:\\w+\\s+)?(?:grant|give|provide|include|establish|create|allow|see|require|guarantee|involve);
  will\\s+(?:grant|provide|include|establish|create|allow); grant(?:s|ed|ing)?; expedited;
  fast[- ]track(?:ed|ing)?; demanded; demanding; demands? (?:a|an|the|that|for|immediate|full);
  insist(?:s|ed|ing)? on; seek(?:s|ing)?; sought; push(?:es|ed|ing)? for; press(?:es|ed|ing)? for;
  advocat(?:e|es|ed|ing)(?: for)?; envisag(?:e|es|ed|ing); envision(?:s|ed|ing)?;
  provid(?:e|es|ed|ing) for; establish(?:es|ed|ing|ment of)?; agree(?:d|s)?\\s+(?:to|on);
  agreement on; accept(?:s|ed|ing)?; support(?:s|ed|ing)?; back(?:s|ed|ing)?; requir(?:e|es|ed|ing);
  contingent (?:up)?on; in (?:exchange|return) for; plans? for; commit(?:s|ted|ting)? to;
  pledg(?:e|es|ed|ing); potential(?:ly)? (?:including|involving); involv(?:e|es|ed|ing);
  implement(?:s|ed|ing|ation of)?; would; want(?:s|ed)?; cent(?:er|re)d on; focused on;
  (?:proposal|plan|framework|draft|deal|offer) (?:for|of|to)
`;

const CUES: readonly Cue[] = [
  ...cue("ruled-out", 2, RULED_OUT_NEAR),
  ...cue("ruled-out", 4, RULED_OUT_CLOSE),
  ...cue("ruled-out", 6, RULED_OUT),
  ...cue("proposed", 6, PROPOSED),
  // "a revised proposal under which 24 hostages would be released in the first stage of a truce"
  ...cue("proposed", 12, "under which"),
].sort((a, b) => b.source.length - a.source.length);
// One pass finds every cue; longer cues come first so "without requiring" beats "requiring".
const CUE_RE = new RegExp(CUES.map((c) => `\\b(${c.source})\\b`).join("|"), "gi");

// "includes" proposes only when a plan is what includes: "the draft includes a ceasefire",
// not "complications include reconstruction".
const INCLUDE = /\b(?:includ(?:e|es|ed|ing)|featur(?:e|es|ed|ing)|contain(?:s|ed|ing)?)\b/gi;
const PLAN_NOUN =
  /\b(?:plan|proposals?|framework|deal|draft|agreement|accord|terms|document|offer|points|elements|package|roadmap|blueprint|text|provisions|talks|negotiations|discussions|truce|settlement)\b/i;

const CLAUSE_EDGE = /[.;:!?()—–]|\b(?:but|while|whereas|although|though|however)\b/gi;
const POST_RULED_OUT =
  /^[^.;!?]{0,60}?\b(?:(?:was|were|is|are|be|been|being)\s+(?:\w+\s+){0,2}?(?:ruled out|rejected|excluded|dismissed|scrapped|dropped|removed|refused|vetoed|off the table)|ruled out by|rejected by|off the table|not on the table|a non-starter|resisted by|opposed by)\b/i;
const POST_PROPOSED =
  /^[^.;!?]{0,60}?\b(?:(?:is|was|were|are|would be|will be|to be)\s+(?:\w+\s+){0,2}?(?:proposed|included|offered|on the table|envisaged|guaranteed|granted|agreed)|proposed by|offered by|remains? (?:a|the) (?:\w+\s+)?demand)\b/i;
const NEGATED = /\b(?:not|no|never|n't|without|refus\w*\s+to|reject\w*)\s+(?:\w+\s+){0,2}$/i;
const WINDOW = 120;

/** The words before a term that still belong to its clause. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_EDGE)) cut = m.index + m[0].length;
  return before.slice(cut);
}

const wordsIn = (s: string) => (s.match(/[\p{L}\p{N}’'-]+/gu) ?? []).length;

/** The stance one sentence takes on the term at [start, end): nearest cue before it wins. */
// "contradicting earlier suggestions that Washington had offered to lower duties": a stance the
// sentence reports only to deny it is no stance of the article's.
const DENIED_REPORT =
  /\b(?:contradict\w*|den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|rebut\w*)\s+(?:\w+\s+){0,3}?(?:reports?|suggestions?|claims?|speculation|rumou?rs?)\s+that\b/i;

function stanceAt(text: string, start: number, end: number, listed: boolean, next: number): Stance {
  if (DENIED_REPORT.test(text.slice(Math.max(0, start - 150), start))) return "mentioned";
  // A ruling-out after a term belongs to the nearest term before it, not to every term before.
  const after = text.slice(end, Math.min(end + WINDOW, next));
  if (POST_RULED_OUT.test(after)) return "ruled-out";
  const before = clauseBefore(text, start);
  let best: { at: number; length: number; stance: Cue["stance"] } | null = null;
  for (const m of before.matchAll(INCLUDE)) {
    const at = m.index + m[0].length;
    if (wordsIn(before.slice(at)) <= 6 && PLAN_NOUN.test(before.slice(0, m.index)))
      best = { at, length: m[0].length, stance: "proposed" };
  }
  for (const m of before.matchAll(CUE_RE)) {
    const c = CUES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    const at = m.index + m[0].length;
    if (!c || wordsIn(before.slice(at)) > c.reach || (best && at < best.at)) continue;
    best = { at, length: m[0].length, stance: c.stance };
  }
  if (best) {
    const lead = before.slice(0, best.at - best.length);
    return best.stance === "proposed" && NEGATED.test(lead) ? "ruled-out" : best.stance;
  }
  // "18 hostages would be freed": the term's own words can carry the proposal.
  if (POST_PROPOSED.test(after) || /\b(?:would|will)\b/i.test(text.slice(start, end))) return "proposed";
  return listed ? "proposed" : "mentioned";
}

const LIST_HEADER =
  /\b(?:includ\w*|propos\w*|elements|terms|provisions|calls? for|would|plan|framework|points|demands)\b[^:]*:\s*$/i;
const LIST_ITEM = /^\s*(?:[*•·▪‣-]|\d+[.)]|\p{Lu}[^:.]{0,60}:\s)/u;

/**
 * Which sentences sit in a list introduced as a proposal ("Key elements reportedly
 * included:" followed by "* Demilitarized Zone: …"); their terms default to proposed.
 */
function listedSentences(ctx: ExtractionContext): boolean[] {
  const listed: boolean[] = [];
  let inList = false;
  let itemLine = false;
  ctx.sentences.forEach((s, i) => {
    const prev = ctx.sentences[i - 1];
    const newLine = !prev || ctx.body.slice(prev.end, s.start).includes("\n");
    if (newLine) {
      itemLine = inList && LIST_ITEM.test(s.text);
      if (!itemLine) inList = false;
    }
    listed.push(itemLine);
    // Only the tail can hold a list header; testing all of an endless sentence would be quadratic.
    if (s.text.trimEnd().endsWith(":") && LIST_HEADER.test(s.text.slice(-160))) inList = true;
  });
  return listed;
}

interface Occurrence {
  term: string;
  stance: Stance;
  start: number;
  end: number;
  sentence: Sentence;
}

const MAX_OCCURRENCES = 12;

/** Every vocabulary match in the body, each within one sentence, overlaps resolved to the longer reading. */
function termHits(
  ctx: ExtractionContext,
): (Omit<Occurrence, "stance"> & { fixed?: Stance; index: number })[] {
  const starts = ctx.sentences.map((s) => s.start);
  const hits: (Omit<Occurrence, "stance"> & { fixed?: Stance; index: number })[] = [];
  for (const { term, re, fixed } of TERMS) {
    for (const m of ctx.body.matchAll(re)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= m.index) lo = mid;
        else hi = mid - 1;
      }
      const sentence = ctx.sentences[lo];
      const end = m.index + m[0].length;
      if (sentence && m.index >= sentence.start && end <= sentence.end) {
        hits.push({ term, start: m.index, end, sentence, index: lo, ...(fixed ? { fixed } : {}) });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return hits.filter((h) => {
    if (h.start < reach) return false;
    reach = h.end;
    return true;
  });
}

/** Plan terms per article: the first occurrence of each (term, stance); "mentioned" only when no stance was taken. */
export function extractTerms(ctx: ExtractionContext): ExtractedClaim[] {
  if (ctx.sentences.length === 0) return [];
  const listed = listedSentences(ctx);
  const chosen = new Map<string, Occurrence>();
  const seen = new Map<string, number>();
  const hits = termHits(ctx);
  hits.forEach((h, i) => {
    // Enough occurrences settle a term; hostile text repeating one must not cost more.
    const count = (seen.get(h.term) ?? 0) + 1;
    seen.set(h.term, count);
    if (count > MAX_OCCURRENCES || (chosen.has(`${h.term}|proposed`) && chosen.has(`${h.term}|ruled-out`)))
      return;
    const local = h.start - h.sentence.start;
    const next = hits[i + 1];
    const nextLocal = next && next.index === h.index ? next.start - h.sentence.start : h.sentence.text.length;
    const stance =
      h.fixed ??
      stanceAt(h.sentence.text, local, local + h.end - h.start, listed[h.index] ?? false, nextLocal);
    const key = `${h.term}|${stance}`;
    if (!chosen.has(key))
      chosen.set(key, { term: h.term, stance, start: h.start, end: h.end, sentence: h.sentence });
  });
  const claims: ExtractedClaim[] = [];
  for (const o of chosen.values()) {
    const takesStance = chosen.has(`${o.term}|proposed`) || chosen.has(`${o.term}|ruled-out`);
    if (o.stance === "mentioned" && takesStance) continue;
    claims.push({
      ...makeAnchor(ctx.body, o.start, o.end),
      topic: "plan-terms",
      slot: `plan.${o.term}`,
      kind: "term",
      value: { term: o.term, stance: o.stance },
      attribution: findAttribution(o.sentence),
    });
  }
  return claims.sort((a, b) => a.start - b.start);
}
