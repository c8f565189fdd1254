import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * UN-facilitated talks between Libya's two rival administrations, the Tripoli-based Government of
 * National Unity and the eastern-based authorities, at the Palais des Nations in Geneva on Tuesday,
 * March 17, 2026. The UN special representative chaired; the US special envoy sat in. Most outlets
 * report a 10-point UN roadmap; the Benghazi paper calls it an eight-point document.
 */

const gnu = "libya-gnu";
const east = "libya-east";
const bensasi: GoldPerson = { name: "Abdulhakim Bensasi", side: gnu, delegation: gnu };
const ghadamsi: GoldPerson = { name: "Najwa Ghadamsi", side: gnu, delegation: gnu };
const zawi: GoldPerson = { name: "Tarek al-Zawi", aliases: ["al-Zawi"], side: gnu, delegation: gnu };
const obeidi: GoldPerson = { name: "Faraj Obeidi", side: east, delegation: east };
const hasi: GoldPerson = { name: "Mabrouk al-Hasi", aliases: ["al-Hasi"], side: east, delegation: east };
const tarhouni: GoldPerson = { name: "Amal Tarhouni", side: east, delegation: east };
const strandberg: GoldPerson = { name: "Helga Strandberg", side: "un", delegation: "un" };
const nasreddine: GoldPerson = { name: "Karim Nasreddine", side: "un", delegation: "un" };
const holloway: GoldPerson = { name: "Marcus Holloway", side: "us", delegation: "us" };
const takahashi: GoldPerson = { name: "Erin Takahashi", side: "us", delegation: "us" };
const jaafari: GoldPerson = { name: "Mahmoud Jaafari", side: gnu };
const ferjani: GoldPerson = { name: "Abdelsalam Ferjani", side: east };
const mansouri: GoldPerson = { name: "Idris Mansouri", side: east };
const ghariani: GoldPerson = { name: "Walid Ghariani", side: gnu };
const pruitt: GoldPerson = { name: "Nadia Pruitt", side: "us" };
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const LIBYA_GENEVA: GoldCluster = {
  id: "libya-geneva",
  title: "Libya's rival administrations meet in Geneva",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: gnu },
    { delegation: east },
    { delegation: "un" },
    { delegation: "us" },
  ],
  sides: {
    [gnu]: [gnu, "gnu", "tripoli", "government-of-national-unity", "tripoli-government", "libya-tripoli"],
    [east]: [
      east,
      "east",
      "eastern",
      "benghazi",
      "eastern-authorities",
      "eastern-government",
      "government-of-national-stability",
      "gns",
      "lna",
      "libya-benghazi",
    ],
    un: ["un", "united-nations", "unsmil"],
  },
  articles: [
    {
      id: "libya-meridian",
      title: "Libya's rival governments sit down in Geneva under UN, US watch",
      source: "Meridian Press Agency",
      publishedAt: "2026-03-17",
      body: paragraphs(
        "GENEVA, March 17 (MPA) — Delegations from Libya's two rival administrations met face to face in Geneva on Tuesday for the first time in more than a year, as the United Nations put forward a 10-point roadmap meant to lead to a single government and national elections.",
        "The Tripoli-based Government of National Unity sent Deputy Prime Minister Abdulhakim Bensasi, who was accompanied by Najwa Ghadamsi, a constitutional lawyer who advises the prime minister's office.",
        "The eastern-based authorities were represented by Faraj Obeidi, deputy foreign minister in the Benghazi administration, and Maj. Gen. Mabrouk al-Hasi, a senior officer in the eastern armed forces who also sits on the 5+5 Joint Military Commission.",
        "The session at the Palais des Nations was chaired by Helga Strandberg, the UN secretary-general's special representative for Libya. Marcus Holloway, the US special envoy for Libya, attended throughout, according to two diplomats present. The talks lasted nearly eight hours.",
        '"Nobody walked out, and everybody agreed to come back. In Libya, that counts for something," Strandberg told reporters after the session. She said the delegations would reconvene in Geneva next month.',
        'In Tripoli, Prime Minister Mahmoud Jaafari said in a televised address that his government was "ready to go to the ballot box tomorrow" but would not hand over power to what he called an appointed government.',
        'In Benghazi, a spokesman for the eastern authorities, Idris Mansouri, said in a statement: "Field Marshal Abdelsalam Ferjani has given this delegation his full confidence, and any roadmap must treat both governments as equals."',
        "The roadmap's 10 points include a unified national budget, a timetable for presidential and parliamentary elections, the merger of the two central bank boards and a joint mechanism to supervise oil revenue, according to a copy seen by MPA.",
        "Libya has been split between rival centres of power since 2014. A ceasefire signed in October 2020 has largely held, but elections planned for December 2021 never took place, and the distribution of the country's oil income, about $22 billion last year, remains a constant source of friction.",
      ),
      gold: {
        people: [bensasi, ghadamsi, obeidi, hasi, strandberg, holloway, jaafari, mansouri, ferjani],
        talksDate: goldDay("2026-03-17"),
        quantities: [hours(8, 8), points(10)],
        terms: [
          { term: "elections", stance: "proposed" },
          { term: "ceasefire", stance: "mentioned" },
        ],
      },
    },
    {
      id: "libya-maghreb-review",
      title: "Analysis: Geneva gave Libya's rivals a table. It did not give them a deal",
      source: "The Maghreb Review",
      publishedAt: "2026-03-19",
      body: paragraphs(
        "When Libya's rival delegations filed into a conference room at the Palais des Nations on Tuesday, the seating plan alone had taken UN officials a week to negotiate.",
        "On one side sat the Tripoli team, headed by Abdulhakim Bensasi, the deputy prime minister, with the constitutional lawyer Najwa Ghadamsi and Col. Tarek al-Zawi, a former commander of the capital's presidential guard, at his elbow. Across the table sat Faraj Obeidi, who led the eastern delegation, and his deputy, Amal Tarhouni, an economist who spent a decade at the central bank in Benghazi.",
        "Washington's special envoy, Marcus Holloway, took a chair at the end of the table. He was joined by Erin Takahashi, a deputy assistant secretary of state who handles North Africa. Their presence was a signal, one European diplomat said, that the United States wants the process to succeed where earlier rounds collapsed.",
        "Helga Strandberg, who has run the UN mission in Libya since last year, chaired a session that ran for more than seven hours. The roadmap she tabled has ten points, from a unified budget to a calendar for elections that officials hope could be held within 18 months.",
        "Mr. Obeidi's team also pressed for part of the Libyan Investment Authority's frozen assets, estimated at around $70 billion and out of reach since 2011, to be released for reconstruction in the east.",
        '"The roadmap is sensible on paper. The problem is that both governments draw their power from the absence of elections," said Claudia Renner, a Libya specialist at Chatham House in London. "Every point in that document asks someone in the room to give something up."',
        'Youssef Sherif, a researcher at the Sadeq Institute in Tripoli, was more hopeful. "Two years ago these men would not share a lift. Now they share a lunch table. Don\'t laugh — that matters," he said.',
        "The ceasefire agreed in October 2020 has kept the front line around Sirte largely quiet, and with it the oil terminals that supply most of the state's revenue. The risk, analysts say, is that a calm front line removes the urgency for either side to compromise.",
        "The delegations are due back in Geneva in April. Whether they bring the same mandate, or return at all, will be decided in Tripoli and Benghazi, not at the Palais.",
      ),
      gold: {
        people: [
          bensasi,
          ghadamsi,
          zawi,
          obeidi,
          tarhouni,
          holloway,
          takahashi,
          strandberg,
          { name: "Claudia Renner" },
          { name: "Youssef Sherif" },
        ],
        talksDate: goldDay("2026-03-17"),
        quantities: [hours(7, null, { minExclusive: true }), points(10)],
        terms: [
          { term: "elections", stance: "proposed" },
          { term: "frozen-assets", stance: "proposed" },
          { term: "ceasefire", stance: "mentioned" },
        ],
      },
    },
    {
      id: "libya-barqa",
      title: "Eastern delegation brings home 'eight-point paper' from Geneva",
      source: "Barqa Tribune",
      publishedAt: "2026-03-18",
      body: paragraphs(
        "BENGHAZI — The delegation representing the eastern-based government met its Tripoli counterparts in Geneva yesterday and came away with what members described as an eight-point document drafted by the United Nations.",
        "The delegation comprised Faraj Obeidi, who led it, Maj. Gen. Mabrouk al-Hasi and the economist Amal Tarhouni. Tripoli's team was headed by Deputy Prime Minister Abdulhakim Bensasi.",
        "The UN special representative, Helga Strandberg, presented the eight-point paper at the start of an eight-hour session. The American envoy, Marcus Holloway, was also in the room, a member of the delegation told the Tribune.",
        "According to the delegation member, the paper sets out a unified budget, a timetable for elections and new rules for the oil revenue account held at the Libyan Foreign Bank. It does not settle who would lead an interim government, the question on which every previous effort has foundered.",
        "Obeidi's team proposed that part of the country's frozen assets abroad be released to pay for reconstruction in Derna, where floods in September 2023 killed thousands of people and swept whole neighbourhoods into the sea.",
        '"We went to Geneva as equals and we were received as equals," Idris Mansouri, a spokesman for the government in Benghazi, said at a news conference on Wednesday. "We will study the paper carefully. We will not sign anything that hands the east\'s resources to Tripoli."',
        "The delegation, which flew back overnight, was due to brief the House of Representatives in Benghazi later in the week. Several lawmakers said they had not yet seen the text.",
        'In Derna, the reaction was muted. "They talk in Geneva, we wait here," said Salem Bukhatwa, 54, whose shop near the wadi was destroyed in the flood. "Three years, and the bridge is still not finished."',
        "A second round is expected in April, the UN mission said in a short statement.",
      ),
      gold: {
        people: [obeidi, hasi, tarhouni, bensasi, strandberg, holloway, mansouri, { name: "Salem Bukhatwa" }],
        talksDate: goldDay("2026-03-17"),
        quantities: [hours(8, 8), points(8)],
        terms: [
          { term: "elections", stance: "proposed" },
          { term: "frozen-assets", stance: "proposed" },
        ],
      },
    },
    {
      id: "libya-leman-live",
      title: "Live: Libya talks at the Palais des Nations",
      source: "Léman Broadcasting",
      publishedAt: "2026-03-17",
      body: paragraphs(
        "08:50 — Cars carrying the two Libyan delegations are pulling up at the Pregny gate of the Palais des Nations. Security is heavy; journalists are being kept behind a barrier on the lawn.",
        "09:15 — Helga Strandberg, the UN special representative for Libya, greets the delegations at the door. She will chair today's session. Her deputy, Karim Nasreddine, will sit beside her at the table, a thick folder under his arm.",
        "09:40 — The American delegation, headed by special envoy Marcus Holloway, takes its seats. A UN spokeswoman says the United States is attending as an observer.",
        "10:05 — Who's who: Tripoli is represented by Abdulhakim Bensasi, the deputy prime minister, and Col. Tarek al-Zawi. For the eastern authorities, Faraj Obeidi leads, with Maj. Gen. Mabrouk al-Hasi beside him.",
        "12:30 — A UN official confirms that the roadmap on the table has 10 points, starting with a unified budget and ending with a date for presidential and parliamentary elections. No date has been written in yet.",
        '14:20 — Reaction from Tripoli: government spokesman Walid Ghariani tells local television the delegation has "clear instructions" and that the prime minister is following the talks "minute by minute."',
        "15:45 — A reminder of the stakes: Libya pumps about 1.3 million barrels of oil a day, and the shutdown of the Sharara field in 2024 cost the state more than $1.5 billion, according to the National Oil Corporation.",
        "16:30 — Coffee has gone in twice. No sign yet of the session ending.",
        '17:35 — Doors open. The talks ended after nearly eight hours. Strandberg, speaking briefly on the steps, says both sides "engaged seriously with every point" and will return next month. Neither delegation stopped to speak to reporters.',
        "17:50 — We're closing this live page. Our correspondent will have a full report this evening.",
      ),
      gold: {
        people: [strandberg, nasreddine, holloway, bensasi, zawi, obeidi, hasi, ghariani],
        talksDate: goldDay("2026-03-17"),
        quantities: [hours(8, 8), points(10)],
        terms: [{ term: "elections", stance: "proposed" }],
      },
    },
    {
      id: "libya-newswire",
      title: "Libya's rivals to reconvene after Geneva round",
      source: "North Africa Newswire",
      publishedAt: null,
      body: paragraphs(
        "Representatives of Libya's rival governments met in Geneva on Tuesday and agreed to return for a second round of UN-facilitated talks, though neither side committed to the 10-point roadmap put to them by the United Nations.",
        "Abdulhakim Bensasi led the delegation of the Tripoli-based Government of National Unity. The eastern-based authorities sent a team led by Faraj Obeidi.",
        "Helga Strandberg, the UN special representative, chaired the eight-hour session. A State Department team led by Marcus Holloway, the US special envoy for Libya, attended.",
        'In Washington, State Department spokeswoman Nadia Pruitt said the United States "strongly supports" the UN roadmap and urged both sides "to put the interests of the Libyan people ahead of their own."',
        "The roadmap calls for a unified budget and for national elections, which have been postponed repeatedly since 2021. Diplomats said the eastern side had asked for more time to consult its leadership in Benghazi, while Tripoli wanted a date for the vote written into the text before the next round.",
        "Libya, a country of about 7 million people, has had two rival governments since 2022, when the parliament in the east appointed its own prime minister. A 2020 ceasefire has largely held, but armed clashes in Tripoli between rival militias killed at least 50 people last year.",
        "Oil, which accounts for more than 90 percent of state revenue, has repeatedly been used as leverage, with eastern groups blockading terminals at least three times since 2020.",
        "The UN mission said it would circulate a revised text to both delegations before the next round, taking account of written comments from Tripoli and Benghazi. One Western diplomat said the hardest question, who would lead a unified interim government until the vote, had not been raised at all.",
        "Diplomats in Geneva said they expected the next round to take place in April, probably again at the Palais des Nations.",
      ),
      gold: {
        people: [bensasi, obeidi, strandberg, holloway, pruitt],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(8, 8), points(10)],
        terms: [
          { term: "elections", stance: "proposed" },
          { term: "ceasefire", stance: "mentioned" },
        ],
      },
    },
  ],
};
