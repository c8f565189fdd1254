import { z } from "zod";
import { isoDaySchema } from "@/lib/analysis/values";
import { claimSchema } from "./claim";
import { optionalText } from "./common";

export const MAX_ARTICLE_CHARS = 500_000;

/** Accepts an ISO day or a full ISO timestamp and keeps the day, the precision articles are dated in. */
const publishedAtInput = z
  .union([
    isoDaySchema,
    z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString().slice(0, 10)),
  ])
  .nullish()
  .transform((v) => v ?? null);

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
