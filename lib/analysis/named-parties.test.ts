import { describe, expect, it } from "vitest";
import { namedParties } from "./named-parties";
import { peopleKit } from "./people-test-kit";

/* Movements, coalitions and regional governments the side table does not list. Invented text. */

const { inSlot } = peopleKit("2026-04-01");

describe("parties an article names in full", () => {
  it("keys a party by the acronym it gives, or by the short name it keeps using", () => {
    expect(
      namedParties(
        "Talks opened with the Alliance of Northern Kivu Opposition Movements (ANKOM). The Kivu delegation arrived late.",
      ).map((p) => p.key),
    ).toEqual(["ankom"]);
    expect(
      namedParties(
        "The government met the Amhara Wollo National Movement. The Wollo delegation arrived late. Wollo fighters held the road.",
      ).map((p) => p.key),
    ).toEqual(["wollo"]);
  });

  it("takes an acronym of the same initials in another order: 'MPCD' for the 'Cabo Delgado Popular Movement'", () => {
    expect(
      namedParties("The Cabo Delgado Popular Movement (known locally as the MPCD) sent its leader.").map(
        (p) => p.key,
      ),
    ).toEqual(["mpcd"]);
  });

  it("leaves out listed sides, a state's own organs and bodies such as a National Security Council", () => {
    expect(namedParties("The Rapid Support Forces met the army.")).toEqual([]);
    expect(namedParties("The Ethiopian Government sent a team.")).toEqual([]);
    expect(namedParties("An official of the National Security Council spoke.")).toEqual([]);
    expect(namedParties("He commands the Second Army Region.")).toEqual([]);
  });
});

describe("seating people of a named party", () => {
  it.each([
    [
      "Ethiopia's government and the Amhara Wollo National Movement met in Nairobi on Thursday. 09:20 — The Wollo delegation arrives, headed by Asres Desta. Walking beside him is Kebede Tsegaw, the movement's chief negotiator.",
      "delegation.wollo",
      ["Asres Desta", "Kebede Tsegaw"],
    ],
    [
      "Ethiopia's government and the Amhara Wollo National Movement met in Nairobi on Thursday. The movement's delegation was led by Getachew Ayele, head of its foreign relations department.",
      "delegation.amhara-wollo",
      ["Getachew Ayele"],
    ],
  ])("%s", (body, slot, names) => {
    expect(inSlot(body, slot)).toEqual(names);
  });

  it("does not take a portfolio for a side: 'Minister for Bougainville Affairs'", () => {
    const body =
      "Papua New Guinea and the Autonomous Bougainville Government met in Brisbane. The national delegation was led by Minister for Bougainville Affairs Walter Yane.";
    expect(inSlot(body, "delegation.bougainville")).toEqual([]);
  });
});

describe("parties named by nationality and a generic head, and generic sides in lists", () => {
  it("takes 'the Coordination of Chadian Armed Movements (CMAT)' for a party of its own", () => {
    expect(
      namedParties(
        "The Coordination of Chadian Armed Movements (CMAT) was represented by its president.",
      ).map((p) => p.key),
    ).toEqual(["cmat"]);
  });

  it("seats 'For the rebels: A, the coalition's president; B, its spokesman'", () => {
    const body =
      "Chad's government and the rebels met in Doha. For the government: Ali Mahamat, the minister. For the rebels: Hassan Tidjani, the coalition's president; Khalil Nour, its spokesman.";
    expect(inSlot(body, "delegation.rebels")).toEqual(["Hassan Tidjani", "Khalil Nour"]);
  });
});

describe("bounded on hostile bodies", () => {
  it("reads parties from an article's length of text and keeps at most eight", () => {
    const filler = "Nothing happened here. ".repeat(1_000);
    expect(namedParties(`${filler}The Kivu Wollo Movement met.`)).toEqual([]);
    const many = Array.from(
      { length: 20 },
      (_, i) => `The Zorvan${String.fromCharCode(97 + i)} Front met.`,
    ).join(" ");
    expect(namedParties(many).length).toBe(8);
  });
});

describe("names that run on past their head, and the acronyms that stand for them", () => {
  it("reads 'Movement of X Forces of Y' and 'Movement for West Z' whole, once each", () => {
    expect(
      namedParties(
        "The Movement of Democratic Forces of Kolda, or MDFK, was represented by Lamin Sagna.",
      ).map((p) => [p.key, p.names]),
    ).toEqual([["mdfk", ["Movement of Democratic Forces of Kolda", "MDFK"]]]);
    expect(
      namedParties("The United Liberation Movement for West Tanna met the government.").map((p) => p.key),
    ).toEqual(["west-tanna"]);
  });

  it("seats the party's people after its full name and a comma: 'X, or MDFK, was represented by'", () => {
    expect(
      inSlot(
        "Senegal and the rebels met in Bissau. The Movement of Democratic Forces of Kolda, or MDFK, was represented by Lamin Sagna Diedhiou.",
        "delegation.mdfk",
      ),
    ).toEqual(["Lamin Sagna Diedhiou"]);
  });

  it.each([
    "The MDFK, as the movement is known by its French initials, sent Lamin Sagna Diedhiou.",
    "The MDFK, an umbrella of separatist groups founded in exile in 1982, was represented by Lamin Sagna Diedhiou.",
    "The Senegalese delegation was led by Babacar Thiam, and the MDFK's by Lamin Sagna Diedhiou.",
  ])("seats an acronym's team however the sentence names it: %s", (sentence) => {
    expect(inSlot(`Senegal and the rebels met in Bissau. ${sentence}`, "delegation.mdfk")).toEqual([
      "Lamin Sagna Diedhiou",
    ]);
  });
});
