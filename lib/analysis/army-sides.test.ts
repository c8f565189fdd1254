import { describe, expect, it } from "vitest";
import { partyAliases } from "./party-aliases";
import { extractPeople } from "./people";
import { findSides } from "./side-table";
import { splitSentences } from "./text";

/*
 * "The army" is no force in particular: it is the army of the country the article names, and
 * only a force's own name ("Sudanese Armed Forces", "SAF") picks that force. Invented sentences.
 */

const seats = (body: string) =>
  extractPeople({ body, publishedAt: "2025-06-01", sentences: splitSentences(body) }).flatMap((c) =>
    c.kind === "person" && c.slot.startsWith("delegation.") ? [`${c.slot} ${c.value.name}`] : [],
  );

describe("generic army words", () => {
  it("reads a national word before the army as that country", () => {
    expect(findSides("Myanmar's military met in Kunming.").map((m) => m.side)).toEqual(["myanmar"]);
    expect(findSides("the Peruvian armed forces said").map((m) => m.side)).toEqual(["peru"]);
    expect(findSides("The army refused.").map((m) => m.side)).toEqual(["army"]);
    expect(findSides("The Army refused, and the Arakan Army agreed.").map((m) => m.side)).toEqual(["army"]);
  });

  it("keeps a force's own name and acronym", () => {
    expect(findSides("the Sudanese Armed Forces and the SAF").map((m) => m.side)).toEqual(["sudan", "sudan"]);
  });

  it("ties 'the army' to the country whose army the article names", () => {
    const body =
      "Talks between Myanmar's military and the ethnic armed groups opened. The army sent two generals.";
    expect(partyAliases(body).get("army")).toBe("myanmar");
    expect(partyAliases("The Chadian army and the rebels met in Doha.").get("army")).toBe("chad");
  });

  it("falls back to the government's country, else to nothing", () => {
    expect(partyAliases("The Malian government delegation and the army met the rebels.").get("army")).toBe(
      "mali",
    );
    expect(partyAliases("The army and the rebels met in Geneva.").has("army")).toBe(false);
  });

  it("seats an army delegation with its country, never with a foreign force", () => {
    const body =
      "Delegations from Myanmar's military and the Arakan Army met in Kunming on Monday. The army delegation was led by Lt. Gen. Aung Kyaw Min.";
    expect(seats(body)).toEqual(["delegation.myanmar Aung Kyaw Min"]);
  });

  it("seats nobody under an army the article ties to no country", () => {
    const body = "The army delegation at the talks was led by Gen. Tomas Varga.";
    expect(seats(body).filter((s) => /army|saf|sudan/.test(s))).toEqual([]);
  });
});
