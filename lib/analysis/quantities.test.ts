import { describe, expect, it } from "vitest";
import { findAttribution } from "./attribution";
import { extractQuantities } from "./quantities";
import { splitSentences } from "./text";
import type { ExtractedClaim } from "./types";
import { quantityValueSchema, type QuantityValue } from "./values";

function quantities(body: string): ExtractedClaim[] {
  const claims = extractQuantities({ body, publishedAt: null, sentences: splitSentences(body) });
  for (const c of claims) {
    expect(c.quote).toBe(body.slice(c.start, c.end));
    expect(c.kind).toBe("quantity");
    if (c.kind === "quantity") expect(quantityValueSchema.safeParse(c.value).success).toBe(true);
  }
  return claims;
}

function summary(body: string): Array<[string, string, QuantityValue]> {
  return quantities(body).map((c) => [
    c.quote,
    c.slot,
    c.kind === "quantity" ? c.value : { min: null, max: null, unit: "?" },
  ]);
}

const q = (
  min: number | null,
  max: number | null,
  unit: string,
  extra: Partial<QuantityValue> = {},
): QuantityValue => ({ min, max, unit, ...extra });

describe("extractQuantities: how long the talks lasted", () => {
  const cases: Array<[string, string, QuantityValue]> = [
    [
      "Putin hosted the U.S. envoys at the Kremlin on Tuesday for five hours of talks.",
      "five hours",
      q(5, 5, "hours"),
    ],
    ["The talks lasted nearly five hours, a Kremlin aide said.", "nearly five hours", q(4.5, 5, "hours")],
    ["The meeting in Jeddah ran for about three hours.", "about three hours", q(2.5, 3.5, "hours")],
    [
      "Witkoff and Kushner met Putin for more than four hours.",
      "more than four hours",
      q(4, null, "hours", { minExclusive: true }),
    ],
    [
      "After a three-hour meeting in Cairo, the mediators left without a statement.",
      "three-hour",
      q(3, 3, "hours"),
    ],
    [
      "The delegation spent several hours of face‑to‑face diplomacy in the Kremlin.",
      "several hours",
      q(3, 9, "hours"),
    ],
    ["Negotiators held a few hours of closed-door talks in Doha.", "a few hours", q(2, 4, "hours")],
    ["The hours-long session in Geneva ended without a deal.", "hours-long", q(1, null, "hours")],
    ["The discussions in Baku went on for hours.", "hours", q(1, null, "hours")],
    ["The deal came after 11 hours of sometimes heated argument.", "11 hours", q(11, 11, "hours")],
    ["The envoy brokered the text over 11 hours of talks.", "11 hours", q(11, 11, "hours")],
    ["The talks lasted over 11 hours.", "over 11 hours", q(11, null, "hours", { minExclusive: true })],
    [
      "Less than two hours of negotiations produced the outline of a truce.",
      "Less than two hours",
      q(null, 2, "hours", { maxExclusive: true }),
    ],
    ["Trump and Xi held a 90-minute call on trade.", "90-minute", q(1.5, 1.5, "hours")],
    ["Half an hour of talks followed in the Oval Office.", "Half an hour", q(0.5, 0.5, "hours")],
    ["The talks in Jeddah lasted two and a half hours.", "two and a half hours", q(2.5, 2.5, "hours")],
    ["The meeting lasted an hour and a half.", "an hour and a half", q(1.5, 1.5, "hours")],
    ["Between 4 and 5 hours of talks took place at the villa.", "Between 4 and 5 hours", q(4, 5, "hours")],
    [
      "Officials described four or five hours of meetings with Hamas leaders.",
      "four or five hours",
      q(4, 5, "hours"),
    ],
    ["The Kremlin talks lasted five hours or so.", "five hours or so", q(4.5, 5.5, "hours")],
    [
      "The talks lasted just over two hours.",
      "just over two hours",
      q(2, 2.5, "hours", { minExclusive: true }),
    ],
    ["After nearly five hours, the talks in Moscow ended.", "nearly five hours", q(4.5, 5, "hours")],
    ["Kushner spent five hours with Putin at the Kremlin.", "five hours", q(5, 5, "hours")],
    ["A five hour meeting at the Kremlin ended late.", "five hour", q(5, 5, "hours")],
    ["The talks, held at the villa, lasted some five hours.", "some five hours", q(4.5, 5.5, "hours")],
    ["U.S. and Chinese officials concluded two days of trade talks in Geneva.", "two days", q(2, 2, "days")],
    ["The two-day summit in Alaska ended early.", "two-day", q(2, 2, "days")],
  ];
  it.each(cases)("%s", (body, quote, value) => {
    expect(summary(body)).toContainEqual([quote, "meeting.duration", value]);
  });

  it("reads only the final figure of a plan that shrank", () => {
    expect(summary("The plan has been trimmed from 28 points to 20.").map(([quote]) => quote)).toEqual([
      "20",
    ]);
  });

  it.each([
    [
      "The AU mediator kept the sides at the table for more than three hours.",
      q(3, null, "hours", { minExclusive: true }),
    ],
    ["For two days last week, a hotel above Oslo was home to talks between the parties.", q(2, 2, "days")],
    ["The talks were chaired by a former minister. They lasted about four hours.", q(3.5, 4.5, "hours")],
  ] as const)("reads the sitting's length from its frame: %s", (body, value) => {
    expect(quantities(body).find((c) => c.slot === "meeting.duration")?.value).toEqual(value);
  });

  it("reads 'After nearly nine hours the delegations left' as the sitting's length, not any 'after'", () => {
    const sitting = quantities("After nearly nine hours the delegations have left the room.");
    expect(sitting.map((c) => c.slot)).toEqual(["meeting.duration"]);
    expect(quantities("After two hours, the rain stopped.").map((c) => c.slot)).toEqual([
      "quantity.mentioned",
    ]);
  });

  it("reads an explainer's answer to 'How long did it last?' as the sitting's length", () => {
    const body = "How long did it last? Just under nine hours, with a break for lunch.";
    expect(quantities(body).map((c) => c.slot)).toEqual(["meeting.duration"]);
    expect(quantities("Just under nine hours, with a break for lunch.").map((c) => c.slot)).toEqual([
      "quantity.mentioned",
    ]);
  });

  it("files a duration under dates", () => {
    expect(quantities("The talks lasted five hours.")[0]?.topic).toBe("dates");
  });

  it("keeps preparatory talks and month-long processes off the reported meeting", () => {
    expect(summary("The summit follows several days of preparatory negotiations in Florida.")).toEqual([
      ["several days", "duration.negotiation", q(3, 9, "days")],
    ]);
    expect(summary("The broader negotiations have dragged on for 18 months.")).toEqual([
      ["18 months", "duration.negotiations", q(18, 18, "months")],
    ]);
  });
});

describe("extractQuantities: plan sizes", () => {
  const cases: Array<[string, string, QuantityValue]> = [
    ["Washington circulated a 28-point plan in November.", "28-point", q(28, 28, "points")],
    ["European allies countered with a 24-point proposal.", "24-point", q(24, 24, "points")],
    [
      "The plan was trimmed to about 19-20 points after the Geneva talks.",
      "about 19-20 points",
      q(19, 20, "points"),
    ],
    ["The framework now has 20 points, down from 28.", "20 points", q(20, 20, "points")],
    ["Twenty-eight points were on the table in the peace plan.", "Twenty-eight points", q(28, 28, "points")],
    ["The draft runs to 19 to 20 points.", "19 to 20 points", q(19, 20, "points")],
    ["Only 20 of the document's 28 points survived.", "28 points", q(28, 28, "points")],
    ["Kyiv's 10-point peace formula remains its baseline.", "10-point", q(10, 10, "points")],
    ["The plan has been trimmed from 28 points to 20, officials said.", "20", q(20, 20, "points")],
    ["The neighbours signed a six-point protocol on river flows.", "six-point", q(6, 6, "points")],
    ["The ministers agreed on nine points that will govern the river.", "nine points", q(9, 9, "points")],
    ["The eleven points agreed in Nairobi include a ceasefire.", "eleven points", q(11, 11, "points")],
    [
      "The draft, a seven-article declaration, was drawn up by the chairs.",
      "seven-article",
      q(7, 7, "points"),
    ],
    ["Both sides signed the 20-clause accord on Friday.", "20-clause", q(20, 20, "points")],
    ["The envoys presented an eight-point, step-by-step package.", "eight-point", q(8, 8, "points")],
    // A plan's articles are its provisions, counted as points so outlets that count either line up.
    ["The proposal, which has 14 articles, was sent to Kyiv.", "14 articles", q(14, 14, "points")],
    ["The two sides then issued a six-point joint statement.", "six-point", q(6, 6, "points")],
    ["Read the joint statement and you will find ten points.", "ten points", q(10, 10, "points")],
    ["The American package has eight points.", "eight points", q(8, 8, "points")],
    ["Both sides will keep working on a 10-point agenda drawn up by Qatar.", "10-point", q(10, 10, "points")],
  ];
  it.each(cases)("%s", (body, quote, value) => {
    expect(summary(body)).toContainEqual([quote, "plan.size", value]);
    expect(quantities(body).find((c) => c.slot === "plan.size")?.topic).toBe("plan-terms");
  });

  it.each([
    "At several points in the peace talks, the sides nearly walked out.",
    "On two points of the plan the sides agree.",
    "Support for the deal fell by 5 percentage points.",
    "He scored 20 points in the final.",
    "The striker scored nine points after the ministers agreed to meet.",
  ])("not a plan size: %s", (body) => {
    expect(quantities(body).filter((c) => c.slot === "plan.size")).toEqual([]);
  });

  it("reads phases of a deal", () => {
    expect(summary("Hamas agreed to the three-phase deal brokered in Doha.")).toEqual([
      ["three-phase", "plan.phases", q(3, 3, "phases")],
    ]);
  });
});

describe("extractQuantities: counts and other measures", () => {
  const cases: Array<[string, string, string, QuantityValue]> = [
    [
      "Hamas will release 33 hostages in the first phase.",
      "33 hostages",
      "count.hostages",
      q(33, 33, "hostages"),
    ],
    [
      "Israel will free about 1,900 Palestinian prisoners.",
      "about 1,900 Palestinian prisoners",
      "count.prisoners",
      q(1710, 2090, "prisoners"),
    ],
    [
      "Over 14,000 civilians have been killed, according to the UN.",
      "Over 14,000 civilians",
      "count.killed",
      q(14000, null, "civilians", { minExclusive: true }),
    ],
    [
      "Dozens of journalists were detained in Khartoum.",
      "Dozens of journalists",
      "count.journalists",
      q(24, 99, "journalists"),
    ],
    [
      "Some 2,000 U.S. troops arrived in the region.",
      "Some 2,000 U.S. troops",
      "count.troops",
      q(1800, 2200, "troops"),
    ],
    [
      "At least 48 hostages remain in Gaza.",
      "At least 48 hostages",
      "count.hostages",
      q(48, null, "hostages"),
    ],
    [
      "Tens of thousands of soldiers were killed or injured.",
      "Tens of thousands of soldiers",
      "count.killed",
      q(20000, 99999, "soldiers"),
    ],
    [
      "1.2 million people fled Sudan's capital.",
      "1.2 million people",
      "count.displaced",
      q(1_200_000, 1_200_000, "people"),
    ],
    ["Three envoys and twelve negotiators took part.", "Three envoys", "count.envoys", q(3, 3, "envoys")],
    [
      "A five-member delegation led by the envoy arrived in Baku.",
      "five-member",
      "delegation.size",
      q(5, 5, "members"),
    ],
    [
      "Washington agreed to cut tariffs on Chinese goods from 145% to 30%.",
      "30%",
      "tariff.rate",
      q(30, 30, "percent"),
    ],
    ["A 60-day ceasefire took effect in Lebanon.", "60-day", "ceasefire.duration", q(60, 60, "days")],
    ["The six-week truce may be extended.", "six-week", "ceasefire.duration", q(6, 6, "weeks")],
    ["Moscow has waged a two-year war against Kyiv.", "two-year", "conflict.duration", q(2, 2, "years")],
    [
      "After more than two years of brutal conflict, both sides are exhausted.",
      "more than two years",
      "conflict.duration",
      q(2, null, "years", { minExclusive: true }),
    ],
    [
      "For over a year, the front lines have barely moved.",
      "over a year",
      "quantity.mentioned",
      q(1, null, "years", { minExclusive: true }),
    ],
  ];
  it.each(cases)("%s", (body, quote, slot, value) => {
    expect(summary(body)).toContainEqual([quote, slot, value]);
  });

  it("files envoy counts under envoys and other counts under other", () => {
    expect(quantities("Three envoys and 48 hostages.").map((c) => c.topic)).toEqual(["envoys", "other"]);
  });

  it("reads a share of something as a share, not as a tariff rate", () => {
    const body =
      "The two economies, which account for more than 40 percent of global output, are locked in a tariff dispute.";
    expect(summary(body).map(([quote, slot]) => [quote, slot])).toEqual([
      ["more than 40 percent", "quantity.mentioned"],
    ]);
    expect(summary("China imposes a 10 percent tariff on most US imports.")).toContainEqual([
      "10 percent",
      "tariff.rate",
      q(10, 10, "percent"),
    ]);
  });

  it("skips the earlier rate in 'from X to Y'", () => {
    expect(summary("Tariffs fell from 145% to 30%.").map(([quote]) => quote)).toEqual(["30%"]);
  });
});

describe("extractQuantities: what is not a quantity", () => {
  it.each([
    "Russia's invasion began nearly four years ago.",
    "In one year Russia wouldn't come back, he said.",
    "A 45-year-old man, aged 30, was detained.",
    "Call 555-1234 before 5 pm on December 2.",
    "The conflict dates from 2014 and the annexation of 2022.",
    "One of the envoys, one senior diplomat, said so.",
    "World War II, COVID-19, F-16s, the 28th round, G7 ministers and MH17.",
    "Two days later, talks resumed, and within three days a deal was expected.",
    "It was his first 100 days in office, and talks will last three weeks.",
    "Hours before the Moscow talks, officials briefed reporters.",
    "Version 1.2.3 shipped.",
    '"We need two more years," he said.',
    "In 2022 hostages were taken.",
    "The talks cost $5 million.",
    "An airstrike on May 9 had killed civilians.",
    "He wrote 12 articles for the paper.",
  ])("%s", (body) => {
    expect(quantities(body)).toEqual([]);
  });
});

describe("extractQuantities: hostile input", () => {
  it("returns nothing for empty or punctuation-only text", () => {
    expect(quantities("")).toEqual([]);
    const junk = "!?.,;:—\"'()[]-%$".repeat(65_000);
    expect(quantities(junk)).toEqual([]);
  });

  it("copes with mixed scripts", () => {
    const body = "Переговоры длились пять часов. 会谈持续了五个小时。 The talks lasted five hours. ٥ ساعات";
    expect(summary(body)).toContainEqual(["five hours", "meeting.duration", q(5, 5, "hours")]);
  });

  it("stays bounded on one endless sentence of figures", () => {
    const body = "talks lasted 5 hours with 48 hostages and 1 2 3 4 2014 19-20 ".repeat(3_500);
    expect(body.length).toBeGreaterThan(200_000);
    const claims = quantities(body);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(1000);
  });
});

describe("extractQuantities: attribution", () => {
  it("carries the sentence's source, as attribution.ts reads it", () => {
    const body = "The talks lasted five hours, Kremlin aide Yuri Ushakov said.";
    const [claim] = quantities(body);
    expect(claim?.attribution).not.toBeNull();
    expect(claim?.attribution).toBe(findAttribution(splitSentences(body)[0]!));
    expect(quantities("The talks lasted five hours.")[0]?.attribution).toBeNull();
  });
});
