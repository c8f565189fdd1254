import { z } from "zod";
import { articleCreateSchema, articleSummarySchema, MAX_ARTICLE_CHARS } from "./article";

/** Most articles one request may import; larger sets go in several requests. */
export const MAX_IMPORT_ITEMS = 50;
/** HTML carries markup, scripts and styles around the text, so it may be ten times an article. */
export const MAX_HTML_CHARS = 5_000_000;
/** The JSON body of POST /api/imports: room for a few large HTML files or many plain texts. */
export const MAX_IMPORT_JSON_BYTES = 16 * 1024 * 1024;

const webAddress = z
  .string({ error: "url is required: the address of the page" })
  .trim()
  .max(2000, "the address may be at most 2000 characters")
  .pipe(z.url({ protocol: /^https?$/, error: "an http:// or https:// address" }));

const optionalTitle = z
  .string()
  .trim()
  .max(300)
  .nullish()
  .transform((v) => v || undefined);

/** The metadata an HTML or Markdown item may carry; anything missing comes from the document. */
const documentMetadata = articleCreateSchema.pick({
  source: true,
  author: true,
  url: true,
  publishedAt: true,
});

export const htmlImportItemSchema = documentMetadata.extend({
  html: z
    .string({ error: "html is required: the page's HTML" })
    .max(MAX_HTML_CHARS, `the HTML may be at most ${MAX_HTML_CHARS} characters`)
    .refine((s) => s.trim().length > 0, "the HTML is empty"),
  title: optionalTitle,
});
export type HtmlImportItem = z.infer<typeof htmlImportItemSchema>;

export const markdownImportItemSchema = documentMetadata.extend({
  markdown: z
    .string({ error: "markdown is required: the document's text" })
    .max(MAX_ARTICLE_CHARS, `the Markdown may be at most ${MAX_ARTICLE_CHARS} characters`)
    .refine((s) => s.trim().length > 0, "the Markdown is empty"),
  title: optionalTitle,
});
export type MarkdownImportItem = z.infer<typeof markdownImportItemSchema>;

/** One item of `{ articles }`: plain text like POST /api/articles, an HTML page, or Markdown. */
export const importItemSchema = z.union([
  articleCreateSchema,
  htmlImportItemSchema,
  markdownImportItemSchema,
]);
export type ImportItem = z.infer<typeof importItemSchema>;

/**
 * Validates one item against the schema its distinguishing key names, so a mistake is reported
 * against the right fields instead of as "matches none of three shapes".
 */
export function parseImportItem(raw: unknown): z.ZodSafeParseResult<ImportItem> {
  const has = (key: string): boolean => typeof raw === "object" && raw !== null && key in raw;
  if (has("html")) return htmlImportItemSchema.safeParse(raw);
  if (has("markdown")) return markdownImportItemSchema.safeParse(raw);
  return articleCreateSchema.safeParse(raw);
}

/**
 * The envelope: exactly one of `url` or `articles`. Items are checked one by one afterwards, so
 * one bad item fails alone while a bad envelope fails the whole request.
 */
export const importRequestSchema = z
  .strictObject({
    url: webAddress.optional(),
    articles: z
      .array(z.unknown(), { error: "articles must be a list of articles" })
      .min(1, "articles is empty: send at least one article")
      .max(MAX_IMPORT_ITEMS, `import at most ${MAX_IMPORT_ITEMS} articles per request`)
      .optional(),
  })
  .refine((body) => (body.url === undefined) !== (body.articles === undefined), {
    error: "send either url (one page to fetch) or articles (a list to import), not both or neither",
  })
  .transform((body) =>
    body.url !== undefined
      ? { kind: "url" as const, url: body.url }
      : { kind: "articles" as const, articles: body.articles ?? [] },
  );
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For a 409: the article already holding this text, and its page. */
  articleId: z.string().optional(),
  url: z.string().optional(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importResultSchema = z.object({
  index: z.number().int().min(0),
  /** This item's own HTTP status: 201 imported, 409 already in the library, 4xx refused. */
  status: z.number().int(),
  article: articleSummarySchema.optional(),
  problem: importProblemSchema.optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importResultsSchema = z.object({ results: z.array(importResultSchema) });
