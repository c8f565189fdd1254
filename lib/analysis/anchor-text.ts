/**
 * The text side of re-anchoring: a normalized view of a body that folds what cosmetic edits change
 * (case, whitespace runs, curly quotes, dash styles) while mapping every offset back to the
 * original, and the edit distances that score how alike two short strings are.
 */

export interface View {
  text: string;
  /** Original offset of each normalized character, plus the original length at the end. */
  toOriginal: number[];
  /** Normalized offset of each original character, plus the normalized length at the end. */
  toView: number[];
}

/** Typographic variants that an edit may swap without changing the words. */
const FOLD = new Map<string, string>([
  ...[..."‘’‚‛"].map((c) => [c, "'"] as const),
  ...[..."“”„"].map((c) => [c, '"'] as const),
  ...[..."‐‑‒–—"].map((c) => [c, "-"] as const),
]);

/**
 * Re-importing re-anchors every claim of an article against the same new text, so the last view
 * is kept: normalizing a long article once per claim would dominate the cost.
 */
let lastView: { body: string; view: View } | undefined;

export function viewOf(body: string): View {
  if (lastView?.body !== body) lastView = { body, view: normalize(body) };
  return lastView.view;
}

export function normalize(original: string): View {
  let text = "";
  const toOriginal: number[] = [];
  const toView: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? "";
    toView.push(text.length);
    if (/\s/.test(ch)) {
      if (text.endsWith(" ")) continue;
      text += " ";
      toOriginal.push(i);
      continue;
    }
    // Lowercasing can lengthen a character ("İ"), so every unit it produces maps back to it.
    for (const unit of (FOLD.get(ch) ?? ch).toLowerCase()) {
      text += unit;
      for (let k = 0; k < unit.length; k++) toOriginal.push(i);
    }
  }
  toOriginal.push(original.length);
  toView.push(text.length);
  return { text, toOriginal, toView };
}

/** Edit distance in two rows: context windows are short, so this stays cheap. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

export const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
