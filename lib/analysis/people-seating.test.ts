import { describe, expect, it } from "vitest";
import { peopleKit } from "./people-test-kit";
import { partyAliases } from "./party-aliases";

/*
 * Seating rules read off coverage written by people who never saw the engine: how outlets give a
 * side (a party's own name, an elliptic "the opposition by Y"), where and when between a group and
 * its members, and which governments "the government" is not. Every sentence here is invented.
 */

const { extract, inSlot, delegationSeats: seats } = peopleKit("2025-06-01");

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

describe("chairs, mediators and observers named by what they do", () => {
  it("seats someone whose apposition says they chaired or led the talks", () => {
    const body = "Lena Holm, the Swedish minister who has led the mediation since May, called the text fair.";
    expect(inSlot(body, "delegation.sweden")).toEqual(["Lena Holm"]);
    expect(
      seats("Lena Holm, the Swedish minister who criticised the mediation last year, called the text weak."),
    ).toEqual([]);
  });

  it("reads the side a seated person acts for after their apposition", () => {
    expect(
      inSlot("Karl Jensen, a Pentagon adviser, sat in for Washington at the talks.", "delegation.us"),
    ).toEqual(["Karl Jensen"]);
    expect(
      inSlot("Ines Moyo chaired the closing session for the African Union.", "delegation.african-union"),
    ).toEqual(["Ines Moyo"]);
    expect(
      seats("Karl Jensen, a Pentagon adviser, spoke to reporters in Washington about the talks."),
    ).toEqual([]);
  });

  it("gives a chair without nationality the article's one mediating country", () => {
    const body =
      "Omani mediators brought the two delegations together. Salim Rashid, the minister of state who chaired the session, said both sides were ready.";
    expect(inSlot(body, "delegation.oman")).toEqual(["Salim Rashid"]);
    const two =
      "Omani and Kuwaiti mediators brought the two delegations together. Salim Rashid, the minister of state who chaired the session, said both sides were ready.";
    expect(seats(two)).toEqual([]);
  });
});

describe("a government named only as speaking", () => {
  it("is the party when the article keeps returning to its country", () => {
    const body =
      "Kenya's government disputed that reading. Officials in Nairobi said little. The government delegation left.";
    expect(partyAliases(body).get("government")).toBe("kenya");
    expect(
      partyAliases("Kenya's government disputed that reading. The government delegation left.").has(
        "government",
      ),
    ).toBe(false);
  });
});

describe("companions and counterparts", () => {
  it("seats 'with X at his side' with the one who led", () => {
    const body =
      "Pedro Alves, who led the Portuguese delegation with Deputy Minister Rui Costa at his side, met the mediators.";
    expect(inSlot(body, "delegation.portugal")).toEqual(["Pedro Alves", "Rui Costa"]);
    expect(
      inSlot("Pedro Alves led the Portuguese delegation. He met Rui Costa in Lisbon.", "delegation.portugal"),
    ).toEqual(["Pedro Alves"]);
  });

  it("seats an aide who sat at a delegate's side", () => {
    const body =
      "Nadia Karimova, a senior aide to Uzbekistan's president, sat at Rahimov's side during the talks.";
    expect(inSlot(body, "delegation.uzbekistan")).toEqual(["Nadia Karimova"]);
  });

  it("seats a minister and the counterpart they met, talks word or not", () => {
    const body =
      "Serbian Foreign Minister Goran Ilic and his Croatian counterpart, Ivan Babic, met at a villa outside Vienna.";
    expect(seats(body).sort()).toEqual(["delegation.croatia Ivan Babic", "delegation.serbia Goran Ilic"]);
    expect(
      seats(
        "Serbian Foreign Minister Goran Ilic criticised his Croatian counterpart, Ivan Babic, in a speech.",
      ),
    ).toEqual([]);
  });

  it("does not take the one word after 'envoy for' for a person", () => {
    const names = extract("Ruth Olsen, the special envoy for Balkans affairs, chaired the talks.").map(
      (c) => c.value.name,
    );
    expect(names).toEqual(["Ruth Olsen"]);
  });
});

describe("gapping with an acronym, and seats given by office", () => {
  it("seats 'X led the federal team and Y the ONLF's'", () => {
    const body = "Hassan Abdi led the federal team and Faisal Warsame the ONLF's.";
    expect(inSlot(body, "delegation.onlf")).toEqual(["Faisal Warsame"]);
  });

  it("seats ministers an office-named group brought to the table", () => {
    const body =
      "The foreign ministers of Serbia and Croatia sat down at a villa outside Vienna on Monday. Both Goran Ilic, Serbia's foreign minister, and Ivan Babic, his Croatian counterpart, called the text fair.";
    expect(seats(body).sort()).toEqual(["delegation.croatia Ivan Babic", "delegation.serbia Goran Ilic"]);
  });

  it("does not seat them for a meeting to come, or one long past", () => {
    const future =
      "The foreign ministers of Serbia and Croatia will meet in Vienna next month. Goran Ilic, Serbia's foreign minister, called the text fair.";
    expect(seats(future)).toEqual([]);
    const past =
      "The foreign ministers of Serbia and Croatia met in Vienna in 2019. Goran Ilic, Serbia's foreign minister, called the text fair.";
    expect(seats(past)).toEqual([]);
  });
});

describe("asides about other talks", () => {
  it("does not seat someone whose aside says they chaired an earlier round", () => {
    expect(
      seats("Lena Holm, the Swedish minister who chaired the previous round, said the talks were overdue."),
    ).toEqual([]);
  });
});

describe("meetings at other times", () => {
  it("does not seat a minister who met a counterpart last year", () => {
    expect(
      seats(
        "Serbian Foreign Minister Goran Ilic met his Croatian counterpart, Ivan Babic, in Vienna last year.",
      ),
    ).toEqual([]);
  });
});
