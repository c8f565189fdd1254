import { paragraphsOf, segmentText } from "@/lib/analysis/segments";
import type { ClaimInRow } from "./comparison-model";
import { VERDICT_META } from "./verdict";

const SEVERITY = { contradict: 3, partial: 2, agree: 1, single: 0 } as const;

/**
 * An article body with each claim highlighted by its row's verdict. Text is rendered as React
 * text nodes, never as HTML. Overlapping claims are cut into flat runs; each run is one <mark>
 * naming its innermost claim, and every claim's anchor (`#claim-{id}`) sits where it begins.
 */
export function HighlightedText({ body, claims }: { body: string; claims: readonly ClaimInRow[] }) {
  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  const spans = claims.map((c) => ({ id: c.claim.id, start: c.claim.start, end: c.claim.end }));
  return (
    <div className="space-y-4 font-serif text-base leading-relaxed">
      {paragraphsOf(body).map((p) => (
        <p key={p.start}>
          {segmentText(body, spans, p.start, p.end).map((segment) => {
            if (segment.ids.length === 0) return segment.text;
            const covering = segment.ids.flatMap((id) => byId.get(id) ?? []);
            const primary = covering[0];
            if (!primary) return segment.text;
            const strongest = covering.reduce((a, b) => (SEVERITY[b.verdict] > SEVERITY[a.verdict] ? b : a));
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
                  data-claim-id={primary.claim.id}
                  data-claim-ids={segment.ids.join(" ")}
                  data-verdict={strongest.verdict}
                  data-slot={primary.slot}
                  data-topic={primary.topic}
                  title={`${primary.label}: ${primary.value} (${VERDICT_META[strongest.verdict].label.toLowerCase()})`}
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
