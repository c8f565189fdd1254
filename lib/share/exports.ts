import { type Comparison, comparisonSchema } from "@/lib/validations/comparison";
import type { ExportFormat } from "@/lib/validations/export";
import { comparisonToCsv } from "./exports-csv";
import { comparisonToWebAnnotations } from "./exports-jsonld";
import { comparisonToMarkdown } from "./exports-markdown";
import { ANNO_MEDIA_TYPE } from "./web-annotation";

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

/** Media types as registered: text/csv (RFC 4180, 7111), text/markdown (RFC 7763), the W3C profile. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8; header=present",
  jsonld: ANNO_MEDIA_TYPE,
  md: "text/markdown; charset=utf-8; variant=GFM",
};

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: "json",
  csv: "csv",
  jsonld: "jsonld",
  md: "md",
};

/** One comparison revision as a file. `origin` makes the ids inside JSON-LD and links absolute. */
export function renderExport(comparison: Comparison, format: ExportFormat, origin: string): ExportFile {
  const body =
    format === "json"
      ? // The same bytes as the API resource, so the two share an ETag.
        JSON.stringify(comparisonSchema.parse(comparison))
      : format === "csv"
        ? comparisonToCsv(comparison)
        : format === "jsonld"
          ? `${JSON.stringify(comparisonToWebAnnotations(comparison, origin), null, 2)}\n`
          : comparisonToMarkdown(comparison, origin);
  return {
    body,
    contentType: EXPORT_MEDIA_TYPES[format],
    filename: `parallax-${comparison.slug}-r${comparison.revision}.${EXTENSIONS[format]}`,
  };
}
