/**
 * Title, byline, outlet and publication day from a page's own metadata: Open Graph and article
 * meta tags, JSON-LD, <time datetime>. Everything read here is untrusted text; it is only ever
 * stored and shown as text.
 */
export interface PageMetadata {
  /** The headline the page declares for sharing (Open Graph, JSON-LD); the best title there is. */
  title: string | null;
  /** <title> or the first <h1>: often carries the outlet's name too, so only a fallback. */
  documentTitle: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collapses whitespace and drops empty or absurdly long values. */
export function tidy(value: unknown, max = 300): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text.length > 0 ? text.slice(0, max).trim() : null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const value = tidy(element?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

/** The JSON-LD objects describing the article itself, flattening arrays and @graph. */
function jsonLdArticles(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(node)) node.forEach((child) => visit(child, depth + 1));
    else if (isObject(node)) {
      const types = ([] as unknown[]).concat(node["@type"]);
      if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(node);
      if (node["@graph"]) visit(node["@graph"], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is common and tells us nothing; the meta tags still may.
    }
  }
  // A page's own WebPage entry is the weakest source; prefer the article-typed ones.
  return found.sort((a, b) => Number(a["@type"] === "WebPage") - Number(b["@type"] === "WebPage"));
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return tidy(value, 200);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? tidy(names.join(", "), 200) : null;
  }
  return isObject(value) ? tidy(value.name, 200) : null;
}

function firstOf<T>(values: readonly T[], pick: (value: T) => string | null): string | null {
  for (const value of values) {
    const picked = pick(value);
    if (picked) return picked;
  }
  return null;
}

/** "By Jane Roe and John Doe" → "Jane Roe and John Doe"; profile URLs are not names. */
export function cleanByline(value: string | null): string | null {
  const text = tidy(value?.replace(/^\s*by[:\s]+/i, ""), 200);
  if (!text || /^https?:\/\//i.test(text) || text.length < 2) return null;
  return text;
}

/**
 * The publication day as written on the page. A timestamp keeps its own calendar day
 * ("2025-12-02T22:00-05:00" is December 2 where it was published), not the UTC one.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? "";
  const written = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  const day = written
    ? `${written[1]}-${written[2]}-${written[3]}`
    : Number.isNaN(Date.parse(text))
      ? null
      : new Date(text).toISOString().slice(0, 10);
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  return real && year >= 1800 && year <= 2200 ? day : null;
}

function httpUrl(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href.slice(0, 2000) : null;
  } catch {
    return null;
  }
}

export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const ld = jsonLdArticles(document);
  const time = document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  return {
    title: meta(document, "og:title", "twitter:title") ?? firstOf(ld, (o) => tidy(o.headline)),
    documentTitle:
      tidy(document.querySelector("title")?.textContent) ?? tidy(document.querySelector("h1")?.textContent),
    byline: cleanByline(
      meta(document, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator") ??
        firstOf(ld, (o) => nameOf(o.author)) ??
        tidy(document.querySelector('[rel="author"]')?.textContent, 200),
    ),
    siteName:
      meta(document, "og:site_name", "application-name") ??
      firstOf(ld, (o) => (isObject(o.publisher) ? tidy(o.publisher.name, 200) : null)),
    publishedAt:
      toIsoDay(meta(document, "article:published_time", "datePublished", "date", "dc.date", "pubdate")) ??
      toIsoDay(firstOf(ld, (o) => tidy(o.datePublished, 100))) ??
      toIsoDay(time?.getAttribute("datetime")),
    canonicalUrl: httpUrl(meta(document, "og:url") ?? canonical, pageUrl),
  };
}
