import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Tajik–Uzbek talks on sharing the Zarafshan river, held in Almaty under Kazakh mediation: one
 * marathon session that opened on Tuesday afternoon, March 3, 2026, and ran past midnight into
 * Wednesday. The Samarkand Post dates the meeting to Monday; the Central Asia Weekly counts seven
 * points in the protocol where the others count nine.
 */

const rahimzoda: GoldPerson = { name: "Davron Rahimzoda", side: "tajikistan", delegation: "tajikistan" };
const nazarova: GoldPerson = { name: "Firuza Nazarova", side: "tajikistan", delegation: "tajikistan" };
const yuldashev: GoldPerson = { name: "Bakhodir Yuldashev", side: "uzbekistan", delegation: "uzbekistan" };
const ergasheva: GoldPerson = { name: "Malika Ergasheva", side: "uzbekistan", delegation: "uzbekistan" };
const serikbayev: GoldPerson = { name: "Aidos Serikbayev", side: "kazakhstan", delegation: "kazakhstan" };
const hours = (min: number, max: number) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const overnight = goldDay("2026-03-03", "2026-03-04");

export const WATER_ALMATY: GoldCluster = {
  id: "water-almaty",
  title: "Tajik–Uzbek water talks in Almaty",
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [{ slot: "meeting.duration" }, { delegation: "tajikistan" }, { delegation: "uzbekistan" }],
  articles: [
    {
      id: "water-steppe",
      title: "Tajikistan, Uzbekistan agree river protocol after all-night talks",
      source: "Steppe Wire",
      publishedAt: "2026-03-04",
      body: paragraphs(
        "ALMATY, March 4 (Steppe Wire) — Tajikistan and Uzbekistan agreed in the early hours of Wednesday on a nine-point protocol for sharing the waters of the Zarafshan river, after a marathon 11-hour session that stretched past midnight, officials from both countries said.",
        "The session opened on Tuesday afternoon at a government guesthouse in the foothills above the city, with Kazakh Foreign Minister Aidos Serikbayev acting as mediator. Tajik Energy and Water Minister Davron Rahimzoda led his country's delegation; Uzbekistan's was headed by Water Resources Minister Bakhodir Yuldashev.",
        "Under the protocol, Tajikistan will guarantee minimum summer releases from its upstream reservoirs, while Uzbekistan will supply electricity to Tajik towns during the winter months, according to a summary seen by Steppe Wire.",
        "Diplomats said the breakthrough came after Kazakhstan proposed that a joint commission, rather than the two ministries, should publish daily flow readings from gauging stations on both sides of the border. Both delegations had arrived with maps showing different figures for the river's average flow, a discrepancy that had helped sink earlier attempts.",
        "The Zarafshan rises in the mountains of northwest Tajikistan and flows west past Samarkand and Bukhara before petering out in the desert. Its water feeds cotton and wheat fields that employ hundreds of thousands of people.",
        "The last round of talks, in Dushanbe in November, broke up without agreement after the two sides failed to settle how much water should reach Uzbek farms downstream. A 1996 water accord between the neighbours lapsed at the end of 2024.",
        '"This is not everything we wanted, but it means our farmers can plant," Mr. Yuldashev told reporters as he left the guesthouse shortly after 1 a.m.',
        "Technical teams are due to meet again next Tuesday in Tashkent to draw up a release schedule before the irrigation season begins in April.",
      ),
      gold: {
        people: [serikbayev, rahimzoda, yuldashev],
        talksDate: overnight,
        quantities: [hours(11, 11), points(9)],
        terms: [],
      },
    },
    {
      id: "water-pamir",
      title: "Neighbours strike water deal in Almaty",
      source: "Pamir Courier",
      publishedAt: null,
      body: paragraphs(
        "Tajik and Uzbek officials met on Tuesday in Almaty and, after nearly 11 hours of talks, agreed on nine points that will govern how the two countries share the Zarafshan, a river that irrigates some of Central Asia's most fertile land.",
        'Energy and Water Minister Davron Rahimzoda, who led the Tajik side with his deputy Firuza Nazarova, said after Tuesday\'s talks that the agreement would "end the quarrel over every cubic metre." The Uzbek delegation was led by Bakhodir Yuldashev, the water resources minister.',
        "The dispute has simmered since the Soviet Union collapsed in 1991 and the river, once managed from Moscow, became an international one. It flared last summer, when farmers in the Samarkand region accused Tajikistan of holding back water to fill its reservoirs.",
        "Under the deal, according to a copy shared with the Pamir Courier, Tajikistan will keep a minimum flow in the river during the growing season, while Uzbekistan will sell electricity to Tajik towns at a discount in winter, when Tajik hydropower plants produce least.",
        "Officials in Dushanbe said the talks had been difficult. At one point, a member of the Tajik team said, the Uzbek delegation threatened to walk out over a clause on reservoir levels, and the Kazakh hosts had to call a recess.",
        "Environmental groups welcomed the agreement but warned that neither side had addressed the shrinking of the glaciers that feed the river.",
        'Kazakhstan, which hosted the meeting, has offered to help monitor the flow. "We are neighbours; the river does not know borders," Kazakh Foreign Minister Aidos Serikbayev said.',
        "The two ministers will meet again next Tuesday, this time in Tashkent, to sign the final text.",
      ),
      gold: {
        people: [
          rahimzoda,
          nazarova,
          yuldashev,
          { name: "Aidos Serikbayev", side: "kazakhstan", delegation: "kazakhstan" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(10.5, 11), points(9)],
        terms: [],
      },
    },
    {
      id: "water-weekly",
      title: "A river deal that leaves the hard questions for later",
      source: "Central Asia Weekly",
      publishedAt: "2026-03-07",
      body: paragraphs(
        "Tuesday's talks in Almaty were billed as the last chance to save this year's cotton crop, and for once the billing was deserved. The session began on Tuesday afternoon and ended in the early hours of Wednesday with a seven-point protocol that both governments are calling historic.",
        "It was not the first attempt. An earlier round in November ended in recriminations, and the neighbours have not had a working water agreement since the 1996 accord lapsed. Relations between Dushanbe and Tashkent, frosty since the border clashes of 2023, have improved only slowly.",
        "The details matter. Under the protocol, Uzbekistan pays for summer water with winter power at a fixed rate per megawatt-hour, a formula that suits Tashkent as long as gas prices stay low. Tajikistan, for its part, gets a guarantee that its reservoirs will not be drained in dry years, something its engineers have wanted for a decade.",
        "The Tajik delegation, led by Davron Rahimzoda, arrived with a demand for compensation for the cost of running its upstream dams. Bakhodir Yuldashev, who led the Uzbek team alongside his deputy Malika Ergasheva, countered with a plan to pay in electricity rather than cash.",
        'The compromise, brokered by Kazakhstan\'s Aidos Serikbayev over 11 hours of sometimes heated argument, does both. "It is a barter, not a treaty," said Timur Aliev, an analyst at the Almaty Institute for Regional Studies.',
        "The protocol still has to be ratified by both parliaments, and a joint commission is supposed to set the first quarterly quotas by March 31. If it slips, the deal may not survive the summer.",
      ),
      gold: {
        people: [rahimzoda, yuldashev, ergasheva, serikbayev, { name: "Timur Aliev" }],
        talksDate: overnight,
        quantities: [hours(11, 11), points(7)],
        terms: [],
      },
    },
    {
      id: "water-live",
      title: "Live: Tajik–Uzbek water talks in Almaty",
      source: "Eurasia Live",
      publishedAt: "2026-03-03",
      body: paragraphs(
        "14:05 — Delegations from Tajikistan and Uzbekistan have arrived at the government guesthouse in Almaty, where talks on the Zarafshan river opened this afternoon. Kazakh Foreign Minister Aidos Serikbayev greeted both teams at the door.",
        "14:40 — A Kazakh official tells us the two sides are working from a 9-point draft circulated last week. The Tajik team is led by Davron Rahimzoda and includes his deputy Firuza Nazarova.",
        "15:20 — Our correspondent outside the guesthouse says the mood among the drivers and security staff is relaxed. Inside, we are told, the first hour was spent on the agenda alone.",
        "17:05 — A Tajik diplomat says the sticking point is the fourth point of the draft, which sets the minimum summer flow at the border. Uzbekistan wants it written as a fixed volume; Tajikistan wants a share of whatever the river carries.",
        "21:10 — Kazakh officials say a break for dinner has been called. Neither delegation has left the building.",
        "22:30 — A reminder of the stakes: the Zarafshan irrigates farmland in both countries, and last summer's shortages hit the Uzbek side hardest. Both governments want a deal before planting begins.",
        '16:15 — Uzbek Water Resources Minister Bakhodir Yuldashev has stepped out briefly to take a call. Asked whether a deal was possible today, he smiled and said: "Ask me tonight."',
        "19:30 — Still no statement. The talks were originally meant to wrap up by 6 p.m.; a press conference scheduled for that time has been postponed indefinitely.",
        "23:50 — Sandwiches have been delivered to the negotiating room. Officials on both sides say they expect to keep talking past midnight.",
      ),
      gold: {
        people: [serikbayev, rahimzoda, nazarova, yuldashev],
        talksDate: goldDay("2026-03-03"),
        quantities: [points(9)],
        terms: [],
      },
    },
    {
      id: "water-samarkand",
      title: "Water accord reached in Almaty",
      source: "Samarkand Post",
      publishedAt: "2026-03-05",
      body: paragraphs(
        "Uzbekistan and Tajikistan reached a nine-point agreement on the Zarafshan river at talks held in Almaty on Monday, ending a dispute that had left thousands of hectares of farmland short of water last year.",
        "The Uzbek delegation was led by Water Resources Minister Bakhodir Yuldashev and his deputy Malika Ergasheva. They faced a Tajik team headed by Energy Minister Davron Rahimzoda.",
        "The talks, which lasted 11 hours, were the first at ministerial level since the two governments fell out over reservoir releases in the spring of 2025.",
        "The agreement sets out how much water Tajikistan will release from its reservoirs during the growing season and how Uzbekistan will pay for it, largely in electricity during the winter. A joint commission will publish flow data from gauging stations on both sides of the border, and Kazakhstan, which mediated, will sit on it as an observer.",
        "In Samarkand, the news was met with relief. Last summer, canals in several districts ran dry for weeks, and farmers lost much of their cotton crop. Critics noted that the agreement still has to be ratified, and that previous deals between the neighbours broke down when dry years strained supplies.",
        "Officials in Tashkent said the text would be published once both governments had approved it.",
        'Farmers\' groups in the Samarkand region welcomed the news. "We have waited for this since 1991," said Rustam Nabiev, who grows cotton near the river.',
        'President Shavkat Mirziyoyev said yesterday that the agreement showed that "good neighbourliness pays," and the government plans to submit it to parliament before the end of March.',
      ),
      gold: {
        people: [
          yuldashev,
          ergasheva,
          rahimzoda,
          { name: "Rustam Nabiev" },
          { name: "Shavkat Mirziyoyev", side: "uzbekistan" },
        ],
        talksDate: goldDay("2026-03-02"),
        quantities: [hours(11, 11), points(9)],
        terms: [],
      },
    },
  ],
};
