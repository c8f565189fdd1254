import { describe, expect, it } from "vitest";
import { dateSlot } from "./events";
import { durationSlot, durationSlotFromVerb } from "./measure-slots";
import { clauseAround, detectTense, isQuoted } from "./tense";

/** Runs `fn` on the span of `needle` in `text`. */
function on<T>(text: string, needle: string, fn: (text: string, start: number, end: number) => T): T {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${text}`);
  return fn(text, start, start + needle.length);
}

describe("detectTense", () => {
  it.each([
    ["Putin hosted the envoys on Tuesday.", "Tuesday", "past"],
    ["Putin is scheduled to meet the envoys on Tuesday.", "Tuesday", "future"],
    ["This anticipated Tuesday summit follows weeks of talks.", "Tuesday", "future"],
    ["The envoys will arrive in Doha on Sunday.", "Sunday", "future"],
    ["He said on Monday that talks will resume on Thursday.", "Monday", "past"],
    ["He said on Monday that talks will resume on Thursday.", "Thursday", "future"],
    ["Talks on Tuesday.", "Tuesday", "unknown"],
  ] as const)("%s → %s is %s", (text, needle, tense) => {
    expect(on(text, needle, detectTense)).toBe(tense);
  });
});

describe("dateSlot", () => {
  it.each([
    ["Negotiators met in Cairo on Sunday.", "Sunday", "meeting.date"],
    ["Russia launched its invasion on February 24, 2022.", "February 24, 2022", "invasion.date"],
    ["Crimea was annexed in March 2014.", "March 2014", "annexation.date"],
    ["A draft peace plan circulated in November.", "November", "plan.release-date"],
    ["Rumours circulated in November.", "November", "date.mentioned"],
    ["The ceasefire took effect on January 19.", "January 19", "ceasefire.date"],
    ["The accord was signed on August 8.", "August 8", "agreement.date"],
    ["Voters go to the polls on May 5.", "May 5", "election.date"],
    ["Prices rose on Monday.", "Monday", "date.mentioned"],
    ["Earlier talks in March failed.", "March", "date.mentioned"],
    ["Zelensky had met Macron on Monday.", "Monday", "date.mentioned"],
    ["A spokesman said on Monday that talks would resume.", "Monday", "date.mentioned"],
    ["The war began in 2022; talks were held on Tuesday.", "2022", "date.mentioned"],
  ] as const)("%s → %s is %s", (text, needle, slot) => {
    expect(on(text, needle, dateSlot)).toBe(slot);
  });
});

describe("durations", () => {
  it("names what a duration measures by its noun", () => {
    expect(durationSlot("talks", [])).toEqual({ slot: "meeting.duration", topic: "dates" });
    expect(durationSlot("negotiations", ["preparatory"])).toEqual({
      slot: "duration.negotiation",
      topic: "dates",
    });
    expect(durationSlot("war", [])).toEqual({ slot: "conflict.duration", topic: "dates" });
    expect(durationSlot("truce", [])).toEqual({ slot: "ceasefire.duration", topic: "plan-terms" });
    expect(durationSlot("visit", [])).toEqual({ slot: "duration.visit", topic: "dates" });
    expect(durationSlot("shelling", [])).toBeNull();
  });

  it("names it by the verb before it", () => {
    expect(durationSlotFromVerb("The talks, held at the Kremlin, lasted nearly ")?.slot).toBe(
      "meeting.duration",
    );
    expect(durationSlotFromVerb("The envoys met Putin for ")?.slot).toBe("meeting.duration");
    expect(durationSlotFromVerb("The war has lasted ")?.slot).toBe("conflict.duration");
    expect(durationSlotFromVerb("Prices rose for ")).toBeNull();
  });
});

describe("clauses and quotes", () => {
  it("stops a clause at semicolons and spaced dashes, not at asides", () => {
    const text = "The war began in 2022; talks — held in Doha—ended (late) on Tuesday.";
    expect(
      on(text, "Tuesday", (t, s, e) => t.slice(clauseAround(t, s, e).start, clauseAround(t, s, e).end)),
    ).toBe("held in Doha—ended (late) on Tuesday.");
  });

  it("knows when a position is inside quoted speech", () => {
    const text = `"It ends today," he said. “Not today” — and today.`;
    expect(isQuoted(text, text.indexOf("today"))).toBe(true);
    expect(isQuoted(text, text.indexOf("Not"))).toBe(true);
    expect(isQuoted(text, text.lastIndexOf("today"))).toBe(false);
  });
});
