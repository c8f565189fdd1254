import { findAttribution } from "./attribution";
import type { ExtractionContext } from "./extract";
import { refusesWhatCameBefore, stanceAt } from "./term-stance";
import { cluesIn, TERMS } from "./term-vocabulary";
import { anchored, type Sentence } from "./text";
import type { ExtractedClaim } from "./types";
import type { Stance } from "./values";

/**
 * Plan terms ("ceasefire", "nato-membership", …) and the stance each sentence takes on them:
 * ruled out ("without requiring NATO membership"), proposed ("potentially including expedited
 * NATO membership") or merely mentioned. One claim per term and stance per article.
 */

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

// Between two coordinated terms: "a phased withdrawal of foreign troops and the return of".
const COORDINATED =
  /^(?![^]*\b(?:but|while|whereas|although|though|however|unless|until|not|no)\b)[^.;:!?]{0,100}?(?:,\s*|\s+)(?:and|or|as well as|plus)\s+(?:[\w’'-]+\s+){0,4}$/i;
// An article about a swap: hostages for prisoners, or prisoners exchanged for prisoners.
const SWAP_CONTEXT = /\b(?:hostages?|swaps?|exchang\w*|all-for-all|in return for)\b/i;
const SWAP_WORDS = /\b(?:exchang\w*|swap\w*|trade\w*|in return)\b/i;

/**
 * "the release of political prisoners" frees a government's prisoners; it is no exchange unless
 * the sentence or the article trades them for someone.
 */
function isRelease(
  h: { start: number; end: number; sentence: Sentence },
  body: string,
  swapArticle: () => boolean,
): boolean {
  const quote = body.slice(h.start, h.end);
  if (SWAP_WORDS.test(quote) || SWAP_WORDS.test(h.sentence.text)) return false;
  return /\bpolitical\b/i.test(quote) || !swapArticle();
}

/** Every vocabulary match in the body, each within one sentence, overlaps resolved to the longer reading. */
function termHits(
  ctx: ExtractionContext,
): (Omit<Occurrence, "stance"> & { fixed?: Stance; index: number })[] {
  const starts = ctx.sentences.map((s) => s.start);
  const hits: (Omit<Occurrence, "stance"> & { fixed?: Stance; index: number })[] = [];
  const found = cluesIn(ctx.body);
  for (const { term, re, fixed, clues } of TERMS) {
    if (clues && !clues.some((clue) => found.has(clue))) continue;
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
        // The optional key is set after the literal: spreading it in costs a hidden class per hit.
        const hit: (typeof hits)[number] = { term, start: m.index, end, sentence, index: lo };
        if (fixed) hit.fixed = fixed;
        hits.push(hit);
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
  const hits = termHits(ctx);
  if (hits.length === 0) return [];
  const listed = listedSentences(ctx);
  const chosen = new Map<string, Occurrence>();
  const seen = new Map<string, number>();
  // Read over the whole body, so only for an article that speaks of prisoners.
  let swap: boolean | undefined;
  const prisonerSwap = () => (swap ??= SWAP_CONTEXT.test(ctx.body));
  const stances: (Stance | undefined)[] = [];
  hits.forEach((h, i) => {
    // Enough occurrences settle a term; hostile text repeating one must not cost more.
    const count = (seen.get(h.term) ?? 0) + 1;
    seen.set(h.term, count);
    if (count > MAX_OCCURRENCES || (chosen.has(`${h.term}|proposed`) && chosen.has(`${h.term}|ruled-out`)))
      return;
    const local = h.start - h.sentence.start;
    const next = hits[i + 1];
    const nextLocal = next && next.index === h.index ? next.start - h.sentence.start : h.sentence.text.length;
    let stance =
      h.fixed ??
      stanceAt(h.sentence.text, local, local + h.end - h.start, listed[h.index] ?? false, nextLocal);
    // "provides for a phased withdrawal and the return of refugees": coordinated terms share a stance.
    const prev = hits[i - 1];
    const prevStance = stances[i - 1];
    if (
      stance === "mentioned" &&
      h.fixed === undefined &&
      prev?.index === h.index &&
      prevStance !== undefined &&
      prevStance !== "mentioned" &&
      COORDINATED.test(ctx.body.slice(prev.end, h.start))
    )
      stance = prevStance;
    const following = ctx.sentences[h.index + 1];
    if (stance === "proposed" && h.fixed === undefined && following && refusesWhatCameBefore(following.text))
      stance = "ruled-out";
    stances[i] = stance;
    const term =
      h.term === "prisoner-exchange" && isRelease(h, ctx.body, prisonerSwap) ? "prisoner-release" : h.term;
    const key = `${term}|${stance}`;
    if (!chosen.has(key)) chosen.set(key, { term, stance, start: h.start, end: h.end, sentence: h.sentence });
  });
  const claims: ExtractedClaim[] = [];
  for (const o of chosen.values()) {
    const takesStance = chosen.has(`${o.term}|proposed`) || chosen.has(`${o.term}|ruled-out`);
    if (o.stance === "mentioned" && takesStance) continue;
    claims.push(
      anchored(ctx.body, o.start, o.end, {
        topic: "plan-terms",
        slot: `plan.${o.term}`,
        kind: "term",
        value: { term: o.term, stance: o.stance },
        attribution: findAttribution(o.sentence),
      }),
    );
  }
  return claims.sort((a, b) => a.start - b.start);
}
