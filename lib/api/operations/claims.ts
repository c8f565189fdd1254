import { z } from "zod";
import {
  claimCreateSchema,
  claimDeleteQuerySchema,
  claimPatchSchema,
  claimSchema,
} from "@/lib/validations/claim";
import { relationCreateSchema, relationDeleteQuerySchema, relationSchema } from "@/lib/validations/relation";
import type { OperationSpec } from "../openapi";
import { articleParams, claimParams, json, JSON_BODY_ERRORS, relationParams } from "./shared";

const REVISES = "Every comparison showing the article gets a new revision; pinned ones do not change.";

export const CLAIM_OPERATIONS: readonly OperationSpec[] = [
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
    path: "/api/articles/{id}/claims",
    operationId: "createClaim",
    summary: "Add an annotator's claim to an article",
    description: `The quote must be the article's text between start and end (UTF-16 offsets), else 422 saying what the text there reads. 409 when the text was re-imported meanwhile. ${REVISES}`,
    tag: "Claims",
    pathParams: articleParams,
    body: claimCreateSchema,
    responses: { 201: { description: "The claim, at version 1.", content: json(claimSchema) } },
    errors: [...JSON_BODY_ERRORS, "not-found", "conflict"],
  },
  {
    method: "get",
    path: "/api/claims/{id}",
    operationId: "getClaim",
    summary: "One claim",
    tag: "Claims",
    pathParams: claimParams,
    responses: { 200: { description: "The claim.", content: json(claimSchema) } },
    errors: ["not-found"],
  },
  {
    method: "patch",
    path: "/api/claims/{id}",
    operationId: "updateClaim",
    summary: "Change a claim's status, topic, slot, value or anchor",
    description: `Name the \`version\` you read: when someone saved first, the answer is 409 with the claim as it is now in \`current\`. ${REVISES}`,
    tag: "Claims",
    pathParams: claimParams,
    body: claimPatchSchema,
    responses: { 200: { description: "The claim at its new version.", content: json(claimSchema) } },
    errors: [...JSON_BODY_ERRORS, "not-found", "conflict"],
  },
  {
    method: "delete",
    path: "/api/claims/{id}",
    operationId: "deleteClaim",
    summary: "Delete a claim and its relations",
    description: `With \`version\`, a delete of a claim someone changed since is a 409 instead. ${REVISES}`,
    tag: "Claims",
    pathParams: claimParams,
    query: claimDeleteQuerySchema,
    responses: { 204: { description: "Deleted." } },
    errors: ["not-found", "conflict", "invalid-input"],
  },
  {
    method: "post",
    path: "/api/relations",
    operationId: "createRelation",
    summary: "Link two claims of different articles as agreeing or contradicting",
    description: `An explicit link overrides the computed verdict for that pair of articles. 409 when the pair is already linked. ${REVISES}`,
    tag: "Claims",
    body: relationCreateSchema,
    responses: { 201: { description: "The relation.", content: json(relationSchema) } },
    errors: [...JSON_BODY_ERRORS, "conflict"],
  },
  {
    method: "delete",
    path: "/api/relations/{id}",
    operationId: "deleteRelation",
    summary: "Remove a link between two claims",
    description: REVISES,
    tag: "Claims",
    pathParams: relationParams,
    query: relationDeleteQuerySchema,
    responses: { 204: { description: "Deleted." } },
    errors: ["not-found", "invalid-input"],
  },
];
