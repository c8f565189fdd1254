import { describe, expect, it } from "vitest";
import { findDateline, referenceDay } from "./date-dateline";
import { toIsoDay } from "./date-calendar";
import { extractDates } from "./dates";
import { splitSentences } from "./text";

function meeting(body: string, publishedAt: string | null) {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) }).flatMap((c) =>
    c.slot === "meeting.date" && c.kind === "date" ? [[c.quote, c.value]] : [],
  );
}

describe("findDateline", () => {
  it("reads the month and day of a wire dateline, with or without the agency", () => {
    expect(findDateline("GENEVA, March 3 (Reuters) — Talks opened.")).toEqual({ month: 3, day: 3 });
    expect(findDateline("SAMARKAND, Uzbekistan, Sept 17 (Caspian Newswire) — Envoys met.")).toEqual({
      month: 9,
      day: 17,
    });
    expect(findDateline("KAMPALA, June 4 — Envoys met.")).toEqual({ month: 6, day: 4 });
  });

  it("finds none in a sentence that merely names a city and a day", () => {
    expect(findDateline("Talks resumed in Kampala, June 4, officials said.")).toBeNull();
    expect(findDateline("GENEVA — Talks opened on Tuesday.")).toBeNull();
    expect(findDateline("May 4 was the day talks opened.")).toBeNull();
  });
});

describe("the dateline as the day wire copy counts from", () => {
  it("counts 'yesterday' from the dateline when the web edition is stamped a day later", () => {
    const body = "KAMPALA, June 4 (Lake Wire) — Rebel and government envoys met yesterday in Kampala.";
    expect(meeting(body, "2026-06-05")).toEqual([["yesterday", { start: "2026-06-03", end: "2026-06-03" }]]);
  });

  it("places 'yesterday' by month and day when the copy carries no published date", () => {
    const body = "KAMPALA, June 4 (Lake Wire) — Rebel and government envoys met yesterday in Kampala.";
    expect(meeting(body, null)).toEqual([
      ["yesterday", { start: null, end: null, parts: { month: 6, day: 3 } }],
    ]);
  });

  it("leaves a day that would cross into February unplaced, since the year is unknown", () => {
    expect(meeting("KAMPALA, March 1 (Lake Wire) — Envoys met yesterday in Kampala.", null)).toEqual([]);
  });

  it("ignores a dateline far from the published day, or after it", () => {
    const n = (iso: string) => referenceDay({ month: 6, day: 4 }, iso);
    expect(toIsoDay(n("2026-06-20")!)).toBe("2026-06-20");
    expect(toIsoDay(n("2026-06-03")!)).toBe("2026-06-03");
    expect(toIsoDay(n("2026-06-06")!)).toBe("2026-06-04");
    expect(referenceDay(null, null)).toBeNull();
  });
});
