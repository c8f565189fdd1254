import type { Comparison } from "@/lib/validations/comparison";
import { sourceName } from "@/components/comparison-model";

/**
 * The links annotators drew between claims, which override the computed verdict of their row:
 * each end links to its words (the page's island scrolls the column there), with the note and who
 * made it. Icons and words as well as colour, as everywhere in the view.
 */
export function RelationList({ comparison }: { comparison: Comparison }) {
  if (comparison.relations.length === 0) return null;
  const claims = new Map(comparison.claims.map((c) => [c.id, c]));
  const source = (articleId: string | undefined) => {
    const index = comparison.articles.findIndex((a) => a.id === articleId);
    const article = comparison.articles[index];
    return article ? sourceName(article, index) : "unknown source";
  };
  return (
    <section aria-labelledby="links-heading" className="space-y-2">
      <h2 id="links-heading" className="text-lg font-semibold">
        Annotators&rsquo; links
      </h2>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
        {comparison.relations.map((relation) => {
          const from = claims.get(relation.fromClaimId);
          const to = claims.get(relation.toClaimId);
          const contradicts = relation.kind === "contradicts";
          return (
            <li key={relation.id} className="p-3" data-relation-id={relation.id}>
              <a href={`#claim-${relation.fromClaimId}`} className="claim-link text-blue-800 hover:underline">
                “{from?.quote ?? "a removed claim"}”
              </a>{" "}
              <span className="text-stone-600">({source(from?.articleId)})</span>{" "}
              <span className={contradicts ? "font-semibold text-red-900" : "font-semibold text-emerald-900"}>
                <span aria-hidden="true">{contradicts ? "✕" : "✓"}</span> {relation.kind}
              </span>{" "}
              <a href={`#claim-${relation.toClaimId}`} className="claim-link text-blue-800 hover:underline">
                “{to?.quote ?? "a removed claim"}”
              </a>{" "}
              <span className="text-stone-600">({source(to?.articleId)})</span>
              {relation.note ? <p className="mt-1">{relation.note}</p> : null}
              <p className="mt-1 text-xs text-stone-600">
                {relation.author ? `Linked by ${relation.author}` : "Linked by an annotator"}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
