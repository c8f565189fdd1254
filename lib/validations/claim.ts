import { z } from "zod";
import { claimValueSchema, slotSchema, topicSchema } from "@/lib/analysis/values";

export const CLAIM_ORIGINS = ["extracted", "annotator"] as const;
export const CLAIM_STATUSES = ["suggested", "accepted", "rejected"] as const;

export const claimSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    orphaned: z.boolean(),
    topic: topicSchema,
    slot: slotSchema,
    attribution: z.string().nullable(),
    origin: z.enum(CLAIM_ORIGINS),
    status: z.enum(CLAIM_STATUSES),
    author: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .and(claimValueSchema);
export type Claim = z.infer<typeof claimSchema>;
