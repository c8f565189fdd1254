import { beforeEach, describe, expect, it } from "vitest";
import { call } from "@/lib/test/http";
import { tableCounts } from "@/lib/test/counts";
import * as articles from "./articles/route";
import * as article from "./articles/[id]/route";
import * as articleClaims from "./articles/[id]/claims/route";
import * as comparisons from "./comparisons/route";
import * as comparison from "./comparisons/[slug]/route";
import * as revision from "./comparisons/[slug]/revisions/[revision]/route";

let counter = 0;
function uniqueBody(): string {
  counter++;
  return `Negotiators met in Geneva for the ${counter}th round on ${Date.now()}.\nThe talks lasted three hours.`;
}

async function createArticle(): Promise<string> {
  const res = await call(articles.POST, { json: { title: `Talks ${counter}`, body: uniqueBody() } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe("the articles API", () => {
  let before: Record<string, number>;
  beforeEach(async () => {
    before = await tableCounts();
  });

  it("creates an article from a title and a body and lists it", async () => {
    const body = uniqueBody();
    const created = await call(articles.POST, { json: { title: "Geneva round", body, source: "Wire" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Geneva round", source: "Wire", author: null, body });
    expect(Array.isArray(created.body.claims)).toBe(true);

    const listed = await call(articles.GET, { path: "/api/articles?limit=100" });
    expect(listed.status).toBe(200);
    expect((listed.body.items as { id: string }[]).map((a) => a.id)).toContain(created.body.id);

    const fetched = await call(article.GET, { params: { id: created.body.id as string } });
    expect(fetched.body).toMatchObject({ id: created.body.id, body });
    const claims = await call(articleClaims.GET, { params: { id: created.body.id as string } });
    expect(claims.status).toBe(200);
    expect(claims.body.items).toEqual(fetched.body.claims);
  });

  it("pages through articles newest first with an opaque cursor", async () => {
    const ids = [await createArticle(), await createArticle(), await createArticle()];
    const first = await call(articles.GET, { path: "/api/articles?limit=2" });
    const page1 = first.body.items as { id: string }[];
    expect(page1.map((a) => a.id)).toEqual([ids[2], ids[1]]);
    const second = await call(articles.GET, {
      path: `/api/articles?limit=2&cursor=${String(first.body.nextCursor)}`,
    });
    expect((second.body.items as { id: string }[])[0]?.id).toBe(ids[0]);
  });

  const refusals: [string, Parameters<typeof call>[1], number][] = [
    ["malformed JSON", { body: "{ not json" }, 400],
    ["a missing body field", { json: { title: "No body" } }, 422],
    ["an empty body", { json: { title: "Blank", body: "   \n " } }, 422],
    ["an unknown field", { json: { title: "T", body: "text", bodyy: "typo" } }, 422],
    ["a wrong publishedAt", { json: { title: "T", body: "text", publishedAt: "yesterday" } }, 422],
    ["a non-http url", { json: { title: "T", body: "text", url: "javascript:alert(1)" } }, 422],
    ["a 2 MB body", { json: { title: "Huge", body: "x".repeat(2 * 1024 * 1024) } }, 413],
    [
      "a body that is not JSON",
      { body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } },
      415,
    ],
  ];
  for (const [what, options, status] of refusals) {
    it(`answers ${status} problem+json to ${what} and writes nothing`, async () => {
      const res = await call(articles.POST, options);
      expect(res.status).toBe(status);
      expect(res.contentType).toBe("application/problem+json");
      expect(res.body).toMatchObject({
        status,
        type: expect.stringMatching(/^\/problems\//),
        detail: expect.any(String),
      });
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("names the field to fix", async () => {
    const res = await call(articles.POST, { json: { title: "No body" } });
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "body" })]);
  });

  it("answers 409 with a link to the existing article when the same text comes again", async () => {
    const body = uniqueBody();
    const first = await call(articles.POST, { json: { title: "Once", body } });
    const afterFirst = await tableCounts();
    const again = await call(articles.POST, {
      json: { title: "Twice", body: `  ${body.replace("\n", "\r\n")}  ` },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ articleId: first.body.id, url: `/articles/${String(first.body.id)}` });
    expect(await tableCounts()).toEqual(afterFirst);
  });

  it("answers 404 for an unknown or malformed article id", async () => {
    for (const id of ["doesnotexist123", "../etc", "x"]) {
      const res = await call(article.GET, { params: { id } });
      expect(res.status).toBe(404);
      expect(res.contentType).toBe("application/problem+json");
      expect((await call(articleClaims.GET, { params: { id } })).status).toBe(404);
    }
  });

  it("refuses a bad page query with 422", async () => {
    for (const path of [
      "/api/articles?limit=0",
      "/api/articles?limit=1000",
      "/api/articles?cursor=!!",
      "/api/articles?cursor=abc",
    ]) {
      expect((await call(articles.GET, { path })).status).toBe(422);
    }
  });
});

describe("the comparisons API", () => {
  it("creates a comparison and serves it latest and pinned", async () => {
    const ids = [await createArticle(), await createArticle(), await createArticle()];
    const created = await call(comparisons.POST, { json: { articleIds: ids, title: "Three takes" } });
    expect(created.status).toBe(201);
    const slug = created.body.slug as string;
    expect(slug).toMatch(/^[a-z0-9]{8}$/);
    expect(created.body).toMatchObject({ revision: 1, url: `/c/${slug}` });

    const latest = await call(comparison.GET, { params: { slug } });
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ slug, revision: 1, title: "Three takes" });
    expect((latest.body.articles as { id: string }[]).map((a) => a.id)).toEqual(ids);
    expect(Array.isArray(latest.body.rows)).toBe(true);

    const pinned = await call(revision.GET, { params: { slug, revision: "1" } });
    expect(pinned.body).toEqual(latest.body);
    expect((await call(revision.GET, { params: { slug, revision: "2" } })).status).toBe(404);
  });

  it("refuses 1 or 7 articles, duplicates and unknown ids with 422 and writes nothing", async () => {
    const ids = [await createArticle(), await createArticle()];
    const before = await tableCounts();
    const bad = [
      { articleIds: [ids[0]] },
      { articleIds: Array.from({ length: 7 }, (_, i) => `article${i}xyz`) },
      { articleIds: [ids[0], ids[0]] },
      { articleIds: [ids[0], "missingarticle1"] },
      { articleIds: "not-a-list" },
    ];
    for (const json of bad) {
      const res = await call(comparisons.POST, { json });
      expect(res.status).toBe(422);
      expect(res.contentType).toBe("application/problem+json");
      expect(res.body.errors).toBeInstanceOf(Array);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("answers 404 for an unknown slug", async () => {
    for (const slug of ["zzzzzzzz", "NOT-A-SLUG"]) {
      expect((await call(comparison.GET, { params: { slug } })).status).toBe(404);
    }
  });
});
