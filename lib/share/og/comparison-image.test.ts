import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureComparison } from "../test-fixture";
import { comparisonImageResponse } from "./comparison-image";
import { fontCoverage } from "./font-coverage";
import { textForFont, truncate } from "./fit-text";

const GEIST = readFileSync(
  path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"),
);

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("font coverage", () => {
  const covers = fontCoverage(GEIST);
  it("reads the shipped font's character map", () => {
    for (const c of "Aé Жї–…€") expect(covers(c.codePointAt(0) ?? 0), c).toBe(true);
    for (const c of ["😀", "ع", "中", "α", "\u0000"]) expect(covers(c.codePointAt(0) ?? 0), c).toBe(false);
  });

  it("keeps what the font has, folds what it can and marks what it cannot", () => {
    expect(textForFont("Zelenskyy  meets\nErdoğan", covers)).toBe("Zelenskyy meets Erdoğan");
    expect(textForFont("𝒜 plan 🇺🇦👍🏽 agreed", covers)).toBe("A plan … agreed");
    expect(textForFont("مفاوضات القاهرة", covers)).toBeNull();
    expect(truncate("one two three four five six", 14)).toBe("one two three…");
  });
});

describe("the preview image", () => {
  it("draws a 1200×630 PNG of any text without touching the network", async () => {
    // The renderer loads its own WebAssembly through fetch("data:…"), which is not the network.
    const realFetch = globalThis.fetch;
    const network = vi.fn((url: string) => Promise.reject(new Error(`no network in previews: ${url}`)));
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.startsWith("data:") ? realFetch(input, init) : network(url);
    });
    const hostile = {
      ...fixtureComparison,
      title: "🇺🇦 Переговоры in 中文 ✓ مفاوضات 👍🏽 and 𝒜",
      articles: fixtureComparison.articles.map((a, i) => ({
        ...a,
        source: i === 0 ? "القاهرة" : "😀 Daily",
      })),
    };
    const response = await comparisonImageResponse(hostile, { pinned: true, ifNoneMatch: null });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect(network).not.toHaveBeenCalled();
  });

  it("answers 304 to its own ETag and draws again when the snapshot differs", async () => {
    const first = await comparisonImageResponse(fixtureComparison, { pinned: false, ifNoneMatch: null });
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await comparisonImageResponse(fixtureComparison, { pinned: false, ifNoneMatch: etag });
    expect(again.status).toBe(304);
    const next = { ...fixtureComparison, revision: fixtureComparison.revision + 1 };
    expect((await comparisonImageResponse(next, { pinned: false, ifNoneMatch: etag })).status).toBe(200);
  });

  it("draws a not-found card with 404 and no caching", async () => {
    const response = await comparisonImageResponse(null, { pinned: true, ifNoneMatch: null });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
