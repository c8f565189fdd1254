import { describe, expect, it } from "vitest";
import {
  dayNumber,
  parseIsoDay,
  toIsoDay,
  weekdayOf,
  weekRange,
  yearRange,
  type DayRange,
} from "./date-calendar";
import {
  agoRange,
  calendarMonth,
  relativeRange,
  resolveMonthDay,
  resolveMonthYear,
  resolveWeekday,
} from "./date-format";

const d = (iso: string) => parseIsoDay(iso) ?? NaN;
const iso = (r: DayRange) => [toIsoDay(r.start), toIsoDay(r.end)];

describe("calendar arithmetic", () => {
  it("round-trips ISO days and knows weekdays", () => {
    expect(toIsoDay(dayNumber(2024, 2, 29))).toBe("2024-02-29");
    expect(weekdayOf(d("2025-12-02"))).toBe(2);
    expect(parseIsoDay("2025-02-30")).toBeNull();
    expect(parseIsoDay("yesterday")).toBeNull();
    expect(parseIsoDay("2025-12-03T10:00:00Z")).toBe(d("2025-12-03"));
  });

  it("builds weeks, months and parts of years", () => {
    expect(iso(weekRange(d("2025-12-03")))).toEqual(["2025-12-01", "2025-12-07"]);
    expect(iso(weekRange(d("2025-12-07"), -1))).toEqual(["2025-11-24", "2025-11-30"]);
    expect(iso(calendarMonth(d("2025-03-31"), -1))).toEqual(["2025-02-01", "2025-02-28"]);
    expect(iso(calendarMonth(d("2025-12-15"), 1))).toEqual(["2026-01-01", "2026-01-31"]);
    expect(iso(yearRange(2021, "late"))).toEqual(["2021-09-01", "2021-12-31"]);
    expect(iso(yearRange(2022, "early"))).toEqual(["2022-01-01", "2022-04-30"]);
  });
});

describe("resolving against the article's day", () => {
  const wed = d("2025-12-03");

  it("points a weekday back for past reporting and forward for announcements", () => {
    expect(toIsoDay(resolveWeekday(wed, 2, "past"))).toBe("2025-12-02");
    expect(toIsoDay(resolveWeekday(wed, 2, "unknown"))).toBe("2025-12-02");
    expect(toIsoDay(resolveWeekday(wed, 2, "future"))).toBe("2025-12-09");
    expect(toIsoDay(resolveWeekday(wed, 3, "past"))).toBe("2025-12-03");
    expect(toIsoDay(resolveWeekday(wed, 3, "past", true))).toBe("2025-11-26");
  });

  it("chooses the year of a month", () => {
    expect(resolveMonthYear(wed, 11, "past")).toBe(2025);
    expect(resolveMonthYear(wed, 12, "past")).toBe(2025);
    expect(resolveMonthYear(wed, 12, "past", true)).toBe(2024);
    expect(resolveMonthYear(wed, 3, "future")).toBe(2026);
    expect(resolveMonthYear(d("2025-01-10"), 5, "unknown")).toBe(2025);
    expect(resolveMonthYear(d("2025-01-10"), 11, "unknown")).toBe(2024);
  });

  it("chooses the year of a month and day, preferring the one whose weekday matches", () => {
    const at = (ref: string, m: number, day: number, tense: "past" | "future" | "unknown", wd?: number) => {
      const n = resolveMonthDay(d(ref), m, day, tense, wd);
      return n === null ? null : toIsoDay(n);
    };
    expect(at("2025-12-03", 12, 2, "past")).toBe("2025-12-02");
    expect(at("2026-01-10", 12, 2, "past")).toBe("2025-12-02");
    expect(at("2025-12-03", 12, 5, "unknown")).toBe("2025-12-05");
    expect(at("2025-12-03", 4, 16, "past")).toBe("2025-04-16");
    expect(at("2025-12-03", 4, 16, "past", 2)).toBe("2024-04-16");
    expect(at("2025-12-03", 2, 29, "past")).toBe("2024-02-29");
  });

  it("reads 'N units ago' as a span as wide as the unit is coarse", () => {
    expect(iso(agoRange(wed, 4, "year", "nearly"))).toEqual(["2021-12-03", "2022-06-03"]);
    expect(iso(agoRange(wed, 4, "year", ""))).toEqual(["2021-06-03", "2022-06-03"]);
    expect(iso(agoRange(wed, 1, "month", "more than"))).toEqual(["2025-10-03", "2025-11-03"]);
    expect(iso(agoRange(wed, 3, "day", ""))).toEqual(["2025-11-30", "2025-11-30"]);
  });

  it("reads relative phrases from their match groups", () => {
    const groups = (...g: Array<string | undefined>) => relativeRange(["", ...g]);
    expect(iso(groups("yesterday")!(wed, "past"))).toEqual(["2025-12-02", "2025-12-02"]);
    expect(iso(groups(undefined, "earlier", "week")!(wed, "past"))).toEqual(["2025-12-01", "2025-12-03"]);
    expect(iso(groups(undefined, undefined, undefined, "last", "month")!(wed, "past"))).toEqual([
      "2025-11-01",
      "2025-11-30",
    ]);
    expect(iso(groups(undefined, undefined, undefined, "next", "weekend")!(wed, "past"))).toEqual([
      "2025-12-06",
      "2025-12-07",
    ]);
    expect(
      groups(undefined, undefined, undefined, undefined, undefined, undefined, "", "zillion", "year"),
    ).toBeNull();
  });
});
