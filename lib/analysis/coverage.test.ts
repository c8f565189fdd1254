import { beforeAll, describe, expect, it } from "vitest";
import { compareClaims } from "./compare";
import { CLUSTERS } from "./evaluation/clusters";
import { formatMetrics, THRESHOLDS } from "./evaluation/report";
import { evaluateCorpus, type CorpusMetrics } from "./evaluation/score";
import { extractClaims } from "./extract";

/*
 * The engine on coverage it was not built on: other outlets, other negotiations. Thresholds
 * are the product's acceptance bar; when a figure falls short, fix the engine, not the bar.
 */

let metrics: CorpusMetrics;

beforeAll(() => {
  metrics = evaluateCorpus(extractClaims, compareClaims);
  console.log(formatMetrics(metrics, { notes: process.env.COVERAGE_NOTES === "1" }));
});

describe("extraction on unseen coverage", () => {
  it(`finds ≥ ${THRESHOLDS.peopleRecall * 100}% of the people named`, () => {
    expect(metrics.people.recall.value).toBeGreaterThanOrEqual(THRESHOLDS.peopleRecall);
  });

  it(`names people with ≥ ${THRESHOLDS.peoplePrecision * 100}% precision`, () => {
    expect(metrics.people.precision.value).toBeGreaterThanOrEqual(THRESHOLDS.peoplePrecision);
  });

  it(`seats ≥ ${THRESHOLDS.envoyRecall * 100}% of delegation members in the right delegation`, () => {
    expect(metrics.envoys.recall.value).toBeGreaterThanOrEqual(THRESHOLDS.envoyRecall);
  });

  it(`dates the talks right in ≥ ${THRESHOLDS.talksDate * 100}% of articles`, () => {
    expect(metrics.talksDate.value).toBeGreaterThanOrEqual(THRESHOLDS.talksDate);
  });

  it(`reads ≥ ${THRESHOLDS.durations * 100}% of meeting durations`, () => {
    expect(metrics.durations.value).toBeGreaterThanOrEqual(THRESHOLDS.durations);
  });

  it(`reads ≥ ${THRESHOLDS.planSizes * 100}% of plan sizes`, () => {
    expect(metrics.planSizes.value).toBeGreaterThanOrEqual(THRESHOLDS.planSizes);
  });
});

describe("comparison on unseen coverage", () => {
  it.each(CLUSTERS.map((c) => [c.id] as const))("%s: every expected contradiction is found", (id) => {
    const cluster = metrics.clusters.find((c) => c.id === id);
    expect(cluster?.missing).toEqual([]);
  });

  it.each(CLUSTERS.map((c) => [c.id] as const))(
    `%s: at most ${THRESHOLDS.falseContradictions} false contradiction row`,
    (id) => {
      const cluster = metrics.clusters.find((c) => c.id === id);
      expect(cluster?.falseContradictions.length ?? Infinity).toBeLessThanOrEqual(
        THRESHOLDS.falseContradictions,
      );
    },
  );
});
