import type { Comparison } from "@/lib/validations/comparison";
import { LruCache } from "./lru-cache";

/**
 * Parsed comparison snapshots by slug and revision. A revision is never rewritten once stored, so
 * an entry can never go stale and a shared link costs no query at all after its first view.
 * Bounded by the snapshots' JSON size (PARALLAX_SNAPSHOT_CACHE_MB, 64 by default). On globalThis
 * because Next.js loads this module once per route bundle, and pages and API routes should share.
 */
const holder = globalThis as unknown as {
  parallaxSnapshots?: LruCache<Comparison>;
};

function snapshots(): LruCache<Comparison> {
  if (!holder.parallaxSnapshots) {
    const mb = Number(process.env.PARALLAX_SNAPSHOT_CACHE_MB ?? "64");
    holder.parallaxSnapshots = new LruCache(Number.isFinite(mb) && mb >= 0 ? mb * 2 ** 20 : 64 * 2 ** 20);
  }
  return holder.parallaxSnapshots;
}

export function cachedSnapshot(slug: string, revision: number): Comparison | undefined {
  return snapshots().get(`${slug}/${revision}`);
}

/** Keeps a validated snapshot, frozen: every caller shares the object, so no one may change it. */
export function cacheSnapshot(
  slug: string,
  revision: number,
  comparison: Comparison,
  weight: number,
): Comparison {
  const frozen = deepFreeze(comparison);
  snapshots().set(`${slug}/${revision}`, frozen, weight);
  return frozen;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
