import { expect, request as newRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import { startTestServer, type TestServer } from "./support/server";

// Writes are never lost: many annotators at once, and a server killed in the middle of an import.
// Each runs against a server of its own with write rate limits off.
test.describe.configure({ mode: "serial" });

const ANNOTATORS = 50;
const WRITES_EACH = 20;
const ARTICLES = 5;

function loadBody(n: number): string {
  return [
    `Delegations from ${"ABCDE"[n]} and their hosts met in Geneva for the talks that everyone expected.`,
    "Negotiators discussed a ceasefire, prisoner exchanges, sanctions relief and security guarantees.",
    "Observers from several capitals followed the sessions closely and reported measured optimism afterwards.",
  ].join("\n\n");
}

test.describe("many annotators at once", () => {
  let server: TestServer;
  test.beforeAll(async () => {
    server = await startTestServer({ PARALLAX_WRITES_PER_MINUTE: "off" });
  });
  test.afterAll(async () => {
    await server?.cleanup();
  });

  test(`${ANNOTATORS} annotators making ${WRITES_EACH} writes each: all are stored`, async () => {
    test.setTimeout(300_000);
    const api = await newRequest.newContext({ baseURL: server.baseURL });
    const articles: { id: string; body: string }[] = [];
    for (let n = 0; n < ARTICLES; n++) {
      const res = await api.post("/api/articles", {
        data: { title: `Load article ${n}`, body: loadBody(n) },
      });
      expect(res.status()).toBe(201);
      articles.push((await res.json()) as { id: string; body: string });
    }
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: ANNOTATORS }, async (_, annotator) => {
        const article = articles[annotator % ARTICLES];
        if (!article) throw new Error("no article");
        const words = [...article.body.matchAll(/\p{L}+/gu)];
        for (let n = 0; n < WRITES_EACH; n++) {
          const word = words[(annotator * WRITES_EACH + n) % words.length];
          const start = word?.index ?? 0;
          const quote = word?.[0] ?? "";
          const res = await api.post(`/api/articles/${article.id}/claims`, {
            data: {
              start,
              end: start + quote.length,
              quote,
              topic: "envoys",
              slot: "delegation.us",
              kind: "person",
              value: { name: `Annotator ${annotator} Note ${n}` },
              author: `annotator-${annotator}`,
            },
          });
          if (res.status() !== 201) failures.push(`${annotator}/${n}: ${res.status()} ${await res.text()}`);
        }
      }),
    );
    expect(failures).toEqual([]);

    // Every write is readable through the API...
    const names = new Set<string>();
    for (const article of articles) {
      const res = await api.get(`/api/articles/${article.id}/claims`);
      const { items } = (await res.json()) as {
        items: { author: string | null; value: { name?: string } }[];
      };
      for (const c of items) if (c.author?.startsWith("annotator-") && c.value.name) names.add(c.value.name);
    }
    expect(names.size).toBe(ANNOTATORS * WRITES_EACH);
    // ...and is in the file itself.
    const db = new Database(server.dbFile, { readonly: true });
    const stored = db.prepare(`SELECT count(*) AS n FROM "Claim" WHERE "author" LIKE 'annotator-%'`).get();
    db.close();
    expect(stored).toEqual({ n: ANNOTATORS * WRITES_EACH });
    await api.dispose();
  });

  test("a pinned link shows exactly what was shared after later annotation", async () => {
    const pinned = `${server.baseURL}/c/${server.slug}/r/1`;
    const first = await fetch(pinned);
    const html = await first.text();
    const etag = first.headers.get("etag");
    expect(first.status).toBe(200);
    expect(etag).toBeTruthy();
    // Served again from the cache; a client-side navigation is rendered as a Flight response.
    expect((await fetch(pinned, { headers: { "if-none-match": etag ?? "" } })).status).toBe(304);
    expect((await fetch(pinned, { headers: { rsc: "1" } })).headers.get("content-type")).toMatch(
      /text\/x-component/,
    );

    const latest = (await (await fetch(`${server.baseURL}/api/comparisons/${server.slug}`)).json()) as {
      revision: number;
      articles: { id: string; body: string }[];
    };
    const article = latest.articles[0];
    const word = article ? /\p{Lu}\p{L}+/u.exec(article.body) : null;
    const res = await fetch(`${server.baseURL}/api/articles/${article?.id}/claims`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        start: word?.index,
        end: (word?.index ?? 0) + (word?.[0].length ?? 0),
        quote: word?.[0],
        topic: "envoys",
        slot: "delegation.us",
        kind: "person",
        value: { name: "Later Annotation" },
      }),
    });
    expect(res.status).toBe(201);
    const now = (await (await fetch(`${server.baseURL}/api/comparisons/${server.slug}`)).json()) as {
      revision: number;
    };
    expect(now.revision).toBe(latest.revision + 1);

    const again = await fetch(pinned);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(html);
    const revised = await fetch(`${server.baseURL}/c/${server.slug}/r/${now.revision}`);
    expect(revised.status).toBe(200);
    expect(await revised.text()).not.toBe(html);
  });
});

const IMPORT_BATCHES = 4;
const IMPORT_ITEMS = 50;

/** Letters only: a word the engine reads as no claim, so every article yields the same claims. */
function tag(n: number): string {
  return n
    .toString(26)
    .split("")
    .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
    .join("");
}

function importItem(n: number) {
  return {
    title: `Crash test ${n}`,
    body: `US envoy Steve Witkoff met President Vladimir Putin in Moscow on Tuesday, December 2, 2025. The talks lasted five hours. A 28-point plan proposed a ceasefire and ruled out NATO membership for Ukraine.\n\nMore talks would follow, officials said (file ${tag(n + 1000)}).`,
    publishedAt: "2025-12-03",
  };
}

/** The checks a restart must pass: an intact file, and no article stored without its claims. */
function checkDatabase(file: string): { articles: number; claimCounts: Set<number> } {
  const db = new Database(file);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    // FTS5's own check that the search index matches the tables (throws if not).
    db.exec(`INSERT INTO "ArticleSearch" ("ArticleSearch", "rank") VALUES ('integrity-check', 1)`);
    db.exec(`INSERT INTO "ClaimSearch" ("ClaimSearch", "rank") VALUES ('integrity-check', 1)`);
    const rows = db
      .prepare(
        `SELECT a."id", (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a."id") AS "claims"
         FROM "Article" a WHERE a."title" LIKE 'Crash test %'`,
      )
      .all() as { id: string; claims: number }[];
    return { articles: rows.length, claimCounts: new Set(rows.map((r) => r.claims)) };
  } finally {
    db.close();
  }
}

test("a server killed during a bulk import restarts consistent, and the import can be repeated", async () => {
  test.setTimeout(300_000);
  const server = await startTestServer({ PARALLAX_WRITES_PER_MINUTE: "off" });
  try {
    const batches = Array.from({ length: IMPORT_BATCHES }, (_, b) =>
      Array.from({ length: IMPORT_ITEMS }, (_, i) => importItem(b * IMPORT_ITEMS + i)),
    );
    const post = (articles: unknown[]) =>
      fetch(`${server.baseURL}/api/imports`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ articles }),
      });
    const inFlight = batches.map((b) =>
      post(b).then(
        (r) => r.status,
        () => "connection lost",
      ),
    );

    const watcher = new Database(server.dbFile, { readonly: true });
    const imported = () =>
      (
        watcher.prepare(`SELECT count(*) AS n FROM "Article" WHERE "title" LIKE 'Crash test %'`).get() as {
          n: number;
        }
      ).n;
    await expect.poll(imported, { timeout: 240_000, intervals: [25] }).toBeGreaterThanOrEqual(10);
    await server.kill();
    watcher.close();
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a === "connection lost").length).toBeGreaterThan(0);

    const afterCrash = checkDatabase(server.dbFile);
    expect(afterCrash.articles).toBeGreaterThanOrEqual(10);
    expect(afterCrash.articles).toBeLessThan(IMPORT_BATCHES * IMPORT_ITEMS);
    // Every stored article has all its claims: the same number each, as their texts are alike.
    expect([...afterCrash.claimCounts]).toHaveLength(1);
    const [claimsEach] = afterCrash.claimCounts;
    expect(claimsEach).toBeGreaterThan(0);

    await server.restart();
    for (const batch of batches) {
      const res = await post(batch);
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: { status: number }[] };
      for (const r of results) expect([201, 409]).toContain(r.status);
    }
    const repeated = checkDatabase(server.dbFile);
    expect(repeated.articles).toBe(IMPORT_BATCHES * IMPORT_ITEMS);
    expect([...repeated.claimCounts]).toEqual([claimsEach]);
  } finally {
    await server.cleanup();
  }
});
