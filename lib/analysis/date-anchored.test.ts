import { describe, expect, it } from "vitest";
import { anchoredMentions, shiftDay } from "./date-anchored";
import { extractDates } from "./dates";
import { splitSentences } from "./text";

function meetings(body: string, publishedAt: string | null): Array<[string, unknown]> {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) })
    .filter((c) => c.slot === "meeting.date")
    .map((c) => [c.quote, c.kind === "date" ? c.value : null]);
}

describe("days counted from another date", () => {
  it("reads the offset of each phrase", () => {
    const offsets = (text: string) =>
      anchoredMentions(text).map((m) => [
        text.slice(m.start, m.end),
        m.spec.type === "anchored" ? m.spec.days : 0,
      ]);
    expect(offsets("Two days later the envoys flew home, and the previous day they had met.")).toEqual([
      ["Two days later", 2],
      ["the previous day", -1],
    ]);
    expect(offsets("They spoke the day before.")).toEqual([["the day before", -1]]);
  });

  it("leaves a phrase told from an event, not a date", () => {
    expect(anchoredMentions("A day after the talks, the shelling resumed.")).toEqual([]);
    expect(anchoredMentions("The envoy arrived the day before the summit.")).toEqual([]);
  });

  it("dates talks told from a day the sentence names", () => {
    const body = "Officials said on Friday that the talks held two days earlier had gone well.";
    expect(meetings(body, "2026-09-14")).toEqual([
      ["two days earlier", { start: "2026-09-09", end: "2026-09-09" }],
    ]);
  });

  it("reads 'the next day' as the order of two days, not as a day still to come", () => {
    const body = "The mediators landed in Lusaka on Saturday. The talks opened the next day.";
    expect(meetings(body, "2026-09-15").map(([q]) => q)).toContain("the next day");
  });

  it("counts only from a day named in the same or the previous sentence", () => {
    const body =
      "The envoy was appointed on May 4. Nothing moved for weeks. Talks opened the next day in Lusaka.";
    expect(meetings(body, "2026-06-20")).toEqual([]);
  });
});

describe("a bare day of the month", () => {
  it("dates 'on the 9th' by the article's month, or the month before", () => {
    expect(meetings("The delegations met in Lusaka on the 9th, diplomats said.", "2026-09-14")).toEqual([
      ["the 9th", { start: "2026-09-09", end: "2026-09-09" }],
    ]);
    expect(meetings("The delegations met in Lusaka on the 28th.", "2026-09-14")).toEqual([
      ["the 28th", { start: "2026-08-28", end: "2026-08-28" }],
    ]);
  });

  it("leaves an ordinal that counts something, and an article without a day", () => {
    expect(meetings("Talks opened on the 12th round of the process.", "2026-09-14")).toEqual([]);
    expect(meetings("The delegations met in Lusaka on the 9th.", null)).toEqual([]);
  });
});

describe("shiftDay", () => {
  it("moves a resolved day, and a day known by its parts", () => {
    expect(shiftDay({ start: "2026-03-01", end: "2026-03-01" }, -1)).toEqual({
      start: "2026-02-28",
      end: "2026-02-28",
    });
    expect(shiftDay({ start: null, end: null, parts: { weekday: 0 } }, -1)).toEqual({
      start: null,
      end: null,
      parts: { weekday: 6 },
    });
    expect(shiftDay({ start: null, end: null, parts: { month: 5, day: 31, weekday: 0 } }, 1)).toEqual({
      start: null,
      end: null,
      parts: { month: 6, day: 1, weekday: 1 },
    });
  });

  it("does not move a span, or a day across a February of unknown year", () => {
    expect(shiftDay({ start: "2026-03-01", end: "2026-03-03" }, 1)).toBeNull();
    expect(shiftDay({ start: null, end: null, parts: { month: 3, day: 1 } }, -1)).toBeNull();
  });
});
