import { describe, expect, it } from "vitest";
import { applyHedge, hedgeAfter, hedgeBefore } from "./hedges";
import { tokenize } from "./numbers";

describe("hedges", () => {
  it("reads the longest hedge before an amount", () => {
    const tokens = tokenize("no more than five hours");
    expect(hedgeBefore(tokens, 3)).toEqual({ hedge: "at-most", first: 0 });
    expect(hedgeBefore(tokenize("talks of five hours"), 2)).toBeNull();
    expect(hedgeAfter(tokenize("five hours or so"), 2)).toEqual({ hedge: "around", next: 4 });
  });

  it.each([
    ["below", [4.5, 5]],
    ["around", [4.5, 5.5]],
    ["above", [5, null]],
    ["at-least", [5, null]],
    ["less-than", [null, 5]],
    ["at-most", [null, 5]],
    ["just-over", [5, 5.5]],
  ] as const)("%s five hours", (hedge, [min, max]) => {
    const v = applyHedge(5, 5, hedge, false);
    expect([v.min, v.max]).toEqual([min, max]);
  });

  it("widens counts by whole units and leaves ranges alone", () => {
    expect(applyHedge(28, 28, "around", true)).toEqual({ min: 25, max: 31 });
    expect(applyHedge(3, 3, "below", true)).toEqual({ min: 2, max: 3 });
    expect(applyHedge(19, 20, "around", true)).toEqual({ min: 19, max: 20 });
    expect(applyHedge(4, 4, "above", false)).toEqual({ min: 4, max: null, minExclusive: true });
    expect(applyHedge(2, 2, "less-than", false)).toEqual({ min: null, max: 2, maxExclusive: true });
  });
});
