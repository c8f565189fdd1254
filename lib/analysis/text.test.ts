import { describe, expect, it } from "vitest";
import { makeAnchor, splitSentences } from "./text";

describe("splitSentences", () => {
  it("splits on sentence ends and keeps offsets into the body", () => {
    const body = "Mr. Witkoff met Putin. The talks lasted five hours! Did they agree?\nNew paragraph";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual([
      "Mr. Witkoff met Putin.",
      "The talks lasted five hours!",
      "Did they agree?",
      "New paragraph",
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after initials, abbreviations or inside numbers", () => {
    const body = "J. R. Smith of the U.S. Army said 3.5 million people moved. Then it rained.";
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      "J. R. Smith of the U.S. Army said 3.5 million people moved.",
      "Then it rained.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    const body = 'He said "It is over." Then he left.';
    expect(splitSentences(body).map((s) => s.text)).toEqual(['He said "It is over."', "Then he left."]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});

describe("makeAnchor", () => {
  it("keeps the quote with bounded context on each side", () => {
    const body = "a".repeat(50) + "QUOTE" + "b".repeat(50);
    const anchor = makeAnchor(body, 50, 55);
    expect(anchor.quote).toBe("QUOTE");
    expect(anchor.prefix).toBe("a".repeat(32));
    expect(anchor.suffix).toBe("b".repeat(32));
  });
});
