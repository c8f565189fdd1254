import type { Comparison } from "@/lib/validations/comparison";
import { type ClaimInRow, sourceName } from "./comparison-model";
import { CopyLinkButton } from "./copy-link-button";
import { VerdictBadge } from "./verdict";

/**
 * Slots × sources: each cell the normalized values a source gives, each row its verdict and the
 * reason in words. Cells link to the quoted words (`#claim-{id}`); an empty cell says the source
 * is silent. Filters (in the page) hide rows through data attributes, without script.
 */
export function ClaimsMatrix({
  comparison,
  claims,
}: {
  comparison: Comparison;
  claims: Map<string, ClaimInRow>;
}) {
  if (comparison.rows.length === 0) {
    return <p className="text-stone-600">No claims to compare yet.</p>;
  }
  // Catch-all slots ("people mentioned", "dates mentioned") answer no single question, so they
  // sit apart from the rows that do, folded away until asked for.
  const isCatchAll = (slot: string) => slot.endsWith(".mentioned");
  const questions = comparison.rows.filter((r) => !isCatchAll(r.slot));
  const mentions = comparison.rows.filter((r) => isCatchAll(r.slot));
  return (
    <div className="space-y-3">
      <MatrixTable
        comparison={comparison}
        rows={questions}
        claims={claims}
        label="Claims matrix, scrolls sideways"
      />
      {mentions.length > 0 ? (
        <details className="rounded-lg border border-stone-200 bg-white">
          <summary className="cursor-pointer p-2 text-sm font-medium">
            Also mentioned, not tied to one question ({mentions.length} rows)
          </summary>
          <MatrixTable
            comparison={comparison}
            rows={mentions}
            claims={claims}
            label="Other mentions, scrolls sideways"
          />
        </details>
      ) : null}
    </div>
  );
}

function MatrixTable({
  comparison,
  rows,
  claims,
  label,
}: {
  comparison: Comparison;
  rows: Comparison["rows"];
  claims: Map<string, ClaimInRow>;
  label: string;
}) {
  return (
    <div
      role="region"
      className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white"
      tabIndex={0}
      aria-label={label}
    >
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">
          What each source says, slot by slot, with the verdict across sources
        </caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="p-2 font-semibold">
              Question
            </th>
            {comparison.articles.map((article, i) => (
              <th key={article.id} scope="col" className="p-2 font-semibold" title={article.title}>
                {sourceName(article, i)}
              </th>
            ))}
            <th scope="col" className="p-2 font-semibold">
              Verdict
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.slot}
              id={`row-${row.slot}`}
              data-row-slot={row.slot}
              data-topic={row.topic}
              data-verdict={row.verdict}
              className="matrix-row border-t border-stone-200 align-top"
            >
              <th scope="row" className="p-2 text-left font-medium">
                <a href={`#row-${row.slot}`} className="row-link hover:underline" data-row-slot={row.slot}>
                  {row.label}
                </a>
                <CopyLinkButton
                  hash={`row-${row.slot}`}
                  label={`Copy link to the ${row.label} row`}
                  doneLabel="Link copied"
                />
              </th>
              {row.cells.map((cell) => {
                const values = distinctValues(cell.claimIds.flatMap((id) => claims.get(id) ?? []));
                return (
                  <td key={cell.articleId} className="p-2">
                    {values.length === 0 ? (
                      <span className="text-stone-400">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">silent</span>
                      </span>
                    ) : (
                      <ul className="space-y-0.5">
                        {values.map(({ first, count }) => (
                          <li key={first.claim.id}>
                            <a
                              href={`#claim-${first.claim.id}`}
                              className="claim-link text-blue-800 hover:underline"
                              data-claim-id={first.claim.id}
                            >
                              {first.value}
                            </a>
                            {count > 1 ? <span className="text-stone-500"> ×{count}</span> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
              <td className="p-2">
                <VerdictBadge verdict={row.verdict} />
                <p className="mt-1 text-xs text-stone-600">{row.reason}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One entry per distinct value, linking to its first mention, with how often the source says it. */
function distinctValues(values: readonly ClaimInRow[]): { first: ClaimInRow; count: number }[] {
  const seen = new Map<string, { first: ClaimInRow; count: number }>();
  for (const v of values) {
    const entry = seen.get(v.value);
    if (entry) entry.count++;
    else seen.set(v.value, { first: v, count: 1 });
  }
  return [...seen.values()];
}
