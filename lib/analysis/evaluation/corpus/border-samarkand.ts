import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Kyrgyz–Tajik border talks in Samarkand on Thursday, September 17, 2026, hosted by
 * Uzbekistan and mediated by the OSCE, with Chinese and US observers. The Dushanbe Courier
 * dates the round to Wednesday and names a different Tajik delegation.
 */

const asanaliev: GoldPerson = {
  name: "Kubanychbek Asanaliev",
  aliases: ["Asanaliev"],
  side: "kyrgyzstan",
  delegation: "kyrgyzstan",
};
const sadykova: GoldPerson = { name: "Aizada Sadykova", side: "kyrgyzstan", delegation: "kyrgyzstan" };
const nazarzoda: GoldPerson = {
  name: "Rustam Nazarzoda",
  aliases: ["Nazarzoda"],
  side: "tajikistan",
  delegation: "tajikistan",
};
const sharipov: GoldPerson = { name: "Farrukh Sharipov", side: "tajikistan", delegation: "tajikistan" };
const karimberdiyev: GoldPerson = {
  name: "Jamshid Karimberdiyev",
  side: "uzbekistan",
  delegation: "uzbekistan",
};
const vanDerLind: GoldPerson = {
  name: "Henrik van der Lind",
  aliases: ["van der Lind"],
  side: "osce",
  delegation: "osce",
};
const zhao: GoldPerson = { name: "Zhao Haoran", side: "china", delegation: "china" };
const marchetti: GoldPerson = { name: "Ellen Marchetti", side: "us", delegation: "us" };
const terms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "demilitarized-zone", stance: "proposed" },
] as const;
const fiveHours = goldQuantity("meeting.duration", 5, 5, "hour");
const eightPoints = goldQuantity("plan.size", 8, 8, "point");

export const BORDER_SAMARKAND: GoldCluster = {
  id: "border-samarkand",
  title: "Kyrgyz–Tajik border talks in Samarkand",
  contradict: [{ slot: "meeting.date" }, { delegation: "tajikistan" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "kyrgyzstan" },
    { delegation: "uzbekistan" },
    { delegation: "osce" },
  ],
  articles: [
    {
      id: "border-caspian",
      title: "Kyrgyzstan, Tajikistan agree to keep talking after border clashes",
      source: "Caspian Newswire",
      publishedAt: "2026-09-17",
      body: paragraphs(
        "SAMARKAND, Uzbekistan, Sept 17 (Caspian Newswire) — Kyrgyz and Tajik negotiators met for five hours in Samarkand on Thursday and agreed to discuss an eight-point protocol that would pull troops back from the disputed Isfara valley, two months after clashes there killed at least 40 people.",
        "The Kyrgyz delegation was led by Deputy Prime Minister Kubanychbek Asanaliev. Asanaliev's deputy, Aizada Sadykova, who heads the national demarcation commission, also attended.",
        "The Tajik side was represented by Foreign Minister Rustam Nazarzoda and presidential aide Farrukh Sharipov.",
        "The talks were hosted by Uzbek Foreign Minister Jamshid Karimberdiyev and mediated by Henrik van der Lind, the OSCE's special representative for the South Caucasus and Central Asia. Zhao Haoran, China's special envoy for Central Asian affairs, attended as an observer.",
        "The protocol provides for a ceasefire monitored by joint patrols and a demilitarized zone along a 12-kilometre stretch of the border near the Tajik enclave of Vorukh, according to a draft seen by Caspian Newswire.",
        'In Moscow, Russian Deputy Foreign Minister Oleg Stepanenko told reporters that Russia "welcomes any step that lowers tension between our allies." Russia was not represented in Samarkand.',
        "Kyrgyz President Almazbek Orozov, who has staked his reputation on a final border deal, is due to discuss the talks with his Tajik counterpart at a regional summit in October.",
        "Nearly half of the 970-kilometre frontier remains undemarcated, a legacy of Soviet-era boundaries drawn with little regard for where villages and water channels lay. Disputes over pastures and irrigation canals have repeatedly turned violent.",
      ),
      gold: {
        people: [
          asanaliev,
          sadykova,
          nazarzoda,
          sharipov,
          karimberdiyev,
          vanDerLind,
          zhao,
          { name: "Oleg Stepanenko", side: "russia" },
          { name: "Almazbek Orozov", side: "kyrgyzstan" },
        ],
        talksDate: goldDay("2026-09-17"),
        quantities: [fiveHours, eightPoints],
        terms,
      },
    },
    {
      id: "border-steppe",
      title: "Why the Samarkand border talks matter beyond the Ferghana valley",
      source: "Steppe Analytica",
      publishedAt: "2026-09-19",
      body: paragraphs(
        "Thursday's meeting in Samarkand was the most senior contact between Bishkek and Dushanbe since the clashes in July, and the first with an outside mediator in the room.",
        "Bishkek's team was led by Kubanychbek Asanaliev, the deputy prime minister who has handled the border file for three years. Across from him sat Rustam Nazarzoda, Tajikistan's foreign minister, and Farrukh Sharipov, an aide to the Tajik president with close ties to the security services.",
        "The mediator, Henrik van der Lind, is a Dutch diplomat who spent a decade on frozen conflicts in the Caucasus before joining the OSCE. He shuttled between the two delegations for much of the five-hour session, according to a diplomat briefed on it.",
        "Uzbekistan's role was more than logistical. Its foreign minister, Jamshid Karimberdiyev, opened the meeting and kept both delegations at the table when the Tajik side threatened to walk out over the wording on water rights.",
        'Outside powers watched closely. Ellen Marchetti, the State Department\'s senior adviser for Central Asia, sat in on the session as an observer, as did a Chinese special envoy. "Washington wants to be seen in the room without being seen to take sides," said Dmitri Volkonsky, a Bishkek-based analyst.',
        "The eight-point protocol on the table is modest: a ceasefire, joint patrols, and a demilitarized zone around the Vorukh enclave. It leaves the hardest questions, including the status of the Kok-Tash reservoir, for later rounds.",
        'Tajik officials in Dushanbe were guarded. "We will judge the process by what happens on the ground," said Nilufar Rahmonova, a spokeswoman for the Tajik foreign ministry, in a statement.',
        "Previous agreements, in 2021 and 2023, collapsed within weeks. Analysts say the presence of a mediator, and of Uzbekistan as a neighbour with its own stake in stable borders, makes this attempt different.",
      ),
      gold: {
        people: [
          asanaliev,
          nazarzoda,
          sharipov,
          vanDerLind,
          karimberdiyev,
          marchetti,
          { name: "Dmitri Volkonsky" },
          { name: "Nilufar Rahmonova", side: "tajikistan" },
        ],
        talksDate: goldDay("2026-09-17"),
        quantities: [fiveHours, eightPoints],
        terms,
      },
    },
    {
      id: "border-live",
      title: "Live updates: Kyrgyz–Tajik talks in Samarkand",
      source: "Eurasia Live",
      publishedAt: "2026-09-17",
      body: paragraphs(
        "09:30 Delegations from Kyrgyzstan and Tajikistan have arrived at the Registan conference hall in Samarkand for talks on Thursday aimed at ending months of deadly border clashes.",
        "09:45 Kubanychbek Asanaliev, Kyrgyzstan's deputy prime minister, heads his country's delegation. With him are Aizada Sadykova of the demarcation commission and Maksat Dzhumabaev, a deputy interior minister.",
        "10:00 The Tajik delegation, led by Foreign Minister Rustam Nazarzoda, arrived separately. Nazarzoda's team also includes Farrukh Sharipov, an aide to the president.",
        "10:15 Uzbekistan's foreign minister, Jamshid Karimberdiyev, welcomed the delegations and handed the floor to the OSCE mediator, Henrik van der Lind.",
        "11:20 Some background: the two countries share a frontier of about 970 kilometres, and nearly half of it has never been formally agreed. Fighting in July around the Isfara valley killed at least 40 people and forced thousands of villagers on both sides to flee their homes.",
        "11:50 Security around the hall is tight. Uzbek police have closed the streets near the venue, and journalists are being kept in a press room across the square, where the delegations are not expected to appear before the end of the session.",
        "12:40 A Kyrgyz official tells us the mediators have circulated an eight-point draft. The first point is a ceasefire; the third is a demilitarized strip near Vorukh.",
        '15:05 The session has ended after five hours. "The atmosphere was businesslike," van der Lind told reporters. Asked whether the draft would be signed, he said it was "too early."',
        "15:30 In Bishkek, government spokesman Erlan Bekbolotov said the delegation would report to President Almazbek Orozov on Friday.",
      ),
      gold: {
        people: [
          asanaliev,
          sadykova,
          { name: "Maksat Dzhumabaev", side: "kyrgyzstan", delegation: "kyrgyzstan" },
          nazarzoda,
          sharipov,
          karimberdiyev,
          vanDerLind,
          { name: "Erlan Bekbolotov", side: "kyrgyzstan" },
          { name: "Almazbek Orozov", side: "kyrgyzstan" },
        ],
        talksDate: goldDay("2026-09-17"),
        quantities: [fiveHours, eightPoints],
        terms,
      },
    },
    {
      id: "border-courier",
      title: "Dushanbe sends security chief to Samarkand border talks",
      source: "Dushanbe Courier",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "DUSHANBE — Tajikistan sent the head of its border troops rather than its foreign minister to Wednesday's talks with Kyrgyzstan in Samarkand, a choice officials here said reflected the security focus of the negotiations.",
        "The Tajik delegation was headed by Lt. Gen. Sino Saidzoda, commander of the border troops, and included Davlat Qurbonov, a senior official of the State Committee for Land Management. Foreign Minister Rustam Nazarzoda followed the talks from Dushanbe, a ministry official said.",
        "The Kyrgyz side sent Deputy Prime Minister Kubanychbek Asanaliev, who was accompanied by Aizada Sadykova.",
        "The five-hour meeting, hosted by Uzbekistan's foreign minister, Jamshid Karimberdiyev, and mediated by the OSCE's Henrik van der Lind, produced agreement to study an eight-point protocol that includes a ceasefire and a demilitarized zone.",
        '"Our delegation defended the interests of the residents of Vorukh firmly," said Nilufar Rahmonova, the foreign ministry\'s spokeswoman. Gen. Saidzoda did not speak to reporters after the session.',
        'Residents of the border district of Isfara said they remained fearful. "We plant our fields and do not know whether we will harvest them," said Gulnora Yusupova, a farmer in the village of Chorkuh.',
        "The talks followed two months of sporadic firing along the frontier, which has left dozens of homes destroyed on both sides and closed the main road linking the Tajik enclave of Vorukh to the rest of the country.",
        "Diplomats said the choice of a military delegation suggested Dushanbe wanted the protocol's security provisions settled before any discussion of where the line itself should run.",
        "A follow-up round is expected in Bishkek next month, according to the OSCE.",
      ),
      gold: {
        people: [
          { name: "Sino Saidzoda", side: "tajikistan", delegation: "tajikistan" },
          { name: "Davlat Qurbonov", side: "tajikistan", delegation: "tajikistan" },
          { name: "Rustam Nazarzoda", side: "tajikistan" },
          asanaliev,
          sadykova,
          karimberdiyev,
          vanDerLind,
          { name: "Nilufar Rahmonova", side: "tajikistan" },
          { name: "Gulnora Yusupova" },
        ],
        talksDate: goldDay("2026-09-16"),
        quantities: [fiveHours, eightPoints],
        terms,
      },
    },
  ],
};
