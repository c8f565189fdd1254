import { describe, expect, it } from "vitest";
import { tableCounts } from "@/lib/test/counts";
import { call } from "@/lib/test/http";
import * as articles from "./articles/route";
import * as articleRoute from "./articles/[id]/route";
import * as articleClaims from "./articles/[id]/claims/route";
import * as claimRoute from "./claims/[id]/route";
import * as comparisons from "./comparisons/route";
import * as revisions from "./comparisons/[slug]/revisions/route";
import * as relations from "./relations/route";

type Json = Record<string, unknown>;
interface StoredClaim {
  id: string;
  start: number;
  end: number;
  quote: string;
  orphaned: boolean;
  status: string;
  version: number;
  slot: string;
}

const PARAGRAPHS = {
  lead: "Moscow talks: envoys met President Putin on Tuesday evening.",
  delegation: "The US delegation was led by Ambassador Eleanor Vance and Marcus Thornne, officials said.",
  duration: "The talks lasted five hours, according to the Kremlin.",
  tone: "A spokesman later described the atmosphere as businesslike and calm.",
};

let counter = 0;
function original(ref: string): string {
  return [PARAGRAPHS.lead, PARAGRAPHS.delegation, PARAGRAPHS.duration, PARAGRAPHS.tone, ref].join("\n");
}

/** The same article after an edit: a note inserted on top, the typo fixed, the last paragraph cut. */
function edited(ref: string): string {
  return [
    "Editor's note: this article was updated with a correction.",
    PARAGRAPHS.lead,
    PARAGRAPHS.delegation.replace("Thornne", "Thorne"),
    PARAGRAPHS.duration,
    ref,
  ].join("\n");
}

async function importArticle(body: string): Promise<{ id: string; body: string }> {
  const res = await call(articles.POST, { json: { title: `Moscow ${counter}`, body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, body: res.body.body as string };
}

async function addClaim(
  article: { id: string; body: string },
  quote: string,
  typed: Json,
): Promise<StoredClaim> {
  const start = article.body.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const res = await call(articleClaims.POST, {
    params: { id: article.id },
    json: { start, end: start + quote.length, quote, ...typed },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as StoredClaim;
}

const person = (name: string) => ({
  topic: "envoys",
  slot: "delegation.us",
  kind: "person",
  value: { name },
});
const put = (id: string, json: Json) => call(articleRoute.PUT, { method: "PUT", params: { id }, json });

async function annotatedArticle() {
  counter++;
  const ref = `Reference ${counter}-${Date.now()}.`;
  const article = await importArticle(original(ref));
  const other = await importArticle(`Witkoff and Kushner met Putin. Ref ${counter}-${Date.now()}.`);
  const thorne = await addClaim(article, "Marcus Thornne", person("Marcus Thorne"));
  const hours = await addClaim(article, "five hours", {
    topic: "dates",
    slot: "meeting.duration",
    kind: "quantity",
    value: { min: 5, max: 5, unit: "hours" },
  });
  const tone = await addClaim(article, "businesslike and calm", {
    topic: "other",
    slot: "talks.tone",
    kind: "term",
    value: { term: "businesslike", stance: "mentioned" },
  });
  const witkoff = await addClaim(other, "Witkoff", person("Steve Witkoff"));
  const link = await call(relations.POST, {
    json: { fromClaimId: tone.id, toClaimId: witkoff.id, kind: "contradicts" },
  });
  expect(link.status).toBe(201);
  const compared = await call(comparisons.POST, { json: { articleIds: [article.id, other.id] } });
  return { article, ref, thorne, hours, tone, slug: compared.body.slug as string };
}

describe("PUT /api/articles/{id} (re-import)", () => {
  it("keeps every claim on the right words after a paragraph is inserted and a typo fixed", async () => {
    const { article, ref, thorne, hours, tone, slug } = await annotatedArticle();
    const before = (await call(articleRoute.GET, { params: { id: article.id } })).body
      .claims as StoredClaim[];
    const res = await put(article.id, { body: edited(ref), annotator: "Ana" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body.body as string;
    expect(body).toBe(edited(ref));
    const claims = res.body.claims as StoredClaim[];
    const byId = new Map(claims.map((c) => [c.id, c]));

    expect(byId.get(thorne.id)).toMatchObject({
      quote: "Marcus Thorne",
      orphaned: false,
      status: "accepted",
      version: 2,
    });
    expect(byId.get(thorne.id)?.start).toBe(body.indexOf("Marcus Thorne"));
    expect(byId.get(hours.id)).toMatchObject({
      quote: "five hours",
      start: body.indexOf("five hours"),
      orphaned: false,
    });
    // Its words were cut: kept, with its link, but marked orphaned instead of moved elsewhere.
    expect(byId.get(tone.id)).toMatchObject({
      orphaned: true,
      quote: "businesslike and calm",
      status: "accepted",
    });

    // Every claim still placed sits exactly on its quote; every claim a person touched survives.
    for (const c of claims.filter((x) => !x.orphaned)) expect(body.slice(c.start, c.end)).toBe(c.quote);
    for (const c of before.filter((x) => x.status !== "suggested")) expect(byId.has(c.id)).toBe(true);
    expect(res.body.reimport).toMatchObject({ orphaned: 1 });
    expect((res.body.reimport as { moved: number }).moved).toBeGreaterThanOrEqual(2);

    const [top] = (await call(revisions.GET, { params: { slug } })).body.items as Json[];
    expect(top).toMatchObject({
      author: "Ana",
      summary: expect.stringMatching(/^Re-imported “Moscow \d+” \(annotator "Ana"\): .*1 claim orphaned/),
    });
  });

  it("does not bring back a suggestion the annotator rejected, nor duplicate one still there", async () => {
    const { article, ref } = await annotatedArticle();
    const first = (await call(articleRoute.GET, { params: { id: article.id } })).body.claims as StoredClaim[];
    const suggested = first.filter((c) => c.status === "suggested");
    // The engine reads names, dates and durations here; exactly which is its business.
    expect(suggested.length).toBeGreaterThan(0);
    for (const c of suggested) {
      const res = await call(claimRoute.PATCH, {
        method: "PATCH",
        params: { id: c.id },
        json: { version: c.version, status: "rejected" },
      });
      expect(res.status).toBe(200);
    }
    const res = await put(article.id, { body: edited(ref) });
    const claims = res.body.claims as StoredClaim[];
    for (const c of claims.filter((x) => x.status === "suggested")) {
      const twin = claims.find(
        (o) => o.id !== c.id && o.slot === c.slot && o.start < c.end && c.start < o.end,
      );
      expect(
        twin,
        `suggestion ${c.slot} "${c.quote}" duplicates ${twin?.status} "${twin?.quote}"`,
      ).toBeUndefined();
    }
    // Rejected is a decision: those claims are kept (placed or orphaned), still rejected.
    for (const c of suggested) expect(claims.find((x) => x.id === c.id)?.status).toBe("rejected");
  });

  it("makes stale versions conflict, so an edit made against the old text is not applied to the new one", async () => {
    const { article, ref, hours } = await annotatedArticle();
    expect((await put(article.id, { body: edited(ref) })).status).toBe(200);
    const stale = await call(claimRoute.PATCH, {
      method: "PATCH",
      params: { id: hours.id },
      json: { version: 1, status: "rejected" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: hours.id, version: 2, status: "accepted" });
  });

  it("changes nothing a reader sees when the same text comes again, and records no revision", async () => {
    const { article, ref, slug } = await annotatedArticle();
    const history = async () =>
      ((await call(revisions.GET, { params: { slug } })).body.items as Json[]).length;
    const revisionsBefore = await history();
    const res = await put(article.id, { body: original(ref) });
    expect(res.status).toBe(200);
    expect(res.body.reimport).toMatchObject({ moved: 0, orphaned: 0, removed: 0, added: 0 });
    expect(await history()).toBe(revisionsBefore);

    const retitled = await put(article.id, { body: original(ref), title: "Moscow, updated", source: "Wire" });
    expect(retitled.body).toMatchObject({ title: "Moscow, updated", source: "Wire" });
    expect(await history()).toBe(revisionsBefore + 1);
  });

  it("answers 409 naming the other article when the new text is already in the library, writing nothing", async () => {
    const { article } = await annotatedArticle();
    const other = await importArticle(`A different story entirely, number ${Date.now()}.`);
    const before = await tableCounts();
    const stored = (await call(articleRoute.GET, { params: { id: article.id } })).body;
    const res = await put(article.id, { body: other.body });
    expect(res.status).toBe(409);
    expect(res.contentType).toBe("application/problem+json");
    expect(res.body).toMatchObject({ articleId: other.id });
    expect(await tableCounts()).toEqual(before);
    expect((await call(articleRoute.GET, { params: { id: article.id } })).body).toEqual(stored);
  });

  it("refuses an unknown article, a missing or empty body, unknown fields and non-JSON, writing nothing", async () => {
    const { article } = await annotatedArticle();
    const before = await tableCounts();
    const cases: [string, Parameters<typeof call>[1], number][] = [
      ["nosucharticle1", { json: { body: "Some text." } }, 404],
      [article.id, { json: { title: "No body" } }, 422],
      [article.id, { json: { body: "  \n " } }, 422],
      [article.id, { json: { body: "Text.", colour: "red" } }, 422],
      [article.id, { json: { body: "Text.", url: "ftp://example.org" } }, 422],
      [article.id, { body: "{", headers: { "content-type": "application/json" } }, 400],
      [article.id, { body: "body=x", headers: { "content-type": "text/plain" } }, 415],
    ];
    for (const [id, options, status] of cases) {
      const res = await call(articleRoute.PUT, { method: "PUT", params: { id }, ...options });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.contentType).toBe("application/problem+json");
    }
    expect(await tableCounts()).toEqual(before);
  });
});
