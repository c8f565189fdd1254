import { beforeEach, describe, expect, it } from "vitest";
import { tableCounts } from "@/lib/test/counts";
import { call } from "@/lib/test/http";
import * as articles from "./articles/route";
import * as articleClaims from "./articles/[id]/claims/route";
import * as suggest from "./articles/[id]/suggest/route";
import * as claimRoute from "./claims/[id]/route";
import * as comparisons from "./comparisons/route";
import * as comparison from "./comparisons/[slug]/route";
import * as revisions from "./comparisons/[slug]/revisions/route";
import * as pinned from "./comparisons/[slug]/revisions/[revision]/route";
import * as relations from "./relations/route";
import * as relation from "./relations/[id]/route";

type Json = Record<string, unknown>;
interface Fixture {
  a: { id: string; body: string };
  b: { id: string; body: string };
  slug: string;
}

let counter = 0;
async function newArticle(text: string): Promise<{ id: string; body: string }> {
  counter++;
  const res = await call(articles.POST, {
    json: { title: `Panel ${counter}`, body: `${text}\nRef ${counter}-${Date.now()}.` },
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, body: res.body.body as string };
}

/** Two articles naming the same panel chair, and a comparison of them. */
async function fixture(): Promise<Fixture> {
  const a = await newArticle(
    "The panel was chaired by Eleanor Vance in Geneva.\nThe session lasted five hours.",
  );
  const b = await newArticle(
    "Officials said the panel was chaired by Eleanor Vance.\nIt ran for several hours.",
  );
  const created = await call(comparisons.POST, { json: { articleIds: [a.id, b.id] } });
  expect(created.status).toBe(201);
  return { a, b, slug: created.body.slug as string };
}

function anchor(body: string, quote: string) {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in body`);
  return { start, end: start + quote.length, quote };
}

const chair = (name: string) => ({ topic: "envoys", slot: "panel.chair", kind: "person", value: { name } });

async function addClaim(
  article: { id: string; body: string },
  quote: string,
  extra: Json = {},
): Promise<Json> {
  const res = await call(articleClaims.POST, {
    params: { id: article.id },
    json: { ...anchor(article.body, quote), ...chair(quote), ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const patch = (id: string, json: Json) => call(claimRoute.PATCH, { method: "PATCH", params: { id }, json });
const getClaim = (id: string) => call(claimRoute.GET, { params: { id } });
const history = async (slug: string) =>
  (await call(revisions.GET, { params: { slug } })).body.items as {
    number: number;
    summary: string;
    author: string | null;
  }[];
const latest = (slug: string) => call(comparison.GET, { params: { slug } });

function expectProblem(res: Awaited<ReturnType<typeof call>>, status: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.contentType).toBe("application/problem+json");
  expect(res.body).toMatchObject({ status, detail: expect.any(String) });
}

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});

describe("POST /api/articles/{id}/claims", () => {
  it("adds an annotator's claim, accepted, with version 1, and records a revision by its author", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance", { author: "Ana" });
    expect(claim).toMatchObject({
      articleId: f.a.id,
      quote: "Eleanor Vance",
      origin: "annotator",
      status: "accepted",
      author: "Ana",
      version: 1,
      orphaned: false,
      prefix: "The panel was chaired by ",
    });
    const listed = await call(articleClaims.GET, { params: { id: f.a.id } });
    expect(listed.body.items).toContainEqual(claim);
    const [top] = await history(f.slug);
    expect(top).toMatchObject({ number: 2, author: "Ana" });
    expect(top?.summary).toMatch(/Eleanor Vance \(annotator "Ana"\) added to Panel Chair/i);
    const shown = (await latest(f.slug)).body;
    expect(shown.revision).toBe(2);
    expect((shown.claims as Json[]).map((c) => c.id)).toContain(claim.id);
  });

  it("keeps a status the annotator sends, and null as the author by default", async () => {
    const claim = await addClaim(f.a, "five hours", {
      topic: "dates",
      slot: "meeting.duration",
      kind: "quantity",
      value: { min: 5, max: 5, unit: "hours" },
      status: "suggested",
    });
    expect(claim).toMatchObject({ status: "suggested", author: null, kind: "quantity" });
  });

  const refusals: [string, (fx: Fixture) => Json, number, string][] = [
    [
      "a quote that is not the text there",
      (fx) => ({ ...anchor(fx.a.body, "Eleanor Vance"), quote: "Eleanor Vane", ...chair("x") }),
      422,
      "quote",
    ],
    [
      "an end past the body",
      (fx) => ({ start: 0, end: fx.a.body.length + 5, quote: "x", ...chair("x") }),
      422,
      "end",
    ],
    ["end before start", (fx) => ({ ...anchor(fx.a.body, "Vance"), end: 2, ...chair("x") }), 422, "end"],
    [
      "a value of the wrong shape",
      (fx) => ({ ...anchor(fx.a.body, "Vance"), ...chair("x"), value: { role: "chair" } }),
      422,
      "value.name",
    ],
    [
      "an unknown kind",
      (fx) => ({ ...anchor(fx.a.body, "Vance"), ...chair("x"), kind: "opinion" }),
      422,
      "kind",
    ],
    [
      "a bad slot",
      (fx) => ({ ...anchor(fx.a.body, "Vance"), ...chair("x"), slot: "Panel Chair" }),
      422,
      "slot",
    ],
    ["an unknown field", (fx) => ({ ...anchor(fx.a.body, "Vance"), ...chair("x"), colour: "red" }), 422, ""],
  ];
  for (const [what, body, status, path] of refusals) {
    it(`refuses ${what} with ${status}, naming "${path}", and writes nothing`, async () => {
      const before = await tableCounts();
      const res = await call(articleClaims.POST, { params: { id: f.a.id }, json: body(f) });
      expectProblem(res, status);
      expect((res.body.errors as { path: string }[]).map((e) => e.path)).toContain(path);
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("explains a quote mismatch with the text actually there", async () => {
    const res = await call(articleClaims.POST, {
      params: { id: f.a.id },
      json: { ...anchor(f.a.body, "Eleanor Vance"), quote: "Eleanor Vane", ...chair("x") },
    });
    expect(res.body.detail).toContain("“Eleanor Vance”");
  });

  it("answers 404 for an unknown article, 400 for broken JSON and 415 for a form, writing nothing", async () => {
    const before = await tableCounts();
    const json = { start: 0, end: 3, quote: "The", ...chair("x") };
    expectProblem(await call(articleClaims.POST, { params: { id: "nosucharticle1" }, json }), 404);
    expectProblem(await call(articleClaims.POST, { params: { id: f.a.id }, body: "{" }), 400);
    const form = {
      params: { id: f.a.id },
      body: "a=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    };
    expectProblem(await call(articleClaims.POST, form), 415);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("PATCH /api/claims/{id}", () => {
  it("accepts, rejects and corrects a claim, one version and one revision per change", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const rejected = await patch(claim.id as string, { version: 1, status: "rejected", author: "Ana" });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: "rejected", version: 2, author: "Ana" });
    expect((await history(f.slug))[0]?.summary).toMatch(/^Claim rejected/);

    const corrected = await patch(claim.id as string, {
      version: 2,
      status: "accepted",
      slot: "panel.member",
      kind: "person",
      value: { name: "Eleanor Vance", role: "chair" },
    });
    expect(corrected.body).toMatchObject({
      version: 3,
      status: "accepted",
      slot: "panel.member",
      value: { role: "chair" },
    });
    const numbers = (await history(f.slug)).map((r) => r.number);
    expect(numbers).toEqual([4, 3, 2, 1]);
  });

  it("moves the anchor when start, end and quote change together", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const vance = anchor(f.a.body, "Vance");
    const res = await patch(claim.id as string, { version: 1, ...vance });
    expect(res.body).toMatchObject({
      quote: "Vance",
      prefix: f.a.body.slice(vance.start - 32, vance.start),
      suffix: f.a.body.slice(vance.end, vance.end + 32),
      orphaned: false,
    });
    expect(res.body.prefix).toMatch(/Eleanor $/);
  });

  const refusals: [string, Json, string][] = [
    ["kind without value", { kind: "person" }, "value"],
    ["value without kind", { value: { name: "X" } }, "kind"],
    ["a value that does not fit the kind", { kind: "date", value: { name: "X" } }, "value.start"],
    ["start without end and quote", { start: 1 }, "quote"],
    ["nothing to change", {}, ""],
    ["an unknown field", { colour: "red" }, ""],
    ["a bad status", { status: "maybe" }, "status"],
  ];
  for (const [what, json, path] of refusals) {
    it(`refuses ${what} with 422 and leaves the claim as it was`, async () => {
      const claim = await addClaim(f.a, "Eleanor Vance");
      const before = await tableCounts();
      const res = await patch(claim.id as string, { version: 1, ...json });
      expectProblem(res, 422);
      expect((res.body.errors as { path: string }[]).map((e) => e.path)).toContain(path);
      expect((await getClaim(claim.id as string)).body).toEqual(claim);
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("refuses an anchor whose quote is not the text there", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const res = await patch(claim.id as string, { version: 1, ...anchor(f.a.body, "Vance"), quote: "Vince" });
    expectProblem(res, 422);
    expect((await getClaim(claim.id as string)).body).toEqual(claim);
  });

  it("answers 404 for an unknown claim", async () => {
    expectProblem(await patch("nosuchclaim123", { version: 1, status: "accepted" }), 404);
  });

  it("two clients saving the same claim: the second gets 409 and loses nothing", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const id = claim.id as string;
    const first = await patch(id, { version: 1, slot: "panel.member", author: "Ana" });
    expect(first.status).toBe(200);
    const revisionsBefore = await tableCounts();

    const second = await patch(id, { version: 1, status: "rejected", author: "Ben" });
    expectProblem(second, 409);
    // The conflict carries the claim as it is now, so Ben's screen can show Ana's change.
    expect(second.body.current).toMatchObject({ id, version: 2, slot: "panel.member", status: "accepted" });
    expect(await tableCounts()).toEqual(revisionsBefore);
    expect((await getClaim(id)).body).toEqual(first.body);

    // Ben re-applies his change on the version he was shown; both changes now hold.
    const retried = await patch(id, { version: 2, status: "rejected", author: "Ben" });
    expect(retried.body).toMatchObject({ version: 3, slot: "panel.member", status: "rejected" });
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const id = claim.id as string;
    const results = await Promise.all([
      patch(id, { version: 1, slot: "panel.member" }),
      patch(id, { version: 1, slot: "panel.host" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    expect((await getClaim(id)).body).toMatchObject({ version: 2, slot: winner?.body.slot });
  });
});

describe("DELETE /api/claims/{id}", () => {
  it("refuses a stale version with 409 and deletes with the current one", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const id = claim.id as string;
    await patch(id, { version: 1, status: "rejected" });
    const before = await tableCounts();
    const stale = await call(claimRoute.DELETE, { method: "DELETE", params: { id }, path: "/?version=1" });
    expectProblem(stale, 409);
    expect(stale.body.current).toMatchObject({ id, version: 2 });
    expect(await tableCounts()).toEqual(before);

    const done = await call(claimRoute.DELETE, {
      method: "DELETE",
      params: { id },
      path: "/?version=2&author=Ana",
    });
    expect(done.status).toBe(204);
    expectProblem(await getClaim(id), 404);
    expect((await history(f.slug))[0]).toMatchObject({
      author: "Ana",
      summary: expect.stringMatching(/removed from/),
    });
  });

  it("deletes without a version, and answers 404 after", async () => {
    const claim = await addClaim(f.a, "Eleanor Vance");
    const id = claim.id as string;
    expect((await call(claimRoute.DELETE, { method: "DELETE", params: { id } })).status).toBe(204);
    expectProblem(await call(claimRoute.DELETE, { method: "DELETE", params: { id } }), 404);
    expectProblem(await call(claimRoute.DELETE, { method: "DELETE", params: { id: "!!" } }), 404);
  });
});

describe("relations", () => {
  async function pair() {
    const from = await addClaim(f.a, "Eleanor Vance");
    const to = await addClaim(f.b, "Eleanor Vance");
    return { from: from.id as string, to: to.id as string };
  }
  const link = (json: Json) => call(relations.POST, { json });
  const chairRow = async () =>
    ((await latest(f.slug)).body.rows as { slot: string; verdict: string; reason: string }[]).find(
      (r) => r.slot === "panel.chair",
    );

  it("links claims of two articles, and the link overrides the row's verdict until it is removed", async () => {
    const { from, to } = await pair();
    expect(await chairRow()).toMatchObject({ verdict: "agree" });

    const res = await link({
      fromClaimId: from,
      toClaimId: to,
      kind: "contradicts",
      note: "different Vance",
      author: "Ana",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fromClaimId: from,
      toClaimId: to,
      kind: "contradicts",
      note: "different Vance",
      author: "Ana",
    });
    const shown = (await latest(f.slug)).body;
    expect(shown.relations).toContainEqual(res.body);
    expect(await chairRow()).toMatchObject({
      verdict: "contradict",
      reason: expect.stringContaining("different Vance"),
    });
    expect((await history(f.slug))[0]?.summary).toMatch(
      /^Linked Eleanor Vance and Eleanor Vance as contradicting/,
    );

    const removed = await call(relation.DELETE, { method: "DELETE", params: { id: res.body.id as string } });
    expect(removed.status).toBe(204);
    expect(await chairRow()).toMatchObject({ verdict: "agree" });
    expect((await latest(f.slug)).body.relations).toEqual([]);
    expectProblem(
      await call(relation.DELETE, { method: "DELETE", params: { id: res.body.id as string } }),
      404,
    );
  });

  it("refuses claims of one article, missing claims and self-links with 422, and duplicates with 409", async () => {
    const { from, to } = await pair();
    const sameArticle = await addClaim(f.a, "five hours");
    const first = await link({ fromClaimId: from, toClaimId: to, kind: "agrees" });
    expect(first.status).toBe(201);
    const before = await tableCounts();
    const cases: [Json, number, string][] = [
      [{ fromClaimId: from, toClaimId: sameArticle.id, kind: "agrees" }, 422, "toClaimId"],
      [{ fromClaimId: from, toClaimId: "nosuchclaim123", kind: "agrees" }, 422, "toClaimId"],
      [{ fromClaimId: from, toClaimId: from, kind: "agrees" }, 422, "toClaimId"],
      [{ fromClaimId: from, toClaimId: to, kind: "maybe" }, 422, "kind"],
    ];
    for (const [json, status, path] of cases) {
      const res = await link(json);
      expectProblem(res, status);
      expect((res.body.errors as { path: string }[]).map((e) => e.path)).toContain(path);
    }
    for (const json of [
      { fromClaimId: from, toClaimId: to, kind: "contradicts" },
      { fromClaimId: to, toClaimId: from, kind: "agrees" },
    ]) {
      const res = await link(json);
      expectProblem(res, 409);
      expect(res.body.relationId).toBe(first.body.id);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("goes away with a deleted claim", async () => {
    const { from, to } = await pair();
    await link({ fromClaimId: from, toClaimId: to, kind: "agrees" });
    await call(claimRoute.DELETE, { method: "DELETE", params: { id: to } });
    expect((await latest(f.slug)).body.relations).toEqual([]);
  });
});

describe("revisions", () => {
  it("numbers every change and leaves pinned revisions exactly as they were", async () => {
    const first = (await call(pinned.GET, { params: { slug: f.slug, revision: "1" } })).body;
    const claim = await addClaim(f.a, "Eleanor Vance", { author: "Ana" });
    const second = (await call(pinned.GET, { params: { slug: f.slug, revision: "2" } })).body;
    await patch(claim.id as string, { version: 1, status: "rejected", author: "Ben" });
    await call(claimRoute.DELETE, { method: "DELETE", params: { id: claim.id as string } });

    const items = await history(f.slug);
    expect(items.map((r) => [r.number, r.author])).toEqual([
      [4, null],
      [3, "Ben"],
      [2, "Ana"],
      [1, null],
    ]);
    expect(items.at(-1)?.summary).toBe("Created");
    expect((await call(pinned.GET, { params: { slug: f.slug, revision: "1" } })).body).toEqual(first);
    expect((await call(pinned.GET, { params: { slug: f.slug, revision: "2" } })).body).toEqual(second);
    expect((second.claims as Json[]).find((c) => c.id === claim.id)).toMatchObject({ status: "accepted" });
  });

  it("answers 404 for an unknown comparison", async () => {
    expectProblem(await call(revisions.GET, { params: { slug: "zzzzzzzz" } }), 404);
    expectProblem(await call(revisions.GET, { params: { slug: "NOT A SLUG" } }), 404);
  });
});

describe("POST /api/articles/{id}/suggest", () => {
  it("reads a selection and writes nothing", async () => {
    const before = await tableCounts();
    const { start, end } = anchor(f.a.body, "Eleanor Vance");
    const res = await call(suggest.POST, { params: { id: f.a.id }, json: { start: start - 1, end } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ start, end, quote: "Eleanor Vance", suggestion: { kind: "person" } });
    const { quote: _, ...hours } = anchor(f.a.body, "five hours");
    const quantity = await call(suggest.POST, { params: { id: f.a.id }, json: hours });
    expect(quantity.body).toMatchObject({ suggestion: { kind: "quantity", value: { min: 5, max: 5 } } });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses an unknown article with 404 and a bad selection with 422", async () => {
    expectProblem(
      await call(suggest.POST, { params: { id: "nosucharticle1" }, json: { start: 0, end: 3 } }),
      404,
    );
    expectProblem(await call(suggest.POST, { params: { id: f.a.id }, json: { start: -1, end: 3 } }), 422);
    expectProblem(await call(suggest.POST, { params: { id: f.a.id }, json: { start: 0 } }), 422);
  });
});
