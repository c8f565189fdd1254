import { z } from "zod";
import packageJson from "@/package.json";
import { annotationCollectionSchema } from "@/lib/share/web-annotation";
import {
  articleCreateSchema,
  articleSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
} from "@/lib/validations/article";
import { claimCreateSchema, claimPatchSchema, claimSchema } from "@/lib/validations/claim";
import {
  comparisonCreatedSchema,
  comparisonCreateSchema,
  comparisonRowSchema,
  comparisonSchema,
} from "@/lib/validations/comparison";
import { relationCreateSchema, relationSchema } from "@/lib/validations/relation";
import { revisionSummarySchema } from "@/lib/validations/revision";
import { buildOpenApiDocument, type OpenApiDocument, type OperationSpec } from "./openapi";
import { ARTICLE_OPERATIONS } from "./operations/articles";
import { CLAIM_OPERATIONS } from "./operations/claims";
import { COMPARISON_OPERATIONS } from "./operations/comparisons";

/**
 * Every route handler method, documented. Adding a route file means adding its entry to one of
 * lib/api/operations/*.ts: lib/api/openapi.test.ts lists app/api/**\/route.ts on disk and fails
 * for any method missing here (or listed here without a handler).
 */
export const OPERATIONS: readonly OperationSpec[] = [
  ...ARTICLE_OPERATIONS,
  ...CLAIM_OPERATIONS,
  ...COMPARISON_OPERATIONS,
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    summary: "Liveness: answers without touching the database",
    tag: "Meta",
    responses: {
      200: {
        description: "The process is up.",
        content: { "application/json": z.object({ status: z.literal("ok") }) },
      },
    },
    errors: [],
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    tag: "Meta",
    responses: {
      200: {
        description: "OpenAPI 3.1.",
        content: { "application/json": z.object({ openapi: z.string() }).loose() },
      },
    },
    errors: [],
    conditional: true,
  },
];

/** Schemas worth a name of their own in components; the others are named after their operation. */
const NAMED = [
  { schema: articleCreateSchema, name: "ArticleCreate", io: "input" },
  { schema: comparisonCreateSchema, name: "ComparisonCreate", io: "input" },
  { schema: claimCreateSchema, name: "ClaimCreate", io: "input" },
  { schema: claimPatchSchema, name: "ClaimPatch", io: "input" },
  { schema: relationCreateSchema, name: "RelationCreate", io: "input" },
  { schema: articleSummarySchema, name: "ArticleSummary", io: "output" },
  { schema: articleSchema, name: "Article", io: "output" },
  { schema: articleWithClaimsSchema, name: "ArticleWithClaims", io: "output" },
  { schema: claimSchema, name: "Claim", io: "output" },
  { schema: relationSchema, name: "Relation", io: "output" },
  { schema: revisionSummarySchema, name: "RevisionSummary", io: "output" },
  { schema: comparisonRowSchema, name: "ComparisonRow", io: "output" },
  { schema: comparisonSchema, name: "Comparison", io: "output" },
  { schema: comparisonCreatedSchema, name: "ComparisonCreated", io: "output" },
  { schema: annotationCollectionSchema, name: "AnnotationCollection", io: "output" },
] as const;

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
      { name: "Claims", description: "Assertions anchored to spans of an article, and links between them." },
      {
        name: "Comparisons",
        description: "Articles side by side; every visible change is a new, frozen revision.",
      },
      { name: "Meta", description: "About the API itself." },
    ],
    named: NAMED,
    writes: {
      errors: ["unauthorized", "forbidden", "too-many-requests"],
      securityScheme: {
        type: "http",
        scheme: "bearer",
        description:
          "Needed for writes only when the server is started with an edit key: send it as a Bearer token (or sign in for the editor cookie). Writes from other sites are refused (403) and every client's writes are rate-limited (429 with Retry-After).",
      },
    },
  });
}
