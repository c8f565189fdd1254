import { describe, expect, it } from "vitest";
import { partyAliases } from "./party-aliases";
import { mediatingBloc } from "./venue-mediators";
import { findSides, isMonarchy } from "./side-table";

describe("parties named by what they are", () => {
  it("reads the government, the opposition and the rebels, possessives included", () => {
    const text = "the government delegation, the opposition's negotiator and the rebels' team";
    expect(findSides(text).map((m) => [m.side, text.slice(m.start, m.end)])).toEqual([
      ["government", "government"],
      ["opposition", "opposition's"],
      ["rebels", "rebels'"],
    ]);
  });

  it("lets a country own its government but not its opposition, and a movement its rebels", () => {
    expect(findSides("the Ethiopian government").map((m) => m.side)).toEqual(["ethiopia"]);
    expect(findSides("the Venezuelan opposition").map((m) => m.side)).toEqual(["opposition"]);
    expect(findSides("the M23 rebels").map((m) => m.side)).toEqual(["m23"]);
  });
});

describe("partyAliases", () => {
  it("ties the government to the one country whose government sits at the table", () => {
    const body = "The Serbian government delegation arrived. The government said it was ready.";
    expect(partyAliases(body).get("government")).toBe("serbia");
  });

  it("ties the rebels to the one movement the article calls rebels", () => {
    const body = "ADF rebels attacked Beni. Talks with the rebels resumed in Kampala.";
    expect(partyAliases(body).get("rebels")).toBe("adf");
  });

  it("leaves a party generic when the article names two candidates or none at the table", () => {
    expect(
      partyAliases("Rwanda's government denied it. The government delegation left.").has("government"),
    ).toBe(false);
    const two = "The Sudanese government delegation met the Chadian government delegation.";
    expect(partyAliases(two).has("government")).toBe(false);
  });

  it("finds the one bloc that hosts or mediates the talks", () => {
    expect(mediatingBloc("The talks were hosted by the African Union in Pretoria.")).toBe("african-union");
  });
});

describe("isMonarchy", () => {
  it("knows kingdoms and emirates have no president", () => {
    expect(isMonarchy("qatar")).toBe(true);
    expect(isMonarchy("kenya")).toBe(false);
  });
});

describe("partyAliases: the government named as a party", () => {
  it("reads the government from 'the X government and', 'the government in <capital>' and a dateline", () => {
    expect(
      partyAliases("The Malian government and the rebels met. The government team left.").get("government"),
    ).toBe("mali");
    expect(partyAliases("It was the first time the government in Bamako negotiated.").get("government")).toBe(
      "mali",
    );
    expect(partyAliases("BAMAKO — The government and the rebels met on Monday.").get("government")).toBe(
      "mali",
    );
    expect(
      partyAliases("Talks between the FLA and Bamako resumed. The government said little.").get("government"),
    ).toBe("mali");
  });

  it("reads the rebels as the one acronym the article uses as a party", () => {
    expect(partyAliases("The rebel alliance sent envoys. The FLA's leader stayed home.").get("rebels")).toBe(
      "fla",
    );
    expect(
      partyAliases("The rebel alliance sent envoys. The FLA and the MNJ both spoke.").has("rebels"),
    ).toBe(false);
  });

  it("knows regional blocs and the AU", () => {
    expect(findSides("the OSCE, ECOWAS and the AU").map((m) => m.side)).toEqual([
      "osce",
      "ecowas",
      "african-union",
    ]);
  });
});
