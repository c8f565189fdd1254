import { z } from "zod";

/**
 * The part of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that
 * Parallax exports. Types come from these schemas; the OpenAPI document reuses them.
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/** Offsets in Unicode code points, as the model requires, not the UTF-16 units of our API. */
export const textPositionSelectorSchema = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const specificResourceSchema = z.object({
  type: z.literal("SpecificResource"),
  source: z.string(),
  selector: z.array(z.union([textQuoteSelectorSchema, textPositionSelectorSchema])),
});
export type SpecificResource = z.infer<typeof specificResourceSchema>;

export const textualBodySchema = z.object({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.string(),
  purpose: z.enum(["describing", "classifying", "tagging", "commenting"]),
});
export type TextualBody = z.infer<typeof textualBodySchema>;

export const agentSchema = z.object({
  type: z.enum(["Person", "Software"]),
  name: z.string(),
});

export const annotationSchema = z.object({
  "@context": z.literal(ANNO_CONTEXT),
  id: z.string(),
  type: z.literal("Annotation"),
  motivation: z.enum(["describing", "linking"]),
  created: z.string(),
  modified: z.string().optional(),
  creator: agentSchema.optional(),
  body: z.array(textualBodySchema),
  target: z.union([specificResourceSchema, z.array(specificResourceSchema)]),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const annotationCollectionSchema = z.object({
  "@context": z.literal(ANNO_CONTEXT),
  id: z.string(),
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int(),
  first: z.object({
    id: z.string(),
    type: z.literal("AnnotationPage"),
    partOf: z.string(),
    startIndex: z.literal(0),
    items: z.array(annotationSchema),
  }),
});
export type AnnotationCollection = z.infer<typeof annotationCollectionSchema>;
