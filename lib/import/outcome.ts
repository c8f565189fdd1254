/** What one import came to, as the library shows it. Browser-safe: plain data, no Node APIs. */
export type ImportOutcome =
  | { kind: "imported"; articleId: string; title: string; claimCount: number }
  | { kind: "duplicate"; articleId: string }
  | { kind: "failed"; detail: string };

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function outcomeOfItem(status: number, body: unknown): ImportOutcome {
  const data = isJson(body) ? body : {};
  if (status === 201 && typeof data.id === "string") {
    const claims = Array.isArray(data.claims) ? data.claims.length : data.claimCount;
    return {
      kind: "imported",
      articleId: data.id,
      title: typeof data.title === "string" ? data.title : "Untitled",
      claimCount: typeof claims === "number" ? claims : 0,
    };
  }
  if (status === 409 && typeof data.articleId === "string")
    return { kind: "duplicate", articleId: data.articleId };
  const detail = typeof data.detail === "string" ? data.detail : `The import failed (HTTP ${status}).`;
  return { kind: "failed", detail };
}

/**
 * The outcome of a POST /api/imports response: `{ url }` answers for itself, `{ articles }` with
 * one result per item (the panel sends one item at a time, so the first result).
 */
export function outcomeOfResponse(status: number, body: unknown): ImportOutcome {
  if (status === 200 && isJson(body) && Array.isArray(body.results)) {
    const first: unknown = body.results[0];
    if (!isJson(first) || typeof first.status !== "number")
      return { kind: "failed", detail: "The server sent no result." };
    return outcomeOfItem(first.status, first.status === 201 ? first.article : first.problem);
  }
  return outcomeOfItem(status, body);
}
