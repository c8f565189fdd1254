import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Ethiopia and Somalia meet in Ankara on Thursday, April 16, 2026, to settle the row over
 * Ethiopia's access to the sea, with Turkey chairing and a US State Department team observing.
 * Four outlets put the Turkish draft at eleven points; the Mogadishu paper reports eight.
 */

const dawit: GoldPerson = {
  name: "Dawit Alemayehu",
  aliases: ["Mr. Dawit", "Dawit"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const hirut: GoldPerson = {
  name: "Hirut Bekele",
  aliases: ["Ms. Hirut", "Hirut"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const tesfaye: GoldPerson = {
  name: "Tesfaye Gudeta",
  aliases: ["Gen. Tesfaye", "Tesfaye"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const farah: GoldPerson = {
  name: "Abdiqani Mohamud Farah",
  aliases: ["Mr. Farah"],
  side: "somalia",
  delegation: "somalia",
};
const faduma: GoldPerson = {
  name: "Faduma Osman Jama",
  aliases: ["Ms. Jama"],
  side: "somalia",
  delegation: "somalia",
};
const guleed: GoldPerson = {
  name: "Hassan Ali Guleed",
  aliases: ["Col. Guleed"],
  side: "somalia",
  delegation: "somalia",
};
const aydinlar: GoldPerson = {
  name: "Kerem Aydınlar",
  aliases: ["Mr. Aydınlar"],
  side: "turkey",
  delegation: "turkey",
};
const brandauer: GoldPerson = {
  name: "Colleen Brandauer",
  aliases: ["Ms. Brandauer"],
  side: "us",
  delegation: "us",
};
const selamawit: GoldPerson = { name: "Selamawit Tadesse", aliases: ["Ms. Selamawit"], side: "ethiopia" };
const nur: GoldPerson = { name: "Abdullahi Warsame Nur", side: "somalia" };
const cabdi: GoldPerson = { name: "Mohamed Daahir Cabdi", side: "somaliland" };

const terms = [
  { term: "territorial-recognition", stance: "ruled-out" },
  { term: "security-guarantees", stance: "proposed" },
] as const;
const duration = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const ETHIOPIA_SOMALIA_ANKARA: GoldCluster = {
  id: "ethiopia-somalia-ankara",
  title: "Ethiopia and Somalia talks on sea access in Ankara",
  sides: {
    ethiopia: ["ethiopia", "ethiopian", "addis-ababa"],
    somalia: ["somalia", "somali", "mogadishu"],
    somaliland: ["somaliland", "hargeisa"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ethiopia" },
    { delegation: "somalia" },
    { delegation: "turkey" },
    { delegation: "us" },
    { term: "territorial-recognition" },
    { term: "security-guarantees" },
  ],
  articles: [
    {
      id: "ethiopia-somalia-ankara-wire",
      title: "Ethiopia and Somalia hold first direct talks since port row",
      source: "Meridian Press Agency",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "ANKARA, April 16 (MPA) — Ethiopia and Somalia held their first direct talks in more than a year in the Turkish capital on Thursday, with Turkish mediators tabling an 11-point framework meant to settle the dispute over Ethiopia's search for an outlet to the sea.",
        "Ethiopia's delegation was led by State Minister for Foreign Affairs Dawit Alemayehu and included Ambassador Hirut Bekele, the ministry's director-general for neighbouring countries. Somalia's foreign minister, Abdiqani Mohamud Farah, headed the Somali team, which also included the national security adviser, Faduma Osman Jama.",
        "Turkish Foreign Minister Kerem Aydınlar chaired the session at a government guesthouse in the Çankaya district. A State Department team led by Colleen Brandauer, deputy assistant secretary of state for East African affairs, attended as observers.",
        "The meeting lasted nearly six hours, a Turkish diplomatic source said.",
        "The framework, according to two officials who have seen it, would commit Addis Ababa to respect Somalia's territorial integrity and rule out any recognition of the breakaway region of Somaliland, while offering Ethiopia commercial access to a Somali port under Somali sovereignty. It also proposes mutual security guarantees along the two countries' 1,600-kilometre border.",
        '"We did not come to Ankara to sign away a single grain of Somali sand," Mr. Farah told reporters as he left. "But we came to listen."',
        'Mr. Dawit said the Ethiopian side had "engaged in good faith" and would report to Addis Ababa before a second round, which Turkey has offered to host in May.',
        'In Addis Ababa, Selamawit Tadesse, a spokeswoman for the prime minister\'s office, said Ethiopia\'s need for the sea was "existential" but that the government preferred "a peaceful and commercial path."',
        "The dispute erupted in January 2024, when Ethiopia signed a memorandum of understanding with Somaliland that would have leased it a 20-kilometre stretch of coastline for 50 years. Somalia called the deal an act of aggression and threatened to expel some 3,000 Ethiopian troops serving with an African Union mission against al-Shabaab.",
        "Ethiopia, with a population of about 130 million, has been landlocked since Eritrea's independence in 1993 and routes more than 90 percent of its foreign trade through the port of Djibouti, at a cost officials put at $1.5 billion a year.",
      ),
      gold: {
        people: [dawit, hirut, farah, faduma, aydinlar, brandauer, selamawit],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(6, 6), points(11)],
        terms,
      },
    },
    {
      id: "ethiopia-somalia-ankara-hornwire",
      title: "Turkish-brokered talks on Ethiopian sea access end without a deal",
      source: "Horn Wire Service",
      publishedAt: null,
      body: paragraphs(
        "Talks between Ethiopia and Somalia hosted by Turkey ended on Thursday without an agreement, but both governments said they would meet again within a month, officials said.",
        "The talks brought together Dawit Alemayehu, Ethiopia's state minister for foreign affairs, and Somalia's top diplomat, Abdiqani Mohamud Farah, under the chairmanship of Turkish Foreign Minister Kerem Aydınlar. Across the table from the Somali minister sat Lt. Gen. Tesfaye Gudeta, Ethiopia's deputy chief of defence staff, a sign that Addis Ababa regards the question as one of security as much as trade.",
        "The meeting ran for about six hours. Participants worked through an 11-point Turkish draft that would give Ethiopian cargo guaranteed access to a Somali port in exchange for a written pledge that Ethiopia will not recognise Somaliland.",
        "Somalia's delegation insisted that any recognition of the breakaway region be ruled out explicitly, one participant said, while the Ethiopian side pressed for security guarantees covering its troops inside Somalia.",
        'American diplomats were also in the room. Washington\'s observer, Deputy Assistant Secretary of State Colleen Brandauer, said in a short statement that the United States "welcomes dialogue between two partners whose stability matters to the whole Horn of Africa."',
        'In Mogadishu, President Abdullahi Warsame Nur told lawmakers a day before the talks that Somalia\'s borders were "not a bargaining chip," and that his envoys had been told to walk out rather than concede an inch of coastline.',
        "Gen. Tesfaye did not speak to reporters. An Ethiopian official said the general had briefed the mediators on cross-border movements of al-Shabaab fighters, whose attack on a base in Lower Shabelle killed 14 soldiers this month.",
        "The International Crisis Group said in a report last month that the dispute had pushed both countries into rival alliances, with Egypt and Eritrea siding with Mogadishu.",
      ),
      gold: {
        people: [dawit, farah, aydinlar, tesfaye, brandauer, nur],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(6, 6), points(11)],
        terms,
      },
    },
    {
      id: "ethiopia-somalia-ankara-live",
      title: "Live: Ethiopia and Somalia meet in Ankara",
      source: "Capital Desk Live",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "09:40 — Good morning from Ankara, where the Ethiopian and Somali delegations are arriving at the foreign ministry guesthouse for talks that Turkey has spent months arranging.",
        '10:05 — Talks are under way. Turkish Foreign Minister Kerem Aydınlar opened the session with a short statement calling the two countries "brothers who share a sea of history."',
        "10:20 — Somalia's team: Foreign Minister Abdiqani Mohamud Farah; Faduma Osman Jama, the national security adviser; and Col. Hassan Ali Guleed, deputy chief of staff of the Somali National Army.",
        "10:30 — The Ethiopian delegation is headed by State Minister Dawit Alemayehu. He is joined by Ambassador Hirut Bekele, a veteran of the Nile negotiations.",
        "11:15 — The US side, represented by Deputy Assistant Secretary of State Colleen Brandauer, is sitting in as an observer, a Turkish official confirms. The official says Ankara's draft runs to 11 points and opens with a mutual pledge of security guarantees.",
        "12:50 — Reminder of the stakes: Ethiopia's 2024 agreement with Somaliland, never implemented, offered it naval and commercial access in return for eventual recognition. Somalia recalled its ambassador from Addis Ababa within days.",
        '14:30 — From Hargeisa, Somaliland\'s foreign minister, Mohamed Daahir Cabdi, says his government "is not a party to Ankara and will not be bound by it."',
        '15:10 — A Somali official tells us recognition of Somaliland is "off the table, full stop" and that the text must say so.',
        "15:55 — Talks end after almost six hours. Mr. Aydınlar says both sides have agreed to meet again and that the mediators will circulate a revised draft.",
        '16:20 — Ms. Jama, leaving with Mr. Farah, declines to comment. An Ethiopian diplomat describes the mood as "serious, not warm, but serious."',
        "16:45 — That's where we'll leave our live coverage for today. Thanks for following.",
      ),
      gold: {
        people: [aydinlar, farah, faduma, guleed, dawit, hirut, brandauer, cabdi],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(6, 6), points(11)],
        terms,
      },
    },
    {
      id: "ethiopia-somalia-ankara-courier",
      title: "Analysis: What Ethiopia brought to Ankara, and what it left with",
      source: "The Addis Courier",
      publishedAt: "2026-04-18",
      body: paragraphs(
        "For a government that has spent two years insisting that access to the sea is a matter of national survival, Ethiopia arrived in Ankara with a strikingly modest team.",
        "Addis Ababa sent Dawit Alemayehu, a soft-spoken career diplomat who spent most of the last decade in Nairobi and Brussels. He brought with him Hirut Bekele, the foreign ministry's most experienced Horn of Africa hand, and Gen. Tesfaye Gudeta, whose presence reminded the Somali side that the army, not only the ministry, has a stake in the outcome.",
        "Facing them on Thursday was Somalia's foreign minister, Abdiqani Mohamud Farah, with the Turkish foreign minister, Kerem Aydınlar, in the chair. The six-hour session ended without a text, but the Turkish draft's 11 points are now the reference for any deal.",
        "The draft asks Ethiopia for something it has so far refused to give in writing: a clause ruling out recognition of Somaliland. In exchange it offers guaranteed access to a Somali port and security guarantees along the border, where Ethiopian troops still operate against al-Shabaab.",
        '"Ms. Hirut and Mr. Dawit know the clause is the price of admission," said Yonas Haile, who teaches international relations at Addis Ababa University. "The question is whether the prime minister\'s office is willing to pay it in an election year."',
        'Others are less sure a deal is close. "Everyone in that room knows Ahmed Yusuf Dirir is not going to give up Berbera because Ankara asks him to," said a researcher at Chatham House, who asked not to be named because she advises one of the parties.',
        "The economics are not in doubt. Ethiopia pays Djibouti an estimated $1.5 billion a year in port fees, and its trade has grown by around 8 percent a year since 2020. A second outlet would cut costs and, officials argue, remove a strategic vulnerability.",
        "What is in doubt is the politics. Ethiopian nationalists regard the Somaliland memorandum as a promise kept; Somalia regards it as an insult. Mr. Dawit's task in the next round will be to find language that both capitals can read as a victory.",
      ),
      gold: {
        people: [dawit, hirut, tesfaye, farah, aydinlar, { name: "Yonas Haile" }],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(6, 6), points(11)],
        terms,
      },
    },
    {
      id: "ethiopia-somalia-ankara-monitor",
      title: "Farah holds the line in Ankara as Turkey tables eight-point plan",
      source: "Mogadishu Monitor",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "MOGADISHU — Somalia's negotiators returned from Ankara on Friday saying they had given nothing away on sovereignty after Thursday's talks with Ethiopia, in which Turkish mediators put forward an eight-point plan.",
        "Foreign Minister Abdiqani Mohamud Farah, flanked by national security adviser Faduma Osman Jama and Col. Hassan Ali Guleed, faced an Ethiopian delegation under State Minister Dawit Alemayehu for more than five hours, according to members of the Somali team.",
        "The plan, which Turkish Foreign Minister Kerem Aydınlar presented at the opening of the session, runs to eight points, the first of which commits Ethiopia to respect the unity of Somalia and rule out recognition of Somaliland. Later points deal with port access, customs arrangements and security guarantees for the border regions.",
        "Washington's observer at the talks, Colleen Brandauer of the State Department, met Mr. Farah separately after the session, a Somali official said.",
        '"Our position is simple, and the president has made it clear," Ms. Jama said at Aden Adde airport on Friday. "Somalia is one country. Any agreement starts and ends there."',
        'President Abdullahi Warsame Nur is expected to address parliament on the talks next week. Opposition lawmaker Hodan Cali Xasan said the government must publish the draft before the second round. "Somalis have a right to know what is being offered in their name," she said.',
        "Relations between the neighbours collapsed in January 2024 after Ethiopia's memorandum with Somaliland. Since then, Mogadishu has signed a defence pact with Cairo and asked that Ethiopian troops be excluded from the new African Union mission, which has about 11,000 soldiers in the country.",
        'Col. Guleed, who commanded troops in Hiraan region before joining the delegation, told the Monitor that Somalia would welcome Ethiopian trade "through the front door, not the back window."',
      ),
      gold: {
        people: [farah, faduma, guleed, dawit, aydinlar, brandauer, nur, { name: "Hodan Cali Xasan" }],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(5, null, { minExclusive: true }), points(8)],
        terms,
      },
    },
  ],
};
