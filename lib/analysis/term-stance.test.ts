import { describe, expect, it } from "vitest";
import { extractTerms } from "./terms";
import { splitSentences } from "./text";

/* Stances and terms on wordings the tuned corpus never used; every sentence is invented. */

const stances = (body: string) =>
  extractTerms({ body, publishedAt: null, sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "term" ? [`${c.value.term}:${c.value.stance}`] : [],
  );

describe("stance cues", () => {
  it("reads a negated modal as ruling out", () => {
    expect(
      stances("Brussels said it would not reward Belgrade with visa liberalisation or sanctions relief."),
    ).toEqual(["sanctions-relief:ruled-out"]);
    expect(stances("Beijing won't accept tariff cuts on rare earths, officials said.")).toContain(
      "tariffs:ruled-out",
    );
  });

  it("reads lifting a ban as no ruling-out, and 'consider' as proposing", () => {
    expect(
      stances(
        "In return, Washington would lift visa bans on some officials and consider phased sanctions relief.",
      ),
    ).toEqual(["sanctions-relief:proposed"]);
    expect(stances("The council extended its ban on arms sales and sanctions relief.")).toEqual([
      "sanctions-relief:ruled-out",
    ]);
  });

  it("reads a refusal of one kind of a term as no refusal of the term", () => {
    expect(stances('Moscow will not accept "a ceasefire that benefits only grain traders".')).toEqual([
      "ceasefire:mentioned",
    ]);
    expect(stances("Moscow will not accept a ceasefire.")).toEqual(["ceasefire:ruled-out"]);
  });

  it("rules out what the next sentence refuses: 'That request was ruled out'", () => {
    expect(
      stances(
        "The Russian side sought relief from sanctions on the company. That request was ruled out by Ukraine.",
      ),
    ).toEqual(["sanctions-relief:ruled-out"]);
    expect(
      stances("The Russian side sought relief from sanctions on the company. The request is being studied."),
    ).toEqual(["sanctions-relief:proposed"]);
  });

  it("reads 'Without X, …' as a condition, but 'without requiring X' as ruling it out", () => {
    expect(stances("Without sanctions relief, that money will not come.")).toEqual([
      "sanctions-relief:mentioned",
    ]);
    expect(stances("The plan offers security guarantees without requiring NATO membership.")).toContain(
      "nato-membership:ruled-out",
    );
  });

  it("reads treaty language as proposing", () => {
    expect(stances("The accord provides for a phased withdrawal of foreign troops.")).toEqual([
      "troop-withdrawal:proposed",
    ]);
    expect(stances("Both parties reaffirmed the cessation of hostilities agreed in Nairobi.")).toEqual([
      "ceasefire:proposed",
    ]);
    expect(stances("Provisions include the demarcation of the border along the 1991 line.")).toEqual([
      "border-delimitation:proposed",
    ]);
    expect(
      stances("The draft commits both sides to refrain from new deployments and to open a transit route."),
    ).toEqual(["transit-corridor:proposed"]);
  });

  it("carries a stance across coordinated terms, not across a contrast", () => {
    expect(
      stances("The plan provides for a buffer zone and the return of refugees to their villages."),
    ).toEqual(["demilitarized-zone:proposed", "refugee-return:proposed"]);
    expect(stances("The plan provides for a buffer zone, but an amnesty was not discussed.")).toEqual([
      "demilitarized-zone:proposed",
      "amnesty:mentioned",
    ]);
  });

  it("reads 'not on the agenda' after a term as ruling it out", () => {
    expect(stances("Frozen assets are not on the agenda, a negotiator said.")).toEqual([
      "frozen-assets:ruled-out",
    ]);
  });
});

describe("elections and prisoners", () => {
  it("finds elections however they are named", () => {
    expect(stances("The roadmap sets a presidential election for next year.")).toEqual([
      "elections:proposed",
    ]);
    expect(stances("Regional elections would be held once the interim administration is in place.")).toEqual([
      "elections:proposed",
    ]);
    expect(stances("The opposition demands a vote before the end of the year.")).toEqual([
      "elections:proposed",
    ]);
  });

  it("tells a release of political prisoners from an exchange", () => {
    expect(stances("The agreement calls for the release of political prisoners.")).toEqual([
      "prisoner-release:proposed",
    ]);
    expect(stances("Kyiv and Moscow agreed to swap 150 prisoners of war.")).toEqual([
      "prisoner-exchange:proposed",
    ]);
    expect(
      stances("The militia would free four hostages. In return, the government would release 30 prisoners."),
    ).toEqual(["hostage-release:proposed", "prisoner-exchange:proposed"]);
  });
});
