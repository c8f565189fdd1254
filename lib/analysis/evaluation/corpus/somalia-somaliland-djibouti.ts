import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Three days of talks between Somalia's federal government and Somaliland in Djibouti, Thursday
 * to Saturday, June 4–6, 2026, hosted by Djibouti's foreign minister with a US team and a Turkish
 * envoy in the room. The mediators' roadmap has seven points in every outlet but the Hargeisa
 * Tribune, which reports nine.
 */

const warsame: GoldPerson = {
  name: "Abdirahman Hussein Warsame",
  side: "somalia",
  delegation: "somalia",
};
const hodan: GoldPerson = {
  name: "Hodan Mohamed Jama",
  aliases: ["Hodan"],
  side: "somalia",
  delegation: "somalia",
};
const dirie: GoldPerson = { name: "Ahmed Farah Dirie", side: "somalia", delegation: "somalia" };
const jibril: GoldPerson = {
  name: "Abdiqani Ismail Jibril",
  side: "somaliland",
  delegation: "somaliland",
};
const ayan: GoldPerson = {
  name: "Ayan Abdi Hersi",
  side: "somaliland",
  delegation: "somaliland",
};
const guled: GoldPerson = {
  name: "Mukhtar Osman Guled",
  side: "somaliland",
  delegation: "somaliland",
};
const bouh: GoldPerson = {
  name: "Moussa Bouh Ahmed",
  aliases: ["Bouh Ahmed"],
  side: "djibouti",
  delegation: "djibouti",
};
const robleh: GoldPerson = { name: "Fathia Ismaël Robleh", side: "djibouti", delegation: "djibouti" };
const estrada: GoldPerson = { name: "Ronald Estrada", side: "us", delegation: "us" };
const cho: GoldPerson = { name: "Natalie Cho", side: "us", delegation: "us" };
const haverford: GoldPerson = { name: "Lisa Haverford", side: "us", delegation: "us" };
const aydin: GoldPerson = { name: "Kerem Aydın", side: "turkey", delegation: "turkey" };
const hirsi: GoldPerson = { name: "Abdikarim Yusuf Hirsi", side: "somalia" };
const barkhad: GoldPerson = { name: "Hamse Ali Barkhad", side: "somaliland" };
const round = goldDay("2026-06-04", "2026-06-06");
const threeDays = goldQuantity("meeting.duration", 3, 3, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;
const buffer = { term: "demilitarized-zone", stance: "proposed" } as const;

export const SOMALIA_SOMALILAND_DJIBOUTI: GoldCluster = {
  id: "somalia-somaliland-djibouti",
  title: "Somalia–Somaliland talks in Djibouti",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "somalia" },
    { delegation: "somaliland" },
    { delegation: "djibouti" },
    { delegation: "us" },
    { delegation: "turkey" },
  ],
  sides: {
    somalia: [
      "somalia",
      "somali",
      "mogadishu",
      "federal-government",
      "somali-government",
      "federal-government-of-somalia",
      "fgs",
    ],
    somaliland: ["somaliland", "hargeisa", "somalilander"],
    djibouti: ["djibouti", "djiboutian"],
  },
  articles: [
    {
      id: "somalia-somaliland-djibouti-gana",
      title: "Somalia, Somaliland end Djibouti talks with seven-point roadmap",
      source: "Gulf of Aden News Agency",
      publishedAt: "2026-06-06",
      body: paragraphs(
        "DJIBOUTI, June 6 (GANA) — Somalia's federal government and the breakaway region of Somaliland ended three days of talks in Djibouti on Saturday with a seven-point roadmap that both delegations agreed to take back to their capitals, the host government said.",
        "It was the first formal round between the two sides since talks collapsed in 2020, and it came after months of shuttle diplomacy by Djibouti and the United States.",
        "Mogadishu's delegation was led by Deputy Prime Minister Abdirahman Hussein Warsame and included Hodan Mohamed Jama, an adviser on constitutional affairs. Somaliland's foreign minister, Abdiqani Ismail Jibril, headed the Hargeisa team, with presidential adviser Ayan Abdi Hersi.",
        "The talks were hosted by Djibouti's foreign minister, Moussa Bouh Ahmed. The American delegation, headed by Ambassador Ronald Estrada, the US envoy to Somalia, also included Natalie Cho, director for African affairs at the National Security Council.",
        "The roadmap sets up joint committees on security, trade and aviation, and proposes a demilitarized zone around the disputed town of Erigavo in the Sanaag region, where clan militias loyal to each side have clashed repeatedly. The question of recognising Somaliland's independence was kept off the table at Mogadishu's insistence, delegates said.",
        '"We did not come here to settle 35 years of history in three days," Mr. Bouh Ahmed said at a closing news conference. "We came to stop the next crisis."',
        'In Mogadishu, presidential spokesman Abdikarim Yusuf Hirsi said the government "will never accept any step that divides the Somali nation." In Washington, State Department deputy spokesperson Evan Morley called the roadmap "a practical start."',
        "Somaliland declared independence in 1991 but has not been recognised by any UN member state. Tension rose sharply in 2024 when Ethiopia signed a memorandum offering Somaliland recognition in exchange for access to 20 kilometres of coastline.",
      ),
      gold: {
        people: [
          warsame,
          hodan,
          jibril,
          ayan,
          bouh,
          estrada,
          cho,
          hirsi,
          { name: "Evan Morley", side: "us" },
        ],
        talksDate: round,
        quantities: [threeDays, points(7)],
        terms: [buffer, noRecognition],
      },
    },
    {
      id: "somalia-somaliland-djibouti-hargeisa",
      title: "Delegation returns from Djibouti with nine-point document",
      source: "Hargeisa Tribune",
      publishedAt: "2026-06-08",
      body: paragraphs(
        "HARGEISA — Somaliland's negotiators landed at Egal International Airport on Sunday after three days of talks with the federal government in Djibouti that ended on Saturday, bringing home a nine-point document that the cabinet will discuss this week.",
        "Foreign Minister Abdiqani Ismail Jibril, who led the delegation, told reporters at the airport that the talks had been \"difficult but respectful.\" He travelled with Ayan Abdi Hersi, the president's adviser on foreign relations, and Mukhtar Osman Guled, a lawyer who served as the delegation's legal counsel.",
        "Facing them was a federal team led by Deputy Prime Minister Abdirahman Hussein Warsame.",
        "The Tribune has seen the nine-point text. It provides for a demilitarized zone in the Erigavo area, a joint committee on the management of airspace, and the reopening of trade links that have been restricted since 2024. Recognition, the issue most Somalilanders care about, was ruled out as a subject for these talks, an omission that drew criticism from opposition politicians.",
        "The Americans were present throughout. Ronald Estrada, Washington's ambassador to Somalia, sat with Cmdr. Lisa Haverford of U.S. Africa Command, whose presence officials here read as a sign of American interest in the port and airfield at Berbera.",
        'Presidential spokesman Hamse Ali Barkhad said on Sunday evening that "Somaliland went to Djibouti as an equal and came back as an equal."',
        'The opposition Waddani party was less enthusiastic. "Nine points and not one of them mentions our independence," said its secretary-general, Khadar Ismail Roble, at a rally in the capital on Sunday.',
        "Somaliland, a territory of about 5.7 million people, has held several contested but peaceful elections since 2003. Its economy depends heavily on livestock exports through Berbera, which handled about 1.5 million head of cattle, sheep and goats last year.",
      ),
      gold: {
        people: [jibril, ayan, guled, warsame, estrada, haverford, barkhad, { name: "Khadar Ismail Roble" }],
        talksDate: round,
        quantities: [threeDays, points(9)],
        terms: [buffer, noRecognition],
      },
    },
    {
      id: "somalia-somaliland-djibouti-explainer",
      title: "Explainer: Somalia and Somaliland are talking again. Who was there and what is on the table?",
      source: "Horn Policy Digest",
      publishedAt: null,
      body: paragraphs(
        "Delegations from Mogadishu and Hargeisa met in Djibouti from June 4 to 6, 2026, for their first formal talks in six years. Here is what we know.",
        "Who was there? For the federal government: Abdirahman Hussein Warsame, the deputy prime minister; Hodan Mohamed Jama, his constitutional adviser; and Gen. Ahmed Farah Dirie, deputy chief of the army. For Somaliland: Abdiqani Ismail Jibril, the foreign minister; Ayan Abdi Hersi, a presidential adviser. For the hosts: Djibouti's foreign minister, Moussa Bouh Ahmed, and Fathia Ismaël Robleh, a senior diplomat who prepared the talks. And the United States sent a team of three: Ronald Estrada, the ambassador to Somalia; Natalie Cho of the National Security Council; and Cmdr. Lisa Haverford of U.S. Africa Command.",
        "What was agreed? A roadmap of seven points. It creates committees on security and trade, proposes a demilitarized zone around Erigavo, and commits both sides to meet again within 90 days.",
        "What was left out? Recognition. Mogadishu made it a condition of attending that Somaliland's status would not be discussed, and the roadmap says so explicitly.",
        "Why now? Two things changed. The 2024 memorandum between Ethiopia and Somaliland alarmed Mogadishu and its allies, and fighting in Sanaag killed at least 60 people last year. Washington, which keeps about 500 troops in Somalia, wants a stable coast along the Gulf of Aden.",
        'What do former officials say? "The Americans are in the room because Berbera matters to them, not because they have a view on recognition," said Jacqueline Serrano, a former assistant secretary of state for African affairs. "That is actually useful. Both sides know Washington will not force the big question."',
        "What next? Both delegations are consulting at home. Djibouti has offered to host the next round in September.",
      ),
      gold: {
        people: [
          warsame,
          hodan,
          dirie,
          jibril,
          ayan,
          bouh,
          robleh,
          estrada,
          cho,
          haverford,
          { name: "Jacqueline Serrano" },
        ],
        talksDate: round,
        quantities: [points(7)],
        terms: [buffer, noRecognition],
      },
    },
    {
      id: "somalia-somaliland-djibouti-hrs",
      title: "Somali rivals agree to keep talking after Djibouti round",
      source: "Horn Radio Service",
      publishedAt: "2026-06-07",
      body: paragraphs(
        "Somalia's federal government and Somaliland have agreed to set up joint security and trade committees after talks that ended in Djibouti on Saturday.",
        "The two sides spent three days negotiating at a hotel near Djibouti's port. Deputy Prime Minister Abdirahman Hussein Warsame, flanked by the deputy army chief, Gen. Ahmed Farah Dirie, represented Mogadishu. Somaliland was represented by its foreign minister, Abdiqani Ismail Jibril.",
        "Djibouti's foreign minister, Moussa Bouh Ahmed, chaired the sessions. Turkey, which hosted earlier rounds in Ankara, sent its special representative for Somalia, Kerem Aydın, as an observer.",
        "Washington was represented by its ambassador to Somalia, Ronald Estrada. He was accompanied by Natalie Cho, who handles Africa at the White House's National Security Council.",
        "According to Djiboutian officials, the seven-point roadmap proposes a demilitarized zone around Erigavo, in the Sanaag region, and a committee to coordinate flights over Somaliland's airspace, which Mogadishu says it controls.",
        '"It is a modest result, and that is why it may last," said Abdullahi Haji Nur, a researcher at the Heritage Institute for Policy Studies in Mogadishu. "The parties agreed on what can be agreed, and parked the rest."',
        "Somaliland's leaders have said repeatedly that they will accept nothing less than full recognition. Mogadishu, for its part, regards the territory as part of Somalia and has ruled out any discussion of its status in this process.",
        "The federal government is also fighting the al-Shabaab insurgency, which controls large parts of central and southern Somalia. An African Union force of about 11,000 troops supports the army.",
      ),
      gold: {
        people: [warsame, dirie, jibril, bouh, aydin, estrada, cho, { name: "Abdullahi Haji Nur" }],
        talksDate: round,
        quantities: [threeDays, points(7)],
        terms: [buffer, noRecognition],
      },
    },
    {
      id: "somalia-somaliland-djibouti-review",
      title: "Analysis: In Djibouti, the Horn's oldest dispute finds a new format",
      source: "The Continental Review",
      publishedAt: "2026-06-12",
      body: paragraphs(
        "LONDON — Diplomats who attended last week's talks between Somalia and Somaliland in Djibouti describe an unusual scene: two delegations that officially do not recognise each other's claims, sitting at one table for three days and leaving with a document both could sign.",
        "The round ran from Thursday to Saturday last week. The federal side was led by Abdirahman Hussein Warsame, a deputy prime minister known in Mogadishu as a pragmatist. Opposite him sat Abdiqani Ismail Jibril, Somaliland's foreign minister, who has spent most of his career trying to win recognition for the territory.",
        "The format was the innovation. Djibouti's foreign minister, Moussa Bouh Ahmed, chaired, and his chief of staff Fathia Ismaël Robleh drafted. The Americans, represented by Ambassador Ronald Estrada and the NSC's Natalie Cho, sat at the table rather than in the gallery. Estrada, according to two participants, intervened several times to keep the sessions on track. Turkey's Kerem Aydın observed.",
        "The seven-point roadmap that emerged is deliberately technical: security coordination, trade, airspace, and a demilitarized zone in the contested Erigavo district. Recognition was ruled out before the talks began.",
        '"The danger is that technical progress becomes a substitute for a political settlement," said Harriet Combe, a Horn of Africa researcher at Chatham House. "But after six years of silence, technical progress is not nothing."',
        "Two audiences were not in Djibouti. Clan leaders in the Sool and Sanaag regions, some of whom reject Somaliland's authority, were not consulted. Nor was Ethiopia, whose 2024 deal with Hargeisa triggered the crisis that made these talks necessary.",
        "The stakes are high. Remittances worth about $1.7 billion a year flow into the Somali territories, and the port of Berbera, expanded with a $442 million investment, competes directly with Djibouti's own.",
        "A second round is planned for September.",
      ),
      gold: {
        people: [warsame, jibril, bouh, robleh, estrada, cho, aydin, { name: "Harriet Combe" }],
        talksDate: round,
        quantities: [threeDays, points(7)],
        terms: [buffer, noRecognition],
      },
    },
  ],
};
