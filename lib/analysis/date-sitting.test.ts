import { describe, expect, it } from "vitest";
import { overnightShift, widenByLength, widenOvernight } from "./date-sitting";
import { extractDates } from "./dates";
import { splitSentences } from "./text";

/** The meeting dates of a body as [quote, start, end], and every other date as [quote, slot]. */
function meeting(body: string, publishedAt: string | null): Array<[string, string | null, string | null]> {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) }).flatMap((c) =>
    c.slot === "meeting.date" && c.kind === "date" ? [[c.quote, c.value.start, c.value.end]] : [],
  );
}

function others(body: string, publishedAt: string | null): Array<[string, string]> {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) }).flatMap((c) =>
    c.slot === "meeting.date" ? [] : [[c.quote, c.slot]],
  );
}

describe("one sitting that ran through the night", () => {
  it("widens a day named by its small hours back to the evening before", () => {
    expect(
      meeting(
        "The delegations agreed in the early hours of Thursday on a water-sharing protocol after talks that ran all night.",
        "2026-04-10",
      ),
    ).toEqual([["Thursday", "2026-04-08", "2026-04-09"]]);
  });

  it("widens a session said to stretch past midnight to the morning after", () => {
    expect(
      meeting(
        "Negotiators met on Monday in Tbilisi for a session that stretched past midnight.",
        "2026-04-10",
      ),
    ).toEqual([["Monday", "2026-04-06", "2026-04-07"]]);
  });

  it("leaves a day alone when the night is told before it, or not at all", () => {
    expect(
      meeting(
        "The envoys argued through the night, and on Friday the delegations signed the text.",
        "2026-04-11",
      ),
    ).toEqual([["Friday", "2026-04-10", "2026-04-10"]]);
    expect(meeting("Negotiators met on Monday in Tbilisi.", "2026-04-10")).toEqual([
      ["Monday", "2026-04-06", "2026-04-06"],
    ]);
  });

  it("does not make a sitting of a small-hours event the sentence does not tie to talks", () => {
    expect(
      others("Rebels shelled the town in the early hours of Sunday, residents said.", "2026-04-10"),
    ).toEqual([["Sunday", "date.mentioned"]]);
  });

  it("reads a range that ended in the small hours as one span", () => {
    expect(
      meeting(
        "The session began on Tuesday afternoon and ended in the early hours of Wednesday with a signed text.",
        "2026-03-07",
      ),
    ).toEqual([["Tuesday afternoon and ended in the early hours of Wednesday", "2026-03-03", "2026-03-04"]]);
  });

  it("widens only single resolved days", () => {
    expect(widenOvernight({ start: "2026-01-01", end: "2026-01-02" }, 1)).toEqual({
      start: "2026-01-01",
      end: "2026-01-02",
    });
    const partial = { start: null, end: null, parts: { weekday: 2 } };
    expect(widenOvernight(partial, -1)).toBe(partial);
    expect(overnightShift("They met on Monday.", 10, 16)).toBe(0);
  });
});

describe("the days of one sitting and the rounds around it", () => {
  it("keeps a first session the day before as part of the talks it resumed", () => {
    expect(
      meeting(
        "Negotiators resumed talks in Oslo on Sunday after a first session that began on Saturday morning.",
        "2026-05-10",
      ),
    ).toEqual([
      ["Sunday", "2026-05-10", "2026-05-10"],
      ["Saturday morning", "2026-05-09", "2026-05-09"],
    ]);
  });

  it("still sets apart a meeting days away from the one reported", () => {
    const body = "The delegations met on Monday in Doha. Their deputies had talks on Thursday in Muscat.";
    expect(meeting(body, "2026-05-09")).toEqual([["Monday", "2026-05-04", "2026-05-04"]]);
  });

  it("sets apart a next round announced for next Tuesday, even without the article's day", () => {
    const body =
      "The ministers met on Tuesday in Almaty and agreed nine points. They will meet again next Tuesday in Tashkent.";
    expect(meeting(body, null)).toEqual([["Tuesday", null, null]]);
    expect(others(body, null)).toContainEqual(["next Tuesday", "date.mentioned"]);
  });

  it("keeps the date of a preview, whose only meeting is still to come", () => {
    expect(meeting("The two delegations will meet in Vienna on Thursday.", "2026-05-04")).toEqual([
      ["Thursday", "2026-05-07", "2026-05-07"],
    ]);
  });

  it("reads 'this afternoon' in a live blog as the talks' day", () => {
    expect(meeting("14:05 — Talks on the river opened in Almaty this afternoon.", "2026-03-03")).toEqual([
      ["this afternoon", "2026-03-03", "2026-03-03"],
    ]);
  });
});

describe("a sitting of several days dated by one end", () => {
  it("reaches back from the day two days of talks ended, and on from the day they began", () => {
    expect(
      meeting(
        "The two sides ended two days of talks in Lomé on Friday with a joint statement.",
        "2026-06-13",
      ),
    ).toEqual([["Friday", "2026-06-11", "2026-06-12"]]);
    expect(
      meeting("Envoys sat down in Lomé on Thursday for two-day talks on the border.", "2026-06-13"),
    ).toEqual([["Thursday", "2026-06-11", "2026-06-12"]]);
  });

  it("leaves the day alone when the sentence does not say which end it is, or the days are not talks", () => {
    const friday = { start: "2026-06-12", end: "2026-06-12" };
    expect(
      widenByLength("Ministers met on Friday after two days of talks between deputies.", 16, friday),
    ).toBe(friday);
    expect(widenByLength("A five-day truce began on Friday.", 26, friday)).toBe(friday);
  });
});
