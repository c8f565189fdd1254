import { describe, expect, it } from "vitest";
import { clientAddress, limitFromEnv, TokenBuckets } from "./rate-limit";

describe("TokenBuckets", () => {
  it("allows a burst of perMinute, then refuses with the seconds until the next token", () => {
    const buckets = new TokenBuckets({ perMinute: 6 }); // one token every 10 s
    const t0 = 1_000_000;
    for (let i = 0; i < 6; i++) expect(buckets.take("a", t0)).toEqual({ ok: true });
    expect(buckets.take("a", t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(buckets.take("a", t0 + 4_000)).toEqual({ ok: false, retryAfterSeconds: 6 });
    expect(buckets.take("a", t0 + 10_000)).toEqual({ ok: true });
    expect(buckets.take("a", t0 + 10_000).ok).toBe(false);
  });

  it("keeps each client's bucket apart and refills to the burst size, no further", () => {
    const buckets = new TokenBuckets({ perMinute: 2 });
    expect(buckets.take("a", 0).ok && buckets.take("a", 0).ok).toBe(true);
    expect(buckets.take("a", 0).ok).toBe(false);
    expect(buckets.take("b", 0).ok).toBe(true);
    const later = 60 * 60_000;
    expect([1, 2, 3].map(() => buckets.take("a", later).ok)).toEqual([true, true, false]);
  });
});

describe("limitFromEnv", () => {
  it("uses generous defaults, a number per minute, or off", () => {
    expect(limitFromEnv("write", {})).toEqual({ perMinute: 240 });
    expect(limitFromEnv("url-import", {})).toEqual({ perMinute: 20 });
    expect(limitFromEnv("write", { PARALLAX_WRITES_PER_MINUTE: "1000" })).toEqual({ perMinute: 1000 });
    expect(limitFromEnv("write", { PARALLAX_WRITES_PER_MINUTE: "off" })).toBeNull();
    expect(limitFromEnv("sign-in", { PARALLAX_SIGN_INS_PER_MINUTE: "0" })).toBeNull();
    expect(() => limitFromEnv("write", { PARALLAX_WRITES_PER_MINUTE: "lots" })).toThrow(/positive number/);
  });
});

describe("clientAddress", () => {
  it("takes the address the nearest proxy saw: the last X-Forwarded-For entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9 " }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
