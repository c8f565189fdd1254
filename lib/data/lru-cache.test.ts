import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

describe("LruCache", () => {
  it("evicts the least recently used entries once the weight is over the limit", () => {
    const cache = new LruCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // a is now more recent than b
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.weight).toBe(8);
  });

  it("replaces an entry under the same key and never keeps one heavier than the cache", () => {
    const cache = new LruCache<string>(10);
    cache.set("a", "A", 6);
    cache.set("a", "A2", 3);
    expect(cache.get("a")).toBe("A2");
    expect(cache.weight).toBe(3);
    cache.set("huge", "H", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
