import { describe, expect, it } from "vitest";
import { peopleKit } from "./people-test-kit";
import { partyAliases } from "./party-aliases";

/*
 * Seating phrasings read off a second round of coverage written apart from the engine: panels and
 * factions, delegations named a sentence earlier, hosts and chairs named by what they do, lists
 * with appositions. Every sentence here is invented.
 */

const { extract, inSlot, names, seated, seats } = peopleKit("2026-04-01");

describe("panels, factions and peoples the side table does not list", () => {
  it("seats a government panel chaired by X, and the lawyers at her side", () => {
    const body =
      "Facing them was a government panel chaired by Rosa Villaflor, with the lawyers Tomas Ybarra and Lina Cruz at her side.";
    expect(inSlot(body, "delegation.government")).toEqual(["Lina Cruz", "Rosa Villaflor", "Tomas Ybarra"]);
  });

  it("reads 'the Ossetian team led by X' as that people's delegation", () => {
    expect(
      inSlot("Across the table sat the Ossetian team led by Alan Dzagoev.", "delegation.ossetian"),
    ).toEqual(["Alan Dzagoev"]);
  });

  it("tells two factions of one country apart by their seat and their compass point", () => {
    const body =
      "The Tobruk-based Government of National Stability sent Deputy Prime Minister Salem Warfalli. The western delegation was headed by Omar Karami.";
    expect(inSlot(body, "delegation.tobruk")).toEqual(["Salem Warfalli"]);
    expect(inSlot(body, "delegation.western")).toEqual(["Omar Karami"]);
  });

  it("seats both names after 'were represented by', across a lowercase apposition", () => {
    const body =
      "The eastern authorities were represented by Faris Zuwai, deputy minister in the Sabha administration, and Gen. Nuri Abbas.";
    expect(inSlot(body, "delegation.eastern")).toEqual(["Faris Zuwai", "Nuri Abbas"]);
  });

  it("reads 'the team also comprised' and 'Brig. Gen.' inside a list", () => {
    const body =
      "The Belgian team also comprised Anouk Peeters and Brig. Gen. Luc Janssens of the general staff.";
    expect(inSlot(body, "delegation.belgium")).toEqual(["Anouk Peeters", "Luc Janssens"]);
  });

  it("does not read a junior 'secretary of state for' as the American one", () => {
    const body =
      "The Cambodian team comprised Gen. Sok Dara and Ven Rithy, secretary of state for border affairs.";
    expect(inSlot(body, "delegation.cambodia")).toEqual(["Sok Dara", "Ven Rithy"]);
    expect(inSlot(body, "delegation.us")).toEqual([]);
  });
});

describe("a delegation named a sentence earlier", () => {
  it("seats 'It is led by X' in the delegation the last sentence named", () => {
    const body = "The Moldovan delegation has arrived. It is led by Ion Rusnac, the deputy prime minister.";
    expect(inSlot(body, "delegation.moldova")).toEqual(["Ion Rusnac"]);
  });

  it("seats 'X, who led the delegation,' after '<country>'s negotiators'", () => {
    const body =
      "Chile's negotiators came home on Monday. Senior Minister Pablo Rojas, who led the delegation, called the deal a step forward.";
    expect(inSlot(body, "delegation.chile")).toEqual(["Pablo Rojas"]);
  });

  it("seats 'X and Y were also on the panel' with the side just named", () => {
    const body =
      "Presidential adviser Dina Santos led the Peruvian side. Retired general Hugo Paz and lawyer Ana Ruiz were also on the panel.";
    expect(inSlot(body, "delegation.peru")).toEqual(["Ana Ruiz", "Dina Santos", "Hugo Paz"]);
  });

  it("does not seat a pronoun sentence when nothing before it named a delegation", () => {
    expect(
      seated("The weather was mild. It is led by Ion Rusnac, the deputy prime minister.", "Ion Rusnac"),
    ).toBe(false);
  });
});

describe("hosts, chairs and people in the room", () => {
  it("finds and seats '<country>'s X' brought together by the talks", () => {
    const body = "The talks brought together Laos's Somsak Vongsa and Cambodia's Chhay Vireak.";
    expect(inSlot(body, "delegation.cambodia")).toEqual(["Chhay Vireak"]);
    expect(inSlot(body, "delegation.laos")).toEqual(["Somsak Vongsa"]);
    expect(seats("Russia's Black Sea Fleet left port on Monday.")).toEqual([]);
  });

  it("seats a host with no nationality in the country the talks were held in", () => {
    const body =
      "The talks in Doha lasted six hours. The meeting was held at a palace, with Minister of State Khalid Al Thani acting as host.";
    expect(inSlot(body, "delegation.qatar")).toEqual(["Khalid Al Thani"]);
  });

  it("seats 'X is hosting and will stay in the room' and 'X was in the chair'", () => {
    expect(
      seated("The Omani minister, Badr Al Said, is hosting and will stay in the room.", "Badr Al Said"),
    ).toBe(true);
    expect(
      seated(
        "The talks brought together the two ministers, with Chilean Foreign Minister Ana Lindqvist in the chair.",
        "Ana Lindqvist",
      ),
    ).toBe(true);
  });

  it("seats 'across the table sat' and 'co-chaired by' lists", () => {
    expect(seated("Across the table sat Ivan Petrov of the Russian defence ministry.", "Ivan Petrov")).toBe(
      true,
    );
    expect(
      inSlot(
        "The discussions were co-chaired by the UN's Maria Vestergaard and the EU's Piet Novak.",
        "delegation.un",
      ),
    ).toEqual(["Maria Vestergaard"]);
  });

  it("does not seat a person who 'sat in' on nothing", () => {
    expect(
      seated("Ivan Petrov of the Russian defence ministry sat in traffic for an hour.", "Ivan Petrov"),
    ).toBe(false);
  });

  it("gives no office to the president's adviser", () => {
    const body = "Chile was represented by Luis Mena, the president's adviser on security.";
    expect(inSlot(body, "chile.president")).toEqual([]);
    expect(inSlot(body, "delegation.chile")).toEqual(["Luis Mena"]);
  });

  it("does not take a word qualifying a committee for a person", () => {
    const body =
      "Sudan's delegation was led by Osman Hamid, chairman of the government's Kordofan committee.";
    expect(seats(body)).toEqual(["delegation.sudan Osman Hamid"]);
  });
});

describe("'the government' and a dateline", () => {
  it("does not make the dateline's country the government when the lede names other parties", () => {
    const aliases = partyAliases(
      "ADDIS ABABA, Feb 12 — Sudan and South Sudan agreed on Thursday to revive joint patrols. The government's committee will meet again.",
    );
    expect(aliases.has("government")).toBe(false);
  });

  it("still reads a local paper's dateline as its government", () => {
    expect(
      partyAliases("BANGUI — The government and the rebels met on Monday in Luanda.").get("government"),
    ).toBe("central-african-republic");
  });
});

describe("who sat where, in the words of a second writer", () => {
  it("seats 'The Russians, led by X' and 'the Americans were led by X'", () => {
    const body =
      "The Russians, led by Kremlin aide Oleg Durov, listened more than they spoke during the session.";
    expect(inSlot(body, "delegation.russia")).toEqual(["Oleg Durov"]);
    expect(inSlot("The Americans were led by Dana Whitfield.", "delegation.us")).toEqual(["Dana Whitfield"]);
    expect(seats("The Russians sent tanks across the border.")).toEqual([]);
  });

  it("seats 'X, who did most of the talking on the Ukrainian side'", () => {
    const body =
      "Taras Melnyk, who did most of the talking on the Ukrainian side, spoke to reporters afterwards.";
    expect(inSlot(body, "delegation.ukraine")).toEqual(["Taras Melnyk"]);
  });

  it("reads 'a long-serving Kremlin aide' as an apposition", () => {
    expect(
      inSlot("Across the table sat Oleg Durov, a long-serving Kremlin aide.", "delegation.russia"),
    ).toEqual(["Oleg Durov"]);
  });

  it("seats an observer introduced before the name, who followed the talks from inside the room", () => {
    const body =
      "An observer from the United States, Rebecca Hale, followed the sessions from inside the room.";
    expect(inSlot(body, "delegation.us")).toEqual(["Rebecca Hale"]);
    expect(
      seated("Rebecca Hale, the US observer, was not in the room when the deal was struck.", "Rebecca Hale"),
    ).toBe(false);
  });

  it("reads 'X, and Russia by Y' and 'the Ossetian participants by Z' after a comma", () => {
    const body =
      "Georgia was represented by Levan Abashidze, and Russia by Deputy Foreign Minister Pavel Orlov, and the Ossetian participants by Alan Kokoev.";
    expect(inSlot(body, "delegation.georgia")).toEqual(["Levan Abashidze"]);
    expect(inSlot(body, "delegation.russia")).toEqual(["Pavel Orlov"]);
    expect(inSlot(body, "delegation.ossetian")).toEqual(["Alan Kokoev"]);
  });

  it("seats 'X, the Cambodian senior minister, and his military adviser, Y' together", () => {
    const body =
      "Across the table sat Sok Vireak, the Cambodian senior minister, and his military adviser, Gen. Nhem Dara.";
    expect(inSlot(body, "delegation.cambodia")).toEqual(["Nhem Dara", "Sok Vireak"]);
  });

  it("does not take a country that brokered the talks for the government", () => {
    const body =
      "The government and the rebels agreed on a Norwegian-brokered roadmap. The government side was headed by Rosa Villaflor.";
    expect(partyAliases(body).get("government")).toBeUndefined();
  });
});

describe("a third writer's phrasing", () => {
  it("finds romanised Korean names with a hyphenated given name", () => {
    const body = "North Korea's delegation was headed by Ri Chol-min, a senior foreign ministry official.";
    expect(inSlot(body, "delegation.north-korea")).toEqual(["Ri Chol-min"]);
    expect(seats("Anti-war protesters gathered outside.")).toEqual([]);
  });

  it("seats 'Leading the American side was X' and whoever 'she brought'", () => {
    const body =
      "Leading the American side was Allison Brandt. She brought Kevin Tsai, the White House's Korea director, and Marcus Heller, a Pentagon specialist.";
    expect(inSlot(body, "delegation.us")).toEqual(["Allison Brandt", "Kevin Tsai", "Marcus Heller"]);
  });

  it("seats 'X attended the session, as did Y'", () => {
    const body =
      "Greta Lind, the State Department's special envoy for the Horn, attended the session, as did Alicia Romero, a deputy assistant secretary of state.";
    expect(inSlot(body, "delegation.us")).toEqual(["Alicia Romero", "Greta Lind"]);
  });

  it("seats whom a country 'sent' after a relative clause, retired generals included", () => {
    const body =
      "Kenya, whose northern border has been crossed repeatedly by fighters, sent retired General Joseph Kiprono; IGAD, which has had monitors in the region since 2021, sent its facilitator, Thandeka Moloi.";
    expect(inSlot(body, "delegation.kenya")).toEqual(["Joseph Kiprono"]);
    expect(inSlot(body, "delegation.igad")).toEqual(["Thandeka Moloi"]);
  });

  it("seats 'Opposite was X' and 'In the observer seats: X'", () => {
    expect(seated("Opposite was Salim Bakar, the chief negotiator of the rebels.", "Salim Bakar")).toBe(true);
    expect(
      inSlot(
        "In the observer seats: Rachel Kimbrough, the US deputy assistant secretary of state.",
        "delegation.us",
      ),
    ).toEqual(["Rachel Kimbrough"]);
  });

  it("seats a live blog's members after the line naming their delegation", () => {
    const body =
      "09:30 — The Peruvian delegation arrives at the palace. Foreign Minister Rosa Quispe is accompanied by Vice Minister Ana Tello and by Gen. Luis Paredes.";
    expect(inSlot(body, "delegation.peru")).toEqual(["Ana Tello", "Luis Paredes", "Rosa Quispe"]);
    expect(
      seated(
        "The Peruvian delegation arrived on Monday. President Ollanta Vega welcomed them.",
        "Ollanta Vega",
      ),
    ).toBe(false);
  });
});

describe("companions, co-chairs and countries the table once lacked", () => {
  it("seats whom a delegate 'brought' with them, and whoever sat 'beside him'", () => {
    const body =
      "At the talks, Venezuela's foreign minister, Héctor Rangel, brought the army's chief of staff, Brigadier Luis Paz. Brazilian Foreign Minister Paulo Amaral chaired the session, with Luíza Bandeira, the presidency's special adviser, beside him.";
    expect(inSlot(body, "delegation.venezuela")).toEqual(["Héctor Rangel", "Luis Paz"]);
    expect(inSlot(body, "delegation.brazil")).toEqual(["Luíza Bandeira", "Paulo Amaral"]);
  });

  it("does not read 'X, brought the …' as X's role", () => {
    const [first] = extract("Guyana's foreign minister, Devanand Singh, brought the army's chief of staff.");
    expect(first?.value).toEqual({ name: "Devanand Singh", role: "foreign minister", side: "guyana" });
  });

  it("seats two co-chairs named with their bodies, a retired general among them", () => {
    const body =
      "Malawi's special envoy, retired General Joseph Banda, and the SADC facilitator, Thandeka Moloi, a former deputy minister, co-chaired the session.";
    expect(inSlot(body, "delegation.malawi")).toEqual(["Joseph Banda"]);
    expect(inSlot(body, "delegation.sadc")).toEqual(["Thandeka Moloi"]);
  });

  it("seats 'X was also part of the American team'", () => {
    expect(
      inSlot(
        "Alicia Romero, a deputy assistant secretary of state, was also part of the American team.",
        "delegation.us",
      ),
    ).toEqual(["Alicia Romero"]);
  });
});

describe("live-blog arrivals and a government's ministers", () => {
  it("seats whom a minister 'arrives with' and the ministers of the one government at the table", () => {
    const body =
      "The Chadian government and the rebels opened talks on Monday. 08:35 — Interior Minister Idriss Mahamat arrives with Deputy Justice Minister Achta Saleh for the talks.";
    expect(inSlot(body, "delegation.chad")).toEqual(["Achta Saleh", "Idriss Mahamat"]);
  });

  it("seats 'Behind him: X and Y' with the delegate named before", () => {
    const body =
      "The rebel delegation was led by Oumar Djibril at the talks. Behind him: Amina Abakar and a field commander, Hassan Yaya.";
    expect(inSlot(body, "delegation.rebels")).toEqual(["Amina Abakar", "Hassan Yaya", "Oumar Djibril"]);
  });
});

describe("lists, leaders and meetings in a fourth writer's words", () => {
  it("seats a list whose members are separated by semicolons", () => {
    const body =
      "The Syrian team comprised Nesrin Hamo, co-chair of its executive council; Siyamend Ali, a member of the general command; and Shervan Issa, a political adviser.";
    expect(inSlot(body, "delegation.syria")).toEqual(["Nesrin Hamo", "Shervan Issa", "Siyamend Ali"]);
  });

  it("seats the two sides 'the meeting brought together'", () => {
    const body =
      "The meeting brought together India's national security adviser Arvind Rao and Zhao Qiming, the senior Chinese diplomat.";
    expect(seats(body).filter((s) => s.startsWith("delegation."))).toEqual([
      "delegation.india Arvind Rao",
      "delegation.china Zhao Qiming",
    ]);
  });

  it("does not make a delegation's leader the host", () => {
    const body =
      "The talks in Nassau ran for six hours. Council member Rosa Pierre led the council's delegation, which also included Justice Minister Wilner Jean.";
    expect(inSlot(body, "delegation.bahamas")).toEqual([]);
  });
});

describe("communities within a country", () => {
  it("reads 'the Bosnian Serb delegation' and 'the Bosnian Croat side' as communities of their own", () => {
    const body =
      "The Bosnian Serb delegation comprised Dragan Ilić, prime minister of the entity. Ivo Perić headed the Bosnian Croat side.";
    expect(inSlot(body, "delegation.bosnian-serb")).toEqual(["Dragan Ilić"]);
    expect(inSlot(body, "delegation.bosnian-croat")).toEqual(["Ivo Perić"]);
  });
});

describe("what does not give a side", () => {
  it("does not give a movement's secretary the government's side, nor a head of state the venue's", () => {
    const body =
      "The talks in Pemba between the Mozambican government and the rebels lasted ten hours. Opposite was Salimo Bacar, flanked by the movement's political secretary, Fátima Nhaca. President Filipe Chissano, who received the delegation at his palace on Thursday, praised the talks.";
    expect(inSlot(body, "delegation.mozambique")).toEqual([]);
  });

  it("does not take a mediator's capital in the dateline for the government when the first paragraph names the parties", () => {
    const body =
      "ALGIERS — Algerian diplomacy has scored a quiet success. The round brought Mali's transitional authorities and the armed movements back into the same room.\n\nThe government team was led by Col. Sékou Traoré.";
    expect(partyAliases(body).get("government")).not.toBe("algeria");
  });
});

describe("roles that come to the table", () => {
  it("seats a special representative and a deputy assistant secretary named with their side", () => {
    const body =
      "Rachel Kimbrough, the US deputy assistant secretary of state, followed the proceedings. Katarina Lund, the EU's special representative for Bosnia, spoke first.";
    expect(inSlot(body, "delegation.us")).toEqual(["Rachel Kimbrough"]);
    expect(inSlot(body, "delegation.eu")).toEqual(["Katarina Lund"]);
  });
});

describe("communities, coalitions and the bodies people lead", () => {
  it("reads a community from the party someone leads, and seats the lawyer who came with them", () => {
    const body =
      "Edin Hadžić, leader of the largest Bosniak party, led his community's delegation together with constitutional lawyer Selma Begić.";
    expect(inSlot(body, "delegation.bosniak")).toEqual(["Edin Hadžić", "Selma Begić"]);
  });

  it("seats 'the opposition and civil-society team' and takes no body's name for a person", () => {
    const body =
      "The opposition and civil-society team comprised Jean Dorvil, coordinator of the Democratic Convergence Platform, and Ernst Valcourt, president of a federation of churches.";
    expect(inSlot(body, "delegation.opposition")).toEqual(["Ernst Valcourt", "Jean Dorvil"]);
    expect(inSlot(body, "opposition.president")).toEqual([]);
  });

  it("reads 'the Kurdish-led side'", () => {
    expect(inSlot("The Kurdish-led side was represented by Nesrin Hamo.", "delegation.kurdish")).toEqual([
      "Nesrin Hamo",
    ]);
  });
});

describe("who led for whom", () => {
  it("seats 'X, who led for Israel, and his military adviser, Y' and not 'who spoke for'", () => {
    const body =
      "Yoav Levi, who led for Israel, and his military adviser, Brig. Gen. Dalia Keren, came to talk about lines on a map.";
    expect(inSlot(body, "delegation.israel")).toEqual(["Dalia Keren", "Yoav Levi"]);
    expect(seated("Yoav Levi, who spoke for Israel, said no.", "Yoav Levi")).toBe(false);
  });

  it("seats 'the American side was led not by the envoys but by X'", () => {
    const body =
      "The American side was led not by the regional envoys who have carried the file for months but by Gregory Ash, the State Department's counselor.";
    expect(inSlot(body, "delegation.us")).toEqual(["Gregory Ash"]);
  });
});

describe("officials who sit in for a government, introduced by where they work", () => {
  it("takes the side from the institution in an apposition: 'a senior adviser in the State Department's Bureau of …'", () => {
    const body =
      "Chile and Bolivia met in Lima on Monday. Ana Duarte, the Andean Community's special representative, and Paul Renner, a deputy assistant secretary in the State Department's Bureau of Western Hemisphere Affairs, attended as observers.";
    expect(inSlot(body, "delegation.us")).toEqual(["Paul Renner"]);
  });

  it("seats 'X from the State Department's Europe bureau' named after 'sent an observer'", () => {
    const body =
      "Talks resumed in Vienna on Monday. Norway has also sent an observer, Lise Haug from the Norwegian Foreign Ministry.";
    expect(inSlot(body, "delegation.norway")).toEqual(["Lise Haug"]);
  });

  it("reads 'represented the United States' after an apposition with a US-only title", () => {
    const body =
      "Kenya and Uganda met in Arusha on Monday. Carl Voss, a deputy assistant secretary of state for East Africa, represented the United States.";
    expect(inSlot(body, "delegation.us")).toEqual(["Carl Voss"]);
  });

  it("finds the main verb past a 'who' aside that names another institution", () => {
    const body =
      "Peru and Chile met in Lima on Monday. Mark Oduya, who handles the Andean portfolio at the State Department, attended for the United States.";
    expect(inSlot(body, "delegation.us")).toEqual(["Mark Oduya"]);
  });

  it("reads 'led the American effort' as leading the American delegation", () => {
    const body =
      "Russia and Ukraine met in Riyadh on Monday. Special envoy Tom Hale and Rita Moss, a senior State Department official, led the American effort.";
    expect(inSlot(body, "delegation.us")).toEqual(["Rita Moss", "Tom Hale"]);
  });

  it("seats the people named after 'The Americans are at the table too.'", () => {
    const body =
      "Serbia and Kosovo met in Brussels on Monday. The Americans are at the table too. Deputy Assistant Secretary of State Greg Lyle and special envoy Elena Marra arrived together.";
    expect(inSlot(body, "delegation.us")).toEqual(["Elena Marra", "Greg Lyle"]);
  });

  it("seats 'were also present, among them X'", () => {
    const body =
      "Somalia and Kenya met in Nairobi on Monday. Diplomats from the African Union and the United States were also present, among them the American official Mark Fell.";
    expect(inSlot(body, "delegation.us")).toEqual(["Mark Fell"]);
  });

  it("finds 'the State Department's X' and 'a State Department team under X' as people", () => {
    const body =
      "Israel and Lebanon met in Naqoura on Monday. The American delegation included the State Department's Mira Joshi. Separately, a Pentagon team under Devi Raman sat at the table.";
    expect(inSlot(body, "delegation.us")).toEqual(["Devi Raman", "Mira Joshi"]);
  });

  it("does not seat a former official by where they once served", () => {
    const body =
      "Peru and Chile met in Lima on Monday. Jon Pike, a former analyst at the State Department, said the talks would fail.";
    expect(seated(body, "Jon Pike")).toBe(false);
  });
});

describe("companions and the one side of a sentence", () => {
  it("seats everyone a one-side arrival line names: 'X leads; behind him are Y, the ambassador in Riyadh, and Col. Z'", () => {
    const body =
      "Ethiopia and Eritrea met in Jeddah. 09:55 — The Eritrean delegation is in. Tesfay Ghebru leads; behind him are Senait Hailu, the ambassador in Riyadh, and Col. Fitsum Tekle.";
    expect(inSlot(body, "delegation.eritrea")).toEqual(["Fitsum Tekle", "Senait Hailu", "Tesfay Ghebru"]);
  });

  it("seats 'Beside him sat X, his deputy' with the head of delegation named before", () => {
    const body =
      "North Korea's delegation was headed by Ri Chol-song, a senior foreign ministry official. Beside him sat Pak Myong-su, his deputy.";
    expect(inSlot(body, "delegation.north-korea")).toEqual(["Pak Myong-su", "Ri Chol-song"]);
  });

  it("reads 'The Russian motorcade has arrived. Senator X leads the delegation; he is joined by Y'", () => {
    const body =
      "The talks were in Riyadh. 09:45 — The Russian motorcade has arrived. Senator Pavel Lubin leads the delegation; he is joined by Sergei Tur of the foreign ministry.";
    expect(inSlot(body, "delegation.russia")).toEqual(["Pavel Lubin", "Sergei Tur"]);
  });

  it("does not seat someone whose title names another body with the sentence's one side", () => {
    const body =
      "Chile and Bolivia met in Lima on Monday. Ana Duarte, the Andean Community's special representative, and Paul Renner of the State Department attended.";
    expect(seated(body, "Ana Duarte")).toBe(false);
  });
});

describe("bodies inside titles", () => {
  it("keeps a government's National Security Council apart from the UN's", () => {
    const body =
      "The Israeli delegation was led by Oren Shalev, who served as deputy head of the National Security Council until last year.";
    expect(inSlot(body, "delegation.israel")).toEqual(["Oren Shalev"]);
  });

  it("seats a host named by role before the comma, and takes no force for a person", () => {
    const body =
      "Israel and Lebanon met in Naqoura on Tuesday. The session was hosted by the commander of the U.N. Interim Force in Lebanon, Maj. Gen. Aritz Ibarra.";
    expect(inSlot(body, "delegation.un")).toEqual(["Aritz Ibarra"]);
    expect(extract(body).map((p) => p.value.name)).not.toContain("Force");
  });

  it("does not seat a former officer who opens the sentence after 'On the Israeli side,'", () => {
    const body =
      "Israel and Lebanon met in Naqoura on Tuesday. On the Israeli side, the problem is reversed. Eitan Rosen, a former intelligence officer now at a research institute, argues otherwise.";
    expect(seated(body, "Eitan Rosen")).toBe(false);
  });
});

describe("movements known only by their acronym", () => {
  it("reads 'The TNLA, one of the armed groups, sent X and Y' and 'the TNLA's X'", () => {
    const body =
      "The junta and the TNLA met in Kunming on Sunday. The TNLA, one of the ethnic armed groups, sent its general secretary, Tar Kyaw Lwin, and Mai Hsam Hkun.";
    expect(inSlot(body, "delegation.tnla")).toEqual(["Mai Hsam Hkun", "Tar Kyaw Lwin"]);
    const owned = extract(
      "The junta and the TNLA met in Kunming. The TNLA's Tar Kyaw Lwin wanted the air strikes to stop.",
    );
    expect(owned.map((p) => [p.value.name, p.value.side])).toEqual([["Tar Kyaw Lwin", "tnla"]]);
  });

  it("takes no region that 'sent its' envoy for a person", () => {
    expect(extract("Jubaland sent its envoy to the talks in Nairobi.").map((p) => p.value.name)).toEqual([]);
  });
});

describe("lists that hold both camps", () => {
  const body =
    "Haiti's transitional authorities and opposition groups met in Nassau on May 11. Among those at the table were council member Rose Pierre, Justice Minister Wil Jacques, opposition coordinator Jean Dorval and Protestant church leader Ernst Vallon. The talks were hosted by the government of the Bahamas.";

  it("gives no one the opposition's seat for sitting next to its coordinator", () => {
    expect(inSlot(body, "delegation.opposition")).toEqual(["Jean Dorval"]);
  });

  it("does not take the host government for the government at the table", () => {
    expect(inSlot(body, "delegation.bahamas")).toEqual([]);
  });

  it("takes no faith for a name", () => {
    expect(extract(body).map((p) => p.value.name)).not.toContain("Protestant");
  });
});

describe("a name beside its team", () => {
  it("seats 'X and the Syrian team came to talk', finding an Arabic family name untitled", () => {
    const body =
      "Israel and Syria met in Baku. Faisal al-Hamdi and the Syrian team came to talk about what Damascus gets in return.";
    expect(inSlot(body, "delegation.syria")).toEqual(["Faisal al-Hamdi"]);
  });

  it("reads 'his military adviser' as a kind of role, not the army's side", () => {
    const body =
      "Yoav Ben-Ami, who led for Israel, and his military adviser, Brig. Gen. Dalia Karni, came to talk. Without sanctions relief, the government in Damascus has little to offer the south except the army.";
    expect(inSlot(body, "delegation.israel")).toEqual(["Dalia Karni", "Yoav Ben-Ami"]);
  });

  it("takes no place with an Arabic article for a person", () => {
    expect(extract("Fighting resumed near Deir al-Zour on Monday.").map((p) => p.value.name)).toEqual([]);
  });
});

describe("hosts who stay", () => {
  it("seats a host who 'stayed in the room', and one 'who is hosting the talks'", () => {
    expect(
      inSlot(
        "Israel and Syria met in Baku. Azerbaijan's deputy foreign minister, Kamran Aliyev, welcomed the delegations and stayed in the room as host.",
        "delegation.azerbaijan",
      ),
    ).toEqual(["Kamran Aliyev"]);
    expect(
      inSlot(
        "Israel and Syria met in Baku. The envoys were greeted on the steps by Azerbaijan's deputy foreign minister, Kamran Aliyev, who is hosting the talks.",
        "delegation.azerbaijan",
      ),
    ).toEqual(["Kamran Aliyev"]);
  });

  it("still reads 'stayed in Moscow' as away from the table", () => {
    expect(
      seated(
        "Russia and Ukraine met in Riyadh. Foreign Minister Sergei Lavrov stayed in Moscow.",
        "Sergei Lavrov",
      ),
    ).toBe(false);
  });
});

describe("a side named first", () => {
  it("seats 'For Damascus, Deputy Foreign Minister X, with Y at his side' and 'For the EGC, the chief negotiator was X'", () => {
    expect(
      inSlot(
        "Syria and the Kurds met in Erbil. For Damascus, Deputy Foreign Minister Maher Qassem, with Brig. Gen. Fawaz Tallal of the defence ministry at his side.",
        "delegation.syria",
      ),
    ).toEqual(["Fawaz Tallal", "Maher Qassem"]);
    expect(
      inSlot(
        "Colombia and the EGC met in Doha. For the EGC, the chief negotiator was Wilmer Arboleda.",
        "delegation.egc",
      ),
    ).toEqual(["Wilmer Arboleda"]);
  });

  it("does not seat a commentator quoted after 'For Russia, the deal is a win'", () => {
    expect(
      seated(
        "Colombia and the EGC met in Doha. For Russia, the deal is a win, the analyst Maria Lopez said.",
        "Maria Lopez",
      ),
    ).toBe(false);
  });

  it("seats 'He was accompanied at the table by X'", () => {
    const body =
      "Serbia and Kosovo met in Brussels. Besnik Gashi, Kosovo's chief negotiator, spoke first. He was accompanied at the table by Deputy Prime Minister Valdete Hoxha.";
    expect(inSlot(body, "delegation.kosovo")).toEqual(["Besnik Gashi", "Valdete Hoxha"]);
  });
});

describe("people the sentence puts elsewhere, and words that are not people", () => {
  it("does not seat an envoy a sentence puts in another city: 'In Washington, the U.S. special envoy X said'", () => {
    const body =
      "Houthi and Saudi negotiators met in Muscat on Tuesday. In Washington, the U.S. special envoy for Yemen, Daniel Okoro, said the United States welcomed the talks.";
    expect(seated(body, "Daniel Okoro")).toBe(false);
    expect(
      seated(
        "Houthi and Saudi negotiators met in Muscat on Tuesday. In Muscat, the U.S. special envoy for Yemen, Daniel Okoro, joined the session.",
        "Daniel Okoro",
      ),
    ).toBe(true);
  });

  it("does not seat an envoy who 'is not taking part in this round'", () => {
    const body =
      "Talks opened in Muscat on Tuesday. 14:40 — The UN special envoy for Yemen, Henrik Lind, is not taking part in this round.";
    expect(seated(body, "Henrik Lind")).toBe(false);
  });

  it("takes no portfolio or time zone for a person or a side", () => {
    const body =
      "11:02 IST — Interlocutor Subhash Menon has arrived. Nadia Kessel, the deputy assistant secretary of state for European and Eurasian affairs, joined him.";
    const people = extract(body);
    expect(people.map((p) => p.value.name)).not.toContain("Eurasian");
    expect(people.map((p) => p.value.side)).not.toContain("ist");
  });
});

describe("chairs, participants and factions said plainly", () => {
  it("reads ', was in the chair' as a verb, not an apposition", () => {
    expect(
      inSlot(
        "Thailand and Cambodia met in Kuala Lumpur. Malaysia's foreign minister, Zulkarnain Ismail, was in the chair.",
        "delegation.malaysia",
      ),
    ).toEqual(["Zulkarnain Ismail"]);
  });

  it("seats 'X, who represents the African Union in the process, also took part.'", () => {
    expect(
      inSlot(
        "The rebels and the government met in Luanda. Mariam Keita, who represents the African Union in the process, also took part.",
        "delegation.african-union",
      ),
    ).toEqual(["Mariam Keita"]);
    expect(seated("Mariam Keita took part in the protest outside.", "Mariam Keita")).toBe(false);
  });

  it("seats 'For the eastern authorities, X leads, with Y beside him'", () => {
    const body =
      "Libya's rivals met in Geneva. For the eastern authorities, Faraj Obaidi leads, with Maj. Gen. Mabrouk Hasi beside him.";
    expect(inSlot(body, "delegation.eastern")).toEqual(["Faraj Obaidi", "Mabrouk Hasi"]);
  });
});

describe("two sides named together", () => {
  it("gives neither side of 'The talks brought together X and Y' the other's seat", () => {
    const body =
      "Ethiopia and Eritrea met in Jeddah. The talks brought together State Minister Mesfin Alemu and Tesfay Gebre, the Eritrean president's political adviser.";
    expect(inSlot(body, "delegation.eritrea")).toEqual(["Tesfay Gebre"]);
  });

  it("leaves a minister in the chair to the host, not to the government at the table", () => {
    const body =
      "The government and the CNR rebels met in Luanda, Angola, for talks. 14:10 — The session is chaired by Foreign Minister Teodoro Almeida.";
    expect(inSlot(body, "delegation.central-african-republic")).toEqual([]);
  });
});

describe("US officials at the table, in more outlets' words", () => {
  it.each([
    [
      "Iran and the United States held indirect talks in Rome on Saturday. The U.S. team was headed by special envoy Tom Haller and included Erin Moss, a National Security Council official.",
      ["Erin Moss", "Tom Haller"],
    ],
    [
      "Talks opened in Caracas on Wednesday. Representing Washington were Tom Haller, the presidential envoy for hostage affairs, and Erin Moss, a Treasury official.",
      ["Erin Moss", "Tom Haller"],
    ],
    [
      "The talks in Nairobi were observed by the troika envoys: Tom Haller of the United States, Sarah Pike of Britain and Lars Berg of Norway.",
      ["Tom Haller"],
    ],
    [
      "Egypt, Ethiopia and Sudan met in Washington on Tuesday. Deputy Treasury Secretary Tom Haller chaired the session, with Erin Moss of the State Department.",
      ["Erin Moss", "Tom Haller"],
    ],
    [
      "Egypt, Ethiopia and Sudan met in Washington on Tuesday. The talks were hosted by the Treasury Department, where Deputy Secretary Tom Haller presided.",
      ["Tom Haller"],
    ],
    [
      "The Moldovan and Transnistrian negotiators met in Vienna. Also at the table: Erin Moss for the United States and Hans Weber for the EU.",
      ["Erin Moss"],
    ],
  ])("%s", (body, names) => {
    expect(inSlot(body, "delegation.us")).toEqual(names);
  });
});

describe("separatists, portfolios and representation", () => {
  it("reads 'the separatist team comprised A, B and C' as the separatists' delegation", () => {
    const body =
      "Cameroon's government and separatist groups met in Geneva on Wednesday. The separatist team comprised Tabe Nkem, Peter Agbor and Grace Mbah.";
    expect(inSlot(body, "delegation.separatists")).toEqual(["Grace Mbah", "Peter Agbor", "Tabe Nkem"]);
  });

  it("takes the side from a lowercase portfolio title: \"Sudan's irrigation minister, X, headed his country's team\"", () => {
    const body =
      "Egypt, Ethiopia and Sudan met in Washington. Sudan's irrigation minister, Yasir Hamid, headed his country's team, which also included Mustafa Idris.";
    expect(inSlot(body, "delegation.sudan")).toEqual(["Mustafa Idris", "Yasir Hamid"]);
  });

  it("seats 'X represented the separatists' without a talks word, but not 'who spoke for'", () => {
    const body =
      "Cameroon's government and separatist groups met in Geneva. His deputy Peter Agbor represented the separatists.";
    expect(inSlot(body, "delegation.separatists")).toEqual(["Peter Agbor"]);
  });
});

describe("hosts under another's mediation, and speakers in another city", () => {
  it("gives a host the venue's side even when another country mediates", () => {
    const body =
      "Israeli and Syrian officials met in Baku under US mediation. The envoys were greeted on the steps by Deputy Foreign Minister Kamal Aliyev, who is hosting the talks.";
    expect(inSlot(body, "delegation.us")).toEqual([]);
    expect(inSlot(body, "delegation.azerbaijan")).toEqual(["Kamal Aliyev"]);
  });

  it("does not seat an envoy quoted from Washington when the article never says where the talks are", () => {
    const body =
      "Houthi and Saudi negotiators agreed to extend the truce. In Washington, the U.S. special envoy for Yemen, Daniel Okoro, said the step was welcome.";
    expect(seated(body, "Daniel Okoro")).toBe(false);
  });
});

describe("the body someone leads", () => {
  it("seats 'X, a retired Jamaican judge who heads the Caribbean Community's panel' with the bloc", () => {
    const body =
      "Haiti's council and the opposition met in Nassau. The talks were chaired by Carl Rowe, a retired Jamaican judge who heads the Caribbean Community's Eminent Persons Group.";
    expect(inSlot(body, "delegation.caricom")).toEqual(["Carl Rowe"]);
    expect(inSlot(body, "delegation.jamaica")).toEqual([]);
  });
});

describe("American teams in a fifth batch's words", () => {
  it.each([
    [
      "Chad's government and the rebels met in Doha. And the observers? Washington sent a team of three: Jon White, the special envoy for the Sahel; Sara Lind, deputy chief of mission in N'Djamena; and Lt. Col. Ryan Dell of the Pentagon's office of African affairs.",
      ["Jon White", "Ryan Dell", "Sara Lind"],
    ],
    [
      "Chad's government and the rebels met in Doha. Jon White, Washington's special envoy for the Sahel, brought a Pentagon officer, Lt. Col. Ryan Dell.",
      ["Jon White", "Ryan Dell"],
    ],
    [
      "The army and the RSF met in Manama. Washington's special envoy for Sudan, Dan Whit, sat at the mediators' end of the table with Priya Cast, director for East Africa at the National Security Council.",
      ["Dan Whit", "Priya Cast"],
    ],
    [
      "Serbia and Kosovo met in Washington. The American hosts, Special Envoy Rob Halver and Treasury official Ellen Brant, sat at the head of the table.",
      ["Ellen Brant", "Rob Halver"],
    ],
    [
      "Serbia and Kosovo met in Washington. Halver's deputy, Dana Whit of the State Department's European bureau, chaired the afternoon session on customs.",
      ["Dana Whit"],
    ],
    [
      "Bolivia and Chile met in Lima. Washington's observer, Deputy Assistant Secretary Kate Sol, sat in with Luis Arr of the US embassy in Lima.",
      ["Kate Sol", "Luis Arr"],
    ],
    [
      "Bolivia and Chile met in Lima. 08:50 — The US observers are arriving. Kate Sol, deputy assistant secretary for Western Hemisphere affairs, walks in with Greg Falk of the legal adviser's office.",
      ["Greg Falk", "Kate Sol"],
    ],
  ])("%s", (body, names) => {
    expect(inSlot(body, "delegation.us")).toEqual(names);
  });
});

describe("seats and sides in a sixth round of coverage's words", () => {
  it.each([
    [
      "Laos and Thailand met in Geneva on Monday. Across the table sat Laos's water and energy minister, Somsak Vongsa, and his chief negotiator, Ambassador Keo Phan.",
      "delegation.laos",
      ["Keo Phan", "Somsak Vongsa"],
    ],
    [
      "Laos and Thailand met in Geneva on Monday. Laos's Minister of Mines and Energy Somsak Vongsa faced Thai Transport Minister Anan Chai.",
      "delegation.laos",
      ["Somsak Vongsa"],
    ],
    [
      "Laos and Thailand met in Geneva on Monday. Laos's Minister of Mines and Energy Somsak Vongsa faced Thai Transport Minister Anan Chai.",
      "delegation.thailand",
      ["Anan Chai"],
    ],
    [
      "Cuba and the United States met in Oslo. Tom Reyes led the American side. But it was the presence of Ana Kline, a Treasury deputy assistant secretary, that drew attention.",
      "delegation.us",
      ["Ana Kline", "Tom Reyes"],
    ],
    [
      "Nepal's government and the rebels met in Geneva. The US side, in the person of special envoy Dale Frost, observed.",
      "delegation.us",
      ["Dale Frost"],
    ],
    [
      "Cuba and the United States held indirect talks in Oslo. Norway's envoy went between two rooms. In one sat Tom Reyes, the lawyer whom the White House made its special envoy, and his deputy, Ana Kline.",
      "delegation.us",
      ["Ana Kline", "Tom Reyes"],
    ],
    [
      "Cuba and the United States met in Oslo. The American delegation, headed by special envoy Tom Reyes, pulls up. An official tells us Reyes is joined by Ana Kline of the State Department and Ben Ortiz, a Treasury official.",
      "delegation.us",
      ["Ana Kline", "Ben Ortiz", "Tom Reyes"],
    ],
    [
      "Cuba and the United States met in Oslo. The talks brought together US special envoy Tom Reyes and Cuban Deputy Foreign Minister Raul Soto. Ana Kline, the State Department's senior official on Cuba, accompanied the envoy.",
      "delegation.us",
      ["Ana Kline", "Tom Reyes"],
    ],
    [
      "Georgia and Abkhazia met in Vienna on Tuesday. The European Union, represented by Petra Lind, and the Americans, who sent Ana Kline, watched from the observers' seats.",
      "delegation.us",
      ["Ana Kline"],
    ],
    [
      "Georgia and Abkhazia met in Vienna on Tuesday. The European Union, represented by Petra Lind, and the Americans, who sent Ana Kline, watched from the observers' seats.",
      "delegation.eu",
      ["Petra Lind"],
    ],
    [
      "Nepal's government and the rebels met in Geneva. The meeting, facilitated by the Swiss ambassador Urs Vogel, lasted seven hours.",
      "delegation.switzerland",
      ["Urs Vogel"],
    ],
    [
      "Iran and the United States held talks in Muscat on Saturday. Qatar's foreign minister, Hamad Al Thani, spent more than four hours carrying papers between two delegations.",
      "delegation.qatar",
      ["Hamad Al Thani"],
    ],
    [
      "Nepal's government and the rebels met in Geneva. The mediators were Swiss envoy Urs Vogel and Norway's Lars Berg.",
      "delegation.norway",
      ["Lars Berg"],
    ],
    [
      "Nepal's government and the rebels met in Geneva. The observers are in place. India's Ravi Nair and China's Li Wei are seated at the end of the table, a diplomat tells us.",
      "delegation.india",
      ["Ravi Nair"],
    ],
    [
      "Guyana and Suriname met in Brasília on Monday. Guyana was represented at the table by its foreign minister, Carl Ramdin, and Suriname by Iris Pengel.",
      "delegation.guyana",
      ["Carl Ramdin"],
    ],
    [
      "Guyana and Suriname met in Brasília on Monday. 17:45 — Our correspondent says the US side comprises envoy Dale Frost and Ben Ortiz, a Treasury official.",
      "delegation.us",
      ["Ben Ortiz", "Dale Frost"],
    ],
  ])("%s → %s", (body, slot, names) => {
    expect(inSlot(body, slot)).toEqual(names);
  });

  it.each([
    [
      "Armenia and Turkey met in Vienna on Wednesday. Armenia's envoy Ruben Sevunts led his delegation. Sevunts's team comprised Deputy Foreign Minister Lilit Abgaryan and Garegin Melkonyan, the lawyer who drafted the position.",
      "delegation.armenia",
      ["Garegin Melkonyan", "Lilit Abgaryan", "Ruben Sevunts"],
    ],
    [
      "Armenia and Turkey met in Vienna on Wednesday. Turkey's Ambassador Kerem Altindag led a delegation that included Defne Uysal, director-general for the Caucasus at the foreign ministry, and Serdar Kilic, an Interior Ministry expert.",
      "delegation.turkey",
      ["Defne Uysal", "Kerem Altindag", "Serdar Kilic"],
    ],
    [
      "India and China held talks in Beijing on Tuesday. India's national security adviser, Arvind Raghu, led a delegation that included a serving corps commander, Lt Gen Harpreet Bains of 14 Corps.",
      "delegation.india",
      ["Arvind Raghu", "Harpreet Bains"],
    ],
    [
      "Armenia and Azerbaijan met in Tbilisi. Vahagn Avetisyan, Armenia's deputy prime minister, brought his usual team, including Colonel Gor Arzuman of the border guard.",
      "delegation.armenia",
      ["Gor Arzuman", "Vahagn Avetisyan"],
    ],
  ])("seats a leader's team: %s", (body, slot, names) => {
    expect(inSlot(body, slot)).toEqual(names);
  });

  it("keeps a minister's 'faced' out of her apposition: the deputy who faced Congo's diplomat is Rwanda's", () => {
    const body =
      "Rwanda and Congo met in Doha on Tuesday. Rwanda's Foreign Minister Paul Gasana and his deputy, Minister of State Rose Uwera, faced Congo's top diplomat, Marie Kabila.";
    expect(inSlot(body, "delegation.rwanda")).toEqual(["Paul Gasana", "Rose Uwera"]);
  });

  it("reads 'Minister of Water and Energy X' as a title, never 'Water' as a person", () => {
    const body = "Laos's Minister of Water and Energy Somsak Vongsa spoke to reporters in Geneva.";
    expect(extract(body).map((c) => c.value.name)).toEqual(["Somsak Vongsa"]);
  });

  it("does not seat a US official whose statement comes from Washington while the talks are in Lima", () => {
    const body =
      "Bolivia and Chile met in Lima on Tuesday. 11:45 — A statement from Washington: Assistant Secretary for Western Hemisphere Affairs Joan Pratt says the United States supports a deal.";
    expect(extract(body).map((c) => c.value.name)).toEqual(["Joan Pratt"]);
    expect(seated(body, "Joan Pratt")).toBe(false);
  });
});

describe("the delegation the sentence before named", () => {
  it("seats 'The delegation comprised A; B; and C' with the government delegation just named", () => {
    const body =
      "BAMAKO — The government delegation to the Algiers talks said on Wednesday that the state's unity was not up for discussion, as it met the rebels under the auspices of the Algerian government. The delegation comprised the Minister of Territorial Administration, Moussa Keita; Awa Traore, legal adviser at the presidency; and Ibrahim Sidibe, a former governor.";
    expect(inSlot(body, "delegation.mali")).toEqual(["Awa Traore", "Ibrahim Sidibe", "Moussa Keita"]);
  });

  it("takes a mediator named by 'under the auspices of' for no party", () => {
    const body =
      "BAMAKO — The government delegation met the rebels under the auspices of the Swiss Confederation. The government delegation was led by Moussa Keita.";
    expect(partyAliases(body, 2026).get("government")).toBe("mali");
  });
});

describe("observers, chairs and where officials serve", () => {
  it.each([
    [
      "Colombia's government and the rebels met in Doha. In the room: the mediators and the observers — Norway's Lars Berg, Spain's Ines Vidal and, for the first time, an American, Cole Whit of the State Department's Western Hemisphere bureau.",
      "delegation.us",
      ["Cole Whit"],
    ],
    [
      "Armenia and Turkey met in Vienna. Two American diplomats watched from the end of the table: Greg Ash, the deputy assistant secretary of state for the Caucasus, and Dana Oye, who covers regional security at the US Embassy in Vienna.",
      "delegation.us",
      ["Dana Oye", "Greg Ash"],
    ],
    [
      "Israel and Hamas held indirect talks in Doha. The American envoy, Eli Brand, and CIA official Kay Whit sat with the mediators throughout.",
      "delegation.us",
      ["Eli Brand", "Kay Whit"],
    ],
    [
      "Israel and Hamas held indirect talks in Doha on Monday. Two Americans sat at their table: Eli Brand, the special envoy for hostage affairs, and Kay Whit, a CIA officer.",
      "delegation.us",
      ["Eli Brand", "Kay Whit"],
    ],
    [
      "Serbia and Kosovo met in Washington. Who was there? The US side: envoy Rob Halver, who chaired; Dana Whit of the State Department's European bureau; and Mark Oye, the National Security Council's senior director for Europe.",
      "delegation.us",
      ["Dana Whit", "Mark Oye", "Rob Halver"],
    ],
    [
      "Armenia and Azerbaijan met in Washington. The session was chaired by Nat Corr, a former ambassador to Georgia.",
      "delegation.us",
      ["Nat Corr"],
    ],
  ])("%s → %s", (body, slot, names) => {
    expect(inSlot(body, slot)).toEqual(names);
  });

  it("does not give go-betweens who 'sat with' the chair the venue's side", () => {
    const body =
      "Sudan's army and the RSF met in Manama. Bahraini Undersecretary Yusuf Mannai presided. The Saudi and Egyptian mediators, Majid Sahli and Maj. Gen. Tarek Shal, sat with him.";
    expect(inSlot(body, "delegation.bahrain")).toEqual(["Yusuf Mannai"]);
  });

  it("takes no venue from a place the text denies: 'in Jeddah, and not in Addis Ababa'", () => {
    const body =
      "Ethiopian and Eritrean officials met on Monday. That the meeting happened in Jeddah, and not in Addis Ababa, says much. Turki Nasser, the kingdom's minister of state, personally chaired Monday's session.";
    expect(inSlot(body, "delegation.ethiopia")).toEqual([]);
  });
});

describe("US teams in a sixth round of coverage's words", () => {
  it.each([
    [
      "Ethiopia's government and the militia met in Nairobi. 09:05 — First out: the US envoy for the Horn of Africa, Meg Ellis. She is followed by two colleagues, Tom Brand of the State Department and Pia Ram of the National Security Council.",
      ["Meg Ellis", "Pia Ram", "Tom Brand"],
    ],
    [
      "Somalia and Somaliland met in Djibouti. The Americans were present throughout. Ron Estra, Washington's ambassador to Somalia, sat with Cmdr. Lisa Haver of U.S. Africa Command.",
      ["Lisa Haver", "Ron Estra"],
    ],
    [
      "MINSK — The foreign minister today received a delegation of the United States headed by Deputy Special Envoy Ella Kasp, the ministry said. The talks lasted an hour and a half.",
      ["Ella Kasp"],
    ],
    [
      "Lebanon and Syria met in Jeddah. Representatives of the United States — envoy Ellen March and a Pentagon official, Jon Feld — were present as observers.",
      ["Ellen March", "Jon Feld"],
    ],
    [
      "India and Pakistan met in Abu Dhabi. Who was in the room? India, adviser Ravi Nair; Pakistan, adviser Tariq Lodi; and the United States, special envoy Dan Whit and Col. Grant Oka of the National Security Council.",
      ["Dan Whit", "Grant Oka"],
    ],
    [
      "Lebanon and Syria met in Jeddah. Ellen March, the State Department's deputy envoy, led a small American observer team. Pia Ram, a senior official at the Treasury who accompanied March, did not speak in the sessions.",
      ["Ellen March", "Pia Ram"],
    ],
    [
      "Papua New Guinea and Bougainville met in Brisbane. Washington was also represented. The State Department's Becca Osei and a US military officer, Lt. Col. Ethan Brand of Indo-Pacific Command, watched from the side of the room.",
      ["Becca Osei", "Ethan Brand"],
    ],
    [
      "Belarus and the United States held talks in Minsk on Friday. The Americans came in a group of four. Ella Kasp, the deputy special envoy, led. Daniel Ferr, the chargé d'affaires of the US embassy to Belarus, also took part.",
      ["Daniel Ferr", "Ella Kasp"],
    ],
  ])("%s", (body, names) => {
    expect(inSlot(body, "delegation.us")).toEqual(names);
  });

  it("keeps each side of a semicolon list of sides to its own people", () => {
    const body =
      "India and Pakistan met in Abu Dhabi. Who was in the room? India, adviser Ravi Nair; Pakistan, adviser Tariq Lodi; and the United States, special envoy Dan Whit.";
    expect(inSlot(body, "delegation.india")).toEqual(["Ravi Nair"]);
    expect(inSlot(body, "delegation.pakistan")).toEqual(["Tariq Lodi"]);
  });
});

describe("three-word countries and live-blog arrivals", () => {
  it("reads 'Papua New Guinea's minister' as Papua New Guinea's, and 'X is with him' as his companion", () => {
    const body =
      "Papua New Guinea and Bougainville met in Brisbane. 13:12 — Papua New Guinea's minister for Bougainville affairs, Walter Yane, is next. Chief secretary Agnes Kilo is with him.";
    expect(inSlot(body, "delegation.papua-new-guinea")).toEqual(["Agnes Kilo", "Walter Yane"]);
    expect(inSlot(body, "delegation.guinea")).toEqual([]);
  });
});

describe("US teams in a seventh round of coverage's words", () => {
  it.each([
    [
      "Iraq and the Kurdistan region met in Baghdad. Greg Ash, the deputy assistant secretary of state, led the talks. Ash was accompanied by Carla Mendi, a senior adviser in the department's energy bureau, and by Dana Whit, the political counselor at the US embassy in Baghdad.",
      ["Carla Mendi", "Dana Whit", "Greg Ash"],
    ],
    [
      "Iraq and the Kurdistan region met in Baghdad. A third US official, Ryan Cast, a director at the National Security Council, is also attending, an embassy spokesperson confirmed.",
      ["Ryan Cast"],
    ],
    [
      "Senegal and the separatists met in Bissau for talks, with US observers. Pat Holl, who runs West African affairs at the State Department, attended as an observer with a demining expert, Derek Aman.",
      ["Derek Aman", "Pat Holl"],
    ],
    [
      "Somalia and Ethiopia met in Ankara. The American delegation, headed by Ambassador Jon Pru, sat at the end of the table. With Pru was the Pentagon's Maria Okon.",
      ["Jon Pru", "Maria Okon"],
    ],
    [
      "Somalia and Ethiopia met in Ankara for eleven hours. I was glad to see Jon Pru, whom I first hired as a desk officer, at the table as Washington's envoy. He had Sam Gid of the National Security Council at his elbow.",
      ["Jon Pru", "Sam Gid"],
    ],
    [
      "Syria and the Druze coalition met in Amman. In the chair: Nasser Khrei for Jordan. For the United States: special envoy Dan Whit and Mark Feld, the NSC's Syria director.",
      ["Dan Whit", "Mark Feld"],
    ],
  ])("%s", (body, names) => {
    expect(inSlot(body, "delegation.us")).toEqual(names);
  });
});

describe("US teams in the words of a retired held-out set", () => {
  it.each([
    [
      "Armenia and Azerbaijan met in Vienna. Washington's observer team was led by Gerald Morn, a senior arms control official, and included Tam Rudd from the Department of Energy.",
      ["Gerald Morn", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. Who was there? The US side: envoy Gerald Morn, who chaired; Tam Rudd of the State Department's European bureau; Lionel Grav from the Treasury; and Petra Lind, the National Security Council's senior director for Europe.",
      ["Gerald Morn", "Lionel Grav", "Petra Lind", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. Deputy special envoy Gerald Morn led the US side. He was joined in Vienna by the Treasury's Tam Rudd and by Lionel Grav, who heads the US embassy to Armenia.",
      ["Gerald Morn", "Lionel Grav", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. Gerald Morn, the chargé d'affaires of the US embassy to Armenia, which has operated from Tbilisi since 2022, also took part.",
      ["Gerald Morn"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna, and the United States co-mediated: Gerald Morn, the special envoy, was at the table throughout.",
      ["Gerald Morn"],
    ],
    [
      "Armenia and Azerbaijan met in Washington. Deputy Secretary of State Tam Rudd chaired the session. Gerald Morn, the department's senior official for Europe, sat at her side.",
      ["Gerald Morn", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. Washington's special envoy, Tam Rudd, sat in as co-mediator with two aides: Lionel Grav, a deputy assistant secretary in the State Department, and Gerald Morn, the National Security Council's director for the Caucasus.",
      ["Gerald Morn", "Lionel Grav", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. Two American diplomats observed the meeting: Tam Rudd, a deputy assistant secretary at the State Department, and Gerald Morn, the number two at the US embassy in Yerevan.",
      ["Gerald Morn", "Tam Rudd"],
    ],
    [
      "Armenia and Azerbaijan met in Vienna. The Americans came in a group of four. Tam Rudd, the deputy special envoy, led. Her team included Lionel Grav of the State Department; Petra Lind, a sanctions specialist from the Treasury; and Gerald Morn, the chargé d'affaires who has run the US mission to Armenia since 2022.",
      ["Gerald Morn", "Lionel Grav", "Petra Lind", "Tam Rudd"],
    ],
  ])("%s", (body, names) => {
    expect(inSlot(body, "delegation.us")).toEqual(names);
  });

  it("seats both aides listed after 'with two aides:', past a bureau's long name", () => {
    const body =
      "Syria and the Druze met in Amman. Washington's special envoy for Syria, Dan Whit, sat in as co-mediator with two aides: Ali Creigh, a deputy assistant secretary in the State Department's Bureau of Near Eastern Affairs, and Marc Feld, the National Security Council's director for Syria.";
    expect(inSlot(body, "delegation.us")).toEqual(["Ali Creigh", "Dan Whit", "Marc Feld"]);
    const office =
      "Serbia and Kosovo met in Washington. The US side: envoy Rob Halv, who chaired; Elena Brant from the Treasury's Office of International Affairs; and Marc Oyel, the National Security Council's senior director for Europe.";
    expect(inSlot(office, "delegation.us")).toEqual(["Elena Brant", "Marc Oyel", "Rob Halv"]);
  });

  it("finds a person a body owns: 'the ministry's X', 'the Treasury's X'", () => {
    for (const owner of ["the ministry's", "the Treasury's", "the Commerce Department's"])
      expect(names(`The talks opened in Vienna. She was joined by ${owner} Tam Rudd.`)).toEqual(["Tam Rudd"]);
    expect(
      names("The talks opened in Vienna. She was joined by the ministry's Strategic Planning Unit."),
    ).toEqual([]);
  });
});

describe("the government named beside a party that is not a state", () => {
  it.each([
    ["Talks between Bangkok and the Barisan Revolusi Nasional took place in Kuala Lumpur.", "thailand"],
    [
      "Papua New Guinea's national government and the Autonomous Bougainville Government met.",
      "papua-new-guinea",
    ],
    ["Talks in Wellington between Papua New Guinea and Bougainville ran late.", "papua-new-guinea"],
  ])("%s", (body, side) => {
    expect(partyAliases(`${body} The government team arrived first.`).get("government")).toBe(side);
  });

  it("reads no government between two states", () => {
    expect(
      partyAliases("Talks between Kinshasa and Kigali resumed. The government team arrived first.").get(
        "government",
      ),
    ).toBeUndefined();
  });
});

describe("facing the other side, and titles of the Malay world", () => {
  it("keeps the one faced 'across the table from' off the other side's team", () => {
    const body =
      "Talks between the Thai government and the Barisan Revolusi Nasional resumed in Kuala Lumpur. Across the table from Gen. Anuwat sat Ustaz Ismail Wae-useng, the BRN's chief negotiator, and Hakim Dorloh.";
    expect(inSlot(body, "delegation.brn")).toEqual(["Hakim Dorloh", "Ismail Wae-useng"]);
  });

  it.each([
    ["Malaysia's facilitator, Tan Sri Mohd Rafiq Hashim, chaired the session.", "Mohd Rafiq Hashim"],
    ["Tan Sri Mohd Rafiq Hashim, Malaysia's facilitator, chaired the session.", "Mohd Rafiq Hashim"],
    ["Malaysia's facilitator, Datuk Seri Rafiq Hashim, chaired the session.", "Rafiq Hashim"],
    ["Indonesia's finance minister, Sri Mulyani Indrawati, chaired the session.", "Sri Mulyani Indrawati"],
  ])("%s", (body, name) => {
    expect(names(body)).toEqual([name]);
  });
});

describe("a retired held-out set's Levant coverage", () => {
  it("seats a delegation 'which included' after a comma, and the ones who 'spent 11 hours with' the other", () => {
    const led =
      "The talks were held in Jeddah. Lebanon's Defence Minister Fadi Abi Nader led his country's delegation, which included Brig. Gen. Ziad Rahme, head of army intelligence, and Joumana Sfeir, the prime minister's adviser.";
    expect(inSlot(led, "delegation.lebanon")).toEqual(["Fadi Abi Nader", "Joumana Sfeir", "Ziad Rahme"]);
    const spent =
      "What happened in Jeddah? Lebanon's defence minister, Fadi Abi Nader, and his deputy negotiator Joumana Sfeir spent 11 hours with a Syrian delegation led by Omar al-Hamwi.";
    expect(inSlot(spent, "delegation.lebanon")).toEqual(["Fadi Abi Nader", "Joumana Sfeir"]);
  });

  it("does not give the one met the side of the one who meets them", () => {
    const body =
      "Syria and Lebanon met in Jeddah. The US special envoy Thomas Kerr, who co-mediated the talks, met Mr. Hamwi on the sidelines.";
    expect(seats(body)).not.toContain("delegation.us Hamwi");
  });

  it("reads a home paper's ministers as its government when the talks were held in another country's city", () => {
    const body =
      'DAMASCUS — Defence Minister Omar Hamwi returned on Wednesday saying the talks with Lebanon in Jeddah had opened "a new page". The government is studying the text.';
    expect(partyAliases(body).get("government")).toBe("syria");
    expect(
      partyAliases(
        "GENEVA — Syria and Lebanon met in Geneva on Monday. The government is studying the text.",
      ).get("government"),
    ).toBeUndefined();
  });
});

describe("a venue is no team", () => {
  it("does not give the host country the people 'the side at the talks in Fiji' sent", () => {
    const body =
      "JAYAPURA — The Papuan side at Thursday's talks in Fiji was represented by Agustinus Weya, a former civil servant.";
    expect(seats(body).filter((s) => s.startsWith("delegation.fiji"))).toEqual([]);
    expect(inSlot(body, "delegation.papuan")).toEqual(["Agustinus Weya"]);
  });
});
