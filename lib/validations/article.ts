import { z } from "zod";
import { isoDaySchema } from "@/lib/analysis/values";
import { annotatorSchema, claimSchema } from "./claim";
import { optionalText } from "./common";

export const MAX_ARTICLE_CHARS = 500_000;

/** Accepts an ISO day or a full ISO timestamp and keeps the day, the precision articles are dated in. */
const publishedDay = z.union([
  isoDaySchema,
  z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString().slice(0, 10)),
]);
const publishedAtInput = publishedDay.nullish().transform((v) => v ?? null);

export const articleCreateSchema = z.strictObject({
  title: z.string().trim().min(1, "a title is required").max(300),
  source: optionalText(200),
  author: optionalText(200),
  url: z
    .url({ protocol: /^https?$/, error: "an http or https URL" })
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
  publishedAt: publishedAtInput,
  body: z
    .string({ error: "body is required: the article's text" })
    .max(MAX_ARTICLE_CHARS, `the body may be at most ${MAX_ARTICLE_CHARS} characters`)
    .refine((s) => s.trim().length > 0, "the body is empty"),
});
export type ArticleCreateInput = z.infer<typeof articleCreateSchema>;

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  claimCount: z.number().int(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  body: z.string(),
  contentHash: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleWithClaimsSchema = articleSchema.extend({ claims: z.array(claimSchema) });
export type ArticleWithClaims = z.infer<typeof articleWithClaimsSchema>;

/** A field a re-import may leave out (kept as stored), set, or clear with null or "". */
function replaceable<S extends z.ZodType<string>>(schema: S) {
  return z
    .union([schema, z.null()])
    .transform((v) => (v ? v : null))
    .optional();
}

/**
 * A re-import: new text for an article that is already annotated, with any metadata to change.
 * `annotator` names who did it, for the comparisons' history (`author` is the article's byline).
 */
export const articleReplaceSchema = z.strictObject({
  body: articleCreateSchema.shape.body,
  title: articleCreateSchema.shape.title.optional(),
  source: replaceable(z.string().trim().max(200)),
  author: replaceable(z.string().trim().max(200)),
  url: replaceable(z.url({ protocol: /^https?$/, error: "an http or https URL" }).max(2000)),
  publishedAt: replaceable(publishedDay),
  annotator: annotatorSchema,
});
export type ArticleReplaceInput = z.infer<typeof articleReplaceSchema>;

export const reimportReportSchema = z.object({
  /** Claims whose words were found again, at new offsets or the same ones. */
  moved: z.number().int(),
  unchanged: z.number().int(),
  /** Claims kept but no longer placed: their words are gone from the new text. */
  orphaned: z.number().int(),
  /** Undecided engine suggestions whose words are gone, dropped rather than orphaned. */
  removed: z.number().int(),
  /** New engine suggestions where no existing claim already covers the words. */
  added: z.number().int(),
});
export type ReimportReport = z.infer<typeof reimportReportSchema>;

export const articleReplacedSchema = articleWithClaimsSchema.extend({ reimport: reimportReportSchema });
