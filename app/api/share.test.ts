import { describe, expect, it } from "vitest";
import { checkOpenApi31 } from "@/lib/api/openapi-check";
import { createClaim, deleteClaim } from "@/lib/data/claim-edits";
import { createRelation, deleteRelation } from "@/lib/data/relation-edits";
import { checkAnnotationCollection } from "@/lib/share/web-annotation-check";
import type { Comparison } from "@/lib/validations/comparison";
import * as articles from "./articles/route";
import * as exporter from "./comparisons/[slug]/export/route";
import * as pinned from "./comparisons/[slug]/revisions/[revision]/route";
import * as latest from "./comparisons/[slug]/route";
import * as comparisons from "./comparisons/route";
import * as openapi from "./openapi.json/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a handler and keeps the body as text: byte-for-byte comparisons need the raw bytes. */
async function get(
  handler: Handler,
  options: { path?: string; params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const request = new Request(`http://parallax.test${options.path ?? "/"}`, { headers: options.headers });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

let counter = 0;
async function setUp(): Promise<{ slug: string; ids: [string, string] }> {
  counter++;
  const bodies = [
    `Round ${counter}. US envoys Steve Witkoff and Jared Kushner met Putin in Moscow on December 2, 2025, with Rustem Umerov 🇺🇦 briefed afterwards. The talks lasted five hours.`,
    `Round ${counter}. Eleanor Vance and Marcus Thorne met Putin on Tuesday, April 16. The meeting lasted several hours.`,
  ];
  const ids: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const res = await articles.POST(
      new Request("http://parallax.test/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          title: `Account ${i + 1}`,
          body,
          url: i === 0 ? "https://news.example/a" : null,
        }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const created = await comparisons.POST(
    new Request("http://parallax.test/api/comparisons", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ articleIds: ids, title: `Share test ${counter}` }),
    }),
    { params: Promise.resolve({}) },
  );
  expect(created.status).toBe(201);
  const [a = "", b = ""] = ids;
  return { slug: ((await created.json()) as { slug: string }).slug, ids: [a, b] };
}

async function latestOf(slug: string): Promise<Comparison> {
  const res = await get(latest.GET, { params: { slug } });
  expect(res.status).toBe(200);
  return JSON.parse(res.text) as Comparison;
}

describe("a pinned revision", () => {
  it("stays byte for byte the same while claims and relations come and go", async () => {
    const { slug, ids } = await setUp();
    const first = await get(pinned.GET, { params: { slug, revision: "1" } });
    expect(first.status).toBe(200);
    expect(first.text).toBe((await get(latest.GET, { params: { slug } })).text);

    const body = (await latestOf(slug)).articles[0]?.body ?? "";
    const quote = "Rustem Umerov";
    const start = body.indexOf(quote);
    const claim = await createClaim(ids[0], {
      kind: "person",
      value: { name: quote, side: "ukraine" },
      start,
      end: start + quote.length,
      quote,
      topic: "envoys",
      slot: "delegation.ukraine",
      status: "accepted",
      author: "share-test",
    });
    const afterClaim = await latestOf(slug);
    expect(afterClaim.revision).toBe(2);
    expect(afterClaim.claims.map((c) => c.id)).toContain(claim.id);

    const other = afterClaim.claims.find((c) => c.articleId === ids[1]);
    expect(other, "the engine found no claim in the second article").toBeDefined();
    const relation = await createRelation({
      fromClaimId: claim.id,
      toClaimId: other?.id ?? "",
      kind: "contradicts",
      note: "different delegations",
      author: "share-test",
    });
    expect((await latestOf(slug)).relations.map((r) => r.id)).toEqual([relation.id]);

    await deleteRelation(relation.id, "share-test");
    await deleteClaim(claim.id, { author: "share-test" });
    const now = await latestOf(slug);
    expect(now.revision).toBe(5);
    expect(now.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(now.relations).toEqual([]);

    const again = await get(pinned.GET, { params: { slug, revision: "1" } });
    expect(again.text).toBe(first.text);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    // The revisions in between are frozen too: the deleted claim is still in revision 2.
    const second = JSON.parse(
      (await get(pinned.GET, { params: { slug, revision: "2" } })).text,
    ) as Comparison;
    expect(second.claims.map((c) => c.id)).toContain(claim.id);
    const third = JSON.parse((await get(pinned.GET, { params: { slug, revision: "3" } })).text) as Comparison;
    expect(third.relations.map((r) => r.id)).toEqual([relation.id]);
  });
});

describe("conditional requests", () => {
  it("answer 304 to a matching If-None-Match on the latest, and 200 once it changed", async () => {
    const { slug, ids } = await setUp();
    const res = await get(latest.GET, { params: { slug } });
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-location")).toBe(`/api/comparisons/${slug}/revisions/1`);

    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, "*"]) {
      const cached = await get(latest.GET, { params: { slug }, headers: { "if-none-match": header } });
      expect(cached.status, header).toBe(304);
      expect(cached.text).toBe("");
      expect(cached.headers.get("etag")).toBe(etag);
      expect(cached.headers.get("cache-control")).toBe("no-cache");
    }
    expect((await get(latest.GET, { params: { slug }, headers: { "if-none-match": '"nope"' } })).status).toBe(
      200,
    );

    const [first] = (await latestOf(slug)).claims.filter((c) => c.articleId === ids[0]);
    if (first) await deleteClaim(first.id, { author: null });
    const changed = await get(latest.GET, { params: { slug }, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("mark pinned revisions immutable and never cache a missing one", async () => {
    const { slug } = await setUp();
    const res = await get(pinned.GET, { params: { slug, revision: "1" } });
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = res.headers.get("etag") ?? "";
    const cached = await get(pinned.GET, {
      params: { slug, revision: "1" },
      headers: { "if-none-match": etag },
    });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");

    const missing = await get(pinned.GET, { params: { slug, revision: "2" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBeNull();
    expect(missing.headers.get("etag")).toBeNull();
  });
});

describe("exports", () => {
  it("serve every format with its media type and a file name, pinned ones immutable", async () => {
    const { slug } = await setUp();
    const expected = {
      json: ["application/json", "json"],
      csv: ["text/csv; charset=utf-8; header=present", "csv"],
      jsonld: ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "jsonld"],
      md: ["text/markdown; charset=utf-8; variant=GFM", "md"],
    } as const;
    for (const [format, [type, extension]] of Object.entries(expected)) {
      const path = `/api/comparisons/${slug}/export?format=${format}&revision=1`;
      const res = await get(exporter.GET, { path, params: { slug } });
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="parallax-${slug}-r1.${extension}"`,
      );
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const etag = res.headers.get("etag") ?? "";
      expect(
        (await get(exporter.GET, { path, params: { slug }, headers: { "if-none-match": etag } })).status,
      ).toBe(304);
      const unpinned = await get(exporter.GET, {
        path: `/api/comparisons/${slug}/export?format=${format}`,
        params: { slug },
      });
      expect(unpinned.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("export the API resource, one CSV line per claim and valid Web Annotations", async () => {
    const { slug } = await setUp();
    const resource = await get(pinned.GET, { params: { slug, revision: "1" } });
    const comparison = JSON.parse(resource.text) as Comparison;
    const at = (format: string) =>
      get(exporter.GET, {
        path: `/api/comparisons/${slug}/export?format=${format}&revision=1`,
        params: { slug },
      });

    expect((await at("json")).text).toBe(resource.text);
    const csv = (await at("csv")).text;
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(comparison.claims.length + 1);
    expect((await at("md")).text).toContain(`# Share test ${counter}`);

    const collection = JSON.parse((await at("jsonld")).text) as {
      first: {
        items: {
          target: {
            source: string;
            selector: { type: string; start?: number; end?: number; exact?: string }[];
          };
        }[];
      };
    };
    expect(checkAnnotationCollection(collection)).toEqual([]);
    expect(collection.first.items.length).toBeGreaterThan(0);
    const bodies = new Map(
      comparison.articles.map((a) => [a.url ?? `http://parallax.test/articles/${a.id}`, [...a.body]]),
    );
    for (const { target } of collection.first.items.filter((a) => !Array.isArray(a.target))) {
      const [quote, position] = target.selector;
      const text = bodies.get(target.source) ?? [];
      expect(text.slice(position?.start, position?.end).join("")).toBe(quote?.exact);
    }
  });

  it("refuse an unknown format with 422 and a missing comparison or revision with 404", async () => {
    const { slug } = await setUp();
    const bad = await get(exporter.GET, {
      path: `/api/comparisons/${slug}/export?format=pdf`,
      params: { slug },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect((await get(exporter.GET, { path: "/x?format=csv&revision=9", params: { slug } })).status).toBe(
      404,
    );
    expect((await get(exporter.GET, { path: "/x?format=csv", params: { slug: "zzzzzzzz" } })).status).toBe(
      404,
    );
  });
});

describe("GET /api/openapi.json", () => {
  it("serves a valid OpenAPI 3.1 document with an ETag", async () => {
    const res = await get(openapi.GET);
    expect(res.status).toBe(200);
    expect(checkOpenApi31(JSON.parse(res.text))).toEqual([]);
    const etag = res.headers.get("etag") ?? "";
    expect((await get(openapi.GET, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
