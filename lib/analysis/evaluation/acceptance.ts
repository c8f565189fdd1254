import { describe, expect, it } from "vitest";
import { dateValueSchema, slotSchema } from "../values";
import { sideKeyOf, type GoldArticle, type GoldCluster } from "./gold";
import { THRESHOLDS } from "./report";
import type { CorpusMetrics } from "./score";

/**
 * The engine's acceptance bar as test cases, shared by every evaluation set. Thresholds are the
 * product's; when a figure falls short, fix the engine, not the bar. `metrics` is read lazily
 * because the sets compute it in a beforeAll.
 */
export function describeAcceptance(
  name: string,
  metrics: () => CorpusMetrics,
  clusterIds: readonly string[],
  options: { usEnvoys?: boolean } = {},
): void {
  const pct = (x: number) => `${x * 100}%`;
  describe(`${name}: extraction`, () => {
    it(`finds ≥ ${pct(THRESHOLDS.peopleRecall)} of the people named`, () => {
      expect(metrics().people.recall.value).toBeGreaterThanOrEqual(THRESHOLDS.peopleRecall);
    });
    it(`names people with ≥ ${pct(THRESHOLDS.peoplePrecision)} precision`, () => {
      expect(metrics().people.precision.value).toBeGreaterThanOrEqual(THRESHOLDS.peoplePrecision);
    });
    it(`seats ≥ ${pct(THRESHOLDS.envoyRecall)} of delegation members in the right delegation`, () => {
      expect(metrics().envoys.recall.value).toBeGreaterThanOrEqual(THRESHOLDS.envoyRecall);
    });
    if (options.usEnvoys) {
      it(`seats ≥ ${pct(THRESHOLDS.envoyRecall)} of US envoys in the US delegation`, () => {
        expect(metrics().envoys.usRecall.value).toBeGreaterThanOrEqual(THRESHOLDS.envoyRecall);
      });
    }
    it(`dates the talks right in ≥ ${pct(THRESHOLDS.talksDate)} of articles`, () => {
      expect(metrics().talksDate.value).toBeGreaterThanOrEqual(THRESHOLDS.talksDate);
    });
    it(`reads ≥ ${pct(THRESHOLDS.durations)} of meeting durations`, () => {
      expect(metrics().durations.value).toBeGreaterThanOrEqual(THRESHOLDS.durations);
    });
    it(`reads ≥ ${pct(THRESHOLDS.planSizes)} of plan sizes`, () => {
      expect(metrics().planSizes.value).toBeGreaterThanOrEqual(THRESHOLDS.planSizes);
    });
  });

  describe(`${name}: comparison`, () => {
    const cluster = (id: string) => metrics().clusters.find((c) => c.id === id);
    it.each(clusterIds.map((id) => [id] as const))("%s: every expected contradiction is found", (id) => {
      expect(cluster(id)?.missing).toEqual([]);
    });
    it.each(clusterIds.map((id) => [id] as const))(
      `%s: at most ${THRESHOLDS.falseContradictions} false contradiction row`,
      (id) => {
        expect(cluster(id)?.falseContradictions.length ?? Infinity).toBeLessThanOrEqual(
          THRESHOLDS.falseContradictions,
        );
      },
    );
  });
}

/** What scoring the gold oracle must give: full marks, no notes, exactly the expected rows. */
export function expectFullMarks(m: CorpusMetrics): void {
  const rates = [m.people.recall, m.people.precision, m.envoys.recall, m.envoys.precision];
  for (const r of [...rates, m.talksDate, m.durations, m.planSizes]) expect(r.value).toBe(1);
  expect(m.notes).toEqual([]);
  for (const c of m.clusters) {
    expect(c.missing, c.id).toEqual([]);
    expect(c.falseContradictions, c.id).toEqual([]);
    expect(c.consistentViolated, c.id).toEqual([]);
  }
}

/**
 * One gold article reads like an article (a news story's length) and its gold is well-formed:
 * valid dates and slots, every person named in the text, every side a key the cluster knows.
 * `sidesToo` also checks whom people speak for, not only the delegation they sat in.
 */
export function expectWellFormedGold(
  a: GoldArticle,
  cluster: GoldCluster,
  options: { maxWords: number; sidesToo: boolean },
): void {
  const words = a.body.split(/\s+/).filter(Boolean).length;
  expect(words).toBeGreaterThanOrEqual(250);
  expect(words).toBeLessThanOrEqual(options.maxWords);
  if (a.publishedAt !== null)
    expect(dateValueSchema.safeParse({ start: a.publishedAt, end: a.publishedAt }).success).toBe(true);
  if (a.gold.talksDate !== null) expect(dateValueSchema.safeParse(a.gold.talksDate).success).toBe(true);
  for (const p of a.gold.people) {
    const forms = [p.name, ...(p.aliases ?? [])].map((n) => n.split(" ").pop() ?? n);
    expect(
      forms.some((surname) => a.body.includes(surname)),
      `${p.name} in ${a.id}`,
    ).toBe(true);
    for (const side of options.sidesToo ? [p.delegation, p.side] : [p.delegation])
      if (side !== undefined) expect(sideKeyOf(cluster, side), `${side} in ${a.id}`).toBe(side);
  }
  for (const q of a.gold.quantities) expect(slotSchema.safeParse(q.slot).success).toBe(true);
}
