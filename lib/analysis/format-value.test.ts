import { describe, expect, it } from "vitest";
import {
  formatClaimValue,
  formatDateValue,
  formatNumber,
  formatPersonName,
  formatQuantityValue,
  formatTermValue,
  unitInfo,
} from "./format-value";

describe("formatClaimValue", () => {
  it("formats each kind", () => {
    expect(formatClaimValue("person", { name: "Steve Witkoff", side: "us" })).toBe("Steve Witkoff");
    expect(formatClaimValue("date", { start: "2025-12-02", end: "2025-12-02" })).toBe("Dec 2, 2025");
    expect(formatClaimValue("quantity", { min: 5, max: 5, unit: "hours" })).toBe("5 h");
    expect(formatClaimValue("term", { term: "nato-membership", stance: "ruled-out" })).toBe("ruled out");
  });
});

describe("formatDateValue", () => {
  it.each([
    [{ start: "2025-12-02", end: "2025-12-02" }, "Dec 2, 2025"],
    [{ start: "2026-05-09", end: "2026-05-10" }, "May 9–10, 2026"],
    [{ start: "2026-04-28", end: "2026-05-03" }, "Apr 28–May 3, 2026"],
    [{ start: "2025-12-30", end: "2026-01-02" }, "Dec 30, 2025–Jan 2, 2026"],
    [{ start: "2021-09-01", end: "2021-12-31" }, "Sep–Dec 2021"],
    [{ start: "2021-11-01", end: "2021-11-30" }, "Nov 2021"],
    [{ start: "2021-01-01", end: "2021-12-31" }, "2021"],
    [{ start: "2021-11-01", end: "2022-02-28" }, "Nov 2021–Feb 2022"],
  ])("resolved %j → %s", (value, text) => {
    expect(formatDateValue(value)).toBe(text);
  });

  it.each([
    [{ month: 4, day: 16 }, "Apr 16 (year unknown)"],
    [{ month: 4, day: 16, weekday: 2 }, "Tuesday, Apr 16 (year unknown)"],
    [{ weekday: 2 }, "Tuesday"],
    [{ month: 11 }, "November (year unknown)"],
    [{ month: 11, year: 2021 }, "Nov 2021"],
    [{ day: 16 }, "day 16 (year unknown)"],
  ])("unresolved %j → %s", (parts, text) => {
    expect(formatDateValue({ start: null, end: null, parts })).toBe(text);
  });
});

describe("formatQuantityValue", () => {
  it.each([
    [{ min: 5, max: 5, unit: "hours" }, "5 h"],
    [{ min: 3, max: 9, unit: "hour" }, "3–9 h"],
    [{ min: 4, max: null, unit: "hours", minExclusive: true }, "> 4 h"],
    [{ min: 4, max: null, unit: "hours" }, "≥ 4 h"],
    [{ min: null, max: 6, unit: "hours", maxExclusive: true }, "< 6 h"],
    [{ min: 4.5, max: 5, unit: "hrs" }, "4.5–5 h"],
    [{ min: 90, max: 90, unit: "minutes" }, "90 min"],
    [{ min: 19, max: 20, unit: "points" }, "19–20 points"],
    [{ min: 1, max: 1, unit: "point" }, "1 point"],
    [{ min: 2, max: 2, unit: "days" }, "2 days"],
    [{ min: 30, max: 30, unit: "percent" }, "30%"],
    [{ min: 1200, max: 1200, unit: "hostages" }, "1,200 hostages"],
    [{ min: 600, max: 600, unit: "people" }, "600 people"],
  ])("%j → %s", (value, text) => {
    expect(formatQuantityValue(value)).toBe(text);
  });
});

describe("unitInfo", () => {
  it("folds spellings of one unit and keeps unknown units apart", () => {
    expect(unitInfo("Hours")).toEqual(unitInfo("h"));
    expect(unitInfo("minutes").dimension).toBe("time");
    expect(unitInfo("points").key).toBe("point");
    expect(unitInfo("rounds").dimension).not.toBe(unitInfo("points").dimension);
  });
});

describe("formatPersonName", () => {
  it("gives full and short forms, keeping surname particles", () => {
    expect(formatPersonName({ name: "Jared  Kushner" })).toBe("Jared Kushner");
    expect(formatPersonName({ name: "Jared Kushner" }, "short")).toBe("Kushner");
    expect(formatPersonName({ name: "Nasser bin Saad Al Mohannadi" }, "short")).toBe("Al Mohannadi");
    expect(formatPersonName({ name: "Martin Luther King Jr." }, "short")).toBe("King");
    expect(formatPersonName({ name: "Madonna" }, "short")).toBe("Madonna");
  });
});

describe("formatTermValue", () => {
  it("says the stance, and the term when asked", () => {
    expect(formatTermValue({ term: "nato-membership", stance: "proposed" })).toBe("proposed");
    expect(formatTermValue({ term: "nato-membership", stance: "mentioned" }, true)).toBe(
      "NATO membership: mentioned",
    );
  });
});

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [5, "5"],
    [4.5, "4.5"],
    [2 / 3, "0.67"],
    [1200, "1,200"],
    [1710000, "1,710,000"],
    [-1234.5, "-1,234.5"],
    [999.999, "1,000"],
  ])("%d → %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});
