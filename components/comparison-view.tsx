import { ArticleBody } from "./article-body";
import { ArticleHeading } from "./article-heading";
import type { Comparison } from "@/lib/validations/comparison";

/** 2–6 articles side by side: one column each, scrolling on its own, a swipeable row on phones. */
export function ComparisonView({ comparison, pinned }: { comparison: Comparison; pinned: boolean }) {
  const columns = comparison.articles.length;
  return (
    <div>
      <div className="mb-4">
        <h1 className="text-2xl font-semibold text-balance">{comparison.title}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {columns} sources · revision {comparison.revision}
          {pinned ? " (pinned: this link always shows this revision)" : ""}
        </p>
      </div>
      <div
        className="grid snap-x snap-mandatory auto-cols-[minmax(18rem,85vw)] grid-flow-col gap-4 overflow-x-auto pb-2 md:auto-cols-[minmax(16rem,1fr)]"
        aria-label="Articles side by side"
      >
        {comparison.articles.map((article) => (
          <article
            key={article.id}
            aria-label={article.title}
            data-article-id={article.id}
            className="flex max-h-[80vh] min-w-0 snap-start flex-col rounded-lg border border-stone-200 bg-white print:max-h-none"
          >
            <div className="border-b border-stone-200 p-4">
              <ArticleHeading article={article} level={2} />
            </div>
            <div
              className="overflow-y-auto p-4 print:overflow-visible"
              tabIndex={0}
              aria-label={`Text of ${article.title}`}
            >
              <ArticleBody body={article.body} className="text-base" />
            </div>
          </article>
        ))}
      </div>
    </div>
  );
}
