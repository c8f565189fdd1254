import { z } from "zod";
import { revisionNumberSchema } from "./comparison";

export const EXPORT_FORMATS = ["json", "csv", "jsonld", "md"] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** `?format=csv&revision=3`: without a revision the export is of the latest one. */
export const exportQuerySchema = z.strictObject({
  format: exportFormatSchema.default("json"),
  revision: revisionNumberSchema.optional(),
});
