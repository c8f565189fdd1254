import { z } from "zod";

/** Identifiers we mint are URL-safe base64 characters (see lib/data/ids.ts). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, "not a valid identifier");

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "not a cursor returned by this API")
    .optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Optional free text from a client: trimmed; empty becomes null so nothing stores "". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}
