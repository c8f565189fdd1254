import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Saudi-hosted talks between Ethiopia and Eritrea in Jeddah on Monday, April 13, 2026, over
 * Ethiopian access to the Red Sea through Assab and the disputed border, with the US special envoy
 * for the Horn of Africa observing. Most outlets report a 10-point Saudi framework; the Addis
 * Courier says the plan runs to eight points.
 */

const mesfin: GoldPerson = {
  name: "Mesfin Alemayehu",
  aliases: ["Mesfin"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const tadesse: GoldPerson = {
  name: "Tadesse Worku",
  aliases: ["Tadesse"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const hirut: GoldPerson = {
  name: "Hirut Bekele",
  aliases: ["Hirut"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const tesfamariam: GoldPerson = {
  name: "Tesfamariam Gebremedhin",
  aliases: ["Tesfamariam"],
  side: "eritrea",
  delegation: "eritrea",
};
const fitsum: GoldPerson = {
  name: "Fitsum Berhane",
  aliases: ["Fitsum"],
  side: "eritrea",
  delegation: "eritrea",
};
const senait: GoldPerson = {
  name: "Senait Ghebrehiwet",
  aliases: ["Senait"],
  side: "eritrea",
  delegation: "eritrea",
};
const mashouh: GoldPerson = {
  name: "Turki bin Nasser al-Mashouh",
  aliases: ["al-Mashouh"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const dossary: GoldPerson = {
  name: "Reem al-Dossary",
  aliases: ["al-Dossary"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const lindqvist: GoldPerson = { name: "Gregory Lindqvist", side: "us", delegation: "us" };
const romeroBanks: GoldPerson = { name: "Alicia Romero-Banks", side: "us", delegation: "us" };
const selamawit: GoldPerson = { name: "Selamawit Getachew", aliases: ["Selamawit"], side: "ethiopia" };
const ghirmay: GoldPerson = { name: "Ghirmay Asmerom", aliases: ["Ghirmay"], side: "eritrea" };
const duration = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const dmz = { term: "demilitarized-zone", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;

export const ERITREA_ETHIOPIA_JEDDAH: GoldCluster = {
  id: "eritrea-ethiopia-jeddah",
  title: "Ethiopia–Eritrea talks in Jeddah",
  sides: {
    ethiopia: ["ethiopia", "ethiopian", "addis-ababa"],
    eritrea: ["eritrea", "eritrean", "asmara"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ethiopia" },
    { delegation: "eritrea" },
    { delegation: "saudi-arabia" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "jeddah-crescent",
      title: "Ethiopia and Eritrea sit down in Jeddah over Red Sea port and border",
      source: "Crescent Broadcasting",
      publishedAt: "2026-04-13",
      body: paragraphs(
        "Ethiopian and Eritrean officials held their first face-to-face talks in more than two years in the Saudi port city of Jeddah on Monday, with Saudi mediators tabling a 10-point framework on Ethiopian access to the Red Sea and the disputed border between the two neighbours.",
        "The Ethiopian delegation was led by Mesfin Alemayehu, the state minister for foreign affairs, and included Brigadier General Tadesse Worku, who heads the army's border directorate, and Hirut Bekele, a maritime lawyer who advises the prime minister's office.",
        "Across the table sat Tesfamariam Gebremedhin, a long-serving political adviser to Eritrea's president. He was accompanied by Colonel Fitsum Berhane and by Senait Ghebrehiwet, Asmara's ambassador in Riyadh.",
        "Saudi Arabia's minister of state for African affairs, Turki bin Nasser al-Mashouh, chaired the meeting at a government guest palace on the Corniche. Washington's special envoy for the Horn of Africa, Gregory Lindqvist, sat in as an observer, a Saudi official said.",
        "The session lasted nearly nine hours and ended without a joint statement. Both sides agreed to return to Jeddah, though no date was set.",
        "According to two diplomats briefed on the document, the framework would give Ethiopian cargo guaranteed access through the Eritrean port of Assab under a long-term commercial lease, create a demilitarized strip along the most contested stretches of the border and commit Riyadh and Washington to act as guarantors of the arrangement.",
        '"The Red Sea cannot afford another war on its shores," Mr. al-Mashouh told reporters after the talks. "Today, both brothers listened."',
        'In Addis Ababa, foreign ministry spokeswoman Selamawit Getachew said the delegation had "a clear mandate to pursue peaceful and lawful access to the sea." Eritrea\'s information minister, Ghirmay Asmerom, wrote on social media that his country\'s sovereignty "is not on any table, in Jeddah or anywhere else."',
        "Ethiopia, a country of about 130 million people, has been landlocked since Eritrea's independence in 1993 and routes more than 90 percent of its trade through Djibouti, paying an estimated $1.5 billion a year in port fees. The two countries fought a border war from 1998 to 2000 that killed tens of thousands of people, and relations have soured again since 2023 over Ethiopia's calls for an outlet to the sea.",
      ),
      gold: {
        people: [mesfin, tadesse, hirut, tesfamariam, fitsum, senait, mashouh, lindqvist, selamawit, ghirmay],
        talksDate: goldDay("2026-04-13"),
        quantities: [duration(9, 9), points(10)],
        terms: [dmz, guarantees],
      },
    },
    {
      id: "jeddah-courier",
      title: "Jeddah talks: Ethiopia presses its sea-access case as Saudis table eight-point plan",
      source: "The Addis Courier",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "ADDIS ABABA — Ethiopia's negotiators pressed the country's case for a secure commercial outlet on the Red Sea during talks with Eritrea in Jeddah on Monday, where Saudi mediators put an eight-point plan before the two delegations, officials told the Courier.",
        "The talks brought together State Minister Mesfin Alemayehu and Tesfamariam Gebremedhin, the Eritrean president's political adviser, in what officials described as a businesslike but tense session that ran for more than eight hours.",
        "Mr. Mesfin, a former ambassador to Cairo and Nairobi, was flanked by Hirut Bekele, the government's lead adviser on the law of the sea. An official who travelled with the delegation said the Ethiopian side had brought detailed proposals on tariffs, a rail link and a free-trade zone around Assab.",
        "The plan, a copy of which was seen by the Courier, runs to eight points. It opens with a mutual pledge of non-aggression, proposes a demilitarized zone stretching 15 kilometres on each side of the border around Zalambessa and Bure, and ends with a call for a joint port authority at Assab within 24 months.",
        "The Saudi host, Minister of State Turki bin Nasser al-Mashouh, shuttled between the two rooms for much of the afternoon, according to the official. Also present for parts of the session was the American envoy Gregory Lindqvist.",
        'Foreign ministry spokeswoman Selamawit Getachew told reporters in Addis Ababa on Tuesday that Ethiopia "respects the sovereignty of Eritrea" and was seeking "a win-win arrangement, not a confrontation."',
        'In the Merkato, traders said any deal would be welcome. "Every container I bring through Djibouti costs me nearly $3,000 before it reaches Modjo," said Ermias Tadele, a 52-year-old importer of building materials. "If Assab opens, I will be the first in line."',
        "Economists at Addis Ababa University estimate that direct access to Assab, about 70 kilometres from the Ethiopian border, could cut the country's freight bill by as much as a third.",
        'Eritrean officials have not commented on the plan. Eri-TV, the state broadcaster in Asmara, reported only that the delegation had returned home after "fruitful consultations with Saudi brothers."',
      ),
      gold: {
        people: [mesfin, tesfamariam, hirut, mashouh, lindqvist, selamawit, { name: "Ermias Tadele" }],
        talksDate: goldDay("2026-04-13"),
        quantities: [duration(8, null, { minExclusive: true }), points(8)],
        terms: [dmz],
      },
    },
    {
      id: "jeddah-horn-review",
      title: "Analysis: Jeddah offers Ethiopia and Eritrea a way back from the brink, if both want one",
      source: "The Horn Review",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "For the first time since relations collapsed in 2023, Ethiopian and Eritrean officials spent a day in the same room on Monday. That the meeting happened in Jeddah, and not in Addis Ababa or Asmara, says a great deal about who now holds the keys to the Red Sea.",
        "Saudi Arabia has spent two years positioning itself as the region's broker of first resort, from the Sudan talks it has hosted in the same city to quieter diplomacy between Somalia and its neighbours. Turki bin Nasser al-Mashouh, the kingdom's minister of state for African affairs, personally chaired Monday's session.",
        "The 10-point framework his team drafted is, by the accounts of three diplomats, deliberately incremental. Ethiopia would get guaranteed commercial access to Assab, not the naval base some of its officials have talked about; Eritrea would get Ethiopia's written recognition of the border as drawn by the 2002 boundary commission; and a demilitarized zone would separate the armies that have massed along the frontier since last year.",
        "Each side sent a delegation built for the job. Ethiopia's was headed by Mesfin Alemayehu, a soft-spoken career diplomat, with Brigadier General Tadesse Worku there to talk about troops. Eritrea sent Tesfamariam Gebremedhin, whom diplomats describe as one of the very few people who can speak for the president, alongside an officer, Colonel Fitsum Berhane.",
        "Washington's presence was notable. Gregory Lindqvist, the State Department's special envoy for the Horn, attended the session, as did Alicia Romero-Banks, a deputy assistant secretary of state for African affairs. American officials have hinted that a deal could unlock development finance for both countries.",
        '"The framework is cleverly built so that nobody has to say the word sovereignty out loud," said Hanna Okello, a researcher at the Rift Valley Institute. "The risk is that everyone reads it differently once they are home."',
        'Others are more sceptical. "We have been here before," said Daniel Haile-Mariam of Chatham House\'s Africa Programme, recalling the 2018 rapprochement that ended two decades of "no war, no peace" and then quietly unravelled. "As Ambassador Kidane used to tell us, in the Horn an agreement is where the argument begins."',
        "The obstacles are real. Eritrea's leadership has long treated any Ethiopian talk of the sea as a threat to the country's existence, and some 80,000 people died in the war of 1998 to 2000, by most estimates. Ethiopia, for its part, spends close to a fifth of its import bill on logistics.",
        "Both sides have agreed to meet again. Whether they return with wider mandates than the ones they brought to Jeddah is the real test.",
      ),
      gold: {
        people: [
          mashouh,
          mesfin,
          tadesse,
          tesfamariam,
          fitsum,
          lindqvist,
          romeroBanks,
          { name: "Hanna Okello" },
          { name: "Daniel Haile-Mariam" },
        ],
        talksDate: goldDay("2026-04-13"),
        quantities: [points(10)],
        terms: [{ term: "territorial-recognition", stance: "proposed" }, dmz],
      },
    },
    {
      id: "jeddah-gulf-live",
      title: "Live: Ethiopia–Eritrea talks in Jeddah",
      source: "Gulf Current Live",
      publishedAt: "2026-04-13",
      body: paragraphs(
        "09:40 — Motorcades are arriving at Al-Salam Palace on the Jeddah Corniche, where Saudi Arabia is hosting the first direct talks between Ethiopia and Eritrea in more than two years.",
        "09:55 — The Eritrean delegation is in. Tesfamariam Gebremedhin leads; behind him are Senait Ghebrehiwet, the ambassador in Riyadh, and Col. Fitsum Berhane.",
        "10:05 — Ethiopia's team arrives. State Minister Mesfin Alemayehu and Brig. Gen. Tadesse Worku, his deputy in the talks, stop briefly for photographs but take no questions.",
        "10:20 — On the Saudi side, Minister of State Turki bin Nasser al-Mashouh will chair. He is assisted by Reem al-Dossary, who runs the foreign ministry's Horn of Africa desk.",
        "10:45 — The US delegation, headed by special envoy Gregory Lindqvist, has arrived and will observe.",
        "12:30 — Context: Ethiopia moved more than 90 percent of its trade through Djibouti last year. Assab, the Eritrean port at the centre of today's talks, handled almost no commercial traffic in 2025.",
        '14:10 — A diplomat in the building tells us the Saudi side has tabled a 10-point framework. Point one, we\'re told, is a mutual commitment not to use force; later points cover port access, a demilitarized border zone and "third-party guarantees" for both countries.',
        '16:00 — From Addis Ababa: Selamawit Getachew, the foreign ministry spokeswoman, says Ethiopia is "engaging in good faith and with patience."',
        '17:25 — Outside the venue, we spoke to Abebe Girma, an Ethiopian who has worked at Jeddah Islamic Port for 11 years. "My brother Yonas drives a truck between Djibouti and Addis. Three days each way, if the road is open," he said. "A port next door would change his life."',
        '19:05 — Talks have broken up after about nine hours. No joint statement. Mr. al-Mashouh says the parties will "reflect and return."',
        '19:20 — Lindqvist, leaving the building, tells reporters only: "Good day. Long day."',
      ),
      gold: {
        people: [
          tesfamariam,
          senait,
          fitsum,
          mesfin,
          tadesse,
          mashouh,
          dossary,
          lindqvist,
          selamawit,
          { name: "Abebe Girma" },
        ],
        talksDate: goldDay("2026-04-13"),
        quantities: [duration(9, 9), points(10)],
        terms: [dmz, guarantees],
      },
    },
    {
      id: "jeddah-meridian",
      title: "Ethiopia, Eritrea end first Jeddah round without deal",
      source: "Meridian News Agency",
      publishedAt: null,
      body: paragraphs(
        "JEDDAH, Saudi Arabia (MNA) — Ethiopia and Eritrea ended a first round of Saudi-brokered talks on Monday without an agreement but with a promise to meet again, after a nine-hour session devoted to Ethiopian access to the Red Sea and the two countries' contested border.",
        "Saudi mediators presented the delegations with a 10-point framework that diplomats said would open the Eritrean port of Assab to Ethiopian cargo, pull troops back from the frontier into a demilitarized zone and have outside powers guarantee the arrangement.",
        "Eritrea's chief negotiator, Tesfamariam Gebremedhin, and Ethiopia's state minister for foreign affairs, Mesfin Alemayehu, each met the Saudi chair, Turki bin Nasser al-Mashouh, separately before the plenary, according to a Saudi official who was not authorised to speak publicly.",
        "Mesfin's team included Hirut Bekele, a lawyer specialising in the law of the sea. Tesfamariam was joined by Senait Ghebrehiwet, Eritrea's ambassador to Saudi Arabia.",
        "A State Department team led by Gregory Lindqvist, the US special envoy for the Horn of Africa, attended as observers. Alicia Romero-Banks, a deputy assistant secretary of state, was also part of the American team.",
        'In Washington, State Department spokesman Kevin Dorsett welcomed the talks but said sanctions imposed on Eritrean entities in 2021 "are not on the table in Jeddah."',
        'In Asmara, Information Minister Ghirmay Asmerom said Eritrea had "come to Jeddah as a sovereign nation and left as one," in a statement read on state television.',
        "The neighbours fought a border war from 1998 to 2000 that left tens of thousands dead. A 2018 peace deal briefly reopened crossings at Zalambessa and Bure, but they closed again within months. Ethiopia's government says logistics eat up about 16 percent of the value of its imports, most of which arrive through Djibouti.",
        "No date has been set for a second round.",
      ),
      gold: {
        people: [
          tesfamariam,
          mesfin,
          mashouh,
          hirut,
          senait,
          lindqvist,
          romeroBanks,
          { name: "Kevin Dorsett", side: "us" },
          ghirmay,
        ],
        talksDate: { start: null, end: null, parts: { weekday: 1 } },
        quantities: [duration(9, 9), points(10)],
        terms: [dmz, guarantees, { term: "sanctions-relief", stance: "ruled-out" }],
      },
    },
  ],
};
