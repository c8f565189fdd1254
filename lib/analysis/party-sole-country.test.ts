import { describe, expect, it } from "vitest";
import { partyAliases } from "./party-aliases";
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
