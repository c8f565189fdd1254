import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { tableCounts } from "@/lib/test/counts";
import { fixtureArticleBody, fixtureArticleHtml, FIXTURE_ARTICLE } from "@/lib/import/test-fixtures";
import { routes, startTestServer, type TestServer } from "@/lib/import/test-server";
import { getArticle } from "./articles";
import { importArticles, importFromUrl } from "./imports";

let site: TestServer;
let run = 0;

beforeAll(async () => {
  site = await startTestServer(
    routes({
      "/story": [200, { "content-type": "text/html; charset=utf-8" }, fixtureArticleHtml()],
      "/notes.md": [
        200,
        { "content-type": "text/markdown" },
        "# Notes from Doha\n\nMediators met on **Friday**.",
      ],
    }),
  );
});
afterAll(() => site.close());

const allowSite = { allow: (address: string, port: number) => address === "127.0.0.1" && port === site.port };

function unique(text: string): string {
  run++;
  return `${text} Round ${run} at ${Date.now()}.`;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("importFromUrl", () => {
  it("stores the page's title, byline, outlet, day, address and clean text, with suggested claims", async () => {
    const article = await importFromUrl(`${site.origin}/story`, allowSite);
    expect(article).toMatchObject({
      title: FIXTURE_ARTICLE.title,
      author: FIXTURE_ARTICLE.byline,
      source: FIXTURE_ARTICLE.siteName,
      publishedAt: FIXTURE_ARTICLE.publishedAt,
      url: `${site.origin}/story`,
      body: fixtureArticleBody(),
    });
    expect(article.claims.length).toBeGreaterThan(0);
    expect(article.claims.every((c) => c.origin === "extracted" && c.status === "suggested")).toBe(true);
  });

  it("answers 409 naming the stored article when the same page comes again", async () => {
    const before = await tableCounts();
    const error = await rejection(importFromUrl(`${site.origin}/story`, allowSite));
    expect(error.status).toBe(409);
    expect(error.toProblem().articleId).toEqual(expect.any(String));
    expect(await tableCounts()).toEqual(before);
  });

  it("reads Markdown pages, taking the site's name as the source", async () => {
    const article = await importFromUrl(`${site.origin}/notes.md`, allowSite);
    expect(article).toMatchObject({
      title: "Notes from Doha",
      source: "127.0.0.1",
      body: "Mediators met on Friday.",
    });
  });

  it("refuses a private address with 422 and writes nothing", async () => {
    const before = await tableCounts();
    const error = await rejection(importFromUrl(`${site.origin}/story`));
    expect(error.status).toBe(422);
    expect(error.toProblem()).toMatchObject({
      detail: "That address points inside a private network; Parallax only fetches public web pages.",
      reason: "blocked-address",
      errors: [{ path: "url" }],
    });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("importArticles", () => {
  it("imports each item on its own and reports each item's status", async () => {
    const text = unique("Negotiators met in Doha on Friday.");
    const before = await tableCounts();
    const results = await importArticles([
      { title: "Pasted", body: text, source: "Wire" },
      {
        html: `<html><head><meta property="og:title" content="From HTML"></head><body><p>${unique("Envoys met in Cairo.")}</p><p>Share</p></body></html>`,
      },
      { markdown: `# From Markdown\n\n${unique("Talks in *Jeddah* lasted **three hours**.")}` },
      { title: "No body" },
      { title: "Same text again", body: `  ${text}\n` },
      "not an object",
      { html: "<script>alert(1)</script><nav>Home | World</nav>" },
      { html: `<div>${"<div>".repeat(2000)}</div>` },
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 422, 409, 422, 422, 422]);
    const [pasted, html, markdown, missing, duplicate, , empty, deep] = results;
    expect(pasted?.article).toMatchObject({ title: "Pasted", source: "Wire" });
    expect(html?.article?.title).toBe("From HTML");
    expect(markdown?.article?.title).toBe("From Markdown");
    expect(missing?.problem?.errors).toEqual([expect.objectContaining({ path: "body" })]);
    expect(duplicate?.problem).toMatchObject({
      articleId: pasted?.article?.id,
      url: `/articles/${pasted?.article?.id}`,
    });
    expect(empty?.problem?.detail).toBe("No article text was found in that HTML.");
    expect(deep?.problem?.detail).toMatch(/nested more than/);
    expect((await tableCounts()).articles).toBe((before.articles ?? 0) + 3);

    const stored = await getArticle(html?.article?.id ?? "");
    expect(stored?.body).not.toMatch(/Share|alert|<p>/);
    const storedMarkdown = await getArticle(markdown?.article?.id ?? "");
    expect(storedMarkdown?.body).toMatch(/^Talks in Jeddah lasted three hours\./);
  });

  it("titles documents that declare no title by their first line, keeping one-line texts whole", async () => {
    const second = unique("The mediators will meet again in May.");
    const oneLine = unique(
      "Ceasefire monitors from six countries arrived in the border town on Thursday morning.",
    );
    const results = await importArticles([
      { html: `<p>Talks resume in Oslo</p><p>${second}</p>` },
      { markdown: oneLine },
      { html: "<p>Short one.</p>" },
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.article?.title)).toEqual([
      "Talks resume in Oslo",
      "Ceasefire monitors from six countries arrived in the…",
      "Untitled import",
    ]);
    expect((await getArticle(results[0]?.article?.id ?? ""))?.body).toBe(second);
    expect((await getArticle(results[1]?.article?.id ?? ""))?.body).toBe(oneLine);
  });

  it("drops page furniture from pasted text too", async () => {
    const lede = unique("Mediators said the truce would hold for 60 days.");
    const [result] = await importArticles([
      {
        title: "Furniture",
        body: `${lede}\nShare\nLeave A Reply\nComments (12)\nRelated Sources: Reuters, AP\nThe talks resume Monday.`,
      },
    ]);
    const stored = await getArticle(result?.article?.id ?? "");
    expect(stored?.body).toBe(`${lede}\nThe talks resume Monday.`);
  });
});
