import { describe, expect, it } from "vitest";
import { findAttribution } from "./attribution";
import { extractDates } from "./dates";
import { splitSentences } from "./text";
import type { ExtractedClaim } from "./types";
import { dateValueSchema, type DateValue } from "./values";

function dates(body: string, publishedAt: string | null = null): ExtractedClaim[] {
  const claims = extractDates({ body, publishedAt, sentences: splitSentences(body) });
  for (const c of claims) {
    expect(c.quote).toBe(body.slice(c.start, c.end));
    expect(c.kind).toBe("date");
    expect(c.topic).toBe("dates");
    if (c.kind === "date") expect(dateValueSchema.safeParse(c.value).success).toBe(true);
  }
  return claims;
}

/** [quote, slot, value] for each claim, the shape the tables below are written in. */
function summary(body: string, publishedAt: string | null = null): Array<[string, string, DateValue]> {
  return dates(body, publishedAt).map((c) => [
    c.quote,
    c.slot,
    c.kind === "date" ? c.value : { start: null, end: null },
  ]);
}

const day = (d: string): DateValue => ({ start: d, end: d });
const range = (start: string, end: string): DateValue => ({ start, end });

describe("extractDates: the date of the talks, resolved against the article's day", () => {
  const cases: Array<[string, string | null, string, string, DateValue]> = [
    [
      "Israeli and Hamas negotiators met in Cairo on Sunday for a fresh round of ceasefire talks.",
      "2024-03-05",
      "Sunday",
      "meeting.date",
      day("2024-03-03"),
    ],
    [
      "Mediators are scheduled to meet in Doha on Thursday to discuss the hostage deal.",
      "2024-03-05",
      "Thursday",
      "meeting.date",
      day("2024-03-07"),
    ],
    [
      "U.S. and Chinese officials concluded two days of trade talks in Geneva on May 11.",
      "2025-05-12",
      "May 11",
      "meeting.date",
      range("2025-05-10", "2025-05-11"),
    ],
    [
      "The talks in Jeddah began on May 6, 2023, under Saudi and U.S. mediation.",
      null,
      "May 6, 2023",
      "meeting.date",
      day("2023-05-06"),
    ],
    [
      "Tuesday's talks in Geneva were cordial but inconclusive.",
      "2025-12-04",
      "Tuesday's",
      "meeting.date",
      day("2025-12-02"),
    ],
    [
      "Sudan's warring parties held talks in Jeddah today.",
      "2023-05-20",
      "today",
      "meeting.date",
      day("2023-05-20"),
    ],
    [
      "The envoys met Aliyev yesterday in Baku.",
      "2025-08-09",
      "yesterday",
      "meeting.date",
      day("2025-08-08"),
    ],
    [
      "The summit in Abu Dhabi ended on December 2-3.",
      "2025-12-05",
      "December 2-3",
      "meeting.date",
      range("2025-12-02", "2025-12-03"),
    ],
    [
      "Negotiators met in Doha from Tuesday to Thursday.",
      "2025-12-05",
      "Tuesday to Thursday",
      "meeting.date",
      range("2025-12-02", "2025-12-04"),
    ],
    [
      "Talks are expected to resume in Cairo between March 3 and March 5.",
      "2024-02-28",
      "March 3 and March 5",
      "meeting.date",
      range("2024-03-03", "2024-03-05"),
    ],
    [
      "The talks were held in mid-November in Doha.",
      "2025-12-03",
      "mid-November",
      "meeting.date",
      range("2025-11-11", "2025-11-20"),
    ],
    [
      "Envoys met the Saudi mediators over the weekend.",
      "2025-12-03",
      "over the weekend",
      "meeting.date",
      range("2025-11-29", "2025-11-30"),
    ],
    [
      "Talks broke down last week in Geneva.",
      "2025-12-03",
      "last week",
      "meeting.date",
      range("2025-11-24", "2025-11-30"),
    ],
    [
      "The envoys will hold talks next Tuesday in Istanbul.",
      "2025-12-03",
      "next Tuesday",
      "meeting.date",
      day("2025-12-09"),
    ],
    [
      "Russian and Ukrainian negotiators met in Istanbul on Wednesday, the Kremlin said.",
      "2026-05-12",
      "Wednesday",
      "meeting.date",
      day("2026-05-06"),
    ],
    [
      "Officials said Wednesday's talks in Istanbul were brief.",
      "2026-05-12",
      "Wednesday's",
      "meeting.date",
      day("2026-05-06"),
    ],
    [
      "The two delegations met in Geneva on Saturday and Sunday.",
      "2026-05-12",
      "Saturday and Sunday",
      "meeting.date",
      range("2026-05-09", "2026-05-10"),
    ],
    [
      "After a weekend of intense negotiations in Geneva, both sides claimed progress.",
      "2026-05-12",
      "weekend",
      "meeting.date",
      range("2026-05-09", "2026-05-10"),
    ],
    [
      "Putin received Witkoff and Kushner at the Kremlin on Tuesday.",
      "2025-12-03",
      "Tuesday",
      "meeting.date",
      day("2025-12-02"),
    ],
  ];
  it.each(cases)("%s (published %s)", (body, publishedAt, quote, slot, value) => {
    expect(summary(body, publishedAt)).toContainEqual([quote, slot, value]);
  });

  it("merges a weekday with the day it names and uses it to choose the year", () => {
    const body =
      "Putin concluded a meeting with the envoys in Moscow late Tuesday evening, April 16th, at the Kremlin.";
    // April 16 was a Tuesday in 2024, not in 2025: the weekday in the text decides.
    expect(summary(body, "2025-12-03")).toEqual([
      ["late Tuesday evening, April 16th", "meeting.date", day("2024-04-16")],
    ]);
    expect(summary(body, "2024-04-17")).toEqual([
      ["late Tuesday evening, April 16th", "meeting.date", day("2024-04-16")],
    ]);
  });

  it("reads 'said on Monday' as the day of a statement and the future talks as the meeting", () => {
    expect(
      summary("A spokesman said on Monday that the talks will resume on Thursday.", "2025-12-03"),
    ).toEqual([
      ["Monday", "date.mentioned", day("2025-12-01")],
      ["Thursday", "meeting.date", day("2025-12-04")],
    ]);
  });

  it("keeps the lead meeting date and demotes a later, different meeting", () => {
    const body =
      "Putin hosted the U.S. envoys on Tuesday for talks. Zelensky had met Macron on Monday in Paris. Officials met again Friday.";
    expect(summary(body, "2025-12-06")).toEqual([
      ["Tuesday", "meeting.date", day("2025-12-02")],
      ["Monday", "date.mentioned", day("2025-12-01")],
      ["Friday", "date.mentioned", day("2025-12-05")],
    ]);
  });

  it("lets a precise meeting date set the frame over an earlier, vaguer one", () => {
    const body =
      "Talks dragged on through mid-January. Negotiators met again in Cairo on Sunday, February 8.";
    expect(summary(body, "2026-02-09")).toEqual([
      ["mid-January", "date.mentioned", range("2026-01-11", "2026-01-20")],
      ["Sunday, February 8", "meeting.date", day("2026-02-08")],
    ]);
  });

  it("does not tie a received proposal to a meeting", () => {
    expect(summary("Israel received the proposal on Sunday.", "2025-12-03")).toEqual([
      ["Sunday", "date.mentioned", day("2025-11-30")],
    ]);
  });

  it("trims a dateline date to its words", () => {
    expect(summary("CAIRO, Jan 14 (Reuters) - Mediators met Hamas leaders on Monday.", "2025-01-14")).toEqual(
      [
        ["Jan 14", "date.mentioned", day("2025-01-14")],
        ["Monday", "meeting.date", day("2025-01-13")],
      ],
    );
  });

  it("treats dated background talks as background, not the meeting", () => {
    const body = "Early peace talks, held in Belarus and later Istanbul in March 2022, quickly collapsed.";
    expect(summary(body, "2025-12-03")).toEqual([
      ["March 2022", "date.mentioned", range("2022-03-01", "2022-03-31")],
    ]);
    expect(summary(body, null)).toEqual([
      ["March 2022", "date.mentioned", range("2022-03-01", "2022-03-31")],
    ]);
  });

  it("does not tie a speaker's own 'today' to an event", () => {
    expect(
      summary('"Everything depends on today\'s discussions," Zelensky said in Dublin.', "2025-12-02"),
    ).toEqual([["today", "date.mentioned", day("2025-12-02")]]);
  });
});

describe("extractDates: other events and coarse dates", () => {
  const cases: Array<[string, string | null, string, string, DateValue]> = [
    [
      "On February 24, 2022, Russia launched a full-scale invasion.",
      null,
      "February 24, 2022",
      "invasion.date",
      day("2022-02-24"),
    ],
    [
      "Russia's full-scale invasion began in February 2022.",
      null,
      "February 2022",
      "invasion.date",
      range("2022-02-01", "2022-02-28"),
    ],
    [
      "Opposed by Europe, Russia's invasion began nearly four years ago.",
      "2025-12-03",
      "nearly four years ago",
      "invasion.date",
      range("2021-12-03", "2022-06-03"),
    ],
    [
      "Moscow annexed Crimea in March 2014.",
      null,
      "March 2014",
      "annexation.date",
      range("2014-03-01", "2014-03-31"),
    ],
    [
      "The conflict's roots stretch back to 2014, following Russia's annexation of Crimea.",
      null,
      "2014",
      "annexation.date",
      range("2014-01-01", "2014-12-31"),
    ],
    [
      "A draft peace plan circulated in November reportedly favoured Moscow.",
      "2025-12-03",
      "November",
      "plan.release-date",
      range("2025-11-01", "2025-11-30"),
    ],
    [
      "The ceasefire took effect on January 19.",
      "2025-01-20",
      "January 19",
      "ceasefire.date",
      day("2025-01-19"),
    ],
    [
      "Armenia and Azerbaijan signed the agreement at the White House on August 8.",
      "2025-08-10",
      "August 8",
      "agreement.date",
      day("2025-08-08"),
    ],
    [
      "The election on November 5, 2024 changed the dynamic.",
      "2025-01-10",
      "November 5, 2024",
      "election.date",
      day("2024-11-05"),
    ],
    [
      "Tensions dramatically escalated in late 2021 as troops massed.",
      null,
      "late 2021",
      "date.mentioned",
      range("2021-09-01", "2021-12-31"),
    ],
    [
      "Fighting intensified in early 2022 and again in mid-2023.",
      null,
      "early 2022",
      "date.mentioned",
      range("2022-01-01", "2022-04-30"),
    ],
    [
      "Fighting intensified in early 2022 and again in mid-2023.",
      null,
      "mid-2023",
      "date.mentioned",
      range("2023-05-01", "2023-08-31"),
    ],
    [
      "The offensive stalled in the summer of 2023.",
      null,
      "the summer of 2023",
      "date.mentioned",
      range("2023-06-01", "2023-08-31"),
    ],
    [
      "Casualties mounted throughout 2023.",
      null,
      "2023",
      "date.mentioned",
      range("2023-01-01", "2023-12-31"),
    ],
    [
      "Russia has held the territory since 2014.",
      null,
      "2014",
      "date.mentioned",
      range("2014-01-01", "2014-12-31"),
    ],
    [
      "The blockade deepened last month.",
      "2025-01-15",
      "last month",
      "date.mentioned",
      range("2024-12-01", "2024-12-31"),
    ],
    [
      "Shelling continued throughout this week.",
      "2025-12-03",
      "this week",
      "date.mentioned",
      range("2025-12-01", "2025-12-07"),
    ],
    [
      "Kyiv was hit on 24 February 2022 and Kharkiv on 2022-02-25.",
      null,
      "24 February 2022",
      "date.mentioned",
      day("2022-02-24"),
    ],
    [
      "Kyiv was hit on 24 February 2022 and Kharkiv on 2022-02-25.",
      null,
      "2022-02-25",
      "date.mentioned",
      day("2022-02-25"),
    ],
    ["Polls open in May.", "2025-01-10", "May", "election.planned-date", range("2025-05-01", "2025-05-31")],
  ];
  it.each(cases)("%s (published %s)", (body, publishedAt, quote, slot, value) => {
    expect(summary(body, publishedAt)).toContainEqual([quote, slot, value]);
  });
});

describe("extractDates: honestly partial without the article's day", () => {
  it("keeps the month, day and weekday and never invents a year", () => {
    const [claim] = dates("The envoys met Putin on Tuesday, December 2, at the Kremlin.");
    expect(claim?.quote).toBe("Tuesday, December 2");
    expect(claim?.kind === "date" && claim.value).toEqual({
      start: null,
      end: null,
      parts: { month: 12, day: 2, weekday: 2 },
    });
  });

  it.each([
    ["Putin hosted the envoys on Tuesday.", "Tuesday", { weekday: 2 }],
    ["The draft plan was circulated in November.", "November", { month: 11 }],
    ["The truce took effect on Jan. 19.", "Jan. 19", { month: 1, day: 19 }],
  ] as const)("%s", (body, quote, parts) => {
    expect(summary(body)).toEqual([[quote, expect.any(String), { start: null, end: null, parts }]]);
  });

  it("drops relative dates that cannot be placed at all", () => {
    expect(
      dates(
        "Talks broke down last week and resumed yesterday, nearly four years after the invasion began a year ago.",
      ),
    ).toEqual([]);
  });
});

describe("extractDates: what is not a date", () => {
  it.each([
    "Talks may resume soon, and protesters march through Yerevan.",
    "Theresa May met the envoys.",
    "Some 2,014 troops deployed at 5 pm under a 28-point plan.",
    "Ukraine wants its 1991 borders restored and 2000 soldiers back.",
    "The plan has 2025 words and costs $2024 per page.",
    "Protesters will march on the embassy, and talks may go on.",
    "He won 1,999 votes and 20.5% of the vote at 10:30.",
  ])("%s", (body) => {
    expect(dates(body, "2025-12-03")).toEqual([]);
  });

  it("reads a modal 'may' next to a real month correctly", () => {
    expect(summary("Talks may resume in May, officials said.", "2025-01-10").map(([q]) => q)).toEqual([
      "May",
    ]);
  });
});

describe("extractDates: hostile input", () => {
  it("returns nothing for empty, blank or punctuation-only text", () => {
    expect(dates("")).toEqual([]);
    expect(dates(" \n\t ")).toEqual([]);
    const junk = "!?.,;:—\"'()[]".repeat(80_000);
    expect(dates(junk, "2025-12-03")).toEqual([]);
  });

  it("copes with mixed scripts", () => {
    const body =
      "Переговоры прошли во вторник. 会谈于12月2日举行。 المحادثات The talks on December 2 ended. 😀 Mardi.";
    expect(summary(body, "2025-12-05")).toContainEqual(["December 2", "meeting.date", day("2025-12-02")]);
  });

  it("stays bounded on one endless sentence", () => {
    const body =
      "the envoys met in Geneva on December 2, 2025 and in 2014 again, talks may march on Tuesday ".repeat(
        2_300,
      );
    expect(body.length).toBeGreaterThan(200_000);
    const claims = dates(body, "2025-12-03");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(1000);
  });

  it("ignores a malformed publishedAt instead of throwing", () => {
    expect(summary("The envoys met on Tuesday.", "not a date")).toEqual([
      ["Tuesday", "meeting.date", { start: null, end: null, parts: { weekday: 2 } }],
    ]);
  });
});

describe("extractDates: attribution", () => {
  it("carries the sentence's source, as attribution.ts reads it", () => {
    const body = "The envoys met Putin on Tuesday, Kremlin aide Yuri Ushakov said.";
    const [claim] = dates(body, "2025-12-03");
    expect(claim?.attribution).not.toBeNull();
    expect(claim?.attribution).toBe(findAttribution(splitSentences(body)[0]!));
    expect(dates("The envoys met Putin on Tuesday.", "2025-12-03")[0]?.attribution).toBeNull();
  });
});

describe("every month by its full name", () => {
  // Spelled by Intl rather than copied from the engine's own list.
  const MONTHS = Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(2026, i, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" }),
  );
  it.each(MONTHS.map((name, i) => [name, i + 1] as const))(
    "reads 'met on %s 18' as that day",
    (name, month) => {
      const found = summary(`The envoys met on ${name} 18.`, "2026-12-30");
      expect(found.map(([, , value]) => value)).toEqual([day(`2026-${String(month).padStart(2, "0")}-18`)]);
    },
  );
});
