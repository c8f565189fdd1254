import { paragraphsOf, segmentText, type Span } from "@/lib/analysis/segments";

export type MarkData = Record<`data-${string}`, string>;

/**
 * A plain-text body as paragraphs with marked spans, rendered as React text, never as HTML.
 * Overlapping spans are cut into flat runs; each run is one <mark> naming its innermost span,
 * and every span's anchor (`#claim-{id}`) sits where it begins. `describe` gives a run's title
 * and data attributes from the items covering it, innermost first.
 */
export function MarkedParagraphs<T>({
  body,
  spans,
  describe,
}: {
  body: string;
  spans: readonly (Span & { item: T })[];
  describe: (covering: T[]) => { title: string; data: MarkData };
}) {
  const byId = new Map(spans.map((s) => [s.id, s.item]));
  return paragraphsOf(body).map((p) => (
    <p key={p.start}>
      {segmentText(body, spans, p.start, p.end).map((segment) => {
        const covering = segment.ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as T] : []));
        if (covering.length === 0) return segment.text;
        const { title, data } = describe(covering);
        const [anchorId, ...extraAnchors] = segment.starts;
        return (
          <span key={segment.start}>
            {extraAnchors.map((id) => (
              <span key={id} id={`claim-${id}`} />
            ))}
            <mark
              id={anchorId ? `claim-${anchorId}` : undefined}
              className="claim-mark"
              tabIndex={anchorId ? 0 : -1}
              data-claim-id={segment.ids[0]}
              data-claim-ids={segment.ids.join(" ")}
              {...data}
              title={title}
            >
              {segment.text}
            </mark>
          </span>
        );
      })}
    </p>
  ));
}
