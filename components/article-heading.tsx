import { bylineOf } from "./format";

interface ArticleHeadingProps {
  article: { title: string; source: string | null; author: string | null; publishedAt: string | null };
  level?: 1 | 2;
}

/** Outlet, title, author and date, as every place that shows an article heads it. */
export function ArticleHeading({ article, level = 1 }: ArticleHeadingProps) {
  const Title = level === 1 ? "h1" : "h2";
  const byline = bylineOf(article);
  return (
    <div>
      <Title
        className={level === 1 ? "text-2xl font-semibold text-balance" : "text-lg leading-snug font-semibold"}
      >
        {article.title}
      </Title>
      <p className="mt-1 text-sm text-stone-600">{byline || "Source, author and date unknown"}</p>
    </div>
  );
}
