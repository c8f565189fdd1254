import { describe, expect, it } from "vitest";
import { isBackground, partyAliases } from "./party-aliases";
import { extractPeople } from "./people";
import { splitSentences } from "./text";

/*
 * "The government" in an article that never writes "<Country>'s government" is the one country
 * among its parties that neither mediates nor hosts. Every sentence here is invented.
 */

const government = (body: string) => partyAliases(body, 2025).get("government");

describe("the government as the article's one country", () => {
  it("reads the one country that neither mediates nor hosts", () => {
    expect(
      government(
        "The government and the FLN rebels met in Geneva for talks mediated by Switzerland. " +
          "Fighting in northern Mozambique has displaced thousands.",
      ),
    ).toBe("mozambique");
    expect(
      government(
        "Talks in Accra between the government and the rebels, brokered by Ghana, resumed. Malian villagers fled.",
      ),
    ).toBe("mali");
  });

  it("seats a government negotiator with that country", () => {
    const body =
      "The government and the rebels met in Geneva for talks mediated by Switzerland. " +
      "The government delegation was led by Ana Costa. Fighting in northern Mozambique goes on.";
    const seats = extractPeople({ body, publishedAt: "2025-06-01", sentences: splitSentences(body) }).flatMap(
      (c) => (c.kind === "person" && c.slot.startsWith("delegation.") ? [`${c.slot} ${c.value.name}`] : []),
    );
    expect(seats).toEqual(["delegation.mozambique Ana Costa"]);
  });

  it("leaves it unread when two countries could be the government", () => {
    expect(
      government("The government and the rebels met in Geneva. Fighting in Mozambique and Tanzania goes on."),
    ).toBeUndefined();
  });

  it("does not take the mediator, the host, or a government that only comments", () => {
    expect(
      government("The government and the rebels met in Geneva for talks mediated by Norway."),
    ).toBeUndefined();
    expect(government("The government and the rebels met for talks in Nairobi.")).toBeUndefined();
    expect(government("The government delegation arrived for the Nairobi round on Monday.")).toBeUndefined();
    expect(
      government("Kenya's government criticised the talks. The government delegation left."),
    ).toBeUndefined();
  });
});

describe("governments named by other words, and third parties set aside", () => {
  it("reads \"Mali's transitional authorities and the armed movements\" as Mali's government", () => {
    expect(
      government(
        "The round brought Mali's transitional authorities and the armed movements of the north back into one room. The government team was led by Col. Sekou Diarra.",
      ),
    ).toBe("mali");
  });

  it("sets aside countries that sent observers or an envoy for the country at war", () => {
    expect(
      government(
        "Talks in Qatar between the government and the Gaitanista Army of Colombia ended. Spain and Norway sent observers; Norway's special envoy for Colombia attended.",
      ),
    ).toBe("colombia");
  });

  it("does not take the host's government for the party's: 'a guest palace of the Emirati government'", () => {
    expect(
      government(
        "Russian and Ukrainian negotiators met in Abu Dhabi on Tuesday. The meeting was held at a guest palace of the Emirati government, and the UAE said it would host again.",
      ),
    ).toBeUndefined();
  });
});

describe("the government of a country's own peace process", () => {
  it("reads 'Chad's government and the alliance …' even when a clause names an older deal's year", () => {
    const body =
      "Over three days, Chad's government and the alliance of armed groups that stayed out of the 2019 peace deal negotiated in Doha. The government delegation was led by Idriss Mahamat.";
    expect(partyAliases(body, 2026).get("government")).toBe("chad");
  });

  it("takes 'the round of Niger peace talks' as Niger's, so 'the government' is Niger", () => {
    const body =
      "The three-day round of Niger peace talks ended on Thursday, with the government and the holdout alliance taking a draft home. The government delegation was led by Issa Garba.";
    expect(partyAliases(body, 2026).get("government")).toBe("niger");
  });

  it("sets a sentence dated 'in 2019' in the background, but not one naming 'the 2019 peace deal'", () => {
    expect(isBackground("In 2019, the government and the rebels met in Libreville.", 10, 2026)).toBe(true);
    expect(isBackground("The alliance that stayed out of the 2019 peace deal met in Doha.", 4, 2026)).toBe(
      false,
    );
    expect(isBackground("The groups have fought the army since 2019.", 4, 2026)).toBe(false);
  });
});
