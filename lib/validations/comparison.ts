import { z } from "zod";
import { slotSchema, topicSchema, verdictSchema } from "@/lib/analysis/values";
import { articleSchema } from "./article";
import { claimSchema } from "./claim";
import { idSchema } from "./common";
import { relationSchema } from "./relation";

export const MIN_COMPARISON_ARTICLES = 2;
export const MAX_COMPARISON_ARTICLES = 6;

export const comparisonCreateSchema = z.strictObject({
  articleIds: z
    .array(idSchema)
    .min(MIN_COMPARISON_ARTICLES, `a comparison needs at least ${MIN_COMPARISON_ARTICLES} articles`)
    .max(MAX_COMPARISON_ARTICLES, `a comparison holds at most ${MAX_COMPARISON_ARTICLES} articles`)
    .refine((ids) => new Set(ids).size === ids.length, "each article may appear only once"),
  title: z.string().trim().min(1).max(300).optional(),
});
export type ComparisonCreateInput = z.infer<typeof comparisonCreateSchema>;

export const slugSchema = z.string().regex(/^[a-z0-9]{8}$/, "not a comparison link");
export const revisionNumberSchema = z.coerce.number().int().min(1);

// Relations moved to their own file; re-exported so existing imports keep working.
export { relationSchema, type Relation } from "./relation";

export const comparisonRowSchema = z.object({
  slot: slotSchema,
  topic: topicSchema,
  label: z.string(),
  verdict: verdictSchema,
  reason: z.string(),
  cells: z.array(z.object({ articleId: z.string(), claimIds: z.array(z.string()) })),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

/** The comparison as a reader sees it at one revision; this exact object is frozen per revision. */
export const comparisonSchema = z.object({
  slug: slugSchema,
  revision: z.number().int().min(1),
  title: z.string(),
  createdAt: z.string(),
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  relations: z.array(relationSchema),
  rows: z.array(comparisonRowSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const comparisonSummarySchema = z.object({
  slug: slugSchema,
  title: z.string(),
  revision: z.number().int(),
  articleCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;

export const comparisonCreatedSchema = z.object({
  slug: slugSchema,
  revision: z.number().int(),
  url: z.string(),
});
