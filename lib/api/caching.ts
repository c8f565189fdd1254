import { createHash } from "node:crypto";
import type { z } from "zod";

/**
 * HTTP validators for comparison resources. A pinned revision never changes, so caches may keep it
 * for a year without asking again; the latest one may change at any edit, so caches keep it but
 * must revalidate, which costs a 304 and no body when nothing changed.
 */
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
export const CACHE_REVALIDATE = "no-cache";

export interface CachePolicy {
  etag: string;
  /** True for content addressed by a pinned revision: the same URL will never show anything else. */
  immutable: boolean;
}

/** A strong entity tag: equal bytes share a tag and different bytes never do. */
export function etagOf(content: string | Uint8Array): string {
  return `"${createHash("sha256").update(content).digest("base64url")}"`;
}

/** A weak tag for representations we cannot hash before producing them (rendered images). */
export function weakEtagOf(content: string): string {
  return `W/${etagOf(content)}`;
}

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" and "x" match; "*" matches any. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  const wanted = opaque(etag);
  return (header.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === wanted);
}

export function cacheHeaders(policy: CachePolicy): Record<string, string> {
  return { etag: policy.etag, "cache-control": policy.immutable ? CACHE_IMMUTABLE : CACHE_REVALIDATE };
}

/**
 * Answers 304 with the validators when the client already holds this representation, else 200
 * with the body. A 304 repeats ETag and Cache-Control because RFC 9110 §15.4.5 asks for them.
 */
export function respondCached(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  policy: CachePolicy,
  headers: Record<string, string>,
): Response {
  const validators = cacheHeaders(policy);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), policy.etag)) {
    return new Response(null, { status: 304, headers: validators });
  }
  return new Response(body, { status: 200, headers: { ...headers, ...validators } });
}

interface Tagged {
  /** The JSON text as UTF-8, encoded once: a large body would otherwise be encoded per response. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const serialized = new WeakMap<z.ZodType, WeakMap<object, Tagged>>();

/**
 * The JSON text of `data` shaped by `schema`, with its ETag. A frozen object cannot change, so its
 * text is kept for as long as the object lives: a snapshot the data layer caches is serialized and
 * hashed once, not on every view of a shared link.
 */
export function serializeTagged(schema: z.ZodType, data: unknown): Tagged {
  const frozen = typeof data === "object" && data !== null && Object.isFrozen(data);
  const known = frozen ? serialized.get(schema)?.get(data) : undefined;
  if (known) return known;
  const body = new Uint8Array(Buffer.from(JSON.stringify(schema.parse(data)), "utf8"));
  const result = { body, etag: etagOf(body) };
  if (frozen) {
    let bySchema = serialized.get(schema);
    if (!bySchema) serialized.set(schema, (bySchema = new WeakMap()));
    bySchema.set(data, result);
  }
  return result;
}

/** respond() with validators: the output is shaped by its schema, then tagged by its exact bytes. */
export function respondJsonCached<S extends z.ZodType>(
  request: Request,
  schema: S,
  data: z.input<S>,
  options: { immutable: boolean; headers?: Record<string, string> },
): Response {
  const { body, etag } = serializeTagged(schema, data);
  return respondCached(
    request,
    body,
    { etag, immutable: options.immutable },
    { "content-type": "application/json", ...options.headers },
  );
}
