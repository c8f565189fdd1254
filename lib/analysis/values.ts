import { z } from "zod";

/**
 * The typed values a claim can carry. These schemas are the single source of truth for claim
 * values: the engine produces them, lib/validations reuses them for API input, and every type
 * is inferred from here.
 */

export const TOPICS = ["envoys", "dates", "plan-terms", "other"] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

export const STANCES = ["proposed", "ruled-out", "mentioned"] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

export const VERDICTS = ["agree", "contradict", "partial", "single"] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const RELATION_KINDS = ["agrees", "contradicts"] as const;
export const relationKindSchema = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof relationKindSchema>;

/** A slot names the question a claim answers: lowercase dot-separated words, e.g. `delegation.us`. */
export const slotSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, "a slot is lowercase words joined by dots, e.g. meeting.date");

export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day, YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "not a real calendar day",
  );

export const personValueSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(200).optional(),
  side: z.string().trim().min(1).max(100).optional(),
});
export type PersonValue = z.infer<typeof personValueSchema>;

/**
 * An inclusive range of days. When the text does not let the year (or more) be resolved,
 * `start`/`end` are null and `parts` keeps what is known, so partial dates still compare.
 */
export const dateValueSchema = z
  .object({
    start: isoDaySchema.nullable(),
    end: isoDaySchema.nullable(),
    parts: z
      .object({
        year: z.number().int().min(1).max(9999).optional(),
        month: z.number().int().min(1).max(12).optional(),
        day: z.number().int().min(1).max(31).optional(),
        weekday: z.number().int().min(0).max(6).optional(),
      })
      .optional(),
  })
  .refine((v) => (v.start === null) === (v.end === null), "start and end are both set or both null")
  .refine((v) => v.start === null || v.end === null || v.start <= v.end, "start must not be after end")
  .refine((v) => v.start !== null || v.parts !== undefined, "an unresolved date needs its known parts");
export type DateValue = z.infer<typeof dateValueSchema>;

/** An interval; `null` is an open end. Exclusive ends model "more than four hours". */
export const quantityValueSchema = z
  .object({
    min: z.number().finite().nullable(),
    max: z.number().finite().nullable(),
    unit: z.string().trim().min(1).max(40),
    minExclusive: z.boolean().optional(),
    maxExclusive: z.boolean().optional(),
  })
  .refine((v) => v.min !== null || v.max !== null, "a quantity needs at least one bound")
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, "min must not exceed max");
export type QuantityValue = z.infer<typeof quantityValueSchema>;

export const termValueSchema = z.object({
  term: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a term is lowercase words joined by hyphens"),
  stance: stanceSchema,
});
export type TermValue = z.infer<typeof termValueSchema>;

export const claimValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("person"), value: personValueSchema }),
  z.object({ kind: z.literal("date"), value: dateValueSchema }),
  z.object({ kind: z.literal("quantity"), value: quantityValueSchema }),
  z.object({ kind: z.literal("term"), value: termValueSchema }),
]);
export type ClaimValue = z.infer<typeof claimValueSchema>;
export type ClaimKind = ClaimValue["kind"];
export const CLAIM_KINDS = ["person", "date", "quantity", "term"] as const satisfies readonly ClaimKind[];
