import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import { paragraphsOf, segmentText } from "@/lib/analysis/segments";
import type { Claim } from "@/lib/validations/claim";

/**
 * An article's own page text with every placed claim highlighted by its status (suggested,
 * accepted, rejected), one <p> per paragraph as the annotator's selection mapping expects.
 * Text is rendered as React text, never as HTML. The data attributes are what the annotation
 * trigger reads: which article the words belong to and which claims a highlight stands for.
 */
export function ArticleText({
  articleId,
  body,
  claims,
}: {
  articleId: string;
  body: string;
  claims: readonly Claim[];
}) {
  const placed = claims.filter((c) => !c.orphaned);
  const byId = new Map(placed.map((c) => [c.id, c]));
  const spans = placed.map((c) => ({ id: c.id, start: c.start, end: c.end }));
  return (
    <div
      data-annotate-text={articleId}
      tabIndex={-1}
      className="space-y-4 font-serif text-[1.05rem] leading-relaxed focus:outline-none"
    >
      {paragraphsOf(body).map((p) => (
        <p key={p.start}>
          {segmentText(body, spans, p.start, p.end).map((segment) => {
            const primary = segment.ids.flatMap((id) => byId.get(id) ?? [])[0];
            if (!primary) return segment.text;
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
                  data-claim-id={primary.id}
                  data-claim-ids={segment.ids.join(" ")}
                  data-status={primary.status}
                  data-slot={primary.slot}
                  data-topic={primary.topic}
                  title={`${slotLabel(primary.slot)}: ${formatValue(primary)} (${primary.status})`}
                >
                  {segment.text}
                </mark>
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
