import { describe, expect, it } from "vitest";
import { extractDates } from "./dates";
import { splitSentences } from "./text";

/** [quote, start] of each meeting date, against an article dated `publishedAt`. */
function meetings(body: string, publishedAt: string | null): Array<[string, string | null]> {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) })
    .filter((c) => c.slot === "meeting.date")
    .map((c) => [c.quote, c.kind === "date" ? c.value.start : null]);
}

describe("a deal done dates the sitting an article never dates", () => {
  it("takes the day the sides agreed when no sitting is dated", () => {
    const body =
      "Somali and Somaliland officials agreed on Tuesday on a seven-point roadmap for port access. " +
      "The text was hammered out by a Turkish facilitation team.";
    expect(meetings(body, "2026-08-13")).toEqual([["Tuesday", "2026-08-11"]]);
  });

  it("lets the deal's day set a next round apart, and leaves a vaguer deal date behind", () => {
    const body =
      "The accord on grazing rights was agreed late on August 4 in Juba. " +
      "Diplomats had hoped an agreement would be signed this week. " +
      "The facilitators are expected to return next month for a second round.";
    expect(meetings(body, "2026-08-06")).toEqual([["August 4", "2026-08-04"]]);
  });

  it("leaves the deal alone when the sitting itself is dated", () => {
    const body =
      "Negotiators met in Kampala on Monday. An agreement on prisoner releases was signed on Wednesday.";
    expect(meetings(body, "2026-08-07")).toEqual([["Monday", "2026-08-03"]]);
  });

  it("does not date the sitting by a signing, which may follow the talks by days", () => {
    const body = "Kosovo and Serbia signed the energy accord in Brussels on Friday.";
    expect(meetings(body, "2026-08-10")).toEqual([]);
  });

  it("does not date the sitting by a deal about a sitting to come", () => {
    const body = "The two sides agreed on Monday to hold talks in Arusha next week.";
    expect(meetings(body, "2026-08-12")).toEqual([["next week", "2026-08-17"]]);
  });

  it("does not date the sitting by a deal still to come", () => {
    const body = "The two governments will sign the border accord on Friday, officials said.";
    expect(meetings(body, "2026-08-04")).toEqual([]);
  });
});

describe("a live blog's talks are on the day it is published", () => {
  const blog = (...entries: string[]) => entries.join("\n\n");

  it("dates the sitting by the blog's own day and sets the announced next round apart", () => {
    const body = blog(
      "08:30 — Journalists gather outside the hotel in Lomé.",
      "09:15 — The delegations from both camps are now inside the conference room.",
      "13:40 — A source says the mood is tense but cordial.",
      "18:05 — The session is over. The mediator says the sides will meet again on Friday.",
    );
    expect(meetings(body, "2026-08-05")).toEqual([["09:15", "2026-08-05"]]);
  });

  it("reads stamps written with a.m. and p.m.", () => {
    const body = blog(
      "9:05 a.m.: Mediators arrive at the ministry.",
      "11:20 a.m.: The delegations take their seats.",
      "3:45 p.m.: The session breaks for prayers.",
    );
    expect(meetings(body, "2026-08-05")).toEqual([["9:05 a.m.", "2026-08-05"]]);
  });

  it("needs several stamped entries, not one time opening a story", () => {
    const body = blog("14:00 — Talks between the factions began in Lomé.", "The mediators were upbeat.");
    expect(meetings(body, "2026-08-05")).toEqual([]);
  });

  it("defers to a day the blog gives the talks itself", () => {
    const body = blog(
      "09:00 — Recap: the talks opened yesterday in Lomé.",
      "10:10 — The delegations are back in the room.",
      "12:30 — Lunch break.",
    );
    expect(meetings(body, "2026-08-05")).toEqual([["yesterday", "2026-08-04"]]);
  });

  it("places nothing when the blog's day is unknown", () => {
    const body = blog("09:00 — Talks resume.", "10:10 — The delegations confer.", "12:30 — A break.");
    expect(meetings(body, null)).toEqual([]);
  });
});

describe("an aside between dashes does not cut a date off from its sitting", () => {
  it("ties the day to the meeting named before the aside", () => {
    const body = "The meeting — the first since the border clashes of 2024 — took place on Friday in Accra.";
    expect(meetings(body, "2026-08-10")).toEqual([["Friday", "2026-08-07"]]);
  });
});

describe("an event word with a date of its own does not take an earlier date", () => {
  it("leaves the earlier truce to its own year", () => {
    const body = "The deal struck in Lusaka on Monday builds on a ceasefire agreed in March 2023.";
    expect(meetings(body, "2026-08-12")).toEqual([["Monday", "2026-08-10"]]);
  });

  it("still reads an event word with no date behind it as this date's", () => {
    const body = "The deal struck in Lusaka on Monday builds on a ceasefire that held for months.";
    expect(meetings(body, "2026-08-12")).toEqual([]);
  });

  it("still reads a signing right after a fronted day as a signing", () => {
    expect(meetings("On Monday the two sides signed a new accord in Lusaka.", "2026-08-12")).toEqual([]);
  });
});

describe("a statement made as the sitting closed", () => {
  it("dates the sitting by a statement said right after it", () => {
    const body =
      "The mediators announced on Friday, after three days of talks in Arusha, that a truce would hold.";
    expect(meetings(body, "2026-08-10").map(([q]) => q)).toEqual(["Friday"]);
  });

  it("keeps a statement about talks to come off the sitting", () => {
    const body = "The mediators announced on Friday that talks would resume in Arusha.";
    expect(meetings(body, "2026-08-10")).toEqual([]);
  });
});

describe("a sitting that ran past midnight", () => {
  it("widens a day named 'past midnight on' back to the evening before", () => {
    const body = "It was just past midnight on Thursday when the delegations in Arusha accepted the text.";
    expect(extractDates({ body, publishedAt: "2026-08-10", sentences: splitSentences(body) })).toContainEqual(
      expect.objectContaining({
        quote: "Thursday",
        slot: "meeting.date",
        value: { start: "2026-08-05", end: "2026-08-06" },
      }),
    );
  });
});

describe("which sitting an article reports", () => {
  it("prefers a day beside the talks to an earlier side meeting", () => {
    const body =
      "The envoy met Kenyan officials in Nairobi on Monday before flying to Arusha, where talks between the two governments opened on Wednesday.";
    expect(meetings(body, "2026-08-14")).toEqual([["Wednesday", "2026-08-12"]]);
  });

  it("still takes the earliest day when each is beside the talks", () => {
    const body = "Talks opened in Arusha on Monday. A second session of talks on Thursday was cancelled.";
    expect(meetings(body, "2026-08-14").map(([q]) => q)).toEqual(["Monday"]);
  });
});
