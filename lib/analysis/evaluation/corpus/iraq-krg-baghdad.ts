import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US-brokered talks between Iraq's federal government and the Kurdistan Regional Government
 * (KRG) in Baghdad on Wednesday, November 4, 2026, on a framework covering oil exports through
 * the Kirkuk–Ceyhan pipeline, salary transfers and a demilitarised zone around Makhmour. Four
 * outlets describe a 12-point framework; the Erbil paper reports a 14-point draft.
 */

const alTamimi: GoldPerson = {
  name: "Muhannad Jaafar al-Tamimi",
  aliases: ["al-Tamimi"],
  side: "iraq",
  delegation: "iraq",
};
const abdAlKarim: GoldPerson = {
  name: "Zainab Abd al-Karim",
  aliases: ["Abd al-Karim"],
  side: "iraq",
  delegation: "iraq",
};
const obeid: GoldPerson = { name: "Qassim Mahdi Obeid", side: "iraq", delegation: "iraq" };
const baban: GoldPerson = { name: "Hemin Jalal Baban", side: "krg", delegation: "krg" };
const rashid: GoldPerson = { name: "Srwa Kareem Rashid", side: "krg", delegation: "krg" };
const barwari: GoldPerson = { name: "Sirwan Mahmoud Barwari", side: "krg", delegation: "krg" };
const hamad: GoldPerson = { name: "Dilan Aziz Hamad", side: "krg", delegation: "krg" };
const ashdown: GoldPerson = { name: "Gregory Ashdown", side: "us", delegation: "us" };
const mendizabal: GoldPerson = { name: "Carla Mendizábal", side: "us", delegation: "us" };
const whitfield: GoldPerson = { name: "Dana Whitfield", side: "us", delegation: "us" };
const castellanos: GoldPerson = { name: "Ryan Castellanos", side: "us", delegation: "us" };
const hawezi: GoldPerson = { name: "Peshawa Omer Hawezi", side: "krg" };
const pratt: GoldPerson = { name: "Owen Pratt", side: "us" };
const alKhafaji: GoldPerson = {
  name: "Adnan Sabri al-Khafaji",
  aliases: ["al-Khafaji"],
  side: "iraq",
};
const alHilli: GoldPerson = { name: "Farqad Salman al-Hilli", aliases: ["al-Hilli"], side: "iraq" };
const fattah: GoldPerson = { name: "Kamaran Fattah" };
const wednesday = goldDay("2026-11-04");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const buffer = { term: "demilitarized-zone", stance: "proposed" } as const;

export const IRAQ_KRG_BAGHDAD: GoldCluster = {
  id: "iraq-krg-baghdad",
  title: "Baghdad–Erbil talks on oil and the disputed territories",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "iraq" },
    { delegation: "krg" },
    { delegation: "us" },
    { term: "demilitarized-zone", aliases: ["demilitarised-zone", "buffer-zone"] },
  ],
  sides: {
    iraq: ["iraq", "iraqi", "baghdad", "iraqi-government", "federal-government", "federal"],
    krg: ["krg", "kurdistan-regional-government", "kurdistan-region", "kurdistan", "kurdish", "erbil"],
    turkey: ["turkey", "turkiye", "turkish"],
  },
  articles: [
    {
      id: "iraq-krg-baghdad-glw",
      title: "Baghdad and Erbil agree to keep talking after US-brokered oil and security session",
      source: "Gulf & Levant Wire",
      publishedAt: "2026-11-04",
      body: paragraphs(
        "BAGHDAD, Nov 4 (GLW) — Iraq's federal government and the Kurdistan Regional Government held nearly six hours of US-brokered talks in Baghdad on Wednesday on a 12-point framework that would put Kurdish oil exports through Turkey on a permanent footing and set up joint security arrangements in the territories both sides claim, officials said.",
        "Deputy Prime Minister Muhannad Jaafar al-Tamimi led the federal delegation, which included Zainab Abd al-Karim, a director-general at the Oil Ministry, and Lt. Gen. Qassim Mahdi Obeid, deputy commander of the Joint Operations Command.",
        "The Kurdish side was headed by Hemin Jalal Baban, the KRG's minister of natural resources. He brought with him Srwa Kareem Rashid, a legal adviser to the regional cabinet, and Brig. Gen. Sirwan Mahmoud Barwari of the Ministry of Peshmerga Affairs.",
        "The session was chaired by Gregory Ashdown, the State Department's deputy assistant secretary for Iraq and Iran, who flew in from Washington on Monday. Ashdown was accompanied by Carla Mendizábal, a senior adviser in the department's Bureau of Energy Resources, and by Dana Whitfield, the political counselor at the US embassy in Baghdad.",
        "Under the framework, seen by GLW, exports through the Kirkuk–Ceyhan pipeline would run at about 230,000 barrels a day, with revenue paid into an account controlled by the federal State Oil Marketing Organization. In return Baghdad would transfer public-sector salaries to the region every month. A separate chapter proposes a demilitarised zone around Makhmour, where army and Peshmerga positions sit less than two kilometres apart.",
        '"We did not solve everything today, but for the first time the oil and the guns are in the same document," al-Tamimi told reporters at the Foreign Ministry guesthouse where the talks took place.',
        'In Erbil, KRG spokesman Peshawa Omer Hawezi said the region wanted "a guarantee written in ink, not in promises," adding that salaries for some 1.2 million public employees had been paid late in nine of the past twelve months.',
        'Speaking in Washington, State Department spokesperson Owen Pratt called the session "constructive" and said the United States would "stay at the table as long as both parties want us there."',
        "Exports through the pipeline were halted for two and a half years after a 2023 arbitration ruling against Turkey and resumed in September 2025 under an interim arrangement that has repeatedly stalled over payments to foreign oil companies. Iraqi officials put the cost of the shutdown at more than $25 billion.",
        "Officials from both sides said the delegations were expected to meet again within a fortnight.",
      ),
      gold: {
        people: [
          alTamimi,
          abdAlKarim,
          obeid,
          baban,
          rashid,
          barwari,
          ashdown,
          mendizabal,
          whitfield,
          hawezi,
          pratt,
        ],
        talksDate: wednesday,
        quantities: [hours(6, 6), points(12)],
        terms: [buffer],
      },
    },
    {
      id: "iraq-krg-baghdad-hawler",
      title: "KRG team returns from Baghdad with 14-point draft, salary guarantees still missing",
      source: "Hawler Times",
      publishedAt: "2026-11-05",
      body: paragraphs(
        "ERBIL — The Kurdistan Region's negotiators came home from Baghdad on Thursday with a 14-point draft agreement and, officials here say, more questions than answers.",
        "The delegation, headed by Minister of Natural Resources Hemin Jalal Baban, spent more than five hours on Wednesday across the table from the federal team in talks brokered by the United States. With Baban at his side were legal adviser Srwa Kareem Rashid and Brig. Gen. Sirwan Mahmoud Barwari, the Peshmerga ministry's chief of staff. A fourth member of the team, Dilan Aziz Hamad of the KRG's Department of Foreign Relations, kept the minutes.",
        'Opposite them sat Deputy Prime Minister Muhannad Jaafar al-Tamimi and a group of officers that included Lt. Gen. Qassim Mahdi Obeid. The American mediators — Gregory Ashdown, the senior State Department official responsible for Iraq, and his energy adviser, Carla Mendizábal — "kept both sides in the room when it looked like the afternoon session would collapse," according to a Kurdish participant.',
        'Two of the draft\'s 14 points, on a demilitarised buffer around Makhmour and on joint patrols in the Kirkuk countryside, were described by a KRG official as "acceptable in principle." The points on revenue are another matter.',
        "Baghdad wants every barrel from Kurdish fields sold through the federal marketer, SOMO, before any money moves. Erbil wants salaries paid first. The region's share of the federal budget, fixed at 12.67 percent in the 2023 budget law, has rarely arrived in full or on time.",
        '"We have been burned before, and we will not hand over the keys to our oil on a promise," KRG spokesman Peshawa Omer Hawezi said at a press conference on Thursday.',
        'In Sulaimani, where teachers have staged strikes over unpaid wages since the spring, the talks drew a weary response. "They meet, they shake hands, and my salary is still three months late," said Shilan Omar, 44, a secondary school teacher.',
        '"The last time anyone got this close, Ahmad Zebari was sitting in Baban\'s chair, and that deal fell apart within a month," said Kamaran Fattah, who teaches political science at the University of Sulaimani. "The difference now is that the Americans are in the room and are not pretending to be neutral about the pipeline."',
        "Kurdish officials said a second round could take place in Erbil before the end of the month.",
      ),
      gold: {
        people: [
          baban,
          rashid,
          barwari,
          hamad,
          alTamimi,
          obeid,
          ashdown,
          mendizabal,
          hawezi,
          { name: "Shilan Omar" },
          { name: "Ahmad Zebari" },
          fattah,
        ],
        talksDate: wednesday,
        quantities: [hours(5, null, { minExclusive: true }), points(14)],
        terms: [buffer],
      },
    },
    {
      id: "iraq-krg-baghdad-brief",
      title: "Explainer: what Baghdad and Erbil are really negotiating",
      source: "The Mesopotamia Brief",
      publishedAt: "2026-11-07",
      body: paragraphs(
        "Wednesday's talks in Baghdad between the federal government and the Kurdistan Regional Government were the most serious attempt in years to settle the two quarrels that have poisoned relations since the 2017 independence referendum: who sells Kurdish oil, and who guards the land between the two.",
        "Who was there? The federal team was led by Deputy Prime Minister Muhannad Jaafar al-Tamimi, the Kurdish team by Hemin Jalal Baban, the KRG's natural resources minister. The United States sent a team of three: Gregory Ashdown of the Bureau of Near Eastern Affairs, who chaired; Carla Mendizábal, an energy specialist; and Dana Whitfield from the Baghdad embassy. Turkey, whose port at Ceyhan receives the oil, was not represented, though a Turkish diplomat, Serkan Yıldırımoğlu, was briefed by both delegations afterwards.",
        "What is on the table? A framework of 12 points. The first five deal with oil: metering at the pipeline, sales through the federal marketer, payments to the international companies that pump most of the crude, and a monthly transfer for salaries. The next four cover security, including a demilitarised zone around Makhmour and joint army-Peshmerga patrols in parts of Kirkuk and Nineveh provinces. The last three set up committees and a timetable.",
        "Why now? Both sides need the money. Iraq's budget assumes oil at $70 a barrel, and prices have spent most of the autumn below that. The KRG, whose own parliamentary elections in October 2024 were followed by a long struggle to form a cabinet, cannot keep paying its civil servants late without unrest.",
        'What could go wrong? Almost everything. "Washington has mediated this quarrel under four presidents, and every framework has died in the implementation committees," said Harold Lindqvist, a former US ambassador to Iraq who is now at the Atlantic Council. Lina Haddad-Morel, a researcher at Chatham House, pointed to the armed factions in the disputed territories, none of which were represented on Wednesday. "A buffer zone on paper needs someone willing to enforce it on the ground," she said.',
        "What happens next? Officials say a second round is planned before the end of November. Prime Minister Adnan Sabri al-Khafaji has said he wants a signed text before the federal budget for 2027 goes to parliament.",
      ),
      gold: {
        people: [
          alTamimi,
          baban,
          ashdown,
          mendizabal,
          whitfield,
          { name: "Serkan Yıldırımoğlu", side: "turkey" },
          { name: "Harold Lindqvist" },
          { name: "Lina Haddad-Morel" },
          alKhafaji,
        ],
        talksDate: wednesday,
        quantities: [points(12)],
        terms: [buffer, { term: "elections", stance: "mentioned" }],
      },
    },
    {
      id: "iraq-krg-baghdad-live",
      title: "Live: Baghdad–Erbil talks at the Foreign Ministry guesthouse",
      source: "Rafidain News Online",
      publishedAt: "2026-11-04",
      body: paragraphs(
        "09:12 — Cars carrying the Kurdish delegation have pulled up at the Foreign Ministry guesthouse inside the International Zone. Natural Resources Minister Hemin Jalal Baban stepped out first, followed by Srwa Kareem Rashid, the regional cabinet's legal adviser.",
        "09:30 — The American mediators are here. Deputy Assistant Secretary of State Gregory Ashdown arrived with Dana Whitfield, the embassy's political counselor. A third US official, Ryan Castellanos, a director at the National Security Council, is also attending, an embassy spokesperson confirmed.",
        "09:41 — Deputy Prime Minister Muhannad Jaafar al-Tamimi is leading the federal team. He walked in flanked by Zainab Abd al-Karim of the Oil Ministry and declined to answer questions.",
        "09:50 — The doors are closed. The session has begun.",
        "11:05 — Background: the Kirkuk–Ceyhan pipeline can carry far more than the region now exports. Before the 2023 shutdown, Kurdish fields sent roughly 450,000 barrels a day to Turkey.",
        "13:20 — A source in the room tells us the mediators have tabled a 12-point framework. Point nine, we understand, proposes a demilitarised zone around Makhmour, where the front lines of the army and the Peshmerga almost touch.",
        '14:02 — Statement from the prime minister\'s office: Prime Minister Adnan Sabri al-Khafaji "is following the talks closely and has instructed the delegation to reach an agreement that protects the rights of all Iraqis."',
        '15:44 — It\'s over. The talks ended after almost six hours. Ashdown, speaking briefly on the steps, said the parties had made "real progress on the hardest questions" and would meet again soon.',
        '15:58 — al-Tamimi, leaving the building, said only: "Twelve points, and we agree on most of them."',
        "16:20 — From Erbil, KRG spokesman Peshawa Omer Hawezi says the region's delegation will report to the Council of Ministers on Thursday before any statement is made.",
        '16:45 — Government spokesman Farqad Salman al-Hilli tells a news conference that Baghdad is "optimistic but realistic." Asked about salaries, he said 1.2 trillion dinars had been set aside for November.',
        "17:10 — That's where we'll leave our live coverage for today. Thanks for following.",
      ),
      gold: {
        people: [
          baban,
          rashid,
          ashdown,
          whitfield,
          castellanos,
          alTamimi,
          abdAlKarim,
          alKhafaji,
          hawezi,
          alHilli,
        ],
        talksDate: wednesday,
        quantities: [hours(6, 6), points(12)],
        terms: [buffer],
      },
    },
    {
      id: "iraq-krg-baghdad-levant",
      title: "Iraq, Kurds inch toward oil and security deal",
      source: "Levant Wire",
      publishedAt: null,
      body: paragraphs(
        "Negotiators for Iraq's central government and the autonomous Kurdistan region met for about six hours in Baghdad on Wednesday and said afterwards that they had narrowed their differences on a framework of twelve points, though the core dispute over oil revenue remains open.",
        "Washington's point man on Iraq, Gregory Ashdown, presided. He was joined by Carla Mendizábal, who advises the State Department on energy, and by Ryan Castellanos of the White House National Security Council, according to two officials familiar with the arrangements.",
        "The federal government was represented by Deputy Prime Minister Muhannad Jaafar al-Tamimi. Facing him across the table sat the Kurdistan Regional Government's natural resources minister, Hemin Jalal Baban, and Brig. Gen. Sirwan Mahmoud Barwari, a senior Peshmerga officer.",
        "The framework would guarantee monthly salary payments to the region in return for Kurdish crude being sold through Iraq's state marketer. It also proposes pulling troops and Peshmerga fighters back from a strip of land around Makhmour to create a demilitarised zone, and sets up joint patrols in parts of Kirkuk province.",
        "Relations between Baghdad and Erbil have been fraught since September 2017, when Kurds voted overwhelmingly for independence in a referendum Baghdad rejected. Weeks later, federal forces took back Kirkuk and its oil fields, and dozens of people were killed in clashes.",
        '"There is no trust between these two capitals, so the Americans are lending them some," said Kamaran Fattah, a political scientist in Sulaimani. "The question is how long Washington is prepared to keep doing that."',
        'Kurdish spokesman Peshawa Omer Hawezi said the region expected "written guarantees on salaries before a single barrel changes hands."',
        'A federal official, who spoke on condition of anonymity, said the 12-point text could be signed "within weeks" if the two sides agreed on a formula for paying the foreign oil companies, which are owed more than $1 billion.',
      ),
      gold: {
        people: [ashdown, mendizabal, castellanos, alTamimi, baban, barwari, fattah, hawezi],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [hours(6, 6), points(12)],
        terms: [buffer],
      },
    },
  ],
};
