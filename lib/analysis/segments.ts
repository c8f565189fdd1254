/** A span of text to mark, e.g. a claim's anchor. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same spans; `ids` is empty for plain text, innermost span first. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  ids: string[];
  /** Spans that begin at this segment, so a renderer can place their anchors here. */
  starts: string[];
}

/**
 * Cuts `text[from, to)` into runs at every span boundary, so overlapping or nested spans can be
 * rendered as flat, non-nesting marks without moving any span off its words. Spans outside the
 * range are clipped; empty or inverted spans are ignored. Linear in text plus spans log spans.
 */
export function segmentText(text: string, spans: readonly Span[], from = 0, to = text.length): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set<number>([from, to]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: typeof valid = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const starts: string[] = [];
    while (next < byStart.length && (byStart[next] as Span).start === start) {
      const span = byStart[next] as (typeof valid)[number];
      open.push(span);
      starts.push(span.id);
      next++;
    }
    for (let j = open.length - 1; j >= 0; j--) if ((open[j] as Span).end <= start) open.splice(j, 1);
    const ids = [...open].sort((a, b) => a.end - a.start - (b.end - b.start)).map((s) => s.id);
    segments.push({ start, end, text: text.slice(start, end), ids, starts });
  }
  return segments;
}

/** Paragraphs of a plain-text body with their offsets; blank lines are not paragraphs. */
export function paragraphsOf(body: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  return paragraphs;
}
