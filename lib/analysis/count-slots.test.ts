import { describe, expect, it } from "vitest";
import { extractQuantities } from "./quantities";
import { splitSentences } from "./text";

function counts(body: string): Array<[string, string, number | null, number | null]> {
  return extractQuantities({ body, publishedAt: null, sentences: splitSentences(body) }).map((c) => [
    c.quote,
    c.slot,
    c.kind === "quantity" ? c.value.min : null,
    c.kind === "quantity" ? c.value.max : null,
  ]);
}

describe("counts filed by what befell the counted", () => {
  it("splits the dead from the displaced in one sentence", () => {
    expect(counts("Fighting around Goma has killed 31 people and displaced 1.9 million.")).toEqual([
      ["31 people", "count.killed", 31, 31],
      ["1.9 million", "count.displaced", 1_900_000, 1_900_000],
    ]);
  });

  it("reads the participle after the noun", () => {
    expect(
      counts("Militia raids in Ituri left 12 civilians dead and more than 300,000 people displaced."),
    ).toEqual([
      ["12 civilians", "count.killed", 12, 12],
      ["more than 300,000 people", "count.displaced", 300_000, null],
    ]);
    expect(counts("At least 40 people were wounded in the shelling of Kherson.")).toEqual([
      ["At least 40 people", "count.wounded", 40, null],
    ]);
  });

  it("drops a count of people the sentence says nothing about", () => {
    expect(counts("Some 40 people attended the ceremony in Bogota.")).toEqual([]);
    expect(counts("Two people familiar with the Doha talks described the mood as tense.")).toEqual([]);
  });

  it("keeps troops, hostages and prisoners under their own nouns", () => {
    expect(counts("Some 3,000 Burundian soldiers remain in South Kivu.")).toEqual([
      ["Some 3,000 Burundian soldiers", "count.troops", 2700, 3300],
    ]);
    expect(counts("The rebels will free 18 hostages and the army 90 prisoners.").map((c) => c[1])).toEqual([
      "count.hostages",
      "count.prisoners",
    ]);
  });

  it("reads a plan of more than a dozen points as an open size", () => {
    expect(counts("The Lusaka roadmap runs to more than a dozen points.")).toEqual([
      ["more than a dozen points", "plan.size", 12, null],
    ]);
  });
});

describe("tolls over a stretch of time, apart from totals", () => {
  it("files a toll since the start of the year, or over recent weeks, apart", () => {
    expect(
      counts(
        "Shelling in Ituri has displaced some 80,000 people since the start of the year, relief groups say.",
      ),
    ).toEqual([["some 80,000 people", "count.displaced-over-period", 72_000, 88_000]]);
    expect(counts("Air strikes killed at least 25 civilians in the past two weeks.")).toEqual([
      ["at least 25 civilians", "count.killed-over-period", 25, null],
    ]);
  });

  it("keeps a total, and a war's whole span, under the toll itself", () => {
    expect(counts("Nearly three million people are displaced inside the country.")).toEqual([
      ["Nearly three million people", "count.displaced", 2_700_000, 3_000_000],
    ]);
    expect(counts("The conflict has killed more than 14,000 people since 2014.")).toEqual([
      ["more than 14,000 people", "count.killed", 14_000, null],
    ]);
  });
});
