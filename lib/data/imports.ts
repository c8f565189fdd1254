import { ApiError, invalidInput, type ProblemCode } from "@/lib/api/errors";
import { fetchAllowanceFromEnv } from "@/lib/import/address-policy";
import { FetchPageError, type FetchFailure } from "@/lib/import/fetch-error";
import { type FetchPageOptions, fetchPage } from "@/lib/import/fetch-page";
import { type ExtractedArticle, htmlToArticle } from "@/lib/import/html-to-article";
import { UnreadableHtmlError } from "@/lib/import/markup-budget";
import { markdownToText } from "@/lib/import/markdown-to-text";
import {
  articleCreateSchema,
  type ArticleCreateInput,
  type ArticleWithClaims,
} from "@/lib/validations/article";
import {
  type HtmlImportItem,
  type ImportResult,
  type MarkdownImportItem,
  parseImportItem,
} from "@/lib/validations/import";
import { createArticle } from "./articles";

/** What a document yields before its defaults are filled in and it is validated as an article. */
interface Draft {
  title: string | null | undefined;
  source: string | null | undefined;
  author: string | null | undefined;
  url: string | null | undefined;
  publishedAt: string | null | undefined;
  body: string;
}

/**
 * A title for a document that declares none: its first line. The stored body loses a leading
 * repeat of its title (see cleanArticleText), so a one-line text is titled by its opening words
 * instead, or it would be left with no body at all.
 */
function fallbackTitle(body: string): string {
  const lines = body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0] ?? "";
  if (lines.length > 1 && first.length <= 120) return first;
  const words = first.split(/\s+/);
  if (words.length <= 8 && first.length <= 120) return lines.length > 1 ? first : "Untitled import";
  return `${words.slice(0, 8).join(" ").slice(0, 100)}…`;
}

function toArticleInput(draft: Draft, what: string): ArticleCreateInput {
  if (!draft.body.trim()) {
    throw new ApiError("invalid-input", `No article text was found in that ${what}.`, {
      errors: [{ path: "body", message: "no article text" }],
    });
  }
  const parsed = articleCreateSchema.safeParse({
    ...draft,
    title: draft.title || fallbackTitle(draft.body),
  });
  if (!parsed.success) throw invalidInput(parsed.error, what);
  return parsed.data;
}

function extractHtml(html: string, url: string | undefined): ExtractedArticle {
  try {
    return htmlToArticle(html, { url });
  } catch (error) {
    if (error instanceof UnreadableHtmlError) {
      throw new ApiError("invalid-input", error.message, {
        errors: [{ path: "html", message: error.message }],
      });
    }
    throw error;
  }
}

function draftOfDocument(item: HtmlImportItem | MarkdownImportItem): Draft {
  if ("html" in item) {
    const page = extractHtml(item.html, item.url ?? undefined);
    return {
      title: item.title ?? page.title,
      source: item.source ?? page.siteName,
      author: item.author ?? page.byline,
      url: item.url ?? page.canonicalUrl,
      publishedAt: item.publishedAt ?? page.publishedAt,
      body: page.text,
    };
  }
  const doc = markdownToText(item.markdown);
  return {
    title: item.title ?? doc.title,
    source: item.source ?? doc.source,
    author: item.author ?? doc.author,
    url: item.url,
    publishedAt: item.publishedAt ?? doc.publishedAt,
    body: doc.text,
  };
}

async function importOne(raw: unknown): Promise<ArticleWithClaims> {
  const parsed = parseImportItem(raw);
  if (!parsed.success) throw invalidInput(parsed.error, "article");
  const item = parsed.data;
  if (!("html" in item) && !("markdown" in item)) return createArticle(item);
  return createArticle(toArticleInput(draftOfDocument(item), "html" in item ? "HTML" : "Markdown"));
}

/**
 * Imports each item on its own, in order: one item's failure is reported in its result and does
 * not stop or undo the others. Sequential, because SQLite has one writer anyway.
 */
export async function importArticles(items: readonly unknown[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [index, raw] of items.entries()) {
    try {
      const article = await importOne(raw);
      results.push({ index, status: 201, article });
    } catch (error) {
      const problem = error instanceof ApiError ? error : unexpected(error);
      results.push({ index, status: problem.status, problem: problem.toProblem() });
    }
  }
  return results;
}

function unexpected(error: unknown): ApiError {
  console.error("Unhandled error while importing an article", error);
  return new ApiError("internal", "Something went wrong on our side while importing this article.");
}

const FETCH_PROBLEMS: Readonly<Record<FetchFailure, ProblemCode>> = {
  "invalid-url": "invalid-input",
  "blocked-address": "invalid-input",
  dns: "invalid-input",
  redirects: "invalid-input",
  "upstream-status": "invalid-input",
  "unsupported-type": "unsupported-media-type",
  "too-large": "payload-too-large",
  timeout: "upstream-timeout",
  unreachable: "upstream-failed",
};

function asProblem(error: FetchPageError): ApiError {
  // A 5xx from the site is the site's trouble, not a wrong address.
  const code =
    error.reason === "upstream-status" && (error.upstreamStatus ?? 0) >= 500
      ? "upstream-failed"
      : FETCH_PROBLEMS[error.reason];
  return new ApiError(code, error.message, {
    errors: code === "invalid-input" ? [{ path: "url", message: error.message }] : undefined,
    extensions: { reason: error.reason },
  });
}

function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "").slice(0, 200);
}

function storableUrl(url: string): string | null {
  return url.length <= 2000 ? url : null;
}

/** Fetches a public page, extracts its article and imports it like any other. */
export async function importFromUrl(url: string, options: FetchPageOptions = {}): Promise<ArticleWithClaims> {
  let page;
  try {
    page = await fetchPage(url, { allow: fetchAllowanceFromEnv(), ...options });
  } catch (error) {
    throw error instanceof FetchPageError ? asProblem(error) : error;
  }
  let draft: Draft;
  if (page.kind === "html") {
    const extracted = extractHtml(page.text, page.url);
    draft = {
      title: extracted.title,
      source: extracted.siteName ?? hostLabel(page.url),
      author: extracted.byline,
      url: storableUrl(page.url),
      publishedAt: extracted.publishedAt,
      body: extracted.text,
    };
  } else {
    const doc = page.kind === "markdown" ? markdownToText(page.text) : null;
    draft = {
      title: doc?.title,
      source: doc?.source ?? hostLabel(page.url),
      author: doc?.author,
      url: storableUrl(page.url),
      publishedAt: doc?.publishedAt,
      body: doc?.text ?? page.text,
    };
  }
  return createArticle(toArticleInput(draft, "page"));
}
