import { z } from "zod";
import packageJson from "@/package.json";
import { EXPORT_MEDIA_TYPES } from "@/lib/share/exports";
import { annotationCollectionSchema } from "@/lib/share/web-annotation";
import {
  articleCreateSchema,
  articleSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
} from "@/lib/validations/article";
import { claimSchema } from "@/lib/validations/claim";
import { idSchema, pageQuerySchema, pageSchema } from "@/lib/validations/common";
import {
  comparisonCreatedSchema,
  comparisonCreateSchema,
  comparisonRowSchema,
  comparisonSchema,
  relationSchema,
  revisionNumberSchema,
  slugSchema,
} from "@/lib/validations/comparison";
import { exportQuerySchema } from "@/lib/validations/export";
import { importRequestSchema, importResultsSchema } from "@/lib/validations/import";
import { buildOpenApiDocument, type OpenApiDocument, type OperationSpec } from "./openapi";

/**
 * Every route handler method, documented. Adding a route file means adding its entry here: the
 * test in lib/api/openapi.test.ts lists app/api/**\/route.ts on disk and fails for any method
 * missing from this list (or listed here without a handler).
 */
const articleParams = z.object({ id: idSchema });
const comparisonParams = z.object({ slug: slugSchema });
const json = (schema: z.ZodType) => ({ "application/json": schema });

export const OPERATIONS: readonly OperationSpec[] = [
  {
    method: "get",
    path: "/api/articles",
    operationId: "listArticles",
    summary: "List articles, newest first",
    description: "Paged with an opaque cursor: pass `nextCursor` back as `cursor` until it is null.",
    tag: "Articles",
    query: pageQuerySchema,
    responses: {
      200: { description: "A page of articles.", content: json(pageSchema(articleSummarySchema)) },
    },
    errors: ["invalid-input"],
  },
  {
    method: "post",
    path: "/api/articles",
    operationId: "createArticle",
    summary: "Import an article from its text",
    description:
      "The body is cleaned and stored with the engine's suggested claims. The same text twice is a 409 whose problem names the existing article (`articleId`, `url`).",
    tag: "Articles",
    body: articleCreateSchema,
    responses: {
      201: {
        description: "The stored article and its suggested claims.",
        content: json(articleWithClaimsSchema),
      },
    },
    errors: ["malformed-request", "conflict", "payload-too-large", "unsupported-media-type", "invalid-input"],
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    operationId: "getArticle",
    summary: "One article with its claims",
    tag: "Articles",
    pathParams: articleParams,
    responses: { 200: { description: "The article.", content: json(articleWithClaimsSchema) } },
    errors: ["not-found"],
  },
  {
    method: "get",
    path: "/api/articles/{id}/claims",
    operationId: "listArticleClaims",
    summary: "The claims of one article, in text order",
    tag: "Claims",
    pathParams: articleParams,
    responses: {
      200: {
        description: "Every claim, whatever its status.",
        content: json(z.object({ items: z.array(claimSchema) })),
      },
    },
    errors: ["not-found"],
  },
  {
    method: "post",
    path: "/api/imports",
    operationId: "importArticles",
    summary: "Import one page by URL, or many articles (text, HTML or Markdown)",
    description:
      "`{ url }` fetches one public page and answers like createArticle (201 or one problem). `{ articles: [...] }` imports each item on its own and answers 200 with each item's own status; an item is `{ title, body }` like createArticle, `{ html }` or `{ markdown }`.",
    tag: "Articles",
    body: importRequestSchema,
    responses: {
      200: { description: "One result per item, in order.", content: json(importResultsSchema) },
      201: { description: "The page fetched by URL, stored.", content: json(articleWithClaimsSchema) },
    },
    errors: [
      "malformed-request",
      "conflict",
      "payload-too-large",
      "unsupported-media-type",
      "invalid-input",
      "upstream-failed",
      "upstream-timeout",
    ],
  },
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
    errors: ["malformed-request", "payload-too-large", "unsupported-media-type", "invalid-input"],
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
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    tag: "Meta",
    responses: {
      200: { description: "OpenAPI 3.1.", content: json(z.object({ openapi: z.string() }).loose()) },
    },
    errors: [],
  },
];

export function openApiDocument(): OpenApiDocument {
  return buildOpenApiDocument(OPERATIONS, {
    info: {
      title: "Parallax API",
      version: packageJson.version,
      description:
        "News articles about one event side by side, claim by claim. JSON in and out; every error is `application/problem+json` (RFC 9457) with a `detail` that says what to fix and, for invalid input, per-field `errors`.",
    },
    tags: [
      { name: "Articles", description: "The library: imported articles and their text." },
      { name: "Claims", description: "Assertions anchored to spans of an article." },
      {
        name: "Comparisons",
        description: "Articles side by side; every visible change is a new, frozen revision.",
      },
      { name: "Meta", description: "About the API itself." },
    ],
    named: [
      { schema: articleCreateSchema, name: "ArticleCreate", io: "input" },
      { schema: comparisonCreateSchema, name: "ComparisonCreate", io: "input" },
      { schema: articleSummarySchema, name: "ArticleSummary", io: "output" },
      { schema: articleSchema, name: "Article", io: "output" },
      { schema: articleWithClaimsSchema, name: "ArticleWithClaims", io: "output" },
      { schema: claimSchema, name: "Claim", io: "output" },
      { schema: relationSchema, name: "Relation", io: "output" },
      { schema: comparisonRowSchema, name: "ComparisonRow", io: "output" },
      { schema: comparisonSchema, name: "Comparison", io: "output" },
      { schema: comparisonCreatedSchema, name: "ComparisonCreated", io: "output" },
      { schema: annotationCollectionSchema, name: "AnnotationCollection", io: "output" },
    ],
  });
}
