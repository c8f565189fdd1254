import { paragraphsOf } from "@/lib/analysis/segments";
import { MAX_QUOTE_CHARS } from "@/lib/validations/claim";

/** A point in rendered text: the n-th paragraph of an article's text, and characters into it. */
export interface TextPoint {
  paragraph: number;
  offset: number;
}

export type BodySpan =
  { ok: true; start: number; end: number; quote: string } | { ok: false; reason: string };

/**
 * Turns two points in the rendered paragraphs into offsets in the stored body. Pages render one
 * <p> per `paragraphsOf(body)` entry with exactly its text, so the paragraph index plus the
 * characters before the point give the offset; the rendered text is checked against the body so
 * a page that no longer matches the stored text can never produce a misplaced claim. Whitespace
 * at either end (double-click selects the space after a word) is trimmed off.
 */
export function toBodySpan(
  body: string,
  renderedParagraphs: readonly string[],
  from: TextPoint,
  to: TextPoint,
): BodySpan {
  const paragraphs = paragraphsOf(body);
  const stale = {
    ok: false,
    reason: "The page no longer matches the article's text. Reload and select again.",
  } as const;
  if (paragraphs.length !== renderedParagraphs.length) return stale;
  const absolute = (point: TextPoint): number | null => {
    const p = paragraphs[point.paragraph];
    const rendered = renderedParagraphs[point.paragraph];
    if (!p || rendered === undefined || rendered !== body.slice(p.start, p.end)) return null;
    return p.start + Math.max(0, Math.min(point.offset, p.end - p.start));
  };
  const a = absolute(from);
  const b = absolute(to);
  if (a === null || b === null) return stale;
  let start = Math.min(a, b);
  let end = Math.max(a, b);
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  if (end <= start) return { ok: false, reason: "Select some words of the article first." };
  if (end - start > MAX_QUOTE_CHARS) {
    return {
      ok: false,
      reason: `A claim quotes at most ${MAX_QUOTE_CHARS} characters; select a phrase or a sentence.`,
    };
  }
  return { ok: true, start, end, quote: body.slice(start, end) };
}

/**
 * Where a range's two ends fall among `paragraphs` (the <p> elements of one article's text, in
 * order). An end outside every paragraph, as when a triple-click runs to the start of the next
 * one, snaps to the nearest paragraph edge inside the range.
 */
export function rangeToPoints(
  paragraphs: readonly Element[],
  range: Range,
): { from: TextPoint; to: TextPoint } | null {
  const touched = paragraphs.flatMap((p, i) => (range.intersectsNode(p) ? [i] : []));
  const first = touched[0];
  const last = touched.at(-1);
  if (first === undefined || last === undefined) return null;
  const offsetIn = (index: number, node: Node, offset: number, fallback: "start" | "end"): number => {
    const p = paragraphs[index];
    if (!p) return 0;
    if (!p.contains(node)) return fallback === "start" ? 0 : (p.textContent ?? "").length;
    const before = p.ownerDocument.createRange();
    before.setStart(p, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  return {
    from: { paragraph: first, offset: offsetIn(first, range.startContainer, range.startOffset, "start") },
    to: { paragraph: last, offset: offsetIn(last, range.endContainer, range.endOffset, "end") },
  };
}
