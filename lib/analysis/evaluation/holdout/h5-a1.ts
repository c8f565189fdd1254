import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Ethiopia's federal government and the Oromo Liberation Army in Dar es Salaam,
 * chaired by Tanzania with IGAD, a US envoy and a Norwegian observer in the room, on Thursday,
 * April 23, 2026. The session ran past midnight, about 11 hours, on a 14-point framework. An
 * Addis Ababa paper dates the meeting to Wednesday.
 */

const ethiopia = "ethiopia";
const ola = "ola";
const gedion: GoldPerson = {
  name: "Gedion Alemu",
  aliases: ["Gedion", "Mr. Gedion"],
  side: ethiopia,
  delegation: ethiopia,
};
const meseret: GoldPerson = { name: "Meseret Tadesse", side: ethiopia, delegation: ethiopia };
const dawit: GoldPerson = {
  name: "Dawit Kebede",
  aliases: ["General Dawit", "the general"],
  side: ethiopia,
  delegation: ethiopia,
};
const gammachu: GoldPerson = {
  name: "Gammachu Abdissa",
  aliases: ["Gammachu"],
  side: ola,
  delegation: ola,
};
const lammii: GoldPerson = { name: "Lammii Feyisa", side: ola, delegation: ola };
const bontu: GoldPerson = { name: "Bontu Hirpha", side: ola, delegation: ola };
const mwakyusa: GoldPerson = {
  name: "Salome Mwakyusa",
  aliases: ["Ms. Mwakyusa"],
  side: "tanzania",
  delegation: "tanzania",
};
const guyo: GoldPerson = { name: "Mohamed Ali Guyo", side: "igad", delegation: "igad" };
const ellsworth: GoldPerson = {
  name: "Catherine Ellsworth-Park",
  aliases: ["Ms. Ellsworth-Park"],
  side: "us",
  delegation: "us",
};
const hughes: GoldPerson = { name: "Darnell Hughes", side: "us", delegation: "us" };
const solbakken: GoldPerson = { name: "Ingrid Solbakken", side: "norway", delegation: "norway" };
const henok: GoldPerson = { name: "Henok Asrat", side: ethiopia };
const dabessa: GoldPerson = { name: "Dabessa Gemechu", aliases: ["Mr. Dabessa"], side: ola };

const duration = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;

export const H5_A1: GoldCluster = {
  id: "ethiopia-ola-dar-es-salaam",
  title: "Ethiopia and the Oromo Liberation Army in Dar es Salaam",
  sides: {
    ethiopia: ["ethiopia", "ethiopian", "ethiopian-government", "federal-government", "addis-ababa"],
    ola: ["ola", "oromo-liberation-army", "ola-shene"],
    tanzania: ["tanzania", "tanzanian"],
    igad: ["igad", "intergovernmental-authority-on-development"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: ethiopia },
    { delegation: ola },
    { delegation: "tanzania" },
    { delegation: "igad" },
    { delegation: "us" },
    { delegation: "norway" },
    { term: "ceasefire" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "ethiopia-ola-dar-es-salaam-wire",
      title: "Ethiopia, Oromo rebels hold first direct talks in three years as mediators table 14-point plan",
      source: "Pan-African Wire",
      publishedAt: "2026-04-23",
      body: paragraphs(
        "DAR ES SALAAM, April 23 (PAW) — Ethiopia's federal government and the Oromo Liberation Army sat down for their first direct talks in nearly three years on Thursday, with Tanzanian mediators tabling a 14-point framework that opens with a ceasefire across the Oromia region.",
        "The government delegation was led by Gedion Alemu, the prime minister's national security adviser. He was accompanied by Meseret Tadesse, a senior legal adviser at the justice ministry, and Brigadier General Dawit Kebede of the Ethiopian National Defense Force.",
        "Across the table sat Gammachu Abdissa, the OLA's chief negotiator, with the group's spokesman, Lammii Feyisa, and Bontu Hirpha, an economist who advises the movement's leadership.",
        "Tanzania's foreign minister, Salome Mwakyusa, chaired the session at a government guesthouse on the Msasani peninsula. Mohamed Ali Guyo, the special envoy of the Intergovernmental Authority on Development (IGAD), sat beside her. Washington's special envoy for the Horn of Africa, Catherine Ellsworth-Park, and Norway's Ingrid Solbakken attended as observers.",
        "The session ran past midnight, lasting about 11 hours, according to a Tanzanian official who asked not to be named because he was not authorised to brief the press.",
        '"We did not come here to sign a surrender," Gammachu told reporters as he left the compound. "We came to end a war that neither side can win."',
        'In Addis Ababa, Government Communication Minister Henok Asrat said the delegation had "a mandate for peace within the constitutional order," a phrase officials have used in the past to dismiss the transitional administration the rebels once demanded.',
        "According to two people who have seen the text, the framework also provides for humanitarian corridors into western and southern Oromia, where aid agencies say more than 1.2 million people need food assistance, and for an exchange of prisoners held by both sides.",
        'The OLA\'s commander, Dabessa Gemechu, did not travel to Tanzania. The group said in a statement that he was "following the talks closely from the field."',
        "The insurgency has killed thousands of civilians since 2018, according to rights groups. A previous round of talks on the island of Zanzibar in 2023 collapsed after two weeks without agreement.",
      ),
      gold: {
        people: [
          gedion,
          meseret,
          dawit,
          gammachu,
          lammii,
          bontu,
          mwakyusa,
          guyo,
          ellsworth,
          solbakken,
          henok,
          dabessa,
        ],
        talksDate: goldDay("2026-04-23"),
        quantities: [duration(11, 11), points(14)],
        terms: [ceasefire, corridors, prisoners],
      },
    },
    {
      id: "ethiopia-ola-dar-es-salaam-newswire",
      title: "Ethiopia-OLA talks end without truce, second round planned",
      source: "Eastern Africa Newswire",
      publishedAt: null,
      body: paragraphs(
        "Talks between Ethiopia's government and the Oromo Liberation Army in Dar es Salaam on Thursday ended without a ceasefire agreement, but both sides agreed to return for a second round, mediators said.",
        "The meeting, which lasted nearly 11 hours, brought together a federal team headed by national security adviser Gedion Alemu and an OLA delegation led by Gammachu Abdissa.",
        'Tanzanian Foreign Minister Salome Mwakyusa, who hosted the talks, said the two delegations had gone through the 14 points of a draft framework "line by line" and had narrowed their differences on several of them. "There is a text on the table now. That is more than we had in the morning," she said.',
        "Diplomats briefed on the discussions said the main sticking point was sequencing. The mediators' draft calls for a ceasefire first, followed within 60 days by the cantonment of OLA fighters. The rebels have asked for security guarantees, monitored by a third party, before any of their units gather in camps.",
        "A State Department team led by Catherine Ellsworth-Park, the US special envoy for the Horn of Africa, sat in on the session, as did IGAD envoy Mohamed Ali Guyo. The United States pledged $45 million in humanitarian aid for Oromia in March.",
        "The government has not commented on the guarantees. Its delegation is expected to report to the prime minister's office before any date is fixed for a second round, which Tanzania has offered to host.",
        "The conflict in Oromia, Ethiopia's most populous region, has displaced about 600,000 people, according to United Nations figures, and has made roads west of the capital dangerous for travellers. Kidnappings for ransom have become common along the highway to Nekemte.",
        '"We have heard about talks before," said Chaltu Gudeta, 34, a schoolteacher in Nekemte, reached by telephone. "What we want is to drive to Addis without being stopped by anyone with a gun."',
      ),
      gold: {
        people: [gedion, gammachu, mwakyusa, ellsworth, guyo, { name: "Chaltu Gudeta" }],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(11, 11), points(14)],
        terms: [ceasefire, guarantees],
      },
    },
    {
      id: "ethiopia-ola-dar-es-salaam-analysis",
      title: "Analysis: What a night in Dar es Salaam can and cannot fix in Oromia",
      source: "The Horn Review",
      publishedAt: "2026-04-27",
      body: paragraphs(
        "When the delegations finally rose from the table in Dar es Salaam in the early hours after last Thursday's session, they had no ceasefire and no joint statement. What they had was a document, and a promise to meet again.",
        "The talks brought together national security adviser Gedion Alemu and the Oromo Liberation Army's chief negotiator, Gammachu Abdissa, two men who have spent the past five years describing each other as the main obstacle to peace. The federal team comprised Mr. Gedion, the justice ministry lawyer Meseret Tadesse and Brig. Gen. Dawit Kebede. Gammachu was joined by Bontu Hirpha, an economist who drafted much of the movement's position paper.",
        "The mediators' fourteen-point framework is, by the standards of the region, unusually concrete. It begins with a ceasefire and ends with the reintegration of fighters, and in between it sets out humanitarian corridors and a timetable for releasing prisoners. It says nothing about the constitution, which is probably why both sides were willing to sit through a marathon 11-hour session to argue over it.",
        "Tanzania's top diplomat, Salome Mwakyusa, ran the room. The US special envoy, Catherine Ellsworth-Park, sat in as an observer, a sign that Washington, which has pressed Addis Ababa over abuses in Oromia, sees an opening.",
        '"The federal government needs quiet in Oromia to focus on its other fronts, and the OLA knows it," said Yared Mekonnen, who teaches political science at Addis Ababa University. "But unless Tolera Bayisa and the commanders in Guji buy in, anything signed in Dar es Salaam is paper."',
        "That is the nub. The OLA is less a single army than a loose network of zonal commands, and analysts at Chatham House and the International Crisis Group have both warned that some of them have grown rich on kidnapping and checkpoint fees. A 2024 estimate put ransom payments in western Oromia at more than 200 million birr a year.",
        "There is also the memory of Zanzibar. In 2023, after two rounds and weeks of talks, the process collapsed over the question of political power. The new framework avoids the issue for now. Whether it can keep avoiding it once fighters start moving into camps is the question the next round will have to answer.",
      ),
      gold: {
        people: [
          gedion,
          gammachu,
          meseret,
          dawit,
          bontu,
          mwakyusa,
          ellsworth,
          { name: "Yared Mekonnen" },
          { name: "Tolera Bayisa", side: ola },
        ],
        talksDate: goldDay("2026-04-23"),
        quantities: [duration(11, 11), points(14)],
        terms: [ceasefire, corridors, prisoners],
      },
    },
    {
      id: "ethiopia-ola-dar-es-salaam-entoto",
      title: "Government, OLA negotiators meet in Dar es Salaam",
      source: "Entoto Herald",
      publishedAt: "2026-04-24",
      body: paragraphs(
        "ADDIS ABABA — Negotiators for the federal government and the armed group known as OLA-Shene met in Tanzania's commercial capital on Wednesday, the first such encounter since the collapse of the Zanzibar process in 2023.",
        "Gedion Alemu, flanked by Brig. Gen. Dawit Kebede, led the government side. The general, a veteran of operations in western Oromia, is understood to have presented the army's proposals for a ceasefire line.",
        "For the armed group, Gammachu Abdissa attended, joined by Lammii Feyisa, who has acted as the group's spokesman since 2021.",
        "The meeting lasted some eleven hours and was chaired by Tanzania's foreign minister, according to officials familiar with the talks. The mediators put forward a 14-point document that provides for a ceasefire and a prisoner exchange, among other measures.",
        'Government Communication Minister Henok Asrat told reporters in Addis Ababa on Friday that the federal government "welcomes any step that brings our citizens in Oromia peace," but added that the talks would not be "a bargaining over the constitution."',
        'Oromia regional government spokesman Abebe Tolessa said the regional administration was "fully informed" of the process. He said 37 kebeles in the West Shewa zone had seen no clashes in the past month, a claim that could not be independently verified.',
        "The federal government has in recent months combined military operations with offers of amnesty. Officials say more than 4,000 fighters have surrendered since January under a programme run by the regional administration.",
        "Residents of the towns of Ambo and Gimbi, reached by telephone, said news of the talks had been met with caution. Traders said fuel prices on the road west had risen by 30 percent this year because of insecurity.",
        "A date for a second round has not been announced. Officials said the delegation would brief the prime minister before deciding.",
      ),
      gold: {
        people: [gedion, dawit, gammachu, lammii, henok, { name: "Abebe Tolessa", side: ethiopia }],
        talksDate: goldDay("2026-04-22"),
        quantities: [duration(11, 11), points(14)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "ethiopia-ola-dar-es-salaam-live",
      title: "Live: Ethiopia and OLA rebels meet in Dar es Salaam",
      source: "Bahari Broadcasting",
      publishedAt: "2026-04-23",
      body: paragraphs(
        "12:40 — Good afternoon from Dar es Salaam, where Ethiopia's government and the Oromo Liberation Army are meeting today, Thursday, for their first direct talks since 2023. We will bring you updates as they come.",
        "12:55 — Convoys are arriving at the State House annex. Brig. Gen. Dawit Kebede stepped out first. He is expected to handle the military questions for the federal side.",
        "13:10 — The US side is represented by Catherine Ellsworth-Park, the special envoy, and Darnell Hughes, a deputy assistant secretary of state for African affairs, who flew in from Washington overnight.",
        "13:30 — Foreign Minister Salome Mwakyusa opens the session. Ms. Mwakyusa is joined at the head of the table by IGAD's envoy, Mohamed Ali Guyo, and by Ingrid Solbakken of Norway's foreign ministry, an observer.",
        "13:45 — The line-up: national security adviser Gedion Alemu and his deputy at the talks, Meseret Tadesse, for the government; Gammachu Abdissa, Bontu Hirpha and Lammii Feyisa for the OLA.",
        "16:20 — Sources in the room tell us the mediators' draft runs to 14 points, beginning with a ceasefire and humanitarian corridors. A prisoner exchange is also on the list.",
        '19:05 — A statement from the OLA leadership, signed by commander Dabessa Gemechu, says the group is negotiating "in good faith but with our eyes open." Mr. Dabessa is not in Dar es Salaam.',
        "21:30 — Still going. Tea and sandwiches have been carried in twice. A Tanzanian official says the parties are working through the document clause by clause.",
        "23:50 — No sign of a break. Journalists outside the annex are being asked to wait in the car park.",
        '00:35 — The session ends after some 11 hours. Ms. Mwakyusa tells us the delegations "have agreed to keep talking." No joint statement tonight. We are closing this live page.',
      ),
      gold: {
        people: [
          dawit,
          ellsworth,
          hughes,
          mwakyusa,
          guyo,
          solbakken,
          gedion,
          meseret,
          gammachu,
          bontu,
          lammii,
          dabessa,
        ],
        talksDate: goldDay("2026-04-23"),
        quantities: [duration(11, 11), points(14)],
        terms: [ceasefire, corridors, prisoners],
      },
    },
  ],
};
