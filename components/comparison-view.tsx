import type { Comparison } from "@/lib/validations/comparison";
import { AnnotateTrigger } from "./annotate/annotate-trigger";
import { HistoryPanel } from "./annotate/history-panel";
import { RelationList } from "./annotate/relation-list";
import { ArticleHeading } from "./article-heading";
import { ClaimsMatrix } from "./claims-matrix";
import { ComparisonInteractions } from "./comparison-interactions";
import { claimsInRows, sourceName, verdictCounts } from "./comparison-model";
import { DateTimeline } from "./date-timeline";
import { HighlightedText } from "./highlighted-text";
import { ShareButton } from "./share-button";
import { VerdictLegend } from "./verdict";

const TOPIC_FILTERS = [
  ["all", "All topics"],
  ["envoys", "Envoys"],
  ["dates", "Dates"],
  ["plan-terms", "Plan terms"],
  ["other", "Other"],
] as const;

/**
 * The page behind every shared link. Everything is rendered on the server: filters and phone tabs
 * are radio buttons that CSS acts on (see globals.css), so they work before and without script;
 * one small client island adds counterpart highlighting, scrolling and keyboard moves.
 */
export function ComparisonView({ comparison, pinned }: { comparison: Comparison; pinned: boolean }) {
  const claims = claimsInRows(comparison);
  const counts = verdictCounts(comparison.rows);
  return (
    <div className="comparison space-y-6" data-comparison={comparison.slug}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-balance">{comparison.title}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {comparison.articles.length} sources · {counts.contradict} contradictions · {counts.partial}{" "}
            partial · {counts.agree} agreements · revision {comparison.revision}
            {pinned ? " (pinned: this link always shows this revision)" : ""}
          </p>
        </div>
        <ShareButton path={`/c/${comparison.slug}/r/${comparison.revision}`} revision={comparison.revision} />
      </div>

      <section aria-labelledby="matrix-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="matrix-heading" className="text-lg font-semibold">
            Claims by question
          </h2>
          <div className="no-print flex flex-wrap gap-4 text-sm">
            <fieldset className="flex flex-wrap items-center gap-2">
              <legend className="sr-only">Topic</legend>
              {TOPIC_FILTERS.map(([value, label]) => (
                <label key={value} className="filter-chip">
                  <input
                    type="radio"
                    name="topic-filter"
                    id={`f-topic-${value}`}
                    value={value}
                    defaultChecked={value === "all"}
                    className="sr-only"
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            <label className="filter-chip">
              <input type="checkbox" id="f-verdict-contradict" className="sr-only" />
              <span aria-hidden="true">✕</span> Contradictions only
            </label>
          </div>
        </div>
        <ClaimsMatrix comparison={comparison} claims={claims} />
        <VerdictLegend />
      </section>

      <DateTimeline comparison={comparison} claims={claims} />

      <section aria-labelledby="columns-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="columns-heading" className="text-lg font-semibold">
            The articles side by side
          </h2>
          <div className="flex items-center gap-4">
            <label className="no-print hidden items-center gap-2 text-sm md:flex">
              <input type="checkbox" id="align-columns" className="size-4" />
              Keep columns aligned on the focused claim
            </label>
            {pinned ? null : <AnnotateTrigger slug={comparison.slug} />}
          </div>
        </div>
        <div
          role="radiogroup"
          aria-label="Source shown"
          className="no-print flex gap-1 overflow-x-auto md:hidden"
        >
          {comparison.articles.map((article, i) => (
            <label key={article.id} className="column-tab">
              <input
                type="radio"
                name="column-tab"
                id={`col-tab-${i}`}
                defaultChecked={i === 0}
                className="sr-only"
              />
              {sourceName(article, i)}
            </label>
          ))}
        </div>
        <div className="columns-grid grid gap-4 md:auto-cols-[minmax(16rem,1fr)] md:grid-flow-col md:overflow-x-auto">
          {comparison.articles.map((article, i) => (
            <article
              key={article.id}
              aria-label={article.title}
              data-article-id={article.id}
              data-col={i}
              data-source={sourceName(article, i)}
              data-url={article.url ?? undefined}
              className="comparison-column flex min-w-0 flex-col rounded-lg border border-stone-200 bg-white md:max-h-[80vh]"
            >
              <div className="border-b border-stone-200 p-4">
                <ArticleHeading article={article} level={2} />
              </div>
              <div className="column-scroll overflow-y-auto p-4 print:overflow-visible">
                {/* The annotation trigger maps selections in here to offsets in this article. */}
                <div data-annotate-text={article.id} tabIndex={-1} className="focus:outline-none">
                  <HighlightedText
                    body={article.body}
                    claims={[...claims.values()].filter((c) => c.claim.articleId === article.id)}
                  />
                </div>
              </div>
            </article>
          ))}
        </div>
      </section>
      <RelationList comparison={comparison} />
      <HistoryPanel slug={comparison.slug} current={comparison.revision} />
      <div id="claim-actions" className="claim-actions no-print" hidden>
        <p role="status" aria-live="polite" id="counterpart-status" />
        <div className="mt-1 flex gap-3 text-xs">
          <button type="button" data-action="copy-claim-link" className="underline">
            Copy link to this claim
          </button>
          <a
            data-action="open-original"
            className="underline"
            target="_blank"
            rel="noopener noreferrer nofollow"
            hidden
          >
            Open the words in the original
          </a>
        </div>
      </div>
      <ComparisonInteractions />
    </div>
  );
}
