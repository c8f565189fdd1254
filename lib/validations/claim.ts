import { z } from "zod";
import {
  CLAIM_KINDS,
  claimValueSchema,
  dateValueSchema,
  personValueSchema,
  quantityValueSchema,
  slotSchema,
  termValueSchema,
  topicSchema,
} from "@/lib/analysis/values";
import { optionalText } from "./common";

export const CLAIM_ORIGINS = ["extracted", "annotator"] as const;
export const CLAIM_STATUSES = ["suggested", "accepted", "rejected"] as const;
/** A claim is a phrase or a sentence, not a passage: longer selections are a slip of the mouse. */
export const MAX_QUOTE_CHARS = 2_000;

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

export const claimStatusSchema = z.enum(CLAIM_STATUSES);

/** Who made a change: a free-text annotator name, since Parallax has no accounts yet. */
export const annotatorSchema = optionalText(100);

const offsetSchema = z.number().int().min(0);
const quoteSchema = z.string().min(1, "the quote is empty").max(MAX_QUOTE_CHARS);

const claimCreateFields = {
  start: offsetSchema,
  end: offsetSchema,
  quote: quoteSchema,
  topic: topicSchema,
  slot: slotSchema,
  author: annotatorSchema,
  status: claimStatusSchema.default("accepted"),
};

/**
 * A claim an annotator adds. One strict object per kind, so a value is checked against its own
 * kind's schema and the error names the field (`value.name`), not the whole union.
 */
export const claimCreateSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ ...claimCreateFields, kind: z.literal("person"), value: personValueSchema }),
    z.strictObject({ ...claimCreateFields, kind: z.literal("date"), value: dateValueSchema }),
    z.strictObject({ ...claimCreateFields, kind: z.literal("quantity"), value: quantityValueSchema }),
    z.strictObject({ ...claimCreateFields, kind: z.literal("term"), value: termValueSchema }),
  ])
  .refine((c) => c.end > c.start, { path: ["end"], message: "end must be after start" });
export type ClaimCreateInput = z.infer<typeof claimCreateSchema>;

/**
 * A change to a claim, naming the version it was read at. A value changes together with its
 * kind and an anchor as start, end and quote together, so a half-edited claim cannot be saved.
 */
export const claimPatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    status: claimStatusSchema.optional(),
    topic: topicSchema.optional(),
    slot: slotSchema.optional(),
    kind: z.enum(CLAIM_KINDS).optional(),
    value: z.unknown().optional(),
    start: offsetSchema.optional(),
    end: offsetSchema.optional(),
    quote: quoteSchema.optional(),
    author: annotatorSchema,
  })
  .transform((input, ctx) => {
    const { version, status, topic, slot, kind, value, start, end, quote, author } = input;
    if ((kind === undefined) !== (value === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [kind === undefined ? "kind" : "value"],
        message: "kind and value change together",
      });
    }
    const anchorParts = [start, end, quote].filter((v) => v !== undefined).length;
    if (anchorParts !== 0 && anchorParts !== 3) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: "start, end and quote change together" });
    } else if (start !== undefined && end !== undefined && end <= start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start" });
    }
    const typed =
      kind === undefined || value === undefined ? undefined : claimValueSchema.safeParse({ kind, value });
    for (const issue of typed?.success === false ? typed.error.issues : []) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
    const changes = [status, topic, slot, kind ?? value, start ?? end ?? quote].filter(
      (v) => v !== undefined,
    );
    if (changes.length === 0) ctx.addIssue({ code: "custom", path: [], message: "nothing to change" });
    if (ctx.issues.length > 0) return z.NEVER;
    const anchor =
      start !== undefined && end !== undefined && quote !== undefined ? { start, end, quote } : undefined;
    return { version, author, status, topic, slot, typed: typed?.success ? typed.data : undefined, anchor };
  });
export type ClaimPatchInput = z.infer<typeof claimPatchSchema>;

export const claimDeleteQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
  author: annotatorSchema,
});

/** What a 409 on a claim carries: the claim as it is now, so the client can show the newer state. */
export const claimConflictSchema = z.object({ current: claimSchema });

/** A text selection to read: the offsets the browser reports, in any order the user dragged. */
export const selectionSchema = z.strictObject({ start: offsetSchema, end: offsetSchema });

export const claimSuggestionSchema = z.object({
  /** The selection with surrounding whitespace trimmed, ready to send back as the claim's anchor. */
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  suggestion: z.object({ topic: topicSchema, slot: slotSchema }).and(claimValueSchema).nullable(),
});
export type ClaimSuggestion = z.infer<typeof claimSuggestionSchema>;
