import { describe, expect, it } from "vitest";
import { compareClaims } from "./compare";
import type { CompareClaim, CompareRelation } from "./types";
import type { ClaimValue, Stance, Topic } from "./values";

let nextId = 0;
function claim(
  articleId: string,
  slot: string,
  topic: Topic,
  v: ClaimValue,
  extra: Partial<CompareClaim> = {},
): CompareClaim {
  nextId += 1;
  return {
    id: `c${nextId}`,
    articleId,
    slot,
    topic,
    quote: "",
    status: "suggested",
    ...v,
    ...extra,
  } as CompareClaim;
}
const envoy = (articleId: string, name: string, slot = "delegation.us") =>
  claim(articleId, slot, "envoys", { kind: "person", value: { name } });
const date = (articleId: string, start: string, extra: Partial<CompareClaim> = {}) =>
  claim(articleId, "meeting.date", "dates", { kind: "date", value: { start, end: start } }, extra);
const hours = (articleId: string, min: number | null, max: number | null, quote = "") =>
  claim(
    articleId,
    "meeting.duration",
    "dates",
    { kind: "quantity", value: { min, max, unit: "hours" } },
    { quote },
  );
const nato = (articleId: string, stance: Stance) =>
  claim(articleId, "plan.nato-membership", "plan-terms", {
    kind: "term",
    value: { term: "nato-membership", stance },
  });
const relation = (
  from: CompareClaim,
  to: CompareClaim,
  kind: CompareRelation["kind"],
  note = "",
): CompareRelation => ({
  id: `r-${from.id}-${to.id}`,
  fromClaimId: from.id,
  toClaimId: to.id,
  kind,
  note,
});
const rowFor = (rows: ReturnType<typeof compareClaims>, slot: string) => {
  const row = rows.find((r) => r.slot === slot);
  if (row === undefined) throw new Error(`no row for ${slot}`);
  return row;
};

describe("compareClaims alignment", () => {
  it("makes one row per slot with a cell for every article, in articleIds order", () => {
    const a = envoy("A", "Steve Witkoff");
    const c = envoy("C", "Steve Witkoff");
    const rows = compareClaims(["C", "B", "A"], [a, c], []);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toEqual([
      { articleId: "C", claimIds: [c.id] },
      { articleId: "B", claimIds: [] },
      { articleId: "A", claimIds: [a.id] },
    ]);
    expect(rows[0]!.label).toBe("US delegation");
    expect(rows[0]!.verdict).toBe("agree");
  });

  it("ignores rejected claims and claims of articles outside the comparison", () => {
    const rows = compareClaims(
      ["A", "B"],
      [
        envoy("A", "Steve Witkoff"),
        envoy("B", "Eleanor Vance"),
        envoy("B", "Steve Witkoff", "delegation.us"),
        envoy("Z", "Nobody"),
      ].map((c, i) => (i === 1 ? { ...c, status: "rejected" as const } : c)),
      [],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verdict).toBe("agree");
    expect(compareClaims(["A"], [{ ...envoy("A", "X Y"), status: "rejected" }], [])).toEqual([]);
  });

  it("marks a slot only one article speaks to as single", () => {
    const rows = compareClaims(["A", "B", "C"], [date("B", "2025-12-02")], []);
    expect(rows[0]).toMatchObject({ verdict: "single", reason: "only 1 source speaks: Dec 2, 2025" });
  });

  it("keeps reasons short when an article lists many values", () => {
    const names = Array.from({ length: 9 }, (_, i) => envoy("A", `Person Number${i}`, "people.mentioned"));
    const rows = compareClaims(["A", "B"], names, []);
    expect(rows[0]!.reason).toBe(
      "only 1 source speaks: Person Number0, Person Number1, Person Number2, Person Number3, Person Number4, Person Number5 and 3 more",
    );
  });

  it("takes the most common topic of a row's claims", () => {
    const rows = compareClaims(
      ["A", "B"],
      [date("A", "2025-12-02"), date("B", "2025-12-02", { topic: "other" }), date("B", "2025-12-02")],
      [],
    );
    expect(rows[0]!.topic).toBe("dates");
  });
});

describe("compareClaims row verdicts", () => {
  it("contradicts when any pair of speaking articles contradicts", () => {
    const rows = compareClaims(
      ["A", "B", "C"],
      [
        envoy("A", "Steve Witkoff"),
        envoy("A", "Jared Kushner"),
        envoy("B", "Steve Witkoff"),
        envoy("C", "Eleanor Vance"),
        envoy("C", "Marcus Thorne"),
      ],
      [],
    );
    const row = rowFor(rows, "delegation.us");
    expect(row.verdict).toBe("contradict");
    expect(row.reason).toContain("Steve Witkoff, Jared Kushner vs Eleanor Vance, Marcus Thorne");
    expect(row.reason).toContain("Steve Witkoff vs Eleanor Vance, Marcus Thorne");
  });

  it("is partial when the worst pair is partial, and agree when all agree", () => {
    const partial = compareClaims(
      ["A", "B"],
      [envoy("A", "Steve Witkoff"), envoy("A", "Jared Kushner"), envoy("B", "Witkoff")],
      [],
    );
    expect(partial[0]!.verdict).toBe("partial");
    const agree = compareClaims(
      ["A", "B", "C"],
      [date("A", "2026-02-08"), date("B", "2026-02-08"), date("C", "2026-02-08")],
      [],
    );
    expect(agree[0]).toMatchObject({ verdict: "agree", reason: "all 3 sources: Feb 8, 2026" });
  });

  it("keeps five hours compatible with several hours and with more than four", () => {
    const rows = compareClaims(
      ["A", "B", "C"],
      [hours("A", 5, 5, "five hours"), hours("B", 3, 9, "several hours"), hours("C", 4, null)],
      [],
    );
    expect(rows[0]!.verdict).toBe("agree");
    expect(rows[0]!.reason).toContain("5 h within several hours (3–9 h)");
  });

  it("treats disjoint names in people.mentioned as partial, not a contradiction", () => {
    const rows = compareClaims(
      ["A", "B"],
      [envoy("A", "A Alpha", "people.mentioned"), envoy("B", "B Beta", "people.mentioned")],
      [],
    );
    expect(rows[0]!.verdict).toBe("partial");
  });

  it("keeps different troop figures partial but contradicts on hostage counts", () => {
    const count = (articleId: string, slot: string, n: number, unit: string) =>
      claim(articleId, slot, "other", { kind: "quantity", value: { min: n, max: n, unit } });
    const troops = compareClaims(
      ["A", "B"],
      [count("A", "count.troops", 17, "soldiers"), count("B", "count.troops", 3500, "soldiers")],
      [],
    );
    expect(troops[0]!.verdict).toBe("partial");
    expect(troops[0]!.reason).toContain("different figures, perhaps of different things");
    const sources = compareClaims(
      ["A", "B"],
      [count("A", "count.officials", 2, "officials"), count("B", "count.officials", 6, "officials")],
      [],
    );
    expect(sources[0]!.verdict).toBe("partial");
    const hostages = compareClaims(
      ["A", "B"],
      [count("A", "count.hostages", 48, "hostages"), count("B", "count.hostages", 59, "hostages")],
      [],
    );
    expect(hostages[0]!.verdict).toBe("contradict");
    // "17 killed since midnight" and "23 in the previous 24 hours" count different stretches.
    const daily = compareClaims(
      ["A", "B"],
      [
        count("A", "count.killed-over-period", 17, "people"),
        count("B", "count.killed-over-period", 23, "people"),
      ],
      [],
    );
    expect(daily[0]!.verdict).toBe("partial");
    const totals = compareClaims(
      ["A", "B"],
      [count("A", "count.killed", 170, "people"), count("B", "count.killed", 230, "people")],
      [],
    );
    expect(totals[0]!.verdict).toBe("contradict");
  });

  it("contradicts on opposite term stances", () => {
    const rows = compareClaims(["A", "B"], [nato("A", "ruled-out"), nato("B", "proposed")], []);
    expect(rows[0]).toMatchObject({
      verdict: "contradict",
      reason: "ruled out vs proposed",
      label: "Plan: NATO membership",
    });
  });
});

describe("compareClaims relations", () => {
  it("an explicit contradicts makes an agreeing row contradict, citing the note", () => {
    const a = date("A", "2026-02-08");
    const b = date("B", "2026-02-08");
    const rows = compareClaims(
      ["A", "B"],
      [a, b],
      [relation(a, b, "contradicts", "B's date is the embargo date")],
    );
    expect(rows[0]).toMatchObject({
      verdict: "contradict",
      reason: "Annotator: B's date is the embargo date",
    });
  });

  it("an explicit agrees turns that contradicting pair into agreement and the row is recomputed", () => {
    const a = date("A", "2026-02-08");
    const b = date("B", "2026-02-09");
    const c = date("C", "2026-02-08");
    const two = compareClaims(["A", "B"], [a, b], [relation(b, a, "agrees", "time zones")]);
    expect(two[0]).toMatchObject({ verdict: "agree", reason: "Annotator: time zones" });
    // B still contradicts C, which no annotator spoke to.
    const three = compareClaims(["A", "B", "C"], [a, b, c], [relation(a, b, "agrees", "time zones")]);
    expect(three[0]!.verdict).toBe("contradict");
    expect(three[0]!.reason).toBe("Feb 9, 2026 vs Feb 8, 2026");
  });

  it("prefers contradicts when annotators disagree about one pair", () => {
    const a = date("A", "2026-02-08");
    const b = date("B", "2026-02-08");
    const rows = compareClaims(
      ["A", "B"],
      [a, b],
      [relation(a, b, "agrees", "same"), relation(b, a, "contradicts", "no")],
    );
    expect(rows[0]!.verdict).toBe("contradict");
  });

  it("ignores relations within one article or to unknown or rejected claims", () => {
    const a = date("A", "2026-02-08");
    const a2 = date("A", "2026-02-08");
    const b = date("B", "2026-02-08");
    const rejected = { ...date("B", "2026-02-08"), status: "rejected" as const };
    const rows = compareClaims(
      ["A", "B"],
      [a, a2, b, rejected],
      [
        relation(a, a2, "contradicts"),
        relation(a, rejected, "contradicts"),
        { ...relation(a, b, "contradicts"), toClaimId: "missing" },
      ],
    );
    expect(rows[0]!.verdict).toBe("agree");
  });

  it("a contradicts across slots marks both rows, even where the other article is silent", () => {
    const a = envoy("A", "Steve Witkoff", "delegation.us");
    const b = envoy("B", "Steve Witkoff", "people.mentioned");
    const rows = compareClaims(["A", "B"], [a, b], [relation(a, b, "contradicts", "B says he stayed home")]);
    expect(rowFor(rows, "delegation.us")).toMatchObject({
      verdict: "contradict",
      reason: "Annotator: B says he stayed home",
    });
    expect(rowFor(rows, "people.mentioned").verdict).toBe("contradict");
  });
});

describe("compareClaims ordering", () => {
  it("orders by topic, then contradictions first, then label", () => {
    const claims = [
      nato("A", "proposed"),
      nato("B", "proposed"),
      date("A", "2026-02-08"),
      date("B", "2026-02-09"),
      hours("A", 5, 5),
      hours("B", 5, 5),
      claim("A", "plan.size", "plan-terms", {
        kind: "quantity",
        value: { min: 20, max: 20, unit: "points" },
      }),
      envoy("A", "Steve Witkoff", "delegation.us"),
      envoy("B", "Steve Witkoff", "delegation.us"),
      envoy("A", "Yuri Ushakov", "delegation.russia"),
      envoy("B", "Kirill Dmitriev", "delegation.russia"),
      claim("A", "count.hostages", "other", {
        kind: "quantity",
        value: { min: 18, max: 18, unit: "hostages" },
      }),
    ];
    const rows = compareClaims(["A", "B"], claims, []);
    expect(rows.map((r) => [r.slot, r.verdict])).toEqual([
      ["delegation.russia", "contradict"],
      ["delegation.us", "agree"],
      ["meeting.date", "contradict"],
      ["meeting.duration", "agree"],
      ["plan.nato-membership", "agree"],
      ["plan.size", "single"],
      ["count.hostages", "single"],
    ]);
  });
});

describe("one delegation under two names", () => {
  const seat = (articleId: string, slot: string, name: string) =>
    claim(articleId, slot, "envoys", { kind: "person", value: { name } });

  it("lines up an unresolved 'government' with the slot other outlets seat the same people in", () => {
    const rows = compareClaims(
      ["A", "B", "C"],
      [
        seat("A", "delegation.government", "Acheikh Mahamoud"),
        seat("B", "delegation.chad", "Acheikh Mahamoud"),
        seat("B", "delegation.chad", "Fatime Oumar"),
        seat("C", "delegation.chad", "Fatime Oumar"),
      ],
      [],
    );
    expect(rows.map((r) => r.slot)).toEqual(["delegation.chad"]);
    expect(rows[0]!.cells.map((c) => c.claimIds.length)).toEqual([1, 2, 1]);
  });

  it("keeps a slot its article's people share with no other slot, or with two", () => {
    const lone = compareClaims(
      ["A", "B"],
      [seat("A", "delegation.government", "Acheikh Mahamoud"), seat("B", "delegation.chad", "Fatime Oumar")],
      [],
    );
    expect(lone.map((r) => r.slot).sort()).toEqual(["delegation.chad", "delegation.government"]);
    const torn = compareClaims(
      ["A", "B", "C"],
      [
        seat("A", "delegation.government", "Acheikh Mahamoud"),
        seat("A", "delegation.government", "Fatime Oumar"),
        seat("B", "delegation.chad", "Acheikh Mahamoud"),
        seat("C", "delegation.rebels-front", "Fatime Oumar"),
      ],
      [],
    );
    expect(torn.map((r) => r.slot)).toContain("delegation.government");
  });

  it("never renames a slot the article already shares with another outlet", () => {
    const rows = compareClaims(
      ["A", "B", "C"],
      [
        seat("A", "delegation.us", "Steve Witkoff"),
        seat("B", "delegation.us", "Eleanor Vance"),
        seat("C", "delegation.russia", "Steve Witkoff"),
      ],
      [],
    );
    expect(rows.find((r) => r.slot === "delegation.us")?.verdict).toBe("contradict");
  });
});
