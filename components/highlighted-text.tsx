import type { ClaimInRow } from "./comparison-model";
import { MarkedParagraphs } from "./marked-paragraphs";
import { VERDICT_META } from "./verdict";

const SEVERITY = { contradict: 3, partial: 2, agree: 1, single: 0 } as const;

/** An article body in a comparison, each claim highlighted by its row's verdict (the strongest where claims overlap). */
export function HighlightedText({ body, claims }: { body: string; claims: readonly ClaimInRow[] }) {
  const spans = claims.map((c) => ({ id: c.claim.id, start: c.claim.start, end: c.claim.end, item: c }));
  return (
    <div className="space-y-4 font-serif text-base leading-relaxed">
      <MarkedParagraphs
        body={body}
        spans={spans}
        describe={(covering: ClaimInRow[]) => {
          const primary = covering[0] as ClaimInRow;
          const strongest = covering.reduce((a, b) => (SEVERITY[b.verdict] > SEVERITY[a.verdict] ? b : a));
          return {
            title: `${primary.label}: ${primary.value} (${VERDICT_META[strongest.verdict].label.toLowerCase()})`,
            data: {
              "data-verdict": strongest.verdict,
              "data-slot": primary.slot,
              "data-topic": primary.topic,
            },
          };
        }}
      />
    </div>
  );
}
