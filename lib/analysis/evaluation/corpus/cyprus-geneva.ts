import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * An informal meeting on Cyprus convened by the United Nations in Geneva on Tuesday and
 * Wednesday, March 17–18, 2026: the Greek Cypriot and Turkish Cypriot leaders with the three
 * guarantor powers, Greece, Turkey and the United Kingdom, and a US observer in some accounts.
 * Two days of talks and a six-point package of confidence-building measures throughout. The
 * analysis piece from the Levant Quarterly places the meeting a week later, on March 24–25.
 */

const gc = "greek-cypriot";
const tc = "turkish-cypriot";
const marquardt: GoldPerson = { name: "Elena Marquardt-Ruiz", side: "un", delegation: "un" };
const asante: GoldPerson = { name: "Kwame Asante-Boakye", side: "un", delegation: "un" };
const pelekanos: GoldPerson = { name: "Stavros Pelekanos", side: gc, delegation: gc };
const hadjipetrou: GoldPerson = { name: "Marina Hadjipetrou", side: gc, delegation: gc };
const ozdemiroglu: GoldPerson = { name: "Kemal Özdemiroğlu", side: tc, delegation: tc };
const berk: GoldPerson = {
  name: "Ayşe Tunalı Berk",
  aliases: ["Tunalı Berk"],
  side: tc,
  delegation: tc,
};
const vlachopoulos: GoldPerson = {
  name: "Konstantinos Vlachopoulos",
  side: "greece",
  delegation: "greece",
};
const karaosmanoglu: GoldPerson = {
  name: "Selim Karaosmanoğlu",
  side: "turkey",
  delegation: "turkey",
};
const calloway: GoldPerson = { name: "Harriet Calloway", side: "uk", delegation: "uk" };
const pryor: GoldPerson = { name: "Jonathan Pryor", side: "us", delegation: "us" };
const lambrianides: GoldPerson = { name: "Christos Lambrianides", side: gc };
const altinay: GoldPerson = { name: "Derya Altınay", side: tc };
const meeting = goldDay("2026-03-17", "2026-03-18");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const sixPoints = goldQuantity("plan.size", 6, 6, "point");
const guarantees = { term: "security-guarantees", stance: "mentioned" } as const;

export const CYPRUS_GENEVA: GoldCluster = {
  id: "cyprus-geneva",
  title: "UN informal meeting on Cyprus in Geneva",
  sides: {
    "greek-cypriot": ["greek-cypriot", "greek-cypriots", "republic-of-cyprus", "cyprus", "nicosia"],
    "turkish-cypriot": ["turkish-cypriot", "turkish-cypriots", "trnc", "north-cyprus", "northern-cyprus"],
    greece: ["greece", "greek", "athens", "hellenic"],
    uk: ["uk", "united-kingdom", "britain", "british", "london"],
    un: ["un", "united-nations", "unficyp"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: gc },
    { delegation: tc },
    { delegation: "greece" },
    { delegation: "turkey" },
    { delegation: "uk" },
    { delegation: "un" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "cyprus-continental",
      title: "Cyprus leaders end Geneva talks with modest package, no date for formal negotiations",
      source: "Continental Wire",
      publishedAt: "2026-03-18",
      body: paragraphs(
        "GENEVA, March 18 (Continental Wire) — Greek Cypriot and Turkish Cypriot leaders ended two days of informal UN-convened talks in Geneva on Wednesday with agreement on a six-point package of confidence-building measures, but no date for a return to formal negotiations on reunifying the island.",
        "The meeting at the Palais des Nations brought together Greek Cypriot leader Stavros Pelekanos and Turkish Cypriot leader Kemal Özdemiroğlu with the foreign ministers of the island's three guarantor powers: Konstantinos Vlachopoulos of Greece, Selim Karaosmanoğlu of Turkey and, for Britain, Europe minister Harriet Calloway.",
        "It was convened by Elena Marquardt-Ruiz, the UN secretary-general's personal envoy on Cyprus. Jonathan Pryor, a US deputy assistant secretary of state, followed the proceedings as an observer, a diplomat said.",
        "The package includes the opening of two new crossing points along the UN-patrolled buffer zone, joint work on demining, a youth technical committee and cooperation on solar energy, according to a UN statement.",
        '"Nobody should mistake this for a breakthrough. But two years ago we could not agree to sit in the same room," Marquardt-Ruiz told reporters.',
        "The core dispute remains unchanged. Greek Cypriots want a federation and the abolition of the 1960 system of guarantees, under which Turkey claims a right to intervene on the island. Turkish Cypriots, backed by Ankara, seek recognition of two sovereign states and insist the guarantees must stay.",
        'In Nicosia, government spokesman Christos Lambrianides said the Greek Cypriot side had "kept the door open to a settlement within the UN framework."',
        "Cyprus has been divided since 1974, when Turkey invaded in response to a coup backed by the military junta then ruling Greece. Some 1,500 Greek Cypriots and about 500 Turkish Cypriots are still listed as missing. The last formal negotiations collapsed at Crans-Montana, Switzerland, in 2017.",
      ),
      gold: {
        people: [
          pelekanos,
          ozdemiroglu,
          vlachopoulos,
          karaosmanoglu,
          calloway,
          marquardt,
          pryor,
          lambrianides,
        ],
        talksDate: meeting,
        quantities: [twoDays, sixPoints],
        terms: [guarantees],
      },
    },
    {
      id: "cyprus-morning-post",
      title: "Pelekanos returns from Geneva with crossings, not a timetable",
      source: "Nicosia Morning Post",
      publishedAt: "2026-03-19",
      body: paragraphs(
        'NICOSIA — President Stavros Pelekanos flew back from Geneva last night with what government officials call "small but concrete" results and a warning that the Turkish side had not moved an inch on the substance of the Cyprus problem.',
        "The two-day meeting on Tuesday and Wednesday was the third informal gathering in the so-called broader format since 2025. Pelekanos, who was accompanied by chief negotiator Marina Hadjipetrou, faced Turkish Cypriot leader Kemal Özdemiroğlu and his negotiator, Ayşe Tunalı Berk.",
        "Athens was represented by Foreign Minister Konstantinos Vlachopoulos, who sat beside the Greek Cypriot delegation throughout. Ankara sent its own foreign minister, Selim Karaosmanoğlu. Harriet Calloway, the British minister for Europe, completed the trio of guarantor powers.",
        "The UN's personal envoy, Elena Marquardt-Ruiz, and Kwame Asante-Boakye, who heads the peacekeeping force in Cyprus, hosted the delegations.",
        "According to government sources, the six measures agreed include two new crossing points, at Mia Milia and Louroujina, a joint programme to clear landmines from the buffer zone, and a committee on cultural heritage.",
        '"We went to Geneva to talk about a solution. The other side went to talk about two states," Mr. Pelekanos said on his arrival at Larnaca airport. "We will keep returning to the table because the alternative is permanent partition."',
        "Government spokesman Christos Lambrianides said the president would brief party leaders at the presidential palace on Friday.",
        'Opposition parties were unimpressed. The nationalist ELAM said the crossings would "legitimise the occupation," while the left-wing AKEL welcomed them as "the first good news in years."',
        "Turkish troops, estimated at about 35,000, remain in the north, and Greek Cypriots see their presence and Turkey's role as guarantor as the central obstacle. The 1960 treaties gave Britain, Greece and Turkey the right to act to restore the constitutional order, a right Nicosia says belongs to history.",
        "Real-estate disputes also loom: about 160,000 Greek Cypriots were displaced from the north in 1974, and thousands of property claims remain unresolved.",
      ),
      gold: {
        people: [
          pelekanos,
          hadjipetrou,
          ozdemiroglu,
          berk,
          vlachopoulos,
          karaosmanoglu,
          calloway,
          marquardt,
          asante,
          lambrianides,
        ],
        talksDate: meeting,
        quantities: [twoDays, sixPoints],
        terms: [guarantees],
      },
    },
    {
      id: "cyprus-live",
      title: "As it happened: Cyprus informal meeting in Geneva, day two",
      source: "Alpine Public Radio Live",
      publishedAt: "2026-03-18",
      body: paragraphs(
        "08:45 CET — Welcome back to our coverage of the UN's informal meeting on Cyprus. Yesterday's opening session ran late; today the leaders are expected to try to agree a package of practical measures.",
        "09:10 — The delegations are arriving at the Palais des Nations. Turkish Cypriot leader Kemal Özdemiroğlu came in with Ayşe Tunalı Berk, his chief negotiator, and a handful of advisers. He gave a thumbs-up to the cameras but said nothing.",
        "09:25 — Stavros Pelekanos, the Greek Cypriot leader, arrived a few minutes later. Marina Hadjipetrou, who negotiates on his behalf, walked in alongside him.",
        "09:40 — Worth remembering who else is in the room: the guarantor powers. Greece's Konstantinos Vlachopoulos, Turkey's Selim Karaosmanoğlu and the UK's Harriet Calloway. The United States has also sent an observer, Jonathan Pryor from the State Department's Europe bureau.",
        '11:15 — A statement from Lefkoşa. Derya Altınay, spokeswoman for the Turkish Cypriot leader, says "sovereign equality and equal international status" remain the basis of their position.',
        '13:00 — Lunch break. A UN official tells us a draft with six points is on the table and "mostly agreed."',
        "15:30 — Some context: the buffer zone separating the two communities is 180 kilometres long and in places only a few metres wide. Peacekeepers from the UN force, UNFICYP, have patrolled it since 1964.",
        "16:50 — Elena Marquardt-Ruiz emerges. After two days of talks, the UN envoy says the leaders have agreed on all six measures and will meet again in the summer. No date for formal negotiations.",
        '17:05 — From the Cyprus Centre of the Peace Research Institute Oslo, Sophia Antoniou tells us: "The measures matter for people who cross every day. They do not touch guarantees, property or territory, which is where a settlement lives or dies."',
        '17:20 — A bicommunal group has gathered outside with photographs of the missing. "My father, Hasan Doğruyol, walked out of our village in August 1974 and never came home," one woman tells us.',
        "17:45 — That's where we'll leave it. Thanks for following.",
      ),
      gold: {
        people: [
          ozdemiroglu,
          berk,
          pelekanos,
          hadjipetrou,
          vlachopoulos,
          karaosmanoglu,
          calloway,
          pryor,
          altinay,
          marquardt,
          { name: "Sophia Antoniou" },
          { name: "Hasan Doğruyol" },
        ],
        talksDate: meeting,
        quantities: [twoDays, sixPoints],
        terms: [guarantees],
      },
    },
    {
      id: "cyprus-levant-quarterly",
      title: "Analysis: Geneva shows Cyprus talks have become a process without a destination",
      source: "Levant Quarterly",
      publishedAt: "2026-03-30",
      body: paragraphs(
        "The informal meeting on Cyprus held in Geneva on March 24 and 25 followed a now-familiar script. The leaders arrived, the guarantor powers arrived, and two days later everyone went home with a few modest agreements and the real questions untouched.",
        "That is not nothing. The six-point package brokered by Elena Marquardt-Ruiz, the UN's personal envoy, will open new crossings and clear mines from the buffer zone. For the thousands of Cypriots who cross the Green Line each day to work, shop or visit family, that matters.",
        "But the structure of the talks tells its own story. Stavros Pelekanos came with his chief negotiator, Marina Hadjipetrou, and a mandate to discuss only a federation. Across the table, Kemal Özdemiroğlu, flanked by Ayşe Tunalı Berk, came with a mandate to discuss only two states. The two positions do not overlap.",
        "The guarantors reinforced the divide. Konstantinos Vlachopoulos, the Greek foreign minister, sat with the Greek Cypriots and echoed their call to scrap the 1960 guarantees. His Turkish counterpart, Selim Karaosmanoğlu, insisted they were non-negotiable. Britain, represented by Harriet Calloway, said little, mindful that its two sovereign bases on the island cover about 3 percent of its territory.",
        '"The UN has become very good at managing the Cyprus problem and has stopped expecting to solve it," said Andreas Charalambous, a former Cypriot diplomat now at the University of Nicosia. "Each meeting is judged a success if nobody walks out."',
        "There are reasons for cautious hope. Gas finds in the eastern Mediterranean have raised the economic cost of division, and the European Union, of which the Republic of Cyprus has been a member since 2004, is offering funds for joint projects.",
        'Yet the Turkish government has made clear that it sees no urgency. Asked last week about reunification, a senior official in Ankara said Turkish Cypriots had "waited 50 years already and can wait 50 more."',
        "The next informal meeting is pencilled in for July. Unless the leaders move beyond crossings and committees, it will look very much like this one.",
      ),
      gold: {
        people: [
          marquardt,
          pelekanos,
          hadjipetrou,
          ozdemiroglu,
          berk,
          vlachopoulos,
          karaosmanoglu,
          calloway,
          { name: "Andreas Charalambous" },
        ],
        talksDate: goldDay("2026-03-24", "2026-03-25"),
        quantities: [twoDays, sixPoints],
        terms: [guarantees],
      },
    },
    {
      id: "cyprus-explainer",
      title: "Cyprus talks: what was agreed in Geneva and what comes next",
      source: "The Mediterranean Explainer",
      publishedAt: null,
      body: paragraphs(
        "Who met, and where? The United Nations convened a two-day informal meeting on Cyprus in Geneva on March 17-18, 2026. Around the table were the leaders of the island's two communities and the three countries that guarantee its 1960 constitution.",
        "Who represented the two communities? Stavros Pelekanos led the Greek Cypriot side. He is the president of the Republic of Cyprus, but in UN talks he attends as the leader of the Greek Cypriot community. The Turkish Cypriot delegation was headed by Kemal Özdemiroğlu, who was elected in the north in 2025.",
        "And the guarantors? Greece sent its foreign minister, Konstantinos Vlachopoulos. Turkey was represented by Selim Karaosmanoğlu, also foreign minister. The British government was represented by Harriet Calloway, a Foreign Office minister. An American diplomat, Jonathan Pryor, attended as an observer.",
        "Who ran the meeting? Elena Marquardt-Ruiz, the UN secretary-general's personal envoy. She has spent the past year shuttling between Nicosia, Athens, Ankara and London.",
        "What was agreed? A package of six confidence-building measures: two new crossing points, a demining programme for the buffer zone, a youth committee, cooperation on renewable energy, a shared approach to civil protection, and the restoration of cemeteries on both sides.",
        "What wasn't? Anything touching the core issues: how to share power, what to do about property lost in 1974, how much territory each side would administer, and whether Turkey keeps its role as a guarantor with the right to intervene.",
        "Why are guarantees so sensitive? Greek Cypriots see them as the legal basis for the 1974 invasion and want them abolished. Turkish Cypriots regard them as their only protection. At Crans-Montana in 2017 the question helped sink the last serious attempt at a settlement.",
        "What happens next? Marquardt-Ruiz will report to the Security Council in April. Another informal meeting is expected in the summer, and the UN has said it would consider formal negotiations only if the two sides agreed on a common vision of the outcome.",
      ),
      gold: {
        people: [pelekanos, ozdemiroglu, vlachopoulos, karaosmanoglu, calloway, pryor, marquardt],
        talksDate: meeting,
        quantities: [twoDays, sixPoints],
        terms: [guarantees],
      },
    },
  ],
};
