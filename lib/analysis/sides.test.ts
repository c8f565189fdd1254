import { describe, expect, it } from "vitest";
import { officeOf } from "./offices";
import { findSides, isSideName, sideOfPhrase, sidesIn } from "./side-table";
import { sentenceSides } from "./sides";

describe("findSides", () => {
  it("reads countries, demonyms, capitals, seats and blocs", () => {
    const text =
      "U.S. and Russian envoys met in Moscow as the Kremlin, Hamas, the EU and Qatari mediators watched; Washington’s plan and Saudi Arabia’s role.";
    expect(findSides(text).map((m) => m.side)).toEqual([
      "us",
      "russia",
      "russia",
      "russia",
      "hamas",
      "eu",
      "qatar",
      "us",
      "saudi-arabia",
    ]);
  });

  it("keeps offsets into the text, possessive included", () => {
    const text = "Ukraine’s negotiators";
    const [m] = findSides(text);
    expect(text.slice(m!.start, m!.end)).toBe("Ukraine’s");
  });

  it("is case-sensitive where the pronoun would match, and skips Latin America", () => {
    expect(sidesIn("let us talk about it")).toEqual([]);
    expect(sidesIn("US officials and trade with Latin America")).toEqual(["us"]);
    expect(sidesIn("South Sudan and Sudan")).toEqual(["south-sudan", "sudan"]);
  });

  it("maps phrases to slugs", () => {
    expect(sideOfPhrase("the Kremlin")).toBe("russia");
    expect(sideOfPhrase("Egyptian")).toBe("egypt");
    expect(sideOfPhrase("White House")).toBe("us");
    expect(sideOfPhrase("Armenia's")).toBe("armenia");
    expect(sideOfPhrase("Azerbaijani")).toBe("azerbaijan");
    expect(sideOfPhrase("Rapid Support Forces")).toBe("rsf");
    expect(sideOfPhrase("Gotham")).toBeUndefined();
    expect(isSideName("Istanbul")).toBe(false);
  });
});

describe("sentenceSides", () => {
  it("finds groups of one side and joint groups", () => {
    const s = sentenceSides(
      "Ukrainian and U.S. officials met, while a Chinese delegation waited and Russia sent two aides.",
    );
    expect(s.groups.map((g) => g.sides)).toEqual([["ukraine", "us"], ["china"], ["russia"]]);
    expect(s.groups.map((g) => g.delegation)).toEqual([false, true, true]);
  });

  it("treats compounds as naming no one's side", () => {
    const s = sentenceSides("The US-Russia draft was discussed.");
    expect(s.mentions).toHaveLength(2);
    expect(s.mentions.every((m) => s.taken.has(m))).toBe(true);
  });

  it("knows when members are named before the group", () => {
    const s = sentenceSides("Treasury Secretary Ann Lowe led the American delegation.");
    expect(s.groups[0]?.ledBefore).toBe(true);
  });
});

describe("officeOf", () => {
  it.each([
    ["russian president", "president"],
    ["prime minister", "prime-minister"],
    ["israeli premier", "prime-minister"],
    ["vice president", "vice-president"],
    ["vice premier", null],
    ["former u.s. president", null],
    ["deputy prime minister", null],
    ["kremlin spokesman", "spokesperson"],
    ["white house press secretary", "spokesperson"],
    ["hamas leader", "leader"],
    ["emir", "leader"],
    ["special presidential envoy", null],
    ["secretary of state", null],
  ])("%s → %s", (title, office) => {
    expect(officeOf(title)).toBe(office);
  });
});
