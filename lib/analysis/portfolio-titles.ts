import { isGivenName, ROLE_HEADS } from "./name-vocabulary";
import type { Token } from "./name-tokens";

/**
 * Portfolios the title vocabulary does not list: "Water Minister X", "Sudan's irrigation minister,
 * X", "the water and energy minister".
 */

// Heads a portfolio word can precede: "Water Minister", "Mines Secretary", "Climate Envoy".
const PORTFOLIO_HEAD = /^(?:minister|secretary|commissioner|ambassador|envoy)$/;

/** How many tokens from `p` make a portfolio title the vocabulary lacks: "Water Minister" → 2. */
export function portfolioTitle(run: Token[], p: number): number {
  for (let k = p + 1; k <= p + 2 && run.length - k > 1; k++) {
    if (!PORTFOLIO_HEAD.test(run[k]!.lower)) continue;
    // "Water Minister Lucia Quispe", never "Lucia Minister": a given name starts the name.
    const words = run.slice(p, k);
    if (words.some((t) => isGivenName(t.text) || ROLE_HEADS.has(t.lower))) return 0;
    return k + 1 - p;
  }
  return 0;
}

const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** Whether toks[i] is a lowercase portfolio word ("irrigation", "water and energy") before a head. */
export function lowerPortfolio(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!LOWER_WORD.test(toks[i]!.text) || !next) return false;
  if (PORTFOLIO_HEAD.test(next.lower)) return true;
  // "water and energy minister": the first of two portfolios joined by "and".
  return /^(?:and|&)$/.test(next.lower) && Boolean(toks[i + 2]) && lowerPortfolio(toks, i + 2);
}
