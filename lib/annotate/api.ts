import { z } from "zod";
import { articleWithClaimsSchema, type ArticleWithClaims } from "@/lib/validations/article";
import {
  type Claim,
  claimCreateSchema,
  claimPatchSchema,
  claimSchema,
  claimSuggestionSchema,
  type ClaimSuggestion,
} from "@/lib/validations/claim";
import { comparisonSchema, type Comparison } from "@/lib/validations/comparison";
import { relationCreateSchema, relationSchema, type Relation } from "@/lib/validations/relation";

/**
 * The browser's side of the annotation API. Every payload is checked with the schema the route
 * handler uses before it is sent, so a mistake is reported next to the field without a round
 * trip; every failure comes back as a Problem, never as a thrown error.
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  /** 0 when the server could not be reached at all. */
  status: number;
  detail: string;
  errors: FieldProblem[];
  /** On a 409 for a claim: the claim as the server holds it now. */
  current?: Claim;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

const problemSchema = z.object({
  detail: z.string().optional(),
  title: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  current: claimSchema.optional(),
});

export async function readProblem(response: Response): Promise<Problem> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall back to the status line below.
  }
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  return {
    status: response.status,
    detail:
      problem.detail ?? problem.title ?? `The server answered ${response.status} ${response.statusText}.`,
    errors: problem.errors ?? [],
    ...(problem.current ? { current: problem.current } : {}),
  };
}

function invalid(error: z.ZodError): Result<never> {
  const errors = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const first = errors[0];
  return {
    ok: false,
    problem: {
      status: 422,
      detail: first ? `Check ${first.path || "the form"}: ${first.message}.` : "Check the form.",
      errors,
    },
  };
}

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T> | null): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
      cache: "no-store",
    });
  } catch {
    return {
      ok: false,
      problem: {
        status: 0,
        detail: "Could not reach Parallax. Check the connection and try again.",
        errors: [],
      },
    };
  }
  if (!response.ok) return { ok: false, problem: await readProblem(response) };
  if (schema === null) return { ok: true, data: undefined as T };
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problem: { status: 502, detail: "The server's answer was not in the expected shape.", errors: [] },
  };
}

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });
const path = (id: string) => encodeURIComponent(id);

export function getArticle(id: string): Promise<Result<ArticleWithClaims>> {
  return call(`/api/articles/${path(id)}`, {}, articleWithClaimsSchema);
}

export function getComparison(slug: string): Promise<Result<Comparison>> {
  return call(`/api/comparisons/${path(slug)}`, {}, comparisonSchema);
}

export function suggestClaim(
  articleId: string,
  start: number,
  end: number,
): Promise<Result<ClaimSuggestion>> {
  return call(
    `/api/articles/${path(articleId)}/suggest`,
    json("POST", { start, end }),
    claimSuggestionSchema,
  );
}

export function createClaim(articleId: string, input: unknown): Promise<Result<Claim>> {
  const parsed = claimCreateSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return call(`/api/articles/${path(articleId)}/claims`, json("POST", parsed.data), claimSchema);
}

/** The patch is sent as given: its schema reshapes it for the server, so only its verdict is used here. */
export function patchClaim(id: string, patch: Record<string, unknown>): Promise<Result<Claim>> {
  const parsed = claimPatchSchema.safeParse(patch);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return call(`/api/claims/${path(id)}`, json("PATCH", patch), claimSchema);
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function deleteClaim(id: string, version: number, author: string | null): Promise<Result<void>> {
  return call(`/api/claims/${path(id)}${query({ version, author })}`, { method: "DELETE" }, null);
}

export function createRelation(input: unknown): Promise<Result<Relation>> {
  const parsed = relationCreateSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return call("/api/relations", json("POST", parsed.data), relationSchema);
}

export function deleteRelation(id: string, author: string | null): Promise<Result<void>> {
  return call(`/api/relations/${path(id)}${query({ author })}`, { method: "DELETE" }, null);
}
