import {
  articleCreateSchema,
  articleReplacedSchema,
  articleReplaceSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
} from "@/lib/validations/article";
import { claimSuggestionSchema, selectionSchema } from "@/lib/validations/claim";
import { pageQuerySchema, pageSchema } from "@/lib/validations/common";
import { importRequestSchema, importResultsSchema } from "@/lib/validations/import";
import { searchQuerySchema, searchResultsSchema } from "@/lib/validations/search";
import type { OperationSpec } from "../openapi";
import { articleParams, json, JSON_BODY_ERRORS } from "./shared";

export const ARTICLE_OPERATIONS: readonly OperationSpec[] = [
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
    errors: [...JSON_BODY_ERRORS, "conflict"],
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
    method: "put",
    path: "/api/articles/{id}",
    operationId: "replaceArticle",
    summary: "Re-import an article's text",
    description:
      "Every claim is re-anchored in the new text by its quote and context, or kept as orphaned when its words are gone; never moved to the wrong words. `reimport` counts what happened. 409 when another article already has this text or the article changed meanwhile.",
    tag: "Articles",
    pathParams: articleParams,
    body: articleReplaceSchema,
    responses: {
      200: {
        description: "The article with its claims after re-anchoring.",
        content: json(articleReplacedSchema),
      },
    },
    errors: [...JSON_BODY_ERRORS, "not-found", "conflict"],
  },
  {
    method: "get",
    path: "/api/search",
    operationId: "searchLibrary",
    summary: "Full-text search over articles and claims",
    tag: "Articles",
    query: searchQuerySchema,
    responses: {
      200: {
        description: "The best matches, with highlighted snippets.",
        content: json(searchResultsSchema),
      },
    },
    errors: ["invalid-input"],
  },
  {
    method: "post",
    path: "/api/articles/{id}/suggest",
    operationId: "suggestClaim",
    summary: "The engine's reading of a text selection, to prefill a new claim",
    description: "Reads only. `suggestion` is null when the engine has no reading of the selection.",
    tag: "Claims",
    pathParams: articleParams,
    body: selectionSchema,
    responses: {
      200: { description: "The trimmed selection and a suggestion.", content: json(claimSuggestionSchema) },
    },
    errors: [...JSON_BODY_ERRORS, "not-found"],
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
    errors: [...JSON_BODY_ERRORS, "conflict", "upstream-failed", "upstream-timeout"],
  },
];
