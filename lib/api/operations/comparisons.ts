import { z } from "zod";
import { EXPORT_MEDIA_TYPES } from "@/lib/share/exports";
import { annotationCollectionSchema } from "@/lib/share/web-annotation";
import {
  comparisonCreatedSchema,
  comparisonCreateSchema,
  comparisonSchema,
  revisionNumberSchema,
} from "@/lib/validations/comparison";
import { exportQuerySchema } from "@/lib/validations/export";
import { revisionListSchema } from "@/lib/validations/revision";
import type { OperationSpec } from "../openapi";
import { comparisonParams, json, JSON_BODY_ERRORS } from "./shared";

export const COMPARISON_OPERATIONS: readonly OperationSpec[] = [
  {
    method: "post",
    path: "/api/comparisons",
    operationId: "createComparison",
    summary: "Compare 2 to 6 articles",
    description:
      "Creates revision 1. `url` is the comparison's page, which always shows the latest revision.",
    tag: "Comparisons",
    body: comparisonCreateSchema,
    responses: {
      201: { description: "The new comparison's address.", content: json(comparisonCreatedSchema) },
    },
    errors: JSON_BODY_ERRORS,
  },
  {
    method: "get",
    path: "/api/comparisons/{slug}",
    operationId: "getComparison",
    summary: "The latest revision of a comparison",
    description:
      "Changes whenever claims or relations of its articles change. `Cache-Control: no-cache` with an ETag: revalidate with If-None-Match. `Content-Location` names the pinned revision this body equals.",
    tag: "Comparisons",
    pathParams: comparisonParams,
    responses: {
      200: { description: "The comparison as a reader sees it now.", content: json(comparisonSchema) },
    },
    errors: ["not-found"],
    conditional: true,
  },
  {
    method: "get",
    path: "/api/comparisons/{slug}/revisions",
    operationId: "listComparisonRevisions",
    summary: "The history of a comparison, newest first",
    tag: "Comparisons",
    pathParams: comparisonParams,
    responses: {
      200: { description: "What each revision changed, who and when.", content: json(revisionListSchema) },
    },
    errors: ["not-found"],
  },
  {
    method: "get",
    path: "/api/comparisons/{slug}/revisions/{revision}",
    operationId: "getComparisonRevision",
    summary: "One pinned revision of a comparison, frozen",
    description:
      "Byte for byte the same forever: `Cache-Control: public, max-age=31536000, immutable` with an ETag.",
    tag: "Comparisons",
    pathParams: comparisonParams.extend({ revision: revisionNumberSchema }),
    responses: {
      200: {
        description: "The comparison exactly as it was shown at that revision.",
        content: json(comparisonSchema),
      },
    },
    errors: ["not-found"],
    conditional: true,
  },
  {
    method: "get",
    path: "/api/comparisons/{slug}/export",
    operationId: "exportComparison",
    summary: "Download a comparison as JSON, CSV, Web Annotations (JSON-LD) or a Markdown report",
    description: [
      "`format=json`: the comparison resource. `format=csv`: one line per claim (RFC 4180; cells a spreadsheet would run as a formula start with an apostrophe; offsets in UTF-16 code units like the rest of the API).",
      "`format=jsonld`: a W3C Web Annotation collection, one annotation per claim shown (TextQuoteSelector and TextPositionSelector, positions in Unicode code points) and a two-target `linking` annotation per relation.",
      "`format=md`: a report with sources, a verdict table and quotes. With `revision` the export is pinned and immutable; without, it is of the latest revision and revalidated.",
      "Sent as an attachment named `parallax-{slug}-r{revision}.{json|csv|jsonld|md}`.",
    ].join("\n\n"),
    tag: "Comparisons",
    pathParams: comparisonParams,
    query: exportQuerySchema,
    responses: {
      200: {
        description: "The file.",
        content: {
          [EXPORT_MEDIA_TYPES.json]: comparisonSchema,
          "text/csv": z.string(),
          "application/ld+json": annotationCollectionSchema,
          "text/markdown": z.string(),
        },
        headers: {
          "Content-Disposition": { description: "attachment; filename=…", schema: { type: "string" } },
        },
      },
    },
    errors: ["not-found", "invalid-input"],
    conditional: true,
  },
];
