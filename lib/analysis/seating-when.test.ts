import { describe, expect, it } from "vitest";
import { extractPeople } from "./people";
import { splitSentences } from "./text";

/*
 * A seating cue seats someone only at these talks: chairing talks years ago, or joining a round
 * still to come, keeps them out. Every sentence here is invented.
 */

const OPENING = "Ceasefire talks opened in Mombasa on Monday. ";

const seats = (sentence: string) => {
  const body = OPENING + sentence;
  return extractPeople({ body, publishedAt: "2025-06-01", sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "person" && c.slot.startsWith("delegation.") ? [`${c.slot} ${c.value.name}`] : [],
  );
};

describe("the chair cue and other talks", () => {
  it("does not seat a former official who led other talks", () => {
    expect(seats("Former Kenyan minister Joseph Mwangi led talks with the rebels in 2019.")).toEqual([]);
    expect(seats("Joseph Mwangi, a former Kenyan minister, chaired talks with the militia.")).toEqual([]);
  });

  it("does not seat anyone for chairing talks in an earlier year", () => {
    expect(seats("Kenyan Foreign Minister Joseph Mwangi chaired talks with the rebels in 2019.")).toEqual([]);
  });

  it("still seats the chair of these talks, former post or not", () => {
    expect(seats("Kenyan Foreign Minister Joseph Mwangi chaired the talks.")).toEqual([
      "delegation.kenya Joseph Mwangi",
    ]);
    expect(seats("Former Kenyan president Joseph Mwangi chaired the session.")).toEqual([
      "delegation.kenya Joseph Mwangi",
    ]);
  });
});

describe("the attendance cue and rounds to come", () => {
  it("does not seat someone who will join a later round", () => {
    expect(seats("Kenyan Deputy Minister Grace Atieno will join the next round.")).toEqual([]);
    expect(
      seats("Kenyan Deputy Minister Grace Atieno is expected to attend talks later this month."),
    ).toEqual([]);
  });

  it("still seats someone who joined these talks", () => {
    expect(seats("Kenyan Deputy Minister Grace Atieno joined the talks.")).toEqual([
      "delegation.kenya Grace Atieno",
    ]);
  });
});
