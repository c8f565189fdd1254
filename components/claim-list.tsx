import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import type { Claim } from "@/lib/validations/claim";

const TOPIC_LABEL = { envoys: "Envoys", dates: "Dates", "plan-terms": "Plan terms", other: "Other" } as const;

/** The claims of one article, grouped by topic, each with its normalized value and exact quote. */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  if (claims.length === 0) return <p className="mt-3 text-stone-600">No claims on this article yet.</p>;
  return (
    <div className="mt-3 space-y-6">
      {(Object.keys(TOPIC_LABEL) as (keyof typeof TOPIC_LABEL)[]).map((topic) => {
        const inTopic = claims.filter((c) => c.topic === topic);
        if (inTopic.length === 0) return null;
        return (
          <section key={topic} aria-label={TOPIC_LABEL[topic]}>
            <h3 className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
              {TOPIC_LABEL[topic]}
            </h3>
            <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
              {inTopic.map((claim) => (
                <li key={claim.id} className="p-3" data-claim-id={claim.id}>
                  <p>
                    <span className="font-medium">{slotLabel(claim.slot)}:</span> {formatValue(claim)}
                    <span className="ml-2 text-xs text-stone-500">{claim.status}</span>
                  </p>
                  <p className="mt-1 text-stone-600">“{claim.quote}”</p>
                  <ClaimActions claim={claim} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * Decisions on a claim. The buttons carry data attributes that the page's annotation trigger acts
 * on (loading the annotator on first use); the stylesheet shows them only once that script runs.
 */
function ClaimActions({ claim }: { claim: Claim }) {
  const label = `${slotLabel(claim.slot)}: ${formatValue(claim)}`;
  const actions = [
    ...(claim.status === "accepted" ? [] : [["accept", "Accept"] as const]),
    ...(claim.status === "rejected" ? [] : [["reject", "Reject"] as const]),
    ["edit", "Edit"] as const,
  ];
  return (
    <div className="mt-2 flex gap-2 empty:hidden">
      {actions.map(([action, text]) => (
        <button
          key={action}
          type="button"
          className="claim-action"
          data-claim-action={action}
          data-claim-id={claim.id}
          data-article-id={claim.articleId}
          aria-label={`${text} ${label}`}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
