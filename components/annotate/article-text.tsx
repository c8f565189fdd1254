import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import type { Claim } from "@/lib/validations/claim";
import { MarkedParagraphs } from "../marked-paragraphs";

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
  const spans = claims
    .filter((c) => !c.orphaned)
    .map((c) => ({ id: c.id, start: c.start, end: c.end, item: c }));
  return (
    <div
      data-annotate-text={articleId}
      tabIndex={-1}
      className="space-y-4 font-serif text-[1.05rem] leading-relaxed focus:outline-none"
    >
      <MarkedParagraphs
        body={body}
        spans={spans}
        describe={(covering: Claim[]) => {
          const primary = covering[0] as Claim;
          return {
            title: `${slotLabel(primary.slot)}: ${formatValue(primary)} (${primary.status})`,
            data: { "data-status": primary.status, "data-slot": primary.slot, "data-topic": primary.topic },
          };
        }}
      />
    </div>
  );
}
