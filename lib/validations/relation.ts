import { z } from "zod";
import { relationKindSchema } from "@/lib/analysis/values";
import { annotatorSchema } from "./claim";
import { idSchema } from "./common";

export const relationSchema = z.object({
  id: z.string(),
  fromClaimId: z.string(),
  toClaimId: z.string(),
  kind: relationKindSchema,
  note: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export type Relation = z.infer<typeof relationSchema>;

export const MAX_NOTE_CHARS = 1_000;

/** An annotator's link between two claims of different articles; the articles are checked on write. */
export const relationCreateSchema = z
  .strictObject({
    fromClaimId: idSchema,
    toClaimId: idSchema,
    kind: relationKindSchema,
    note: z.string().trim().max(MAX_NOTE_CHARS).default(""),
    author: annotatorSchema,
  })
  .refine((r) => r.fromClaimId !== r.toClaimId, {
    path: ["toClaimId"],
    message: "a claim cannot be linked to itself",
  });
export type RelationCreateInput = z.infer<typeof relationCreateSchema>;

export const relationDeleteQuerySchema = z.strictObject({ author: annotatorSchema });
