import { z } from "zod";

export const MAX_SEARCH_QUERY_CHARS = 200;

/** `GET /api/search?q=…&limit=…` and the search page's form. */
export const searchQuerySchema = z.strictObject({
  q: z
    .string({ error: "q is required: the words to search for" })
    .trim()
    .min(1, { error: "q is empty: type a word to search for", abort: true })
    .max(MAX_SEARCH_QUERY_CHARS, `q may be at most ${MAX_SEARCH_QUERY_CHARS} characters`)
    // The index holds only words: a query of punctuation alone could never match anything.
    .refine((q) => /[\p{L}\p{N}]/u.test(q), "q has no letters or digits to search for"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A run of snippet text; `match` marks the words the query matched. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const articleHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The best-matching stretch of the body, cut at word boundaries. */
  snippet: z.array(snippetPartSchema),
});
export type ArticleHit = z.infer<typeof articleHitSchema>;

export const claimHitSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.string(),
  quote: z.string(),
  topic: z.string(),
  slot: z.string(),
  kind: z.string(),
  status: z.string(),
});
export type ClaimHit = z.infer<typeof claimHitSchema>;

/** Best matches first; at most `limit` of each. */
export const searchResultsSchema = z.object({
  query: z.string(),
  articles: z.array(articleHitSchema),
  claims: z.array(claimHitSchema),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
