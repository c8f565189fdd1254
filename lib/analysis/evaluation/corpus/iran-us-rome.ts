import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Indirect US–Iran nuclear talks at the Omani embassy in Rome on Saturday, April 25, 2026,
 * with Oman's foreign minister shuttling between the American and Iranian rooms. Alborz Daily
 * dates the round to Friday, April 24; the other outlets agree on Saturday. Durations range
 * from "more than four hours" to "nearly five hours", and every outlet that sizes the US
 * framework gives it five points.
 */

const holloway: GoldPerson = { name: "Garrett Holloway", side: "us", delegation: "us" };
const whitfield: GoldPerson = { name: "Dana Whitfield", side: "us", delegation: "us" };
const osei: GoldPerson = { name: "Michael Osei", side: "us", delegation: "us" };
const lindqvist: GoldPerson = { name: "Karen Lindqvist", side: "us", delegation: "us" };
const rahimpour: GoldPerson = { name: "Hossein Rahimpour", side: "iran", delegation: "iran" };
const tavakoli: GoldPerson = { name: "Majid Tavakoli", side: "iran", delegation: "iran" };
const ghanbari: GoldPerson = { name: "Kazem Ghanbari", side: "iran", delegation: "iran" };
const harthy: GoldPerson = {
  name: "Sayyid Khalid bin Saud Al Harthy",
  aliases: ["Al Harthy", "Khalid Al Harthy", "Sayyid Khalid Al Harthy"],
  side: "oman",
  delegation: "oman",
};
const kermani: GoldPerson = { name: "Nasser Kermani", side: "iran" };
const mokhtari: GoldPerson = { name: "Ali-Reza Mokhtari", side: "iran" };
const duration = (
  min: number,
  max: number | null,
  flags: { minExclusive?: boolean; maxExclusive?: boolean } = {},
) => goldQuantity("meeting.duration", min, max, "hour", flags);
/** "Nearly five hours", "almost five hours": a bit under five, at most five. */
const nearlyFiveHours = duration(4.5, 5);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const reliefAndAssets = [
  { term: "sanctions-relief", stance: "proposed" },
  { term: "frozen-assets", stance: "proposed" },
] as const;

export const IRAN_US_ROME: GoldCluster = {
  id: "iran-us-rome",
  title: "Indirect US–Iran nuclear talks in Rome",
  sides: {
    iran: ["iran", "iranian", "tehran", "islamic-republic-of-iran"],
    oman: ["oman", "omani", "muscat"],
    italy: ["italy", "italian"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "us" },
    { delegation: "iran" },
    { delegation: "oman" },
    { term: "sanctions-relief" },
  ],
  articles: [
    {
      id: "iran-rome-tiber",
      title: "US, Iran hold indirect nuclear talks in Rome with Oman as go-between",
      source: "Tiber Wire",
      publishedAt: "2026-04-25",
      body: paragraphs(
        "ROME, April 25 (Tiber Wire) — American and Iranian negotiators held nearly five hours of indirect talks in Rome on Saturday, with Oman's foreign minister carrying messages between two rooms at his country's embassy as the two sides explored a framework that would cap Iran's uranium enrichment in exchange for sanctions relief.",
        "Washington's special envoy, Garrett Holloway, led the US team, which included Dana Whitfield, the State Department's director of policy planning, and Michael Osei, a deputy assistant secretary of state who handles Iran. Iran's delegation was headed by Foreign Minister Hossein Rahimpour, accompanied by his deputies Majid Tavakoli and Kazem Ghanbari.",
        "The delegations never sat in the same room. Oman's foreign minister, Sayyid Khalid bin Saud Al Harthy, shuttled between them throughout the afternoon, according to two diplomats briefed on the session who asked not to be named because the talks are confidential.",
        '"The distance between the two positions is smaller than it was in Muscat, and both delegations know it," Al Harthy said in a statement posted after the session ended. He said technical teams would meet in Geneva next week and that the principals would return to Rome in early May.',
        "The US side presented a five-point framework covering enrichment levels, inspections by the International Atomic Energy Agency, the fate of Iran's stockpile of highly enriched uranium, a timetable for sanctions relief and a mechanism for settling disputes, one of the diplomats said.",
        'In Tehran, foreign ministry spokesman Nasser Kermani told state television that the delegation had "defended the nation\'s right to enrichment" and that any agreement would have to include the release of Iranian funds frozen abroad, which officials there put at about $6 billion.',
        "The IAEA said in its most recent quarterly report that Iran held roughly 270 kilograms of uranium enriched to 60 percent purity, a short technical step from the 90 percent needed for a weapon. Tehran says its programme is entirely peaceful.",
        'At the White House, press secretary Allison Trent said the president wanted "a deal, not a process" and that the envoy would brief him by phone on Sunday.',
        "The United States withdrew in 2018 from the 2015 nuclear accord between Iran and world powers and reimposed sweeping sanctions on Iranian oil exports and banks. Saturday's round was the third since the channel reopened in March, after almost a year in which the two governments exchanged messages only through Swiss diplomats.",
      ),
      gold: {
        people: [
          holloway,
          whitfield,
          osei,
          rahimpour,
          tavakoli,
          ghanbari,
          harthy,
          kermani,
          { name: "Allison Trent", side: "us" },
        ],
        talksDate: goldDay("2026-04-25"),
        quantities: [nearlyFiveHours, points(5)],
        terms: reliefAndAssets,
      },
    },
    {
      id: "iran-rome-gulf",
      title: "Analysis: In Rome, Oman's corridor diplomacy keeps the US–Iran channel alive",
      source: "The Gulf Chronicle",
      publishedAt: "2026-04-27",
      body: paragraphs(
        "For the second time in a month, the most consequential diplomacy in the Middle East was conducted by a man walking up and down a corridor.",
        "On Saturday in Rome, Sayyid Khalid bin Saud Al Harthy, Oman's foreign minister, spent more than four hours carrying papers between two delegations that still refuse to share a room. In one sat Garrett Holloway, the former trial lawyer whom the White House made its special envoy last year, and his deputy, Michael Osei. Across the corridor was Hossein Rahimpour, Iran's foreign minister, flanked by Majid Tavakoli, his deputy for legal and international affairs.",
        "The format is clumsy by design. It allows Tehran to say it is not negotiating with Washington, and it allows Washington to say that it is. It also gives Muscat a role it has guarded jealously since it hosted the secret contacts that preceded the 2015 accord.",
        "What the envoy brought to Rome was modest: a five-point American framework that, according to two Gulf diplomats, sets out principles on enrichment, inspections and the sequencing of sanctions relief without putting numbers on any of them. Iran answered with a written paper of its own. Neither side has published either text.",
        '"This is the stage where each side tests whether the other can sell a deal at home," said Farideh Sadeghi, an associate fellow at Chatham House. "Everyone in Tehran remembers what happened to Dariush Farhadi\'s agreement. Nobody wants to be the next one to sign something that Washington tears up."',
        "Tehran's hardliners are already sharpening their knives. Ali-Reza Mokhtari, who chairs the parliament's national security committee, said on Sunday that any deal lowering enrichment below 20 percent would be \"a surrender dressed up as diplomacy.\" He did not travel to Rome, and his committee has no formal say over the negotiating team.",
        "For Oman, the stakes are different. The sultanate, with a population of barely five million, has built its foreign policy on being the one capital both sides will still answer the phone to. A collapse of the channel would diminish that standing; a deal would enshrine it for a generation.",
        "The next test comes quickly. Technical experts are due in Geneva this week, and Al Harthy has told both delegations he expects them back in Rome within a fortnight. Whether the envoy returns with numbers in his briefcase will say more about American intentions than any statement issued so far.",
      ),
      gold: {
        people: [harthy, holloway, osei, rahimpour, tavakoli, { name: "Farideh Sadeghi" }, mokhtari],
        talksDate: goldDay("2026-04-25"),
        // "More than four hours": above four, no upper bound.
        quantities: [duration(4, null, { minExclusive: true }), points(5)],
        terms: [{ term: "sanctions-relief", stance: "proposed" }],
      },
    },
    {
      id: "iran-rome-alborz",
      title: "Rahimpour after Rome round: 'The ball is in Washington's court'",
      source: "Alborz Daily",
      publishedAt: "2026-04-25",
      body: paragraphs(
        'TEHRAN — Foreign Minister Hossein Rahimpour said the "ball is now in Washington\'s court" after Iranian and American negotiators held a fresh round of indirect talks in Rome on Friday, April 24, through Omani mediation.',
        "The Iranian delegation, led by Rahimpour, comprised deputy foreign ministers Majid Tavakoli and Kazem Ghanbari as well as Reza Nikbakht, the head of the legal department at the Atomic Energy Organization of Iran. The American side was headed by Garrett Holloway, the US president's special envoy.",
        "The talks lasted five hours and were held at the Omani embassy in the Italian capital, with Omani Foreign Minister Sayyid Khalid Al Harthy conveying messages between the two teams.",
        '"Our positions were presented clearly and in writing," Rahimpour told Iranian reporters at the embassy before flying home. "Iran\'s right to enrichment on its own soil is not negotiable. Whatever else is discussed, the lifting of sanctions must be real and verifiable, not a promise on paper."',
        'Ghanbari, who oversees the political file, said the Iranian side had also raised the release of Iranian assets frozen in foreign banks and that the American delegation had "listened carefully." He gave no figure, but officials have previously put the sum at several billion dollars.',
        "Tavakoli told the Islamic Republic News Agency that experts from both sides would meet in the coming days to work on technical details, and that the venue would be announced by Muscat.",
        "The round was the third since indirect contacts resumed in March after a hiatus of almost a year. The first two were held in the Omani capital.",
        'Inside Iran, reaction was mixed. Conservative newspapers warned the delegation against "repeating the mistakes of 2015", while the reformist daily Sobh-e Omid ran a front-page headline welcoming "a window of hope."',
        "The rial strengthened about 3 percent on Tehran's open market after news of the talks, traders said, changing hands at around 905,000 to the dollar.",
        "Government spokeswoman Parisa Jafari said the cabinet would discuss the results of the round at its weekly meeting. \"The government's instruction to the negotiating team has not changed: protect the nation's rights and bring the sanctions to an end,\" she said.",
      ),
      gold: {
        people: [
          rahimpour,
          tavakoli,
          ghanbari,
          { name: "Reza Nikbakht", side: "iran", delegation: "iran" },
          holloway,
          harthy,
          { name: "Parisa Jafari", side: "iran" },
        ],
        talksDate: goldDay("2026-04-24"),
        // "Lasted five hours": a flat figure.
        quantities: [duration(5, 5)],
        terms: reliefAndAssets,
      },
    },
    {
      id: "iran-rome-keystone",
      title: "Live updates: US and Iran hold third round of indirect nuclear talks in Rome",
      source: "Keystone News",
      publishedAt: "2026-04-25",
      body: paragraphs(
        "Saturday, April 25 — all times are local in Rome (CEST).",
        "9:35 a.m. — Good morning from Rome, where US and Iranian negotiators are due to begin their third round of indirect talks at the Omani embassy within the hour. Security is tight; Italian police have closed off two blocks around the compound.",
        "9:58 a.m. — Iran's foreign minister, Hossein Rahimpour, has arrived. He is accompanied by Kazem Ghanbari, his deputy for political affairs, and did not stop to speak to reporters.",
        "10:12 a.m. — The American delegation, headed by special envoy Garrett Holloway, pulls up. A US official tells us Holloway is joined by Dana Whitfield of the State Department and Karen Lindqvist, a Treasury official who oversees Iran sanctions. Her presence is being read here as a sign that sanctions relief will be discussed in some detail.",
        "10:20 a.m. — Oman's foreign minister, Sayyid Khalid Al Harthy, has begun the first round of shuttling between the two rooms.",
        "11:40 a.m. — Italy's foreign minister, Lorenzo Ferraresi, stopped briefly at the embassy to greet his Omani counterpart before leaving for Milan. Italian officials stress that he is not taking part in the talks.",
        "12:30 p.m. — A quick primer. The US wants Iran to cut enrichment to low levels and ship out or dilute its stockpile of near-weapons-grade uranium. Iran wants sanctions relief up front, the release of roughly $6 billion in frozen assets and assurances that a future administration cannot simply walk away. A five-point US framework is on the table, officials say.",
        '2:05 p.m. — "The fact that Treasury is in the building matters more than any statement," says Ethan Rourke, a former State Department nonproliferation official now at the Carnegie Endowment. "You don\'t bring the sanctions people to a meeting about principles."',
        "2:58 p.m. — It's over. The talks wrapped up after almost five hours, according to an Omani official.",
        '3:25 p.m. — Holloway, leaving the embassy, tells reporters: "It was a serious conversation. We are not there yet." He would not say whether the delegations might meet face to face next time.',
        '4:10 p.m. — From Tehran, foreign ministry spokesman Nasser Kermani says the Iranian team "presented its positions in full" and will report to the country\'s leadership tonight.',
        "5:30 p.m. — That's it from us for today. Technical teams are expected to meet in Geneva later this week, and Oman says the principals could be back in Rome within two weeks.",
      ),
      gold: {
        people: [
          rahimpour,
          ghanbari,
          holloway,
          whitfield,
          lindqvist,
          harthy,
          { name: "Lorenzo Ferraresi", side: "italy" },
          { name: "Ethan Rourke" },
          kermani,
        ],
        talksDate: goldDay("2026-04-25"),
        quantities: [nearlyFiveHours, points(5)],
        terms: reliefAndAssets,
      },
    },
    {
      id: "iran-rome-adriatic",
      title: "Oman says US and Iran 'closer' after Rome round",
      source: "Adriatic Press Agency",
      publishedAt: null,
      body: paragraphs(
        "US and Iranian negotiators ended a third round of indirect nuclear talks in Rome on Saturday after about four and a half hours, with Omani mediators saying the two sides had moved closer on the principles of a deal but remained apart on how fast sanctions would be lifted.",
        'Oman\'s foreign minister, Sayyid Khalid bin Saud Al Harthy, who carried messages between the delegations, said the talks had been "constructive and more detailed than before."',
        "The talks brought together US special envoy Garrett Holloway and Iranian Foreign Minister Hossein Rahimpour, though the two men did not meet face to face. Michael Osei, the State Department's senior official on Iran, accompanied the envoy. The Iranian minister was joined by his deputy Majid Tavakoli.",
        "According to a diplomat familiar with the talks, the discussions centred on a five-point US proposal. Its elements include limits on enrichment, expanded IAEA inspections and a phased schedule of sanctions relief, the diplomat said. Iran is demanding the immediate release of its frozen assets as a sign of good faith.",
        'In Vienna, the director general of the International Atomic Energy Agency, Helena Marquardt, said her inspectors were "ready to return at scale within days" if an agreement allowed it. The agency has had limited access to Iranian sites since 2021.',
        "The 2015 accord capped Iran's enrichment at 3.67 percent and its stockpile of enriched uranium at 300 kilograms. Iran began breaching those limits in 2019, a year after the United States withdrew from the deal and reimposed sanctions.",
        'A senior Iranian lawmaker, Ali-Reza Mokhtari, warned the delegation against accepting "any limits not accepted by other members of the Non-Proliferation Treaty."',
        "The White House said the envoy would brief the president on Sunday. No date has been set for the next round, but technical experts from both sides are expected to meet in Geneva, where they will try to turn the principles discussed in Rome into draft language.",
      ),
      gold: {
        people: [harthy, holloway, rahimpour, osei, tavakoli, { name: "Helena Marquardt" }, mokhtari],
        talksDate: { start: null, end: null, parts: { weekday: 6 } },
        // "About four and a half hours": half an hour either way.
        quantities: [duration(4, 5), points(5)],
        terms: reliefAndAssets,
      },
    },
  ],
};
