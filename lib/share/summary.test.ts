import { describe, expect, it } from "vitest";
import type { Topic, Verdict } from "@/lib/analysis/values";
import type { Comparison } from "@/lib/validations/comparison";
import { listInWords, summarizeComparison } from "./summary";

function comparisonOf(sources: number, rows: [Topic, Verdict][]): Pick<Comparison, "articles" | "rows"> {
  return {
    articles: Array.from({ length: sources }, () => ({}) as Comparison["articles"][number]),
    rows: rows.map(([topic, verdict], i) => ({
      slot: `slot.${i}`,
      topic,
      label: `Slot ${i}`,
      verdict,
      reason: "",
      cells: [],
    })),
  };
}

describe("summarizeComparison", () => {
  it("leads with contradictions and names their topics in product order", () => {
    const digest = summarizeComparison(
      comparisonOf(5, [
        ["plan-terms", "contradict"],
        ["envoys", "contradict"],
        ["dates", "contradict"],
        ["dates", "agree"],
        ["other", "single"],
      ]),
    );
    expect(digest.headline).toBe("3 contradictions across 5 sources on envoys, dates and plan terms");
    expect(digest.description).toBe(
      "3 contradictions across 5 sources on envoys, dates and plan terms. 1 point agrees, 1 reported by one source only.",
    );
    expect(digest.counts).toEqual({ contradict: 3, agree: 1, partial: 0, single: 1 });
  });

  it("names only the topics where sources contradict", () => {
    const digest = summarizeComparison(
      comparisonOf(2, [
        ["dates", "contradict"],
        ["envoys", "agree"],
        ["envoys", "partial"],
        ["envoys", "partial"],
      ]),
    );
    expect(digest.headline).toBe("1 contradiction across 2 sources on dates");
    expect(digest.detail).toBe("1 point agrees, 2 partly agree.");
  });

  it("says so when nothing contradicts, or nothing can be compared", () => {
    expect(
      summarizeComparison(
        comparisonOf(3, [
          ["envoys", "agree"],
          ["other", "partial"],
        ]),
      ).headline,
    ).toBe("No contradictions across 3 sources on envoys and other points");
    const lonely = summarizeComparison(comparisonOf(2, [["dates", "single"]]));
    expect(lonely.description).toBe("Nothing reported by more than one of 2 sources yet.");
    expect(summarizeComparison(comparisonOf(4, [])).description).toBe(
      "No claims to compare across 4 sources yet.",
    );
  });

  it("joins lists the way the headline reads", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
