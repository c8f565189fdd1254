import { describe, expect, it } from "vitest";
import { suggestClaim } from "./suggest";

const BODY = [
  "The US delegation was led by Ambassador Eleanor Vance and Marcus Thorne.",
  "They met President Putin in Moscow on April 16, 2024, and the talks lasted five hours.",
  "Aides called the atmosphere constructive.",
].join("\n");
const ARTICLE = { body: BODY, publishedAt: "2024-04-17" };

function select(quote: string, body = BODY): [number, number] {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the body`);
  return [start, start + quote.length];
}

describe("suggestClaim", () => {
  it("reads a selected name as a person", () => {
    const suggestion = suggestClaim(ARTICLE, ...select("Eleanor Vance"));
    expect(suggestion).toMatchObject({ kind: "person", value: { name: expect.stringContaining("Vance") } });
  });

  it("reads a selected date as that day, resolved against the article's date", () => {
    const suggestion = suggestClaim(ARTICLE, ...select("April 16, 2024"));
    expect(suggestion).toMatchObject({ kind: "date", topic: "dates", value: { start: "2024-04-16" } });
  });

  it("reads a number with a unit as a quantity", () => {
    const suggestion = suggestClaim(ARTICLE, ...select("five hours"));
    expect(suggestion).toMatchObject({ kind: "quantity", value: { min: 5, max: 5 } });
  });

  it("tolerates a selection with surrounding spaces or reversed ends", () => {
    const [start, end] = select("five hours");
    expect(suggestClaim(ARTICLE, end + 1, start - 1)).toMatchObject({ kind: "quantity" });
  });

  it("returns null for an empty or blank selection", () => {
    expect(suggestClaim(ARTICLE, 5, 5)).toBeNull();
    const newline = BODY.indexOf("\n");
    expect(suggestClaim(ARTICLE, newline, newline + 1)).toBeNull();
  });

  describe("falls back to heuristics where the engine finds nothing", () => {
    // Text no extractor is tuned for: the suggestion must come from the selection itself.
    const plain = (body: string) => ({ body, publishedAt: "2023-11-20" });

    it("a capitalized two-word selection is a person", () => {
      const body = "zq wx Harriet Quellingsworth yv pt";
      expect(suggestClaim(plain(body), ...select("Harriet Quellingsworth", body))).toMatchObject({
        kind: "person",
        value: { name: "Harriet Quellingsworth" },
      });
    });

    it("a month name is the whole month, in the article's year", () => {
      const body = "zq wx November yv pt";
      expect(suggestClaim(plain(body), ...select("November", body))).toMatchObject({
        kind: "date",
        value: { start: "2023-11-01", end: "2023-11-30" },
      });
    });

    it("a hedged amount is an interval", () => {
      const body = "zq wx more than 40 trucks yv pt";
      expect(suggestClaim(plain(body), ...select("more than 40 trucks", body))).toMatchObject({
        kind: "quantity",
        value: { min: 40, max: null, minExclusive: true },
      });
    });

    it("a date without a year and without an article date keeps its parts", () => {
      const body = "zq wx March 3 yv pt";
      expect(suggestClaim({ body, publishedAt: null }, ...select("March 3", body))).toMatchObject({
        kind: "date",
        value: { start: null, end: null, parts: { month: 3, day: 3 } },
      });
    });

    it("words that are none of these give no suggestion", () => {
      const body = "zq wx the atmosphere yv pt";
      expect(suggestClaim(plain(body), ...select("the atmosphere", body))).toBeNull();
    });
  });
});
