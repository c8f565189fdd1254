import { describe, expect, it } from "vitest";
import { peopleKit } from "./people-test-kit";

/*
 * Seating that a country name next to the person does not give: pronouns and possessives that
 * reach back a sentence, sides named by a group's role, hosts and mediators named by what they
 * do, and people who are not in the room. Every sentence here is invented.
 */

const { extract, seats, inSlot, seated } = peopleKit("2025-06-01");

describe("pronouns and possessives across sentences", () => {
  it("seats whoever 'he is accompanied by' with the last sentence's delegate", () => {
    const body =
      "The Moldovan delegation is headed by Ion Rusnac. He is accompanied by Elena Ciobanu and Victor Lungu.";
    expect(inSlot(body, "delegation.moldova")).toEqual(["Elena Ciobanu", "Ion Rusnac", "Victor Lungu"]);
  });

  it("seats 'With him are …' after a delegate who heads his country's delegation", () => {
    const body =
      "Tomas Vaitkus, Lithuania's deputy foreign minister, heads his country's delegation. " +
      "With him are Rasa Petraitiene, a legal adviser, and Mindaugas Kairys.";
    expect(inSlot(body, "delegation.lithuania")).toEqual([
      "Mindaugas Kairys",
      "Rasa Petraitiene",
      "Tomas Vaitkus",
    ]);
  });

  it("seats the person a pronoun sentence says shuttled between the delegations", () => {
    const body =
      "The mediator, Anders Holmqvist, is a Swedish diplomat who joined the OSCE in 2015. " +
      "He shuttled between the two delegations for most of the day.";
    expect(inSlot(body, "delegation.osce")).toEqual(["Anders Holmqvist"]);
  });

  it("does not seat a pronoun's antecedent who only comments", () => {
    const body = "Foreign Minister Rui Tavares spoke in Lisbon on Monday. He said the talks were going well.";
    expect(seated(body, "Rui Tavares")).toBe(false);
  });

  it("seats a delegate's deputy who attended, and a member of a delegate's team", () => {
    const body =
      "The Georgian delegation was led by Levan Beridze. Beridze's deputy, Nino Kapanadze, also attended. " +
      "The Armenian delegation, led by Aram Sargsyan, arrived separately. Sargsyan's team also includes Ani Hakobyan.";
    expect(inSlot(body, "delegation.georgia")).toEqual(["Levan Beridze", "Nino Kapanadze"]);
    expect(inSlot(body, "delegation.armenia")).toEqual(["Ani Hakobyan", "Aram Sargsyan"]);
  });

  it("does not seat a delegate's deputy who stayed at home", () => {
    const body =
      "The Georgian delegation was led by Levan Beridze. Beridze's deputy, Nino Kapanadze, told reporters in Tbilisi that the talks were useful.";
    expect(seated(body, "Nino Kapanadze")).toBe(false);
  });

  it("gives 'Its foreign minister' the side the last sentence opened with", () => {
    const body =
      "Uzbekistan's role was more than logistical. Its foreign minister, Sardor Alimov, opened the meeting.";
    expect(inSlot(body, "delegation.uzbekistan")).toEqual(["Sardor Alimov"]);
  });
});

describe("sides given by a group or a role", () => {
  it("reads the movement from its acronym and the rebels from the article's one movement", () => {
    const body =
      "Talks between the government and the rebel alliance opened in Lome. " +
      "The FPR's chief negotiator, Idriss Mahamat, led its team. " +
      "Also at the table was Saleh Ousmane, an adviser to the group's leader.";
    expect(inSlot(body, "delegation.fpr")).toEqual(["Idriss Mahamat", "Saleh Ousmane"]);
  });

  it("seats a spokesman who is also a member of the negotiating team, but not a plain spokesman", () => {
    const body =
      "Also at the table was Karim Tahir, the FPR's spokesman and a member of its negotiating team. " +
      "In N'Djamena, government spokesman Abakar Moussa said the talks were useful.";
    expect(seated(body, "Karim Tahir")).toBe(true);
    expect(seated(body, "Abakar Moussa")).toBe(false);
  });

  it("reads the side of an aide to a country's president and of an envoy sent by a capital", () => {
    const body =
      "Across from him sat Farid Aliyev, an aide to the Azerbaijani president. " +
      "Beside her is Mark Delaney, the envoy sent by Washington, who also attended the session.";
    expect(inSlot(body, "delegation.azerbaijan")).toEqual(["Farid Aliyev"]);
    expect(inSlot(body, "delegation.us")).toEqual(["Mark Delaney"]);
  });

  it("reads the side a relative clause gives: 'who has become the rebels' chief negotiator'", () => {
    const body =
      "Facing them was Mamadou Keita, a former teacher who has become the rebels' chief negotiator, at the talks.";
    expect(inSlot(body, "delegation.rebels")).toEqual(["Mamadou Keita"]);
  });

  it("seats a host named by the role the talks give them", () => {
    const body = "The host, Ghana's foreign minister Kwame Asante, kept the talks going late into the night.";
    expect(inSlot(body, "delegation.ghana")).toEqual(["Kwame Asante"]);
  });
});

describe("people not in the room", () => {
  it("does not seat a president whose meeting is still to come", () => {
    const body =
      "Kyrgyz President Bolot Usenov, who staked his name on a deal, is due to discuss the talks with his Tajik counterpart in October.";
    expect(seated(body, "Bolot Usenov")).toBe(false);
  });

  it("does not seat an envoy the sentence keeps away, but seats one who attended", () => {
    const body =
      "Anna Berg, the US special envoy for the region, is expected in Cairo later this week. " +
      "Omar Haddad, the Jordanian envoy, did not travel to the talks. " +
      "Lea Novak, the EU envoy, attended the session.";
    expect(seated(body, "Anna Berg")).toBe(false);
    expect(seated(body, "Omar Haddad")).toBe(false);
    expect(seated(body, "Lea Novak")).toBe(true);
  });

  it("takes no person from the object of a title or a body's name", () => {
    const body =
      "Arvid Lund, the OSCE's special representative for the South Caucasus, chaired the talks with the Front for National Renewal.";
    const names = extract(body).map((c) => c.value.name);
    expect(names).toContain("Arvid Lund");
    expect(names).not.toContain("South Caucasus");
    expect(names).not.toContain("Renewal");
  });

  it("keeps the government generic when the one country named only comments", () => {
    expect(
      seats("Rwanda's government denied it. The government delegation was led by Alain Mbuyi."),
    ).toContain("delegation.government Alain Mbuyi");
  });
});

describe("definite descriptions across sentences", () => {
  it("seats the last sentence's subject when 'The Swiss envoy' then shuttles, and gives the side", () => {
    const body =
      "Envoy Anna Keller arrived at the lakeside hotel before dawn. The Swiss envoy spent six hours shuttling between the two delegations. Keller led a team that included her deputy, Jonas Frei.";
    expect(inSlot(body, "delegation.switzerland")).toEqual(["Anna Keller", "Jonas Frei"]);
  });

  it("does not take a description with another nationality, or one followed by a name, for the last subject", () => {
    const other =
      "Envoy Anna Keller, a Swiss diplomat, arrived before dawn. The Austrian envoy spent six hours shuttling between the two delegations.";
    expect(inSlot(other, "delegation.austria")).toEqual([]);
    const named =
      "Envoy Anna Keller arrived before dawn. The Swiss envoy, Peter Moser, spent six hours shuttling between the two delegations.";
    expect(inSlot(named, "delegation.switzerland")).toEqual(["Peter Moser"]);
  });
});

describe("'Their counterparts were…'", () => {
  it("seats the people the last sentence listed as its subject", () => {
    const body =
      "Maria Lund, the Danish envoy, and Erik Holm, a Danish deputy minister, spent weeks preparing the text. Their counterparts in Oslo were Ola Berg and Kari Dahl for Norway.";
    expect(inSlot(body, "delegation.denmark")).toEqual(["Erik Holm", "Maria Lund"]);
  });

  it("does not seat them when the next sentence is about something else", () => {
    const body =
      "Erik Holm, a Danish deputy minister, spent weeks preparing the text. Their plans were leaked in Oslo.";
    expect(seats(body).filter((x) => x.startsWith("delegation."))).toEqual([]);
  });
});
