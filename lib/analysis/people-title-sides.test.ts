import { describe, expect, it } from "vitest";
import { extractPeople } from "./people";
import { splitSentences } from "./text";
import type { ExtractedClaim } from "./types";

/*
 * A nationality or country directly before a title gives its bearer's side, whatever portfolio
 * the title names. Every sentence here is invented.
 */

type PersonClaim = Extract<ExtractedClaim, { kind: "person" }>;

const people = (body: string): PersonClaim[] =>
  extractPeople({ body, publishedAt: "2025-06-01", sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "person" ? [c] : [],
  );
const named = (body: string) => people(body).map((c) => `${c.value.name} ${c.value.side ?? "-"}`);
const seats = (body: string) =>
  people(body)
    .filter((c) => c.slot.startsWith("delegation."))
    .map((c) => `${c.slot} ${c.value.name}`);

describe("a demonym or country before a portfolio title", () => {
  it("keeps a portfolio the vocabulary lacks out of the name", () => {
    expect(
      named("At the talks, the Chilean Deputy Fisheries Minister Renata Solis presented a draft."),
    ).toEqual(["Renata Solis chile"]);
    expect(named("Mongolian Mining Minister Batbold Erdene spoke to reporters on Monday.")).toEqual([
      "Batbold Erdene mongolia",
    ]);
  });

  it("reads two portfolios joined by 'and' as one title", () => {
    expect(named("Peru's Energy and Mines Minister Carlos Quispe spoke to reporters.")).toEqual([
      "Carlos Quispe peru",
    ]);
    expect(seats("Kyrgyz Energy and Water Minister Almaz Tokonov attended the talks in Bishkek.")).toEqual([
      "delegation.kyrgyzstan Almaz Tokonov",
    ]);
  });

  it("seats a demonym-titled person when the sentence reports the talks", () => {
    expect(seats("Finnish envoy Aino Virtanen attended the talks in Geneva.")).toEqual([
      "delegation.finland Aino Virtanen",
    ]);
    expect(seats("Tunisian Deputy Trade Minister Salma Ben Ali joined the negotiations in Rome.")).toEqual([
      "delegation.tunisia Salma Ben Ali",
    ]);
  });

  it("takes a name after 'brokered by <Country>'s' for a person at the talks", () => {
    expect(
      seats("Water talks resumed in Bishkek. The deal, brokered by Georgia's Nodar Kvaratskhelia, holds."),
    ).toEqual(["delegation.georgia Nodar Kvaratskhelia"]);
    expect(named("The deal was brokered by Qatar's Foreign Ministry.")).toEqual([]);
  });

  it("does not glue a list of two people into one title", () => {
    expect(named("Foreign Minister Ivan Petrov and Defence Minister Olga Sidorova met in Sofia.")).toEqual([
      "Ivan Petrov -",
      "Olga Sidorova -",
    ]);
  });

  it("does not take a given name for a portfolio", () => {
    expect(named("Maria Minister Lopez, a local farmer, spoke to reporters.").join()).not.toMatch(/^Lopez/);
  });

  it("does not seat a demonym-titled person the sentence keeps away from the talks", () => {
    expect(seats("Finnish Trade Minister Aino Virtanen criticised the talks in a newspaper column.")).toEqual(
      [],
    );
  });
});
