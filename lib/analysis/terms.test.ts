import { describe, expect, it } from "vitest";
import { splitSentences } from "./text";
import { extractTerms } from "./terms";
import type { ExtractedClaim } from "./types";
import { claimValueSchema, slotSchema } from "./values";

type TermClaim = Extract<ExtractedClaim, { kind: "term" }>;

const extract = (body: string): TermClaim[] =>
  extractTerms({ body, publishedAt: null, sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "term" ? [c] : [],
  );
const stances = (body: string) => extract(body).map((c) => `${c.value.term}:${c.value.stance}`);

describe("plan terms and their stance", () => {
  it("scopes a ruling-out to the term it governs", () => {
    const body =
      "The framework offers security guarantees for Ukraine, potentially involving several nations, without requiring NATO membership.";
    expect(stances(body)).toEqual(["security-guarantees:proposed", "nato-membership:ruled-out"]);
  });

  it("reads an expedited membership as proposed", () => {
    const body = "Kyiv sought security guarantees, potentially including expedited NATO membership.";
    expect(stances(body)).toContain("nato-membership:proposed");
  });

  it("lets a passive ruling-out after the term win", () => {
    const body =
      "Zelensky insisted on clear security guarantees, including a potential NATO membership, which has long been ruled out by Washington.";
    expect(stances(body)).toEqual(["security-guarantees:proposed", "nato-membership:ruled-out"]);
  });

  it.each([
    ["Israel refused to commit to a permanent ceasefire.", "ceasefire:ruled-out"],
    [
      "Hamas demanded a permanent ceasefire and the release of all Palestinian prisoners.",
      "ceasefire:proposed",
    ],
    ["Russia rejected any ceasefire that would let Ukraine regroup.", "ceasefire:ruled-out"],
    ["The draft calls for a 30-day humanitarian truce.", "ceasefire:proposed"],
    ["A ceasefire agreed in January collapsed within weeks.", "ceasefire:mentioned"],
    ["Ukraine will never join NATO, the Kremlin insisted.", "nato-membership:ruled-out"],
    ["The plan would bar Ukraine from joining NATO.", "nato-membership:ruled-out"],
    ["The offer stops short of NATO membership.", "nato-membership:ruled-out"],
    ["Membership in NATO is off the table, officials said.", "nato-membership:ruled-out"],
    ["The mediators proposed a demilitarized zone along the contact line.", "demilitarized-zone:proposed"],
    [
      "Moscow wants recognition of Donetsk and Luhansk as de facto Russian territories.",
      "territorial-recognition:proposed",
    ],
    ["Kyiv has refused to cede any territory.", "territorial-recognition:ruled-out"],
    ["Washington proposed a phased reduction of tariffs on Chinese goods.", "tariffs:proposed"],
    ["US negotiators ruled out any reduction in tariffs until Beijing acts.", "tariffs:ruled-out"],
    ["Tariffs on most goods stand at 30 percent.", "tariffs:mentioned"],
    ["The framework would ease sanctions on Russian banks in stages.", "sanctions-relief:proposed"],
    ["Europe will not unfreeze Russian assets before a peace deal.", "frozen-assets:ruled-out"],
    ["Under the plan, 18 hostages would be freed in the first phase.", "hostage-release:proposed"],
    ["Israel would release Palestinian prisoners in return.", "prisoner-exchange:proposed"],
    ["Both sides agreed to open humanitarian corridors from the city.", "humanitarian-corridors:proposed"],
    ["Armenia and Azerbaijan agreed on the delimitation of their border.", "border-delimitation:proposed"],
    ["The text envisages elections within 100 days of a truce.", "elections:proposed"],
    ["Belgrade would never recognize Kosovo's independence, Mr. Vucic said.", "mutual-recognition:ruled-out"],
  ])("%s → %s", (body, expected) => {
    expect(stances(body)).toContain(expected);
  });

  it("reads 'includes' as a proposal only when a plan does the including", () => {
    expect(stances("The draft includes a ceasefire.")).toEqual(["ceasefire:proposed"]);
    expect(stances("Complications include reconstruction funding.")).toEqual(["reconstruction:mentioned"]);
  });

  it("treats items of a proposal list as proposed", () => {
    const body = [
      "Key elements reportedly included:",
      "Immediate Ceasefire: a halt along the current line.",
      "* Prisoner Exchange: all for all.",
      "* Sanctions Relief: phased, with conditions.",
      "Initial Reactions",
      "Reconstruction will cost billions.",
    ].join("\n");
    expect(stances(body)).toEqual([
      "ceasefire:proposed",
      "prisoner-exchange:proposed",
      "sanctions-relief:proposed",
      "reconstruction:mentioned",
    ]);
  });
});

describe("one claim per term and stance", () => {
  it("keeps the first occurrence of each stance and drops plain mentions once a stance is taken", () => {
    const body =
      "A ceasefire was discussed. Hamas demanded a ceasefire. Israel rejected a ceasefire. The ceasefire question lingers. Mediators proposed a truce.";
    const claims = extract(body);
    expect(claims.map((c) => c.value.stance)).toEqual(["proposed", "ruled-out"]);
    expect(claims[0]?.quote).toBe("ceasefire");
    expect(claims[0]?.start).toBe(body.indexOf("ceasefire", body.indexOf("demanded")));
  });

  it("anchors the quote on the term's words with slot and topic", () => {
    const body = "The proposal offers security guarantees without requiring NATO membership.";
    for (const c of extract(body)) {
      expect(body.slice(c.start, c.end)).toBe(c.quote);
      expect(c.topic).toBe("plan-terms");
      expect(c.slot).toBe(`plan.${c.value.term}`);
    }
    expect(extract(body).map((c) => c.quote)).toEqual(["security guarantees", "NATO membership"]);
  });

  it("emits values and slots the schemas accept", () => {
    const body =
      "The deal would lift sanctions, free all hostages and cut tariffs, but rules out NATO membership.";
    const claims = extract(body);
    expect(claims.length).toBe(4);
    for (const c of claims) {
      expect(claimValueSchema.safeParse({ kind: c.kind, value: c.value }).success).toBe(true);
      expect(slotSchema.safeParse(c.slot).success).toBe(true);
    }
  });

  it("attributes each claim to the sentence's speaker", () => {
    const body = "The plan includes a ceasefire, Egyptian officials said.";
    expect(extract(body)[0]?.attribution).toBe("Egyptian officials");
  });
});

describe("hostile input", () => {
  it("handles empty text, punctuation, mixed scripts and an endless sentence", () => {
    for (const body of [
      "",
      '!?.,;:"“”‘’()[]—– '.repeat(60_000),
      "Перемирие и ceasefire 停火 وقف إطلاق النار. ".repeat(5_000),
      "the plan would not include a ceasefire without NATO membership and ".repeat(3_500),
    ]) {
      const claims = extract(body);
      for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
    }
  });
});
