/**
 * In-memory token buckets, one per client address and kind of write. Parallax runs as one server
 * process, so memory is the whole story; a restart forgets every bucket, which errs on the side of
 * letting people work.
 */

export interface RateLimit {
  /** Requests a client may make in a burst, and per minute once the burst is spent. */
  perMinute: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Past this many clients the buckets that have refilled (idle clients) are forgotten first. */
const MAX_CLIENTS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(private readonly limit: RateLimit) {
    this.refillPerMs = limit.perMinute / 60_000;
  }

  /** Takes one token for `client`, or says how many whole seconds until one is free. */
  take(client: string, now: number = Date.now()): TakeResult {
    const capacity = this.limit.perMinute;
    const bucket = this.buckets.get(client) ?? this.admit(client, now);
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)),
    };
  }

  private admit(client: string, now: number): Bucket {
    if (this.buckets.size >= MAX_CLIENTS) this.prune(now);
    const bucket = { tokens: this.limit.perMinute, updatedAt: now };
    this.buckets.set(client, bucket);
    return bucket;
  }

  private prune(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.limit.perMinute) {
        this.buckets.delete(client);
      }
    }
    // Everyone is busy: forget the longest-known client rather than grow without bound.
    const oldest = this.buckets.keys().next();
    if (this.buckets.size >= MAX_CLIENTS && !oldest.done) this.buckets.delete(oldest.value);
  }
}

export type WriteKind = "write" | "url-import" | "sign-in";

/** Generous for people, tight enough to stop a script; each can be raised or set to `off`. */
const DEFAULTS: Record<WriteKind, { env: string; perMinute: number }> = {
  write: { env: "PARALLAX_WRITES_PER_MINUTE", perMinute: 240 },
  "url-import": { env: "PARALLAX_URL_IMPORTS_PER_MINUTE", perMinute: 20 },
  "sign-in": { env: "PARALLAX_SIGN_INS_PER_MINUTE", perMinute: 10 },
};

/** The limit for a kind of write from the environment: a positive number, or null for `off`/`0`. */
export function limitFromEnv(
  kind: WriteKind,
  env: Record<string, string | undefined> = process.env,
): RateLimit | null {
  const { env: name, perMinute } = DEFAULTS[kind];
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return { perMinute };
  if (raw === "off" || raw === "0") return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of requests per minute, or "off" (got "${raw}")`);
  }
  return { perMinute: value };
}

// Shared through globalThis: Next.js bundles the proxy separately from the routes, and both may
// need the same buckets.
const holder = globalThis as unknown as { parallaxBuckets?: Map<WriteKind, TokenBuckets | null> };

/** Takes a token of `kind` for `client` under the limits the environment sets. */
export function takeToken(kind: WriteKind, client: string, now?: number): TakeResult {
  holder.parallaxBuckets ??= new Map();
  let buckets = holder.parallaxBuckets.get(kind);
  if (buckets === undefined) {
    const limit = limitFromEnv(kind);
    buckets = limit ? new TokenBuckets(limit) : null;
    holder.parallaxBuckets.set(kind, buckets);
  }
  return buckets ? buckets.take(client, now) : { ok: true };
}

/**
 * The client's address: the last X-Forwarded-For entry, which is what the nearest proxy saw (Next.js
 * fills the header from the connection when a client sends none). Behind no proxy a client can send
 * its own header; the README says to run Parallax behind one that sets it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || "unknown";
}
