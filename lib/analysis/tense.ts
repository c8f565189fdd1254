import type { Tense } from "./date-format";

/**
 * Hard clause boundaries: what lies beyond them rarely qualifies a date on this side. Unspaced
 * dashes and brackets usually enclose an aside inside the clause, so they do not break it.
 */
const CLAUSE_BREAK = /[;:]|\s[—–-]\s/g;

/** How far a clause may reach from a mention; keeps every lookup bounded on endless sentences. */
const CLAUSE_REACH = 300;

/** How long an aside between two spaced dashes may be and still be read as one. */
const ASIDE_REACH = 100;

/**
 * The clause of `text` around [start, end): from the previous hard break to the next one. An aside
 * set off by a pair of spaced dashes ("The meeting — the first since May — took place on Monday")
 * does not break the clause it sits in; a mention inside the aside keeps the aside as its clause.
 */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const lo = Math.max(0, start - CLAUSE_REACH);
  const hi = Math.min(text.length, end + CLAUSE_REACH);
  const window = text.slice(lo, hi);
  const breaks: Array<{ at: number; end: number; dash: boolean }> = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window))
    breaks.push({ at: lo + m.index, end: lo + m.index + m[0].length, dash: m[0].length > 1 });
  let from = lo;
  let to = hi;
  for (let i = 0; i < breaks.length; i++) {
    const b = breaks[i];
    if (!b) continue;
    const next = breaks[i + 1];
    // A dash pair enclosing an aside the mention is not in: step over the whole aside.
    if (b.dash && next?.dash && next.at - b.end <= ASIDE_REACH && (end <= b.at || start >= next.end)) {
      i++;
      continue;
    }
    if (b.end <= start) from = b.end;
    else if (b.at >= end) {
      to = b.at;
      break;
    }
  }
  return { start: from, end: to };
}

const FUTURE_CUE =
  /\b(?:will|shall|would|scheduled|expected|slated|planned|plans to|planning to|poised|upcoming|anticipated|next|coming|(?:is|are|was|were) due|due (?:in|on|by|to)|set (?:to|for)|called for|pencilled in for|to be held|intends? to)\b|'ll\b|’ll\b/gi;
/**
 * A bare "-ed" word is weak evidence ("Azerbaijan-backed", "disputed"), so it speaks for the past
 * only right beside the date; named verbs and auxiliaries reach across the clause.
 */
const WEAK_REACH = 30;
const PAST_CUE =
  /\b(?:was|were|had|did|met|held|hosted|said|told|began|begun|ended|took|signed|agreed|last|ago|earlier|previously|came|went|sat|saw|left|spoke|gave|ran|broke|struck|[a-z]{3,}ed)\b/gi;

const NAMED_PAST =
  /^(?:held|hosted|ended|signed|agreed|opened|closed|concluded|started|convened|reconvened|resumed|visited|negotiated|wrapped|finished|reached|completed|lasted|stretched)$/;

/**
 * A cue after the date governs it only within its own clause: in "met on Sunday, pressing both
 * sides to accept a truce that would begin", the "would" belongs to the truce, not to Sunday.
 */
const CLAUSE_OPENER = /,|\b(?:that|which|who|whose|where|while|as|after|before|when|until)\b/i;

function nearestDistance(re: RegExp, text: string, start: number, end: number, fronted: boolean): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0].toLowerCase();
    if (!fronted && m.index >= end && CLAUSE_OPENER.test(text.slice(end, m.index))) continue;
    // These end in "-ed" but announce what is still to come.
    if (re === PAST_CUE && /^(?:scheduled|expected|planned|anticipated|slated|poised)$/.test(word)) continue;
    const mEnd = m.index + m[0].length;
    const d = mEnd <= start ? start - mEnd : m.index >= end ? m.index - end : 0;
    if (re === PAST_CUE && d > WEAK_REACH && word.endsWith("ed") && !NAMED_PAST.test(word)) continue;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Whether the clause around a date reports something done or announces something to come. The
 * nearest cue wins, so "said on Monday that talks will resume Thursday" reads Monday as past and
 * Thursday as future.
 */
export function detectTense(text: string, start: number, end: number): Tense {
  const clause = clauseAround(text, start, end);
  const part = text.slice(clause.start, clause.end);
  const s = start - clause.start;
  const e = end - clause.start;
  // "On Monday, the delegation will report back": a date opening its clause is governed by what follows.
  const fronted = /^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(part.slice(0, s));
  const future = nearestDistance(FUTURE_CUE, part, s, e, fronted);
  const past = nearestDistance(PAST_CUE, part, s, e, fronted);
  if (future === Infinity && past === Infinity) return "unknown";
  return future <= past ? "future" : "past";
}

/**
 * Whether `pos` lies inside quoted speech. A speaker's "today" or "next year" is relative to when
 * they spoke, which the article rarely states, so such dates are not tied to an event.
 */
export function isQuoted(text: string, pos: number): boolean {
  const cut = opensInQuote(text);
  let straight = cut === '"' ? 1 : 0;
  let open = cut === "”";
  for (let i = 0; i < pos && i < text.length; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === "“") open = true;
    else if (c === "”") open = false;
  }
  return open || straight % 2 === 1;
}

/**
 * The closing mark a text starts inside of, when the sentence splitter cut a quotation: in
 * `…not this year," he said.` the words before `,"` are still quoted.
 */
function opensInQuote(text: string): string | null {
  const first = text.search(/["“”]/);
  if (first < 0) return null;
  const mark = text[first]!;
  if (mark === "”") return mark;
  const closes =
    mark === '"' &&
    first > 0 &&
    /[.,!?]/.test(text[first - 1]!) &&
    /^(?:\s|$)/.test(text.slice(first + 1, first + 2));
  return closes ? mark : null;
}
