import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_FETCH_ALLOW_ENV } from "@/lib/import/address-policy";
import { fixtureArticleBody, fixtureArticleHtml, FIXTURE_ARTICLE } from "@/lib/import/test-fixtures";
import { startTestServer, type TestServer } from "@/lib/import/test-server";
import { tableCounts } from "@/lib/test/counts";
import { call } from "@/lib/test/http";
import * as article from "./articles/[id]/route";
import * as imports from "./imports/route";

// The live servers below listen on 127.0.0.1 only. `site` is reachable through the test-only
// allowance, exactly as the end-to-end run configures the server; `secret` never is.
let site: TestServer;
let secret: TestServer;
const previousAllowance = process.env[TEST_FETCH_ALLOW_ENV];

beforeAll(async () => {
  secret = await startTestServer((_, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end("<p>internal</p>"),
  );
  site = await startTestServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fixture");
    const to = url.searchParams.get("to");
    if (url.pathname === "/redirect" && to) response.writeHead(302, { location: to }).end();
    else if (url.pathname === "/story")
      response.writeHead(200, { "content-type": "text/html" }).end(fixtureArticleHtml());
    else if (url.pathname === "/report.pdf")
      response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF");
    else if (url.pathname === "/down") response.writeHead(503, { "content-type": "text/html" }).end("down");
    else if (url.pathname === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(Buffer.alloc(6 * 1024 * 1024, "a"));
    } else response.writeHead(404, { "content-type": "text/html" }).end("not here");
  });
  process.env[TEST_FETCH_ALLOW_ENV] = `127.0.0.1:${site.port}`;
});

afterAll(async () => {
  if (previousAllowance === undefined) delete process.env[TEST_FETCH_ALLOW_ENV];
  else process.env[TEST_FETCH_ALLOW_ENV] = previousAllowance;
  await Promise.all([site.close(), secret.close()]);
});

let before: Record<string, number>;
beforeEach(async () => {
  before = await tableCounts();
});

describe("POST /api/imports with a url", () => {
  it("imports the page (201) and a second time answers 409 with a link to it", async () => {
    const created = await call(imports.POST, { json: { url: `${site.origin}/story` } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: FIXTURE_ARTICLE.title,
      author: FIXTURE_ARTICLE.byline,
      publishedAt: FIXTURE_ARTICLE.publishedAt,
      body: fixtureArticleBody(),
    });
    const id = created.body.id as string;
    expect((await call(article.GET, { params: { id } })).body).toMatchObject({
      id,
      body: fixtureArticleBody(),
    });

    const afterFirst = await tableCounts();
    const again = await call(imports.POST, { json: { url: `${site.origin}/story` } });
    expect(again.status).toBe(409);
    expect(again.contentType).toBe("application/problem+json");
    expect(again.body).toMatchObject({ articleId: id, url: `/articles/${id}` });
    expect(await tableCounts()).toEqual(afterFirst);
  });

  const loopback = (port: number): string[] => [
    `http://127.0.0.1:${port}/`,
    `http://localhost:${port}/`,
    `http://[::1]:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
  ];

  it("refuses loopback addresses, directly or by redirect, with 422 and stores nothing", async () => {
    const targets = [
      ...loopback(secret.port),
      ...loopback(secret.port).map((to) => `${site.origin}/redirect?to=${encodeURIComponent(to)}`),
      // The allowance names 127.0.0.1 exactly: the same port at another loopback address is refused.
      `${site.origin}/redirect?to=${encodeURIComponent(`http://[::ffff:127.0.0.1]:${site.port}/story`)}`,
      `${site.origin}/redirect?to=${encodeURIComponent(`http://127.0.0.2:${site.port}/story`)}`,
    ];
    for (const url of targets) {
      const res = await call(imports.POST, { json: { url } });
      expect(res.status, url).toBe(422);
      expect(res.contentType).toBe("application/problem+json");
      expect(res.body.detail).toMatch(/inside a private network; Parallax only fetches public web pages\.$/);
    }
    expect(secret.hits).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  const failures: [string, string, number, RegExp][] = [
    ["a PDF", "/report.pdf", 415, /application\/pdf/],
    ["a page over 5 MB", "/huge", 413, /larger than 5 MB/],
    ["a missing page", "/nothing", 422, /answered 404/],
    ["a failing site", "/down", 502, /answered 503/],
  ];
  for (const [what, path, status, detail] of failures) {
    it(`answers ${status} for ${what} and stores nothing`, async () => {
      const res = await call(imports.POST, { json: { url: `${site.origin}${path}` } });
      expect(res.status).toBe(status);
      expect(res.contentType).toBe("application/problem+json");
      expect(res.body.detail).toMatch(detail);
      expect(await tableCounts()).toEqual(before);
    });
  }
});

describe("POST /api/imports with articles", () => {
  it("answers 200 with every item's own status, in order", async () => {
    const body = `Envoys met in Riyadh on Sunday for four hours, run ${Date.now()}.`;
    const res = await call(imports.POST, {
      json: {
        articles: [
          { title: "Riyadh", body },
          { title: "Riyadh again", body },
          { markdown: "   " },
          { html: "<h1>Doha</h1><p>Mediators met in Doha. <img src=x onerror=alert(1)></p>", source: "Desk" },
        ],
      },
    });
    expect(res.status).toBe(200);
    const results = res.body.results as {
      index: number;
      status: number;
      article?: { id: string };
      problem?: Record<string, unknown>;
    }[];
    expect(results.map((r) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 409],
      [2, 422],
      [3, 201],
    ]);
    expect(results[1]?.problem).toMatchObject({ status: 409, articleId: results[0]?.article?.id });
    expect(results[2]?.problem?.errors).toEqual([expect.objectContaining({ path: "markdown" })]);
    const doha = await call(article.GET, { params: { id: results[3]?.article?.id ?? "" } });
    expect(doha.body).toMatchObject({ title: "Doha", source: "Desk", body: "Mediators met in Doha." });
    expect((await tableCounts()).articles).toBe((before.articles ?? 0) + 2);
  });
});

describe("a bad envelope", () => {
  const refusals: [string, Parameters<typeof call>[1], number][] = [
    ["neither url nor articles", { json: {} }, 422],
    [
      "both url and articles",
      { json: { url: "https://example.com/", articles: [{ title: "T", body: "b" }] } },
      422,
    ],
    ["an empty list", { json: { articles: [] } }, 422],
    [
      "51 articles",
      { json: { articles: Array.from({ length: 51 }, (_, i) => ({ title: `T${i}`, body: `b${i}` })) } },
      422,
    ],
    ["a javascript: url", { json: { url: "javascript:alert(1)" } }, 422],
    ["a file: url", { json: { url: "file:///etc/passwd" } }, 422],
    ["an unknown field", { json: { url: "https://example.com/", urll: "typo" } }, 422],
    ["malformed JSON", { body: "{ nope" }, 400],
    ["a form post", { body: "url=x", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415],
    ["a 17 MB body", { json: { articles: [{ title: "Huge", body: "x".repeat(17 * 1024 * 1024) }] } }, 413],
  ];
  for (const [what, options, status] of refusals) {
    it(`answers ${status} to ${what} and imports nothing`, async () => {
      const res = await call(imports.POST, options);
      expect(res.status).toBe(status);
      expect(res.contentType).toBe("application/problem+json");
      expect(await tableCounts()).toEqual(before);
    });
  }
});
