import { describe, expect, it } from "vitest";
import { partyAliases } from "./party-aliases";
import { extractPeople } from "./people";
import { splitSentences } from "./text";
import type { ExtractedClaim } from "./types";

/*
 * Seating rules read off coverage written by people who never saw the engine: how outlets give a
 * side (a party's own name, an elliptic "the opposition by Y"), where and when between a group and
 * its members, and which governments "the government" is not. Every sentence here is invented.
 */

type PersonClaim = Extract<ExtractedClaim, { kind: "person" }>;

const extract = (body: string, publishedAt = "2025-06-01"): PersonClaim[] =>
  extractPeople({ body, publishedAt, sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "person" ? [c] : [],
  );
const inSlot = (body: string, slot: string) =>
  extract(body)
    .filter((c) => c.slot === slot)
    .map((c) => c.value.name)
    .sort();
const seats = (body: string) =>
  extract(body)
    .filter((c) => c.slot.startsWith("delegation."))
    .map((c) => `${c.slot} ${c.value.name}`);

describe("groups named by a party and its own name", () => {
  it("reads 'the opposition Civic Front sent X' and '… was represented by X'", () => {
    expect(
      inSlot(
        "The opposition Civic Front sent Tamara Olesky, a former judge, as its chief negotiator to the talks.",
        "delegation.opposition",
      ),
    ).toEqual(["Tamara Olesky"]);
    expect(
      inSlot(
        "At the talks, the opposition Civic Front was represented by its negotiator, Tamara Olesky.",
        "delegation.opposition",
      ),
    ).toEqual(["Tamara Olesky"]);
  });

  it("does not make a group of a party followed by a name and an ordinary verb", () => {
    expect(seats("The opposition Civic Front criticised Tamara Olesky at a rally.")).toEqual([]);
  });

  it("reads an elliptic party after a comma: 'led by X, the opposition by Y'", () => {
    const body = "In the talks the government side was led by Oskar Brandt, the opposition by Lena Vogt.";
    expect(inSlot(body, "delegation.government")).toEqual(["Oskar Brandt"]);
    expect(inSlot(body, "delegation.opposition")).toEqual(["Lena Vogt"]);
  });
});

describe("where and when between a group and its members", () => {
  it("seats 'the rebel delegation at Friday's session was headed by X'", () => {
    expect(
      inSlot(
        "The rebel delegation at Friday's session was headed by Idris Kamara, a former teacher.",
        "delegation.rebels",
      ),
    ).toEqual(["Idris Kamara"]);
  });

  it("does not let a speaker reporting after a comma join a group named before", () => {
    const body = "The text goes next to the rebel leadership in Bunia, Amadou Keita said after the talks.";
    expect(seats(body)).toEqual([]);
  });
});

describe("what 'the government' is not", () => {
  it("ignores a government named in a background sentence dated to an earlier year", () => {
    const body =
      "The government delegation was led by Omar Sall. The 2016 accord between Mali's government and the rebels collapsed.";
    expect(partyAliases(body, 2025).has("government")).toBe(false);
    expect(partyAliases(body.replace("2016", "2025"), 2025).get("government")).toBe("mali");
  });

  it("does not take the dateline for the government when the talks were held there or it mediates", () => {
    expect(
      partyAliases("NAIROBI - The government and the rebels met on Monday in Nairobi for talks.").has(
        "government",
      ),
    ).toBe(false);
    expect(
      partyAliases("OSLO - The government and the rebels met. Norway's mediation was praised.").has(
        "government",
      ),
    ).toBe(false);
    expect(
      partyAliases("BAMAKO - The government and the rebels met in Algiers for talks.").get("government"),
    ).toBe("mali");
  });

  it("ties 'the rebels' to a movement called an alliance or a rebellion", () => {
    expect(partyAliases("Leaders of the M23 rebellion spoke. The rebels' team left.").get("rebels")).toBe(
      "m23",
    );
    expect(partyAliases("The CODECO alliance sent envoys. The rebels said little.").get("rebels")).toBe(
      "codeco",
    );
  });
});
