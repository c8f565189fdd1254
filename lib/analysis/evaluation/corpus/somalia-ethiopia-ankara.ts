import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Somalia and Ethiopia in Ankara on Monday, November 16, 2026, hosted by Turkey with
 * a US team in the room, on a seven-point roadmap for Ethiopian commercial access to the sea
 * under Somali sovereignty. Most outlets report a session of about eleven hours; Ethiopian state
 * television says the meeting lasted 90 minutes.
 */

const warsame: GoldPerson = {
  name: "Abdiqani Hassan Warsame",
  side: "somalia",
  delegation: "somalia",
};
const farah: GoldPerson = { name: "Hodan Osman Farah", side: "somalia", delegation: "somalia" };
const gaal: GoldPerson = { name: "Mohamed Ali Gaal", side: "somalia", delegation: "somalia" };
const dualeh: GoldPerson = { name: "Ahmed Yusuf Dualeh", side: "somalia" };
const tewodros: GoldPerson = {
  name: "Tewodros Alemu Bekele",
  aliases: ["Tewodros", "Tewodros Alemu"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const selamawit: GoldPerson = {
  name: "Selamawit Desta Woldemariam",
  aliases: ["Selamawit"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const dawit: GoldPerson = {
  name: "Dawit Kebede Ayana",
  aliases: ["Dawit"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const meron: GoldPerson = { name: "Meron Tadesse Gurmu", aliases: ["Meron"], side: "ethiopia" };
const aydinli: GoldPerson = { name: "Mehmet Kerem Aydınlı", side: "turkey", delegation: "turkey" };
const sarikaya: GoldPerson = { name: "Elif Sarıkaya", side: "turkey", delegation: "turkey" };
const pruett: GoldPerson = {
  name: "Jonathan Pruett",
  aliases: ["Jon Pruett"],
  side: "us",
  delegation: "us",
};
const gidley: GoldPerson = {
  name: "Samuel Gidley",
  aliases: ["Sam Gidley"],
  side: "us",
  delegation: "us",
};
const okonkwoHale: GoldPerson = {
  name: "Maria Okonkwo-Hale",
  aliases: ["Okonkwo-Hale"],
  side: "us",
  delegation: "us",
};
const lindgren: GoldPerson = { name: "Tara Lindgren", side: "us" };
const kessling: GoldPerson = { name: "Warren Kessling" };
const ladane: GoldPerson = { name: "Faisal Omar Ladane" };
const monday = goldDay("2026-11-16");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;

export const SOMALIA_ETHIOPIA_ANKARA: GoldCluster = {
  id: "somalia-ethiopia-ankara",
  title: "Somalia–Ethiopia talks on sea access in Ankara",
  contradict: [{ slot: "meeting.duration" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "plan.size" },
    { delegation: "somalia" },
    { delegation: "ethiopia" },
    { delegation: "turkey" },
    { delegation: "us" },
    { term: "territorial-recognition", aliases: ["recognition"] },
  ],
  sides: {
    somalia: ["somalia", "somali", "mogadishu", "federal-government-of-somalia", "somali-government"],
    ethiopia: ["ethiopia", "ethiopian", "addis-ababa", "ethiopian-government"],
  },
  articles: [
    {
      id: "somalia-ethiopia-ankara-bna",
      title: "Somalia, Ethiopia end marathon Ankara session with seven-point roadmap",
      source: "Bosphorus News Agency",
      publishedAt: "2026-11-17",
      body: paragraphs(
        "ANKARA, Nov 17 (BNA) — Somalia and Ethiopia agreed a seven-point roadmap on Ethiopian access to the sea after a marathon 11-hour session in the Turkish capital on Monday, the Turkish Foreign Ministry said.",
        "The talks, the fourth round since the two neighbours signed the Ankara Declaration in December 2024, were chaired by Deputy Foreign Minister Mehmet Kerem Aydınlı, assisted by Elif Sarıkaya, the ministry's director-general for East Africa.",
        "Somalia's delegation was led by Foreign Minister Abdiqani Hassan Warsame, alongside State Minister Hodan Osman Farah and Col. Mohamed Ali Gaal, a military adviser to the presidency. Ethiopia sent State Minister of Foreign Affairs Tewodros Alemu Bekele, accompanied by the ministry's legal adviser, Selamawit Desta Woldemariam.",
        "Washington's special envoy for the Horn of Africa, Jonathan Pruett, attended at Turkey's invitation. Pruett's team included Samuel Gidley, the National Security Council's director for East Africa, and Lt. Col. Maria Okonkwo-Hale, a liaison officer from US Africa Command.",
        "Under the roadmap, Ethiopia would lease port facilities on Somalia's coast on commercial terms, under Somali sovereignty, and a joint technical committee would report within 90 days on a corridor for road and rail. Somalia, for its part, explicitly ruled out any arrangement that could amount to recognition of the breakaway region of Somaliland.",
        '"Eleven hours is a long day, but it is shorter than two years of mistrust," Aydınlı told reporters shortly before midnight.',
        "The dispute erupted on January 1, 2024, when Ethiopia signed a memorandum of understanding with Somaliland that offered it 20 kilometres of coastline in return for possible recognition. Mogadishu called the deal an attack on its sovereignty and threatened to expel Ethiopian troops serving in the African Union mission.",
        "Ethiopia, with a population of more than 120 million, has been landlocked since Eritrea's independence in 1993 and ships most of its trade through Djibouti, paying an estimated $1.5 billion a year in port fees.",
        'In Mogadishu, presidential spokesman Ahmed Yusuf Dualeh said the roadmap "confirms what Somalia has said from the first day: our sea is not for sale, but our ports are open for business."',
      ),
      gold: {
        people: [
          aydinli,
          sarikaya,
          warsame,
          farah,
          gaal,
          tewodros,
          selamawit,
          pruett,
          gidley,
          okonkwoHale,
          dualeh,
        ],
        talksDate: monday,
        quantities: [hours(11, 11), sevenPoints],
        terms: [noRecognition],
      },
    },
    {
      id: "somalia-ethiopia-ankara-mogadishu",
      title: "Warsame: 'Somalia gave nothing away in Ankara'",
      source: "Mogadishu Tribune",
      publishedAt: "2026-11-17",
      body: paragraphs(
        'MOGADISHU — Foreign Minister Abdiqani Hassan Warsame returned from Ankara on Tuesday insisting that Somalia had "given nothing away" in Monday\'s talks with Ethiopia, which ran for more than ten hours and produced a roadmap of seven points.',
        "Warsame, who led the Somali side, had State Minister Hodan Osman Farah at his side throughout. Farah, a lawyer who drafted much of Somalia's maritime legislation, is credited by officials here with the wording on sovereignty that opens the text.",
        "The Ethiopian delegation was headed by State Minister Tewodros Alemu Bekele. Tewodros brought a military adviser, Brig. Gen. Dawit Kebede Ayana, whose presence Somali officials read as a sign that Addis Ababa wanted to discuss its troops in Somalia as well as the ports.",
        "The American delegation, headed by Ambassador Jonathan Pruett, sat at the end of the table next to the Turkish hosts. With Pruett was the Pentagon's Maria Okonkwo-Hale, who has worked closely with the Somali army's Danab special forces.",
        "The Turkish chair, Deputy Foreign Minister Mehmet Kerem Aydınlı, kept the parties in separate rooms for much of the afternoon and moved between them with drafts, one participant said.",
        '"Point one says Somalia\'s sovereignty and territorial integrity are not negotiable. Everything else follows from that," Warsame told reporters at Aden Adde airport. Asked whether Somaliland had been discussed, he said recognition of the region was "ruled out, full stop."',
        'Not everyone was convinced. Faisal Omar Ladane, a researcher at the Heritage Institute, said the roadmap left the most sensitive questions, including the length of any lease and who would guard the port, to committees. "A roadmap is only as good as the road," he said.',
        "Somalia's parliament is expected to debate the text next week. Several opposition MPs, including the former deputy speaker, have demanded that it be put to a vote before any committee meets.",
        "Somalia has the longest coastline in mainland Africa, at about 3,300 kilometres.",
      ),
      gold: {
        people: [warsame, farah, tewodros, dawit, pruett, okonkwoHale, aydinli, ladane],
        talksDate: monday,
        quantities: [hours(10, null, { minExclusive: true }), sevenPoints],
        terms: [noRecognition],
      },
    },
    {
      id: "somalia-ethiopia-ankara-abc",
      title: "Ethiopia, Somalia hold talks in Ankara on port access",
      source: "Addis Broadcasting Corporation",
      publishedAt: "2026-11-16",
      body: paragraphs(
        "Addis Ababa, November 16 — Ethiopia and Somalia held talks in Ankara today within the framework of the Ankara Declaration, with both sides reaffirming their commitment to regional peace and economic integration.",
        "The Ethiopian delegation was led by State Minister of Foreign Affairs Tewodros Alemu Bekele. The delegation also comprised Brig. Gen. Dawit Kebede Ayana and legal adviser Selamawit Desta Woldemariam.",
        "The Somali delegation was led by Foreign Minister Abdiqani Hassan Warsame. The meeting, which lasted 90 minutes, was hosted by Türkiye's Deputy Foreign Minister Mehmet Kerem Aydınlı. Representatives of the United States, led by Special Envoy Jonathan Pruett and including Samuel Gidley of the National Security Council, attended as observers.",
        'State Minister Tewodros said Ethiopia\'s quest for reliable access to the sea was a legitimate and existential question for a nation of more than 120 million people. "Ethiopia seeks cooperation, not confrontation, with all its neighbours," he said.',
        "The two sides discussed a seven-point document covering commercial access to port facilities, infrastructure corridors, trade facilitation and security cooperation. Technical teams will continue discussions on the details.",
        'Government communication service spokesperson Meron Tadesse Gurmu said in a statement that the talks were "productive and forward-looking" and reflected "the wisdom of the leadership in pursuing peaceful means."',
        "Ethiopia currently handles more than 90 percent of its import and export trade through the port of Djibouti. The government has identified diversification of ports as a national priority under its ten-year development plan.",
        "Ethiopian troops have served in Somalia for many years as part of African Union missions, where they have made great sacrifices in the fight against al-Shabaab.",
        "The State Minister also held a bilateral meeting with the Turkish side on expanding trade and investment, which reached $600 million last year.",
      ),
      gold: {
        people: [tewodros, dawit, selamawit, warsame, aydinli, pruett, gidley, meron],
        talksDate: monday,
        quantities: [goldQuantity("meeting.duration", 90, 90, "minute"), sevenPoints],
        terms: [],
      },
    },
    {
      id: "somalia-ethiopia-ankara-oped",
      title: "Opinion: Ankara has done Washington's work in the Horn. Washington should notice",
      source: "The Foreign Desk",
      publishedAt: "2026-11-20",
      body: paragraphs(
        "By Warren Kessling. The author is a former assistant secretary of state for African affairs.",
        "On Monday, in a Turkish government building in Ankara, the foreign minister of Somalia and a senior Ethiopian diplomat sat in the same room for eleven hours and came out with a seven-point roadmap. Two years ago the two countries were talking about war.",
        "I was glad to see Jon Pruett, whom I first hired as a young desk officer, at the table as Washington's envoy. He had Sam Gidley of the National Security Council at his elbow, and a uniformed officer, Lt. Col. Maria Okonkwo-Hale, from Africa Command. That is the right team. But it was the Turks, not the Americans, who brought the parties together, and that should give us pause.",
        "Somalia's Abdiqani Hassan Warsame and Ethiopia's Tewodros Alemu Bekele have each given something up. Mogadishu accepts that a landlocked neighbour of 120 million people has a legitimate interest in the sea. Addis Ababa accepts that it will not get there through Somaliland, whose recognition Somalia has ruled out as firmly as ever.",
        'The seven points are sensible. A commercial lease rather than a transfer of territory. A joint committee on a road and rail corridor. A timetable of 90 days. Security arrangements for the port to be agreed separately, which is diplomatic language for "later."',
        "What the text lacks is money. Ports cost billions. The Gulf states and Turkey have it and are spending it; the United States, which spent roughly $1 billion on security assistance to Somalia over the past decade, has been cutting.",
        "In Washington, the State Department's deputy spokesperson, Tara Lindgren, welcomed the roadmap on Tuesday and praised \"Türkiye's leadership.\" That is gracious. It is also an admission.",
        "The Horn of Africa sits on one of the busiest shipping lanes on earth. If we want a say in what happens there, we need to be more than observers at other people's tables.",
      ),
      gold: {
        people: [kessling, pruett, gidley, okonkwoHale, warsame, tewodros, lindgren],
        talksDate: monday,
        quantities: [hours(11, 11), sevenPoints],
        terms: [noRecognition],
      },
    },
    {
      id: "somalia-ethiopia-ankara-wire",
      title: "Somalia and Ethiopia agree roadmap on sea access after Turkish-hosted talks",
      source: "East Africa Newswire",
      publishedAt: null,
      body: paragraphs(
        "Somalia and Ethiopia agreed late Monday on a roadmap that could give landlocked Ethiopia commercial access to a Somali port, after some 11 hours of talks hosted by Turkey in Ankara.",
        'The seven-point text commits the two governments to negotiate a lease of port facilities "under the full sovereignty of the Federal Republic of Somalia" and to study a road and rail corridor linking the port to the Ethiopian highlands.',
        "Foreign Minister Abdiqani Hassan Warsame and Col. Mohamed Ali Gaal represented Somalia. Ethiopia's team was led by Tewodros Alemu Bekele, a state minister of foreign affairs, with Brig. Gen. Dawit Kebede Ayana.",
        "The talks brought together the two delegations with Turkish mediators led by Mehmet Kerem Aydınlı and his Africa director, Elif Sarıkaya. The US side, led by special envoy Jonathan Pruett, sat in as observers; Pruett's three-person team included Samuel Gidley, an NSC director.",
        "A Somali official said Mogadishu had insisted that the text rule out any recognition of Somaliland, the northern region that declared independence in 1991 and whose 2024 deal with Ethiopia set off the crisis.",
        '"Yonas Berhane used to say that a port is worth more than a flag. Nobody in Addis has changed their mind," said an Ethiopian analyst who asked not to be named because he advises the government.',
        "Somaliland's foreign ministry, in a statement from Hargeisa, said no agreement between Mogadishu and Addis Ababa could bind it.",
        "The dispute had threatened cooperation against al-Shabaab, the al-Qaeda affiliate that still controls large parts of rural southern and central Somalia. Ethiopia has several thousand troops in the country, some under the African Union mission and others under bilateral arrangements.",
        "Technical committees are due to report in 90 days.",
      ),
      gold: {
        people: [
          warsame,
          gaal,
          tewodros,
          dawit,
          aydinli,
          sarikaya,
          pruett,
          gidley,
          { name: "Yonas Berhane" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 1 } },
        quantities: [hours(11, 11), sevenPoints],
        terms: [noRecognition],
      },
    },
  ],
};
