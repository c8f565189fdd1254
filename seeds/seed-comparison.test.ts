import { beforeAll, describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/analysis/compare";
import { extractClaims } from "@/lib/analysis/extract";
import { formatValue } from "@/lib/analysis/format-value";
import type { CompareClaim, ComparisonRow } from "@/lib/analysis/types";
import { loadSeedArticles } from "./load";

// The seed coverage is one fixture among many: these are the rows a reader of it must see.
let rows: ComparisonRow[];
let claims: CompareClaim[];

function row(slot: string): ComparisonRow {
  const found = rows.find((r) => r.slot === slot);
  if (!found) throw new Error(`no ${slot} row; rows: ${rows.map((r) => r.slot).join(", ")}`);
  return found;
}

function valuesIn(slot: string, article: number): string[] {
  const cell = row(slot).cells[article];
  return (cell?.claimIds ?? []).map((id) => formatValue(claims.find((c) => c.id === id) as CompareClaim));
}

beforeAll(async () => {
  const seeds = await loadSeedArticles();
  claims = seeds.flatMap((seed, i) =>
    extractClaims({ body: seed.body, publishedAt: seed.publishedAt }).map((c, j): CompareClaim => ({
      ...c,
      id: `${i}-${j}`,
      articleId: String(i),
      status: "suggested",
    })),
  );
  rows = compareClaims(
    seeds.map((_, i) => String(i)),
    claims,
    [],
  );
});

describe("the seed comparison", () => {
  it("contradicts on the US delegation: Vance and Thorne against Witkoff and Kushner", () => {
    expect(row("delegation.us").verdict).toBe("contradict");
    expect(valuesIn("delegation.us", 0)).toEqual(expect.arrayContaining(["Eleanor Vance", "Marcus Thorne"]));
    for (const article of [1, 2]) {
      expect(valuesIn("delegation.us", article)).toEqual(
        expect.arrayContaining(["Steve Witkoff", "Jared Kushner"]),
      );
    }
    expect(row("delegation.us").reason).toMatch(/Vance.*vs.*Witkoff|Witkoff.*vs.*Vance/);
  });

  it("contradicts on the US president: Biden against Trump", () => {
    expect(row("us.president").verdict).toBe("contradict");
    expect(row("us.president").reason).toMatch(/Biden/);
    expect(row("us.president").reason).toMatch(/Trump/);
  });

  it("finds five hours and several hours compatible", () => {
    const duration = row("meeting.duration");
    expect(["agree", "partial"]).toContain(duration.verdict);
    expect(valuesIn("meeting.duration", 2)).toEqual(["5 h"]);
    expect(valuesIn("meeting.duration", 4)).toEqual(["3–9 h"]);
  });

  it("contradicts on NATO membership: ruled out against proposed", () => {
    expect(row("plan.nato-membership").verdict).toBe("contradict");
    expect(valuesIn("plan.nato-membership", 0)).toEqual(["ruled out"]);
    expect(valuesIn("plan.nato-membership", 3)).toContain("proposed");
  });

  it("gives the meeting date only as far as undated articles allow", () => {
    // No seed states its own publication date, so "April 16th" and "Tuesday" cannot be placed
    // in a year: they are kept as parts and do not contradict each other.
    expect(valuesIn("meeting.date", 0)).toEqual([expect.stringMatching(/Apr 16 \(year unknown\)/)]);
    expect(row("meeting.date").verdict).not.toBe("contradict");
  });
});
