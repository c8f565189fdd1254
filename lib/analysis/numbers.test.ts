import { describe, expect, it } from "vitest";
import { isGlued, numberAt, parseNumberWords, tokenize } from "./numbers";

/** The first amount in `text`, as [min, max, quoted text]. */
function first(text: string): [number, number, string] | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const m = numberAt(tokens, i);
    if (m) return [m.min, m.max, text.slice(tokens[m.first]?.start, tokens[m.next - 1]?.end)];
  }
  return null;
}

describe("parseNumberWords", () => {
  it.each([
    ["five", 5],
    ["twenty-eight", 28],
    ["twenty eight", 28],
    ["two and a half", 2.5],
    ["one hundred", 100],
    ["two hundred and five", 205],
    ["a hundred", 100],
    ["three thousand", 3000],
    ["a dozen", null],
    ["two dozen", 24],
    ["1.2 million", 1_200_000],
    ["14,000", 14000],
    ["ninety-nine", 99],
    ["eleven", 11],
  ] as const)("%s = %s", (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });

  it.each(["", "constructor", "toString", "hundred", "five apples", "twenty-"])(
    "not a number: %j",
    (text) => {
      expect(parseNumberWords(text)).toBeNull();
    },
  );
});

describe("numberAt", () => {
  it.each([
    ["a dozen envoys", [12, 12, "a dozen"]],
    ["half a dozen envoys", [6, 6, "half a dozen"]],
    ["several hours", [3, 9, "several"]],
    ["a few hours", [2, 4, "a few"]],
    ["a couple of hours", [2, 3, "a couple"]],
    ["dozens of civilians", [24, 99, "dozens"]],
    ["hundreds of thousands of people", [200_000, 999_999, "hundreds of thousands"]],
    ["19-20 points", [19, 20, "19-20"]],
    ["19–20 points", [19, 20, "19–20"]],
    ["19 to 20 points", [19, 20, "19 to 20"]],
    ["four or five hours", [4, 5, "four or five"]],
    ["between 4 and 5 hours", [4, 5, "between 4 and 5"]],
    ["3.5 hours", [3.5, 3.5, "3.5"]],
    ["over 14,000 civilians", [14000, 14000, "14,000"]],
  ] as const)("%s", (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it("does not read a change or a descending pair as a range", () => {
    expect(first("from 145 to 30 percent")).toEqual([145, 145, "145"]);
    expect(first("open 24-7")).toEqual([24, 24, "24"]);
    expect(numberAt(tokenize("between 5 and"), 0)).toBeNull();
  });
});

describe("isGlued", () => {
  it.each([
    ["COVID-19", true],
    ["F-16s", true],
    ["28th", true],
    ["5pm", true],
    ["MH17", true],
    ["v1.2.3", true],
    ["twenty-8", false],
    ["48 hostages", false],
    ["in 2014.", false],
  ] as const)("%s", (text, glued) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.kind === "num");
    expect(isGlued(text, tokens, i)).toBe(glued);
  });
});
