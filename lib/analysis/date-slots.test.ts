import { describe, expect, it } from "vitest";
import { extractDates } from "./dates";
import { splitSentences } from "./text";

/** [quote, slot, start, end] of each date, against an article dated `publishedAt`. */
function slots(body: string, publishedAt: string): Array<[string, string, string | null, string | null]> {
  return extractDates({ body, publishedAt, sentences: splitSentences(body) }).map((c) => [
    c.quote,
    c.slot,
    c.kind === "date" ? c.value.start : null,
    c.kind === "date" ? c.value.end : null,
  ]);
}

describe("the date of the talks on coverage the rules were not written on", () => {
  it.each([
    [
      "Georgian and Abkhaz negotiators met on Thursday in Geneva under UN auspices.",
      "2026-02-14",
      ["Thursday", "meeting.date", "2026-02-12", "2026-02-12"],
    ],
    [
      "The round of talks in Nairobi opened Saturday and closed Monday without a communique.",
      "2026-02-17",
      ["Saturday and closed Monday", "meeting.date", "2026-02-14", "2026-02-16"],
    ],
    [
      "After Wednesday's session in Luanda, both sides claimed progress.",
      "2026-02-14",
      ["Wednesday's", "meeting.date", "2026-02-11", "2026-02-11"],
    ],
    [
      "The mediators pressed through the night, and on Wednesday the delegations agreed a text.",
      "2026-02-14",
      ["Wednesday", "meeting.date", "2026-02-11", "2026-02-11"],
    ],
    [
      "Sudanese and Chadian officials said the two-day meeting in Addis Ababa on May 9-10 agreed a border protocol.",
      "2026-05-12",
      ["May 9-10", "meeting.date", "2026-05-09", "2026-05-10"],
    ],
    [
      "Ethiopian and Eritrean officials held talks in Djibouti on Tuesday under an AU-drafted plan.",
      "2026-02-14",
      ["Tuesday", "meeting.date", "2026-02-10", "2026-02-10"],
    ],
  ] as const)("%s", (body, publishedAt, expected) => {
    expect(slots(body, publishedAt)).toContainEqual(expected);
  });

  it("files an appointment by its own event, not as the meeting", () => {
    const found = slots(
      "Amina Diallo, who was appointed AU envoy in January, met the Rwandan delegation on Thursday.",
      "2026-05-14",
    );
    expect(found).toContainEqual(["January", "appointment.date", "2026-01-01", "2026-01-31"]);
    expect(found.filter((f) => f[1] === "meeting.date").map((f) => f[0])).toEqual(["Thursday"]);
  });

  it("keeps a next round and a distant month off the meeting reported", () => {
    const found = slots(
      "Peruvian and Ecuadorian trade officials met on Thursday and will meet again next month. The previous round of talks in January failed.",
      "2026-05-16",
    );
    expect(found.filter((f) => f[1] === "meeting.date").map((f) => f[0])).toEqual(["Thursday"]);
  });
});

describe("events of other contexts stay apart", () => {
  it("reads a month announced for a vote as the coming one, whatever verb announced it", () => {
    expect(
      slots(
        "Parliamentary elections, which the prime minister has called for June, will test the accord.",
        "2026-03-14",
      ),
    ).toEqual([["June", "election.planned-date", "2026-06-01", "2026-06-30"]]);
  });

  it("files a planned vote apart from a vote already held", () => {
    expect(
      slots(
        "The opposition disputed the presidential election held in July 2024, and new elections are planned for the second half of 2026.",
        "2026-03-14",
      ).map((f) => f.slice(0, 2)),
    ).toEqual([
      ["July 2024", "election.date"],
      ["the second half of 2026", "election.planned-date"],
    ]);
  });

  it("keeps an accord of another year and a signing still to come off this deal's date", () => {
    const found = slots(
      "The 2019 accord collapsed within months. On Thursday the sides signed a new agreement. A broader treaty is to be signed next week.",
      "2026-03-14",
    );
    expect(found.filter((f) => f[1] === "agreement.date").map((f) => f[0])).toEqual(["Thursday"]);
  });
});

describe("dates that do not date the talks", () => {
  it("keeps a reference point and a journey off the meeting date", () => {
    expect(
      slots("It is the first meeting of the two delegations in the capital since January.", "2026-03-11"),
    ).toContainEqual(["January", "date.mentioned", "2026-01-01", "2026-01-31"]);
    const body =
      "Chad's negotiators returned from Niamey on Friday after talks with the rebels on Thursday over the border.";
    expect(slots(body, "2026-02-14")).toEqual([
      ["Friday", "date.mentioned", "2026-02-13", "2026-02-13"],
      ["Thursday", "meeting.date", "2026-02-12", "2026-02-12"],
    ]);
  });
});

describe("dates that open a sentence after a frame, and possessive dates", () => {
  it("dates the talks from 'Over two days, on May 17 and 18, … held talks'", () => {
    const body =
      "Over two days, on May 17 and 18, the government and the armed movements held their first talks.";
    expect(slots(body, "2026-05-20")[0]?.[1]).toBe("meeting.date");
  });

  it("reads 'Tuesday's Special Representatives' meeting' as the meeting's day", () => {
    const body = "The statement from Tuesday's Special Representatives' meeting in Beijing was brief.";
    expect(slots(body, "2026-09-16")).toEqual([["Tuesday's", "meeting.date", "2026-09-15", "2026-09-15"]]);
  });
});

describe("dates an election word does not own", () => {
  const slotOf = (body: string, quote: string) => slots(body, "2026-05-12").find((s) => s[0] === quote)?.[1];

  it("a goal: 'a roadmap toward the first elections in a decade on Monday, in talks'", () => {
    expect(
      slotOf(
        "The parties worked through a roadmap toward the country's first elections in a decade on Monday, in talks in Nassau.",
        "Monday",
      ),
    ).toBe("meeting.date");
  });

  it("a promise: 'the referendum that the council had promised last year'", () => {
    expect(
      slotOf("It does not mention the referendum that the council had promised last year.", "last year"),
    ).toBe("date.mentioned");
  });

  it("a quotation cut by the sentence splitter: '…not this year,\" he said.'", () => {
    const body = '"A truce is achievable. Agreement on elections is not, not this year," he said.';
    expect(slotOf(body, "this year")).toBe("date.mentioned");
  });

  it("still dates an election the reporter reports: 'held an indirect vote in late 2024'", () => {
    expect(
      slotOf("Relations collapsed when the region held an indirect vote in late 2024.", "late 2024"),
    ).toBe("election.date");
  });
});

describe("a sitting over two days named with 'and'", () => {
  it.each([
    [
      "Peace talks were held in Kunming on 28 February and 1 March.",
      "2026-03-02",
      "2026-02-28",
      "2026-03-01",
    ],
    ["The delegations met on May 17 and May 18 in Doha.", "2026-05-20", "2026-05-17", "2026-05-18"],
    ["Talks were held on 31 December and 1 January.", "2026-01-03", "2025-12-31", "2026-01-01"],
    ["The delegations met on May 17 and 18 in Doha.", "2026-05-20", "2026-05-17", "2026-05-18"],
    ["They met on 17 and 18 May in Algiers.", "2026-05-20", "2026-05-17", "2026-05-18"],
  ])("%s", (body, publishedAt, start, end) => {
    const meeting = slots(body, publishedAt).filter((s) => s[1] === "meeting.date");
    expect(meeting.map((s) => [s[2], s[3]])).toEqual([[start, end]]);
  });

  it("keeps days two weeks apart as two dates, and a count after 'and' a count", () => {
    expect(slots("They met on May 3 and May 17.", "2026-05-20").length).toBe(2);
    expect(slots("Talks opened on May 17 and 18 people were hurt outside.", "2026-05-20")[0]?.[3]).toBe(
      "2026-05-17",
    );
  });
});

describe("envoys at work date the sitting", () => {
  it("reads 'teams spent Tuesday in separate rooms as American envoys carried proposals'", () => {
    const found = slots(
      "Ukrainian and Russian technical teams spent Tuesday in separate rooms of a Riyadh hotel as American envoys carried proposals back and forth.",
      "2026-04-15",
    );
    expect(found).toEqual([["Tuesday", "meeting.date", "2026-04-14", "2026-04-14"]]);
  });
});

describe("the sitting across the table, not a cabinet meeting", () => {
  it("dates 'Across the long table … on Wednesday sat two men' as the sitting", () => {
    const found = slots(
      "Across the long table in the Austrian foreign ministry on Wednesday sat two envoys who have spent years talking past each other.",
      "2026-05-15",
    );
    expect(found).toEqual([["Wednesday", "meeting.date", "2026-05-13", "2026-05-13"]]);
  });

  it("does not take a cabinet meeting for the talks", () => {
    expect(
      slots(
        "Ministers will examine the draft in a special cabinet meeting on Wednesday.",
        "2026-05-15",
      )[0]?.[1],
    ).toBe("date.mentioned");
  });
});

describe("weekdays inside the week a sentence names", () => {
  it("puts 'the round on Monday and Tuesday' in the 'last week' the sentence names", () => {
    const found = slots(
      "Chile went to Lima last week, and by the end of the two-day round on Monday and Tuesday it had largely succeeded.",
      "2026-03-17",
    ).filter((s) => s[1] === "meeting.date");
    expect(found).toEqual([["Monday and Tuesday", "meeting.date", "2026-03-09", "2026-03-10"]]);
  });

  it("leaves a weekday alone when no week is named", () => {
    expect(slots("The talks on Monday were tense.", "2026-03-17")[0]?.slice(2)).toEqual([
      "2026-03-16",
      "2026-03-16",
    ]);
  });
});

describe("a sitting of N days dated by its end", () => {
  it("widens 'a two-day round … that ended Wednesday' to Tuesday and Wednesday", () => {
    const found = slots(
      "The kingdom's envoys left Geneva after a two-day round with the movement that ended Wednesday.",
      "2026-04-23",
    ).filter((s) => s[1] === "meeting.date");
    expect(found.map((s) => s.slice(2))).toEqual([["2026-04-21", "2026-04-22"]]);
  });

  it("does not take a territory 'taken over' in a year for an appointment", () => {
    const found = slots(
      "The kingdom took over the territory after the colonial power withdrew in 1975.",
      "2026-04-23",
    );
    expect(found.map((s) => s[1])).not.toContain("appointment.date");
    expect(slots("The envoy took over as mediator in 2025.", "2026-04-23").map((s) => s[1])).toContain(
      "appointment.date",
    );
  });
});

describe("whose date a possessive or a first round is", () => {
  it("gives 'last month's clashes' to the clashes, not to the round of talks in the sentence", () => {
    const found = slots(
      "Delegations are arriving for a new round of talks on the truce agreed after last month's clashes.",
      "2026-11-14",
    );
    expect(found.map((s) => s[1])).toEqual(["date.mentioned"]);
  });

  it("dates the sitting reported by 'ended a first round of talks … on November 4'", () => {
    const found = slots(
      "The government and the rebels ended a first round of Swiss-brokered talks near Geneva on November 4 without a deal.",
      "2026-11-05",
    );
    expect(found.map((s) => s.slice(1))).toEqual([["meeting.date", "2026-11-04", "2026-11-04"]]);
  });

  it("dates the sitting from 'sat across from … on Wednesday'", () => {
    const found = slots(
      "The men who sat across from the ministers in Geneva on Wednesday were new faces.",
      "2026-11-06",
    );
    expect(found.map((s) => s[1])).toEqual(["meeting.date"]);
  });
});

describe("journeys and interviews around the sitting", () => {
  it("dates the sitting by 'returned to their hotel late on Wednesday after a six-hour session'", () => {
    const found = slots(
      "The negotiators returned to their hotel late on Wednesday after a six-hour session at the ministry.",
      "2026-09-18",
    );
    expect(found.map((s) => s.slice(1))).toEqual([["meeting.date", "2026-09-16", "2026-09-16"]]);
  });

  it("does not date the sitting by when someone was 'speaking to television on Thursday'", () => {
    const found = slots(
      "The president, speaking to state television in the capital on Thursday, said the talks were useful.",
      "2026-09-18",
    );
    expect(found.map((s) => s[1])).toEqual(["date.mentioned"]);
  });
});

describe("weekdays and the week a later clause names", () => {
  it("keeps 'talks that ended on Saturday' in the past when a later clause says 'this week'", () => {
    const found = slots(
      "The negotiators landed on Sunday after three days of talks that ended on Saturday, bringing home a text the cabinet will discuss this week.",
      "2026-06-08",
    ).filter((s) => s[1] === "meeting.date");
    expect(found.map((s) => s.slice(2))).toEqual([["2026-06-04", "2026-06-06"]]);
  });
});

describe("a sitting still to come", () => {
  it.each([
    "The next round is pencilled in for late August, after the inauguration.",
    "The next round, planned for October, will show whether either side wants more.",
  ])("does not date the sitting reported by: %s", (body) => {
    expect(slots(body, "2026-07-21").map((s) => s[1])).not.toContain("meeting.date");
  });
});
