import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A full round of the 5+2 talks on Transnistria at the Hofburg in Vienna on Thursday, May 14,
 * 2026: Moldova and the Transnistrian authorities in Tiraspol, the OSCE in the chair, Russia and
 * Ukraine as mediators, the EU and the US as observers. Nearly eight hours of talks and a
 * seven-point package throughout. The Chisinau Courier puts the meeting on Wednesday, May 13.
 */

const margineanu: GoldPerson = { name: "Dorin Mărgineanu", side: "moldova", delegation: "moldova" };
const olaru: GoldPerson = { name: "Cristina Olaru", side: "moldova", delegation: "moldova" };
const rusnac: GoldPerson = { name: "Pavel Rusnac", side: "moldova", delegation: "moldova" };
const prokudin: GoldPerson = {
  name: "Stanislav Prokudin",
  side: "transnistria",
  delegation: "transnistria",
};
const sapozhnik: GoldPerson = {
  name: "Olga Sapozhnik",
  side: "transnistria",
  delegation: "transnistria",
};
const ruegsegger: GoldPerson = { name: "Beat Rüegsegger", side: "osce", delegation: "osce" };
const vandenbroucke: GoldPerson = { name: "Ilse Vandenbroucke", side: "osce", delegation: "osce" };
const voronov: GoldPerson = { name: "Gennady Voronov", side: "russia", delegation: "russia" };
const melnychenko: GoldPerson = { name: "Taras Melnychenko", side: "ukraine", delegation: "ukraine" };
const vermeulen: GoldPerson = { name: "Sophie Vermeulen", side: "eu", delegation: "eu" };
const brandt: GoldPerson = { name: "Alyssa Brandt", side: "us", delegation: "us" };
const bondarchuk: GoldPerson = { name: "Arkady Bondarchuk", side: "transnistria" };
const vatamanu: GoldPerson = { name: "Irina Vatamanu", side: "moldova" };
const thursday = goldDay("2026-05-14");
const eightHours = goldQuantity("meeting.duration", 8, 8, "hour");
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");
const accession = { term: "eu-accession", stance: "mentioned" } as const;

export const TRANSNISTRIA_VIENNA: GoldCluster = {
  id: "transnistria-vienna",
  title: "5+2 talks on Transnistria in Vienna",
  sides: {
    moldova: ["moldova", "moldovan", "chisinau", "republic-of-moldova"],
    transnistria: ["transnistria", "transnistrian", "tiraspol", "pmr", "pridnestrovie", "left-bank"],
    eu: ["eu", "european-union", "brussels"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "moldova" },
    { delegation: "transnistria" },
    { delegation: "osce" },
    { delegation: "russia" },
    { delegation: "ukraine" },
    { delegation: "eu" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "transnistria-danube",
      title: "Moldova, Transnistria resume 5+2 talks in Vienna after seven-year gap",
      source: "Danube Newswire",
      publishedAt: null,
      body: paragraphs(
        "VIENNA (DNW) — Negotiators from Moldova and its breakaway region of Transnistria met in Vienna on May 14 for the first full round of the so-called 5+2 talks since 2019, agreeing to work on a seven-point package of practical measures but making no progress on the region's political status, participants said.",
        "The talks at the Hofburg, chaired by the Organization for Security and Co-operation in Europe, lasted nearly eight hours. Chisinau's delegation was led by Dorin Mărgineanu, Moldova's deputy prime minister for reintegration. Tiraspol sent Stanislav Prokudin, who holds the title of foreign minister in the unrecognised region's administration.",
        "Beat Rüegsegger, the special representative of the Swiss OSCE chairmanship, presided. Russia and Ukraine, the two mediators alongside the OSCE, were represented by Gennady Voronov, an ambassador-at-large at the Russian foreign ministry, and Taras Melnychenko, Kyiv's special envoy for Moldova. The European Union and the United States, observers in the format, sent Sophie Vermeulen, the EU's special representative for Moldova, and Alyssa Brandt of the State Department.",
        '"Seven years is a long time not to talk. Today people who had not spoken since before the war in Ukraine sat at one table," Rüegsegger said after the session.',
        "According to an OSCE summary, the package includes recognition of diplomas issued by Transnistrian universities, access for Moldovan farmers to their land in the Dubăsari district, and the reopening of the Gura Bîcului bridge over the Dniester to heavy vehicles.",
        'In Tiraspol, the region\'s leader, Arkady Bondarchuk, said the round showed that "nothing can be decided about Pridnestrovie without Pridnestrovie."',
        "Transnistria, a strip of land along the Ukrainian border with about 350,000 inhabitants, broke away in a 1992 war that killed around 1,000 people. Russia keeps some 1,500 troops there and guards a Soviet-era ammunition depot at Cobasna thought to hold about 20,000 tonnes of munitions.",
        "The region's economy has been hit hard since Russian gas deliveries through Ukraine stopped in January 2025, forcing its largest steelworks and power plant to cut output. Officials from both banks of the river said the next round could take place in the autumn.",
      ),
      gold: {
        people: [margineanu, prokudin, ruegsegger, voronov, melnychenko, vermeulen, brandt, bondarchuk],
        talksDate: { start: null, end: null, parts: { month: 5, day: 14 } },
        quantities: [eightHours, sevenPoints],
        terms: [],
      },
    },
    {
      id: "transnistria-courier",
      title: "Mărgineanu: Vienna round 'a start, not a turning point'",
      source: "Chisinau Courier",
      publishedAt: "2026-05-15",
      body: paragraphs(
        'CHISINAU — Deputy Prime Minister Dorin Mărgineanu returned from Vienna on Thursday night saying the 5+2 meeting held there on Wednesday was "a start, not a turning point" in resolving the Transnistrian conflict.',
        "Mărgineanu, flanked by Cristina Olaru, director of the Bureau for Reintegration Policies, and his chief adviser Pavel Rusnac, spent close to eight hours across the table from the Tiraspol delegation, which was led by Stanislav Prokudin and his deputy, Olga Sapozhnik.",
        '"We raised the withdrawal of Russian troops and the removal of the munitions at Cobasna. The other side raised what it calls an economic blockade. Nobody was surprised," Mărgineanu told the Courier.',
        "The government has made clear that reintegration must fit Moldova's path to the European Union, which opened accession negotiations with the country in 2024. Officials want businesses on the left bank, which already send most of their exports to EU markets, brought fully under Moldovan customs and tax rules before the country joins.",
        "The seven-point package put forward by the OSCE chair covers issues the two sides have discussed for years: diplomas, vehicle licence plates, farmland near Dubăsari and telephone connections between the two banks of the Dniester.",
        "The session was chaired by the OSCE's Beat Rüegsegger, with the organisation's mission in Moldova represented by its head, Ilse Vandenbroucke. The EU's Sophie Vermeulen and the US delegation, headed by Alyssa Brandt, observed.",
        'Presidential spokesperson Irina Vatamanu said the head of state had been briefed and "supports every step that brings our citizens on the left bank closer to European standards."',
        'Radu Ciobotaru, an analyst at the Foreign Policy Forum in Chisinau, warned against high expectations. "Tiraspol is negotiating for time," he said. "Its sponsor in Moscow has not changed its view, and without that nothing on status will move."',
      ),
      gold: {
        people: [
          margineanu,
          olaru,
          rusnac,
          prokudin,
          sapozhnik,
          ruegsegger,
          vandenbroucke,
          vermeulen,
          brandt,
          vatamanu,
          { name: "Radu Ciobotaru" },
        ],
        talksDate: goldDay("2026-05-13"),
        quantities: [eightHours, sevenPoints],
        terms: [accession],
      },
    },
    {
      id: "transnistria-frontier-live",
      title: "Live: 5+2 talks on Transnistria in Vienna",
      source: "Eastern Frontier Monitor",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "08:50 CET — We're outside the Hofburg in central Vienna, where the OSCE is hosting the first full 5+2 round on Transnistria in nearly seven years. Talks are due to start at 09:30.",
        "09:12 — The Moldovan team arrives: Deputy Prime Minister Dorin Mărgineanu, with Cristina Olaru a step behind him.",
        '09:20 — Tiraspol\'s Stanislav Prokudin walks in without stopping. His deputy, Olga Sapozhnik, tells us they have come "to talk about people, not geopolitics."',
        "09:41 — Who else is inside: the mediators, Russia's Gennady Voronov and Ukraine's Taras Melnychenko, the first time envoys from Moscow and Kyiv have shared a table in this format since February 2022. The EU is represented by Sophie Vermeulen, the US by Alyssa Brandt of the State Department.",
        '11:05 — The Kremlin said this morning that Russia "remains committed to its role as guarantor and mediator" and saw no reason to revisit the presence of its troops on the left bank.',
        "13:30 — A diplomat tells us the chair, the OSCE's Beat Rüegsegger, has circulated a seven-point paper. Expect it to be mostly about licence plates, diplomas and farmland.",
        "15:10 — Context: Transnistria's budget long depended on free Russian gas, which stopped arriving via Ukraine on January 1, 2025. Power cuts and factory closures followed that winter, hitting tens of thousands of people.",
        '17:25 — Doors open. The talks ran nearly eight hours. Rüegsegger says the sides agreed to "continue work on all seven points at expert level" and to meet again in the autumn.',
        '17:40 — Helga Paulitsch of the Austrian Institute for International Affairs, watching with us: "Modest, yes. But for this format, a day without a public row is worth noting."',
        '17:55 — Our reporter at the Varnița crossing outside Bender spoke to a pensioner waiting in line: "My brother Sergei Lungu works in Chisinau. I would just like to visit him without three hours at the checkpoint."',
        "18:10 — That's all from Vienna today. Thanks for following.",
      ),
      gold: {
        people: [
          margineanu,
          olaru,
          prokudin,
          sapozhnik,
          voronov,
          melnychenko,
          vermeulen,
          brandt,
          ruegsegger,
          { name: "Helga Paulitsch" },
          { name: "Sergei Lungu" },
        ],
        talksDate: thursday,
        quantities: [eightHours, sevenPoints],
        terms: [],
      },
    },
    {
      id: "transnistria-ringstrasse",
      title: "Transnistria talks return to Vienna",
      source: "Ringstrasse Radio News",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "Vienna hosted the first full round of negotiations on the Transnistrian conflict in seven years on Thursday. The meeting, in the so-called 5+2 format, brought together the government of Moldova and the authorities of the breakaway region with mediators and observers from five other parties.",
        "The Moldovan side was led by Deputy Prime Minister Dorin Mărgineanu. He faced Stanislav Prokudin, chief negotiator for the Transnistrian administration in Tiraspol.",
        "The OSCE chaired the meeting. Its special representative, the Swiss diplomat Beat Rüegsegger, was assisted by the head of the OSCE Mission to Moldova, Ilse Vandenbroucke.",
        "Also at the table: Russia and Ukraine as mediators, the European Union and the United States as observers. The US sent a State Department team led by Alyssa Brandt, which stressed Moldova's sovereignty and territorial integrity in a short statement after the session.",
        "After nearly eight hours, the delegations agreed to keep working on a package of seven measures. These cover, among other things, telecommunications, vehicle registration and the recognition of diplomas.",
        'Austria\'s foreign ministry called the meeting a success for "Vienna as a place of dialogue." A ministry spokesman, Lukas Tiefenbacher, said Austria was ready to host further rounds.',
        "The OSCE has mediated in the conflict since 1993. Its secretariat is in Vienna, where the organisation's 57 participating states meet every week. A full settlement has proved elusive: a federalisation plan put forward by Moscow in 2003 collapsed at the last minute.",
        "Russia keeps around 1,500 soldiers in Transnistria. Moldova, which applied for membership of the European Union in 2022 and is now negotiating to join, wants them withdrawn.",
        "The next meeting in the 5+2 format is expected in the autumn. No date has been set.",
      ),
      gold: {
        people: [margineanu, prokudin, ruegsegger, vandenbroucke, brandt, { name: "Lukas Tiefenbacher" }],
        talksDate: thursday,
        quantities: [eightHours, sevenPoints],
        terms: [accession],
      },
    },
    {
      id: "transnistria-continental-review",
      title: "Opinion: The 5+2 is back. Don't confuse motion with progress",
      source: "The Continental Review",
      publishedAt: "2026-05-18",
      body: paragraphs(
        "It took seven years, a war next door and a winter without gas for the 5+2 talks on Transnistria to reconvene. When they finally did, in Vienna last Thursday, the result was a seven-point list of measures that could have been written in 2012.",
        "That is not a criticism of Beat Rüegsegger, the envoy of the OSCE chair, who did well to get everyone into the room. It is a description of the format. Moldova's Dorin Mărgineanu and Tiraspol's Stanislav Prokudin can agree on licence plates and diplomas. They cannot agree on what Transnistria is.",
        "The room itself tells the story. Russia's Gennady Voronov sat as a mediator, although Moscow keeps troops on Moldovan soil without Chisinau's consent. Ukraine's Taras Melnychenko sat a few chairs away, a seating plan that would have been unthinkable a year ago and that owes more to the wider diplomacy between Moscow and Kyiv than to anything on the Dniester.",
        "The European Union, represented by Sophie Vermeulen, and the Americans, who sent Alyssa Brandt, watched from the observers' seats. They have more leverage than anyone, Brussels through the accession process and Washington through its support for Moldova's energy grid, and they used the least of it.",
        "Moldova is negotiating EU membership. Its leaders talk, rightly, of reintegrating the left bank through prosperity rather than force: roughly 70 percent of Transnistria's exports already go to the EU. But accession cannot wait for Tiraspol, and Brussels should say so plainly. Moldova can join with the conflict unresolved, as Cyprus did in 2004.",
        'Chisinau has ruled out the "security guarantees" Tiraspol demands for its status, and it is right to. Any arrangement that gives the region a veto over the country\'s foreign policy would freeze the conflict inside the EU itself.',
        "None of this means the talks are pointless. Farmers near Dubăsari who cannot reach their own fields, and students whose diplomas are worthless on the other bank, will be glad of every one of the seven points if they are implemented.",
        "The next round is due in the autumn. If it produces another list, the observers should stop observing.",
      ),
      gold: {
        people: [ruegsegger, margineanu, prokudin, voronov, melnychenko, vermeulen, brandt],
        talksDate: thursday,
        quantities: [sevenPoints],
        terms: [accession, { term: "security-guarantees", stance: "ruled-out" }],
      },
    },
  ],
};
