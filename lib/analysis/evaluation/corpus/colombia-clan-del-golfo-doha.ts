import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A three-day round in Doha, Wednesday to Friday, June 10–12, 2026, between Colombia's
 * government and the Gaitanista Army of Colombia (EGC, known as the Clan del Golfo), mediated
 * by Qatar with Spanish and Norwegian observers; two accounts also place a US observer in the
 * room. The mediators' agenda has ten points. El Diario del Atrato dates the round to Sunday
 * through Tuesday, June 7–9, and the Bogotá Explainer describes an eight-point agenda.
 */

const colombia = "colombia";
const egc = "clan-del-golfo";
const restrepo: GoldPerson = {
  name: "Mauricio Restrepo Lozano",
  aliases: ["Restrepo"],
  side: colombia,
  delegation: colombia,
};
const iguaran: GoldPerson = { name: "Carolina Iguarán", side: colombia, delegation: colombia };
const villamizar: GoldPerson = { name: "Hernán Villamizar", side: colombia, delegation: colombia };
const arboleda: GoldPerson = {
  name: "Wilmer Arboleda Quintero",
  aliases: ["Arboleda", "Gonzalo"],
  side: egc,
  delegation: egc,
};
const mosquera: GoldPerson = { name: "Dairo Mosquera", side: egc, delegation: egc };
const berrio: GoldPerson = { name: "Luz Ángela Berrío", side: egc, delegation: egc };
const marri: GoldPerson = {
  name: "Khalid bin Saad al-Marri",
  aliases: ["al-Marri"],
  side: "qatar",
  delegation: "qatar",
};
const sulaiti: GoldPerson = {
  name: "Majed al-Sulaiti",
  aliases: ["al-Sulaiti"],
  side: "qatar",
  delegation: "qatar",
};
const hakonsen: GoldPerson = { name: "Torbjørn Håkonsen", side: "norway", delegation: "norway" };
const carrasco: GoldPerson = {
  name: "Inés Carrasco Villalba",
  aliases: ["Carrasco"],
  side: "spain",
  delegation: "spain",
};
const whitford: GoldPerson = { name: "Caleb Whitford", side: "us", delegation: "us" };
const cardenas: GoldPerson = {
  name: "Julián Cárdenas Ríos",
  aliases: ["Cárdenas"],
  side: colombia,
};
const cuesta: GoldPerson = { name: "Aníbal Cuesta", side: egc };
const days = goldQuantity("meeting.duration", 3, 3, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const round = goldDay("2026-06-10", "2026-06-12");
const truce = { term: "ceasefire", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;

export const COLOMBIA_DOHA: GoldCluster = {
  id: "colombia-clan-del-golfo-doha",
  title: "Colombia–Clan del Golfo talks in Doha",
  sides: {
    "clan-del-golfo": [
      "clan-del-golfo",
      "egc",
      "agc",
      "gaitanista",
      "gaitanista-army",
      "ejercito-gaitanista",
      "gulf-clan",
    ],
    spain: ["spain", "spanish"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: colombia },
    { delegation: egc },
    { delegation: "qatar" },
    { delegation: "norway" },
    { delegation: "spain" },
    { delegation: "us" },
    { term: "ceasefire" },
  ],
  articles: [
    {
      id: "doha-informador",
      title: "Doha talks end with promise of relief for Urabá and Chocó",
      source: "El Informador de Urabá",
      publishedAt: "2026-06-13",
      body: paragraphs(
        "APARTADÓ — Three days of talks in Qatar between the government and the Gaitanista Army of Colombia, the armed group better known as the Clan del Golfo, ended on Friday with both sides agreeing to keep working on a 10-point agenda drawn up by the Qatari mediators.",
        "The government delegation was headed by Mauricio Restrepo Lozano, a former governor of Antioquia who has led the talks since they moved to Doha last year. With him were Carolina Iguarán, a Wayuu lawyer and human rights defender, and retired General Hernán Villamizar, who commanded army units in Urabá in the 2010s. The general, delegates said, did much of the talking on the first point of the agenda, a gradual ceasefire.",
        'For the EGC, the chief negotiator was Wilmer Arboleda Quintero, known in the group as "Gonzalo". Dairo Mosquera, a commander from the Bajo Atrato, and Luz Ángela Berrío, who handles the group\'s relations with communities, completed the team.',
        "Qatar's minister of state, Khalid bin Saad al-Marri, chaired the sessions. Spain and Norway sent observers: Ambassador Inés Carrasco Villalba and Torbjørn Håkonsen, Norway's special envoy for Colombia. Caleb Whitford, a State Department official, attended as an observer for the United States, according to two participants — a first for this process.",
        'Restrepo told reporters that the most urgent item was the creation of humanitarian corridors for communities confined by fighting in Chocó. "There are families in Riosucio who have not been able to reach their fields for six months," he said.',
        'Here in Urabá, where the group has its roots, expectations are cautious. "We have heard promises from both sides for 20 years," said Yeison Rentería, a community leader in Turbo. "What we want is to be able to take a boat up the river without asking anyone\'s permission."',
        "The Ombudsman's Office recorded 142 killings of social leaders in Colombia last year, 31 of them in the regions where the EGC operates.",
        'From Bogotá, Interior Minister Julián Cárdenas Ríos called the round "the most productive so far" and said the government would present a legal framework for the group\'s collective submission to justice before the new president takes office on August 7.',
      ),
      gold: {
        people: [
          restrepo,
          iguaran,
          villamizar,
          arboleda,
          mosquera,
          berrio,
          marri,
          carrasco,
          hakonsen,
          whitford,
          { name: "Yeison Rentería" },
          cardenas,
        ],
        talksDate: round,
        quantities: [days, points(10)],
        terms: [truce, corridor],
      },
    },
    {
      id: "doha-ips",
      title: "Colombia and Clan del Golfo close Doha round",
      source: "Iberoamerican Press Service",
      publishedAt: null,
      body: paragraphs(
        "DOHA (IPS) — Colombia's government and the country's largest drug-trafficking armed group closed a three-day round of negotiations in the Qatari capital with a joint communiqué committing them to \"reduce violence against the civilian population\" while they negotiate a ceasefire.",
        "Government negotiator Mauricio Restrepo Lozano and the EGC's Wilmer Arboleda Quintero read the communiqué side by side. It was the first time the two men had appeared together in front of cameras.",
        'The talks were mediated by Qatar. Minister of State Khalid bin Saad al-Marri, assisted by Majed al-Sulaiti of the foreign ministry, chaired all the sessions, while observers from Spain and Norway followed the discussions. Spain\'s representative, Inés Carrasco Villalba, said the atmosphere had been "frank but constructive."',
        "The communiqué refers to the mediators' 10-point agenda, which includes a bilateral ceasefire, humanitarian corridors in areas where communities are confined, the removal of landmines and the group's collective transition to legality. The text does not mention extradition, a central concern of the group's leaders, several of whom are wanted in the United States.",
        "The Gaitanista Army of Colombia, which calls itself the EGC and is known to the authorities as the Clan del Golfo, has an estimated 9,000 members and controls drug routes from the Pacific coast to the Caribbean, according to military intelligence.",
        'The group\'s top commander, Aníbal Cuesta, did not take part. In a video released by the group during the talks, he said the EGC would "not disarm in exchange for prison cells."',
        'Ricardo Benavides, a researcher at the Ideas for Peace Foundation in Bogotá, said the agreement on corridors could be tested quickly. "In the Atrato, everyone will know within two weeks whether the boats are moving," he said.',
        "The next round is expected after the June 21 presidential runoff.",
      ),
      gold: {
        people: [restrepo, arboleda, marri, sulaiti, carrasco, cuesta, { name: "Ricardo Benavides" }],
        talksDate: null,
        quantities: [days, points(10)],
        terms: [truce, corridor],
      },
    },
    {
      id: "doha-live",
      title: "Live: Colombia peace talks in Doha, day three",
      source: "Pacífico en Vivo",
      publishedAt: "2026-06-12",
      body: paragraphs(
        "08:30 (Doha) — Welcome to our coverage of the third and final day of talks between the Colombian government and the Clan del Golfo in Qatar. Delegations are expected back at the foreign ministry's conference centre at 10:00 local time.",
        "09:55 — The government team arrives: Mauricio Restrepo Lozano at the head, with Carolina Iguarán and General (ret.) Hernán Villamizar a few steps behind.",
        "10:10 — Now the EGC delegation. Wilmer Arboleda Quintero, alias Gonzalo, is wearing the same grey suit as on Wednesday. Beside him, Luz Ángela Berrío carries the group's files.",
        "10:40 — Who is in the room? Our understanding: Qatari Minister of State Khalid bin Saad al-Marri in the chair, his adviser Majed al-Sulaiti, the two delegations, and the observers — Norway's Torbjørn Håkonsen, Spain's Inés Carrasco Villalba and, for the first time, an American, Caleb Whitford of the State Department's Western Hemisphere bureau.",
        "12:20 — A source in the government delegation says today is about the 10-point agenda's fourth item: humanitarian corridors along the Atrato and San Juan rivers.",
        '14:00 — From Bogotá, Interior Minister Julián Cárdenas Ríos tells reporters the government will not discuss "any political status" for the group. The EGC has long demanded to be treated as a political-military organisation.',
        "15:30 — Background: the group emerged in the mid-2000s from paramilitary units that did not demobilise. Prosecutors estimate it earns hundreds of millions of dollars a year from cocaine and illegal gold mining.",
        '17:45 — Statement from the Ombudswoman, Marta Lucía Ospina, in Bogotá: "Every day without a ceasefire costs lives in Chocó." Her office counted more than 24,000 people confined by armed groups in the department this year.',
        "19:10 — The talks are over. Restrepo and Arboleda read a joint communiqué. Three days, one text, no ceasefire yet — but a commitment to work on one.",
        '19:25 — Håkonsen, the Norwegian envoy, speaking to us outside: "I have seen worse first rounds and worse third days." That\'s it from Doha tonight.',
      ),
      gold: {
        people: [
          restrepo,
          iguaran,
          villamizar,
          arboleda,
          berrio,
          marri,
          sulaiti,
          hakonsen,
          carrasco,
          whitford,
          cardenas,
          { name: "Marta Lucía Ospina" },
        ],
        talksDate: round,
        quantities: [days, points(10)],
        terms: [truce, corridor],
      },
    },
    {
      id: "doha-atrato",
      title: "In Doha, the Atrato's future is debated far from the river",
      source: "El Diario del Atrato",
      publishedAt: "2026-06-10",
      body: paragraphs(
        "QUIBDÓ — The government and the Clan del Golfo ended a round of talks in Doha on Tuesday after three days, with both sides claiming progress on the mediators' 10-point agenda and the people of the Atrato still waiting to see what that means on the river.",
        "Across the table from each other sat Mauricio Restrepo Lozano, for the government, and Wilmer Arboleda Quintero, for the armed group. Restrepo's team included retired General Hernán Villamizar; Arboleda's included Dairo Mosquera, who, according to community sources, commanded the group's fronts in the Bajo Atrato until 2023.",
        "The Qatari mediator, Minister of State Khalid bin Saad al-Marri, presided, with observers from Norway and Spain. Norway was represented by its envoy, Torbjørn Håkonsen. Spain sent Ambassador Inés Carrasco Villalba.",
        "The agenda opens with a bilateral ceasefire, which both sides say they want, on very different terms. For the people of Chocó, though, the point that matters most is the one on humanitarian corridors. In the municipality of Bojayá, some 3,000 people have been unable to travel freely by river since January, according to the diocese of Quibdó.",
        '"We are not asking for much. We are asking to fish, to take our children to school and to bury our dead," said Eusebia Murillo, a leader of the community council of the Middle Atrato. She said the corridors had to be monitored by the communities themselves, "as Father Anselmo Rivas told the bishops in Bogotá last month: the river belongs to the people who live on it."',
        'Both delegations have promised to consult with communities before the next round. The EGC\'s top commander, Aníbal Cuesta, said in a statement that the group was ready to "guarantee free movement" in areas under its control if the army suspended operations there.',
        "The armed forces reject that condition. The Ministry of Defence said this week that the army had carried out 47 operations against the group in Chocó so far this year.",
        "The government's envoy, Restrepo, is expected to visit Quibdó before the end of the month.",
      ),
      gold: {
        people: [
          restrepo,
          arboleda,
          villamizar,
          mosquera,
          marri,
          hakonsen,
          carrasco,
          { name: "Eusebia Murillo" },
          { name: "Anselmo Rivas" },
          cuesta,
        ],
        talksDate: goldDay("2026-06-07", "2026-06-09"),
        quantities: [days, points(10)],
        terms: [truce, corridor],
      },
    },
    {
      id: "doha-explainer",
      title: "Explainer: What came out of the Doha talks with the Clan del Golfo?",
      source: "Bogotá Explainer",
      publishedAt: "2026-06-14",
      body: paragraphs(
        "What happened in Doha? Negotiators for Colombia's government and the Gaitanista Army of Colombia, or EGC, met in the Qatari capital for three days, from Wednesday to Friday this week. It was their fourth formal round. They ended with a joint communiqué but no ceasefire.",
        "Who negotiated? The government's chief negotiator is Mauricio Restrepo Lozano, a lawyer and former governor. He was joined by Carolina Iguarán. The EGC was represented by Wilmer Arboleda Quintero, who uses the nom de guerre Gonzalo, and by Luz Ángela Berrío and Dairo Mosquera.",
        "Who else was in the room? Qatar acts as mediator, through its minister of state Khalid bin Saad al-Marri. Norway, represented by Torbjørn Håkonsen, and Spain, represented by Inés Carrasco Villalba, are observers, as they were in earlier processes with the FARC and the ELN.",
        'What is on the agenda? An eight-point agenda, which the two sides accepted in principle at the last round. Its headline items are a bilateral ceasefire, humanitarian corridors for confined communities, and the "collective submission to justice" of the group\'s members, meaning reduced sentences in exchange for dismantling its structures.',
        "What was not on the agenda? Extradition. Many of the group's commanders face charges in US courts, and the group wants guarantees that they will not be sent to the United States. The government says that question cannot be negotiated.",
        'Why now? The outgoing government has less than two months left in office. "They want something signed before August 7, and the group knows it," said Ricardo Benavides of the Ideas for Peace Foundation.',
        "How big is the EGC? Estimates range between 7,000 and 9,000 fighters and support personnel, making it larger than the ELN. It is present in at least 300 of Colombia's 1,104 municipalities, according to the Ombudsman's Office.",
        "What happens next? The delegations return home for consultations. The next round will be held after the presidential runoff on June 21, possibly again in Doha.",
      ),
      gold: {
        people: [
          restrepo,
          iguaran,
          arboleda,
          berrio,
          mosquera,
          marri,
          hakonsen,
          carrasco,
          { name: "Ricardo Benavides" },
        ],
        talksDate: round,
        quantities: [days, points(8)],
        terms: [truce, corridor],
      },
    },
  ],
};
