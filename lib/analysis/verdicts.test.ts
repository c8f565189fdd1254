import { describe, expect, it } from "vitest";
import type { ClaimValue, DateValue, QuantityValue, Stance } from "./values";
import { prepareValue, type PreparedValue } from "./prepared-values";
import { compareValueSets } from "./verdicts";

const prep = (v: ClaimValue, quote = "") => prepareValue({ ...v, quote });
const people = (...names: string[]) => names.map((name) => prep({ kind: "person", value: { name } }));
const day = (start: string, end = start) => prep({ kind: "date", value: { start, end } });
const parts = (p: NonNullable<DateValue["parts"]>) =>
  prep({ kind: "date", value: { start: null, end: null, parts: p } });
const qty = (value: QuantityValue, quote = "") => prep({ kind: "quantity", value }, quote);
const term = (t: string, stance: Stance) => prep({ kind: "term", value: { term: t, stance } });
const verdict = (a: PreparedValue[], b: PreparedValue[], exclusive = true) =>
  compareValueSets(a, b, exclusive);

describe("person sets", () => {
  it("agree when the sets are equal, whatever the spelling (names.ts keys)", () => {
    expect(
      verdict(people("Steve Witkoff", "Jared Kushner"), people("Mr. Kushner", "Stephen Witkoff")).verdict,
    ).toBe("agree");
  });

  it("are partial when one is a subset or they overlap", () => {
    const subset = verdict(people("Steve Witkoff", "Jared Kushner"), people("Witkoff"));
    expect(subset.verdict).toBe("partial");
    expect(subset.reason).toBe("Steve Witkoff, Jared Kushner vs Witkoff (shared: Steve Witkoff)");
    expect(verdict(people("A Alpha", "B Beta"), people("B Beta", "C Gamma")).verdict).toBe("partial");
  });

  it("contradict when disjoint, naming both sides", () => {
    const r = verdict(people("Steve Witkoff", "Jared Kushner"), people("Eleanor Vance", "Marcus Thorne"));
    expect(r).toEqual({
      verdict: "contradict",
      reason: "Steve Witkoff, Jared Kushner vs Eleanor Vance, Marcus Thorne",
    });
  });

  it("know a person whose outlets drop one of two family names", () => {
    expect(verdict(people("Renata Figueiredo Lemos"), people("Renata Figueiredo")).verdict).toBe("agree");
    expect(verdict(people("Mauricio Restrepo Lozano", "Carolina Iguarán"), people("Restrepo")).verdict).toBe(
      "partial",
    );
    // Another given name is another person, even with the family name in common.
    expect(verdict(people("Ana Restrepo"), people("Mauricio Restrepo Lozano")).verdict).toBe("contradict");
  });

  it("know a person one outlet names by given name alone", () => {
    expect(verdict(people("Kittipong Rattanaphan"), people("Kittipong")).verdict).toBe("agree");
    expect(verdict(people("Kittipong Rattanaphan"), people("Somchai")).verdict).toBe("contradict");
  });

  it("are only partial when disjoint in a non-exclusive slot", () => {
    expect(verdict(people("A Alpha"), people("B Beta"), false).verdict).toBe("partial");
  });
});

describe("dates", () => {
  it("agree on the same day and on overlapping or containing ranges", () => {
    expect(verdict([day("2025-12-02")], [day("2025-12-02")]).verdict).toBe("agree");
    const within = verdict([day("2025-12-02")], [day("2025-12-01", "2025-12-31")]);
    expect(within).toEqual({ verdict: "agree", reason: "Dec 2, 2025 within Dec 2025" });
    expect(verdict([day("2026-05-08", "2026-05-09")], [day("2026-05-09", "2026-05-10")]).verdict).toBe(
      "agree",
    );
  });

  it("contradict when ranges are disjoint, even by one day", () => {
    expect(verdict([day("2024-04-16")], [day("2025-12-02")])).toEqual({
      verdict: "contradict",
      reason: "Apr 16, 2024 vs Dec 2, 2025",
    });
    expect(verdict([day("2026-02-08")], [day("2026-02-09")]).verdict).toBe("contradict");
  });

  it("check unresolved dates against a range by their known parts", () => {
    // 2026-03-14 is a Saturday.
    expect(verdict([parts({ weekday: 6 })], [day("2026-03-14")]).verdict).toBe("agree");
    expect(verdict([parts({ weekday: 4 })], [day("2026-03-14")]).verdict).toBe("contradict");
    expect(verdict([parts({ month: 4, day: 16 })], [day("2025-12-02")])).toEqual({
      verdict: "contradict",
      reason: "Apr 16 (year unknown) vs Dec 2, 2025",
    });
    expect(verdict([parts({ month: 12 })], [day("2025-12-02")]).verdict).toBe("agree");
    expect(verdict([parts({ month: 3, day: 14, year: 2026 })], [day("2025-03-14")]).verdict).toBe(
      "contradict",
    );
  });

  it("compare two unresolved dates by the parts both know", () => {
    expect(verdict([parts({ month: 4, day: 16 })], [parts({ month: 4 })]).verdict).toBe("agree");
    expect(verdict([parts({ month: 4, day: 16 })], [parts({ month: 12, day: 2 })]).verdict).toBe(
      "contradict",
    );
    const unknown = verdict([parts({ weekday: 2 })], [parts({ month: 4, day: 16 })]);
    expect(unknown.verdict).toBe("partial");
    expect(unknown.reason).toContain("cannot be checked");
  });

  it("are compatible for a pair of articles when any of their dates fit", () => {
    expect(verdict([day("2026-01-05"), day("2026-02-08")], [day("2026-02-08")]).verdict).toBe("agree");
    expect(verdict([day("2026-01-05"), day("2026-02-07")], [day("2026-02-08")]).verdict).toBe("contradict");
  });

  it("let a coarse date an article pins down itself no longer speak for it", () => {
    // "this week" beside "on Tuesday" in one article, against another's Wednesday.
    const week = day("2026-07-06", "2026-07-12");
    expect(verdict([week, day("2026-07-07")], [day("2026-07-08")]).verdict).toBe("contradict");
    expect(verdict([week, day("2026-07-07")], [day("2026-07-07")]).verdict).toBe("agree");
    // A week alone, or a sitting of a few days around its day, still speaks.
    expect(verdict([week], [day("2026-07-08")]).verdict).toBe("agree");
    expect(verdict([day("2026-07-06", "2026-07-08"), day("2026-07-07")], [day("2026-07-06")]).verdict).toBe(
      "agree",
    );
  });

  it("match a brute-force day walk for ranges against known parts", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 400; i++) {
      const lo = 19_000 + rand(2_000);
      const hi = lo + [0, 1, 5, 6, 7, 30, 400, 1_500][rand(8)]!;
      const p: NonNullable<DateValue["parts"]> = {};
      if (rand(2) === 0) p.weekday = rand(7);
      if (rand(2) === 0) p.month = 1 + rand(12);
      if (rand(2) === 0) p.day = [1, 15, 29, 30, 31][rand(5)]!;
      if (rand(4) === 0) p.year = 2022 + rand(6);
      if (Object.keys(p).length === 0) p.weekday = 3;
      let expected = false;
      for (let n = lo; n <= hi && !expected; n++) {
        const d = new Date(n * 86_400_000);
        expected =
          (p.year === undefined || d.getUTCFullYear() === p.year) &&
          (p.month === undefined || d.getUTCMonth() + 1 === p.month) &&
          (p.day === undefined || d.getUTCDate() === p.day) &&
          (p.weekday === undefined || d.getUTCDay() === p.weekday);
      }
      const got = verdict([parts(p)], [day(iso(lo), iso(hi))]).verdict;
      expect(got, `${iso(lo)}..${iso(hi)} ${JSON.stringify(p)}`).toBe(expected ? "agree" : "contradict");
    }
  });

  it("stay cheap on a decades-long range", () => {
    expect(
      verdict([parts({ month: 2, day: 29, weekday: 1 })], [day("1900-01-01", "2099-12-31")]).verdict,
    ).toBe("agree");
  });
});

describe("quantities", () => {
  const h = (min: number | null, max: number | null, extra: Partial<QuantityValue> = {}) => ({
    min,
    max,
    unit: "hours",
    ...extra,
  });

  it("are partial when counts sit an order of magnitude apart, but lengths still contradict", () => {
    const killed = (min: number, max: number | null) => qty({ min, max, unit: "people" });
    const far = verdict([killed(7000, null)], [killed(2, 2)]);
    expect(far.verdict).toBe("partial");
    expect(far.reason).toMatch(/likely counts of different things$/);
    expect(verdict([killed(222, 222)], [killed(150, 150)]).verdict).toBe("contradict");
    expect(verdict([qty(h(2, 2))], [qty({ min: 2, max: 2, unit: "days" })]).verdict).toBe("contradict");
  });

  it("agree on identical points", () => {
    expect(verdict([qty(h(5, 5))], [qty(h(5, 5))])).toEqual({ verdict: "agree", reason: "both 5 h" });
  });

  it("agree when a point lies inside a hedged range, quoting its words", () => {
    const r = verdict([qty(h(5, 5), "five hours")], [qty(h(3, 9), "several hours")]);
    expect(r).toEqual({ verdict: "agree", reason: "5 h within several hours (3–9 h)" });
  });

  it("agree on partially overlapping ranges", () => {
    expect(verdict([qty(h(4.5, 5))], [qty(h(5, 7))]).verdict).toBe("agree");
  });

  it("contradict on disjoint intervals", () => {
    expect(verdict([qty(h(5, 5))], [qty(h(12, 12))])).toEqual({
      verdict: "contradict",
      reason: "5 h vs 12 h",
    });
    const plan = (n: number) => qty({ min: n, max: n, unit: "points" });
    expect(verdict([plan(20)], [plan(12)]).reason).toBe("20 points vs 12 points");
  });

  it("honour open and exclusive ends", () => {
    const moreThanFour = qty(h(4, null, { minExclusive: true }));
    expect(verdict([moreThanFour], [qty(h(4, 4))]).verdict).toBe("contradict");
    expect(verdict([moreThanFour], [qty(h(4.5, 5))]).verdict).toBe("agree");
    expect(verdict([moreThanFour], [qty(h(null, 4))]).verdict).toBe("contradict");
    expect(verdict([qty(h(4, null))], [qty(h(null, 4))]).verdict).toBe("agree");
    expect(
      verdict([qty(h(null, 4, { maxExclusive: true }))], [qty(h(4, null, { minExclusive: true }))]).verdict,
    ).toBe("contradict");
    expect(verdict([qty(h(null, 6, { maxExclusive: true }))], [qty(h(5.5, 6))]).verdict).toBe("agree");
  });

  it("let hedged ranges that only touch agree: 'nearly three hours' and 'just over three hours'", () => {
    const nearlyThree = qty(h(2.5, 3, { maxExclusive: true }));
    const justOverThree = qty(h(3, 3.5, { minExclusive: true }));
    expect(verdict([nearlyThree], [justOverThree]).verdict).toBe("agree");
    expect(verdict([nearlyThree], [qty(h(3.5, 4))]).verdict).toBe("contradict");
  });

  it("compare lengths stated to different roundings at the coarser one", () => {
    // "six hours" is rounded to the hour, so "five and a half hours" fits it.
    expect(verdict([qty(h(6, 6))], [qty(h(5.5, 5.5))])).toEqual({
      verdict: "agree",
      reason: "5.5 h consistent with 6 h",
    });
    expect(verdict([qty({ min: 90, max: 90, unit: "minutes" })], [qty(h(2, 2))]).verdict).toBe("agree");
    // Both to the hour, or more than half a step apart: still different lengths.
    expect(verdict([qty(h(5, 5))], [qty(h(6, 6))]).verdict).toBe("contradict");
    expect(verdict([qty(h(6, 6))], [qty(h(4.5, 4.5))]).verdict).toBe("contradict");
    // Plan sizes are counts, not roundings.
    const plan = (n: number) => qty({ min: n, max: n, unit: "points" });
    expect(verdict([plan(6)], [plan(7)]).verdict).toBe("contradict");
  });

  it("let a day of talks hold its hours: 'spent a day in the same room' and 'nearly nine hours'", () => {
    const aDay = qty({ min: 1, max: 1, unit: "days" });
    expect(verdict([aDay], [qty(h(8.1, 9))])).toEqual({
      verdict: "agree",
      reason: "8.1–9 h consistent with 1 day",
    });
    expect(verdict([aDay], [qty(h(40, 40))]).verdict).toBe("contradict");
    expect(verdict([qty({ min: 3, max: 3, unit: "days" })], [qty(h(5, 5))]).verdict).toBe("contradict");
  });

  it("convert between units of time", () => {
    expect(verdict([qty({ min: 90, max: 90, unit: "minutes" })], [qty(h(1.5, 1.5))]).verdict).toBe("agree");
    expect(verdict([qty({ min: 2, max: 2, unit: "days" })], [qty(h(5, 5))]).verdict).toBe("contradict");
  });

  it("are partial, not contradicting, when units differ in kind", () => {
    const r = verdict([qty({ min: 20, max: 20, unit: "points" })], [qty({ min: 3, max: 3, unit: "phases" })]);
    expect(r.verdict).toBe("partial");
    expect(r.reason).toContain("not comparable");
  });
});

describe("terms", () => {
  it("contradict on opposite stances", () => {
    expect(verdict([term("nato-membership", "ruled-out")], [term("nato-membership", "proposed")])).toEqual({
      verdict: "contradict",
      reason: "ruled out vs proposed",
    });
  });

  it("agree on the same stance; mentioned is only partial", () => {
    expect(verdict([term("ceasefire", "proposed")], [term("ceasefire", "proposed")]).verdict).toBe("agree");
    expect(verdict([term("ceasefire", "mentioned")], [term("ceasefire", "ruled-out")]).verdict).toBe(
      "partial",
    );
  });

  it("judge each term in a mixed slot and let the worst decide, naming the term", () => {
    const r = verdict(
      [term("ceasefire", "proposed"), term("elections", "proposed")],
      [term("ceasefire", "proposed"), term("elections", "ruled-out")],
    );
    expect(r).toEqual({ verdict: "contradict", reason: "elections: proposed vs ruled out" });
    expect(verdict([term("ceasefire", "proposed")], [term("elections", "proposed")]).verdict).toBe("partial");
  });
});

describe("mixed kinds", () => {
  it("are partial when nothing is comparable", () => {
    expect(verdict([day("2026-01-01")], people("A Alpha")).verdict).toBe("partial");
  });

  it("are partial, not contradicting, in list slots such as date.mentioned", () => {
    expect(verdict([day("2026-02-08")], [day("2023-10-07")], false)).toEqual({
      verdict: "partial",
      reason: "nothing in common: Feb 8, 2026 vs Oct 7, 2023",
    });
  });
});
