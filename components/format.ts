const DAY = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Dec 2, 2025" for an ISO day or timestamp; the input as given when it is not a date. */
export function formatDay(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

/** "Outlet · Author · Dec 2, 2025", skipping what is unknown. */
export function bylineOf(article: {
  source: string | null;
  author: string | null;
  publishedAt: string | null;
}): string {
  return [article.source, article.author, formatDay(article.publishedAt)].filter(Boolean).join(" · ");
}
