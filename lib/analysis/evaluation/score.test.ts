import { describe, expect, it } from "vitest";
import { compareClaims } from "../compare";
import { CLUSTERS } from "./clusters";
import { oracleOf } from "./oracle";
import { evaluateCorpus, type ExtractFn } from "./score";
import { expectFullMarks, expectWellFormedGold } from "./acceptance";
import { formatMetrics } from "./report";

const articles = CLUSTERS.flatMap((c) => c.articles);
const clusterOf = new Map(CLUSTERS.flatMap((c) => c.articles.map((a) => [a.id, c] as const)));
const oracle = oracleOf(articles);

describe("evaluation corpus", () => {
  it("has at least 18 articles in at least 4 clusters of 3–6", () => {
    expect(articles.length).toBeGreaterThanOrEqual(18);
    expect(CLUSTERS.length).toBeGreaterThanOrEqual(4);
    for (const c of CLUSTERS) expect(c.articles.length).toBeGreaterThanOrEqual(3);
    for (const c of CLUSTERS) expect(c.articles.length).toBeLessThanOrEqual(6);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    "%s reads like an article and its gold is well-formed",
    (_id, a) => expectWellFormedGold(a, clusterOf.get(a.id)!, { maxWords: 700, sidesToo: false }),
  );

  it("includes copy without a dateline, so unresolved dates are exercised", () => {
    expect(articles.filter((a) => a.publishedAt === null).length).toBeGreaterThanOrEqual(4);
  });
});

describe("evaluateCorpus", () => {
  it("gives a perfect engine full marks and finds exactly the expected contradictions", () => {
    const m = evaluateCorpus(oracle, compareClaims);
    expectFullMarks(m);
  });

  it("gives an engine that finds nothing no marks, and says what it missed", () => {
    const m = evaluateCorpus(() => [], compareClaims);
    expect(m.people.recall.value).toBe(0);
    expect(m.people.precision.total).toBe(0);
    expect(m.envoys.recall.value).toBe(0);
    expect(m.talksDate.value).toBe(0);
    expect(m.clusters.every((c) => c.missing.length === c.expected.length)).toBe(true);
    expect(m.notes.some((n) => n.includes("missed person Yossi Karmon"))).toBe(true);
    expect(formatMetrics(m)).toContain("BELOW");
    expect(formatMetrics(m)).toContain("missing: meeting.date");
    // Measured unread, a set shows its figures but not which rows failed.
    expect(formatMetrics(m, { notes: false, rows: false })).not.toMatch(/missing:|false:|should agree:/);
  });

  it("counts people put in the wrong delegation and figures outside tolerance as misses", () => {
    const skewed: ExtractFn = (a) =>
      oracle(a).map((c) => {
        if (c.kind === "person" && c.slot === "delegation.israel") return { ...c, slot: "delegation.hamas" };
        if (c.kind === "quantity" && c.slot === "plan.size")
          return { ...c, value: { ...c.value, min: 997, max: 997 } };
        return c;
      });
    const m = evaluateCorpus(skewed, compareClaims);
    expect(m.envoys.recall.value).toBeLessThan(1);
    expect(m.envoys.precision.value).toBeLessThan(1);
    expect(m.planSizes.value).toBe(0);
  });
});
