import type { Stance } from "./values";

/**
 * The stance a sentence takes on a plan term: ruled out ("without requiring NATO membership"),
 * proposed ("potentially including expedited NATO membership") or merely mentioned.
 */

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
  (?:(?:would|will|could|did|does|do|should|shall|can|must)(?:\\s+not|n['’]t)|won['’]t|can['’]t|cannot)(?:\\s+\\w+)?;
  not\\s+(?:include|including|includes|offer|offering|provide|providing|grant|granting|allow|allowing|require|requiring);
  exclud(?:e|es|ed|ing); rul(?:e|es|ed|ing) out; reject(?:s|ed|ing)?; rejection of;
  refus(?:e|es|ed|ing|al)(?:\\s+to\\s+\\w+)?; oppos(?:e|es|ed|ing); opposition to; against;
  barred from; bar(?:s|red|ring)?\\s+\\w+\\s+from; renounc(?:e|es|ed|ing); abandon(?:s|ed|ing)?;
  drop(?:s|ped|ping)?; scrap(?:s|ped|ping)?; eliminat(?:e|es|ed|ing); halt to; instead of;
  veto(?:es|ed)?; forgo(?:es|ing)?; give up; refrain from; prohibit(?:s|ed|ing)?; (?<!lift\\s+(?:\\w+\\s+)?)ban(?:s|ned)? on;
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
  (?:proposal|plan|framework|draft|deal|offer) (?:for|of|to); reaffirm(?:s|ed|ing)?; recommit(?:s|ted)? to;
  commitment to; provisions? (?:include|includes|including|for|on); sets; set out; lays? out; laid out;
  consider(?:s|ing)?
`;

const CUES: readonly Cue[] = [
  ...cue("ruled-out", 2, RULED_OUT_NEAR),
  ...cue("ruled-out", 4, RULED_OUT_CLOSE),
  ...cue("ruled-out", 6, RULED_OUT),
  ...cue("proposed", 6, PROPOSED),
  // "a revised proposal under which 24 hostages would be released in the first stage of a truce"
  ...cue("proposed", 12, "under which"),
  // "the draft commits both sides to refrain from deploying forces and to open a corridor"
  ...cue("proposed", 12, "commit(?:s|ted)? (?:both|the two|all|the) (?:sides|parties|governments) to"),
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
  /^[^.;!?]{0,60}?\b(?:(?:was|were|is|are|be|been|being)\s+(?:\w+\s+){0,2}?(?:ruled out|rejected|excluded|dismissed|scrapped|dropped|removed|refused|vetoed|off the table)|ruled out by|rejected by|off the table|not on the table|not on the agenda|a non-starter|resisted by|opposed by)\b/i;
const POST_PROPOSED =
  /^[^.;!?]{0,60}?\b(?:(?:is|was|were|are|would be|will be|to be)\s+(?:\w+\s+){0,2}?(?:proposed|included|offered|on the table|envisaged|guaranteed|granted|agreed|held|established|set up|implemented|organi[sz]ed)|proposed by|offered by|remains? (?:a|the) (?:\w+\s+)?demand)\b/i;
const NEGATED = /(?:\b(?:not|no|never|without|cannot|refus\w*\s+to|reject\w*)|n['’]t)\s+(?:\w+\s+){0,2}$/i;
const WINDOW = 120;
const ONLY_OF_A_KIND =
  /^\s*["”]?\s*(?:that|which)\s+(?:would\s+)?(?:[\w-]+\s+){0,2}?(?:only|solely|merely)\b/i;

// "The Russian side sought relief from sanctions. That request was ruled out by Ukraine."
const REFUSED_NEXT =
  /^(?:That|This|The|Both|These|Those|Such|All|Each|Either|Neither)\s+(?:\w+\s+)?(?:request|demand|proposal|idea|offer|suggestion|call|condition)s?\s+(?:was|were|had been|has been|have been|is|are)\s+(?:\w+\s+)?(?:ruled out|rejected|refused|dismissed|turned down|declined|shot down)\b/;

/** Whether a sentence opens by refusing what the one before it asked for. */
export function refusesWhatCameBefore(sentence: string): boolean {
  return REFUSED_NEXT.test(sentence);
}

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

const CONDITION_BEFORE =
  /(?:^|[.;:]\s+|—\s*)(?:Without|Unless|Absent)\s+(?:(?:a|an|the|any|some|real|full|\w+['’]s)\s+)?$/;

export function stanceAt(text: string, start: number, end: number, listed: boolean, next: number): Stance {
  if (DENIED_REPORT.test(text.slice(Math.max(0, start - 150), start))) return "mentioned";
  // "Without sanctions relief, that money will not come": a condition, not a term ruled out.
  if (CONDITION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && /^\s*,/.test(text.slice(end)))
    return "mentioned";
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
    // "refrain from new deployments and to open a route": a short cue stops at a new infinitive.
    if (c.reach < 12 && /\band\s+to\s/i.test(before.slice(at))) continue;
    best = { at, length: m[0].length, stance: c.stance };
  }
  if (best) {
    const lead = before.slice(0, best.at - best.length);
    const stance = best.stance === "proposed" && NEGATED.test(lead) ? "ruled-out" : best.stance;
    // "will not accept a ceasefire that benefits only grain traders": one kind refused, not the term.
    return stance === "ruled-out" && ONLY_OF_A_KIND.test(text.slice(end, end + 60)) ? "mentioned" : stance;
  }
  // "18 hostages would be freed": the term's own words can carry the proposal.
  if (POST_PROPOSED.test(after) || /\b(?:would|will)\b/i.test(text.slice(start, end))) return "proposed";
  return listed ? "proposed" : "mentioned";
}
