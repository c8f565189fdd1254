import { z } from "zod";

/** One entry of a comparison's history: what changed, who changed it and when. */
export const revisionSummarySchema = z.object({
  number: z.number().int().min(1),
  summary: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionListSchema = z.object({ items: z.array(revisionSummarySchema) });
