import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createArticle } from "./articles";
import { newId } from "./ids";
import { checkSearchIndex, searchLibrary, snippetParts, toMatchExpression } from "./search";

let counter = 0;
async function article(title: string, body: string): Promise<string> {
  counter++;
  const created = await createArticle({
    title,
    body: `${body}\nFiled as dispatch ${"abcdefghij"[counter % 10]}${Date.now()}${counter}.`,
    source: "Wire",
    author: null,
    url: null,
    publishedAt: "2025-03-03",
  });
  return created.id;
}

/** An annotator's claim written straight to the table, so the test does not depend on the engine. */
async function claim(articleId: string, quote: string, value: object): Promise<string> {
  const id = newId();
  await getPrisma().claim.create({
    data: {
      id,
      articleId,
      start: 0,
      end: quote.length,
      quote,
      prefix: "",
      suffix: "",
      topic: "envoys",
      slot: "delegation.ukraine",
      kind: "person",
      value: JSON.stringify(value),
      origin: "annotator",
      status: "accepted",
    },
  });
  return id;
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe("toMatchExpression", () => {
  it("quotes every word so nothing is read as FTS5 syntax", () => {
    expect(toMatchExpression("Witkoff Moscow")).toBe('"witkoff" "moscow"');
    expect(toMatchExpression("OR y* NOT z AND ^c -d + b")).toBe('"or" "y" "not" "z" "and" "c" "d" "b"');
    // Column filters and NEAR groups lose their syntax and become plain phrases.
    expect(toMatchExpression("title:x NEAR(a b)")).toBe('"title x" "near a" "b"');
  });

  it("keeps quoted phrases and words with inner punctuation together", () => {
    expect(toMatchExpression('"five hours" talks')).toBe('"five hours" "talks"');
    expect(toMatchExpression("U.S. Witkoff's")).toBe('"u s" "witkoff s"');
    expect(toMatchExpression('"unterminated phrase')).toBe('"unterminated phrase"');
  });

  it("returns null when nothing searchable is left, and caps the number of terms", () => {
    expect(toMatchExpression(' !! -- "" ** ')).toBeNull();
    expect(
      toMatchExpression(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))?.split(" "),
    ).toHaveLength(12);
  });
});

describe("snippetParts", () => {
  it("splits a snippet at the match markers", () => {
    expect(snippetParts("…the \u0002envoys\u0003 met \u0002Putin\u0003")).toEqual([
      { text: "…the ", match: false },
      { text: "envoys", match: true },
      { text: " met ", match: false },
      { text: "Putin", match: true },
    ]);
    expect(snippetParts("")).toEqual([]);
  });
});

describe("searchLibrary", () => {
  it("finds articles by body and title words, stemmed, best match first", async () => {
    const inTitle = await article("Quorvath ceasefire talks", "Delegates met in Geneva on Monday.");
    const inBody = await article("Geneva round", "The meetings on the Quorvath proposal ran for five hours.");
    const results = await searchLibrary("quorvath", 10);
    expect(ids(results.articles)).toEqual([inTitle, inBody]);

    const stemmed = await searchLibrary("quorvath meeting", 10);
    expect(ids(stemmed.articles)).toEqual([inBody]);
    const hit = stemmed.articles[0];
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["meetings", "Quorvath"]);
    expect(hit?.snippet.map((p) => p.text).join("")).toContain("proposal ran for five hours");

    expect((await searchLibrary('"five hours" quorvath', 10)).articles).toHaveLength(1);
    expect((await searchLibrary('"hours five" quorvath', 10)).articles).toHaveLength(0);
  });

  it("finds claims by quote and by the name they resolved to, and follows edits and deletes", async () => {
    const articleId = await article("Kyiv statement", "The Ukrainian president spoke after the talks.");
    const claimId = await claim(articleId, "The Ukrainian president", { name: "Volodymyr Zelenskyy" });
    expect(ids((await searchLibrary("Zelenskyy", 10)).claims)).toEqual([claimId]);
    const byQuote = await searchLibrary("ukrainian president", 10);
    expect(byQuote.claims).toEqual([
      expect.objectContaining({
        id: claimId,
        articleId,
        articleTitle: "Kyiv statement",
        slot: "delegation.ukraine",
      }),
    ]);

    const prisma = getPrisma();
    await prisma.claim.update({
      where: { id: claimId },
      data: { value: JSON.stringify({ name: "Ostap Vyr" }) },
    });
    expect((await searchLibrary("Zelenskyy", 10)).claims).toEqual([]);
    expect(ids((await searchLibrary("Ostap", 10)).claims)).toEqual([claimId]);

    // Deleting the article cascades to its claims; the triggers must follow both.
    await prisma.article.delete({ where: { id: articleId } });
    const gone = await searchLibrary("Ostap", 10);
    expect(gone.claims).toEqual([]);
    expect((await searchLibrary("Kyiv statement", 10)).articles).toEqual([]);
    await checkSearchIndex();
  });

  it("updates the article index when a title or body changes", async () => {
    const id = await article("Plain title", "Nothing remarkable here.");
    await getPrisma().article.update({ where: { id }, data: { title: "Zibbertown accord" } });
    expect(ids((await searchLibrary("zibbertown", 10)).articles)).toEqual([id]);
    expect((await searchLibrary("plain title", 10)).articles.map((a) => a.id)).not.toContain(id);
    await checkSearchIndex();
  });

  it("answers any input without a query error, and respects the limit", async () => {
    for (let i = 0; i < 3; i++) await article(`Limit test ${i}`, "Commonword appears in each of these.");
    expect((await searchLibrary("commonword", 2)).articles).toHaveLength(2);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: "binary" }), async (q) => {
        const results = await searchLibrary(q, 5);
        expect(results.articles.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
    await checkSearchIndex();
  });
});
