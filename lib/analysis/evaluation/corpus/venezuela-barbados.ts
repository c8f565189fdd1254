import { goldDay, goldQuantity, paragraphs, type GoldArticle, type GoldCluster } from "../gold";

/*
 * Held-out cluster C: Venezuela's government and the opposition Unitary Platform in Barbados,
 * Norway mediating. The negotiators, mediators and officials are invented; Maduro is real.
 *
 * Where the outlets part ways on purpose:
 * - the date: three outlets put the talks on Thursday 15 May 2025, Capitol Dispatch on Friday;
 * - sanctions relief: Meridian Wire and the Nordic Ledger report the US offering it,
 *   Capitol Dispatch reports Washington ruling it out.
 * Where they only word things differently: "several hours", "more than three hours", "nearly
 * five hours"; "six-point electoral roadmap" and "the six-point proposal"; extra delegation
 * members named by one outlet or another; elections proposed everywhere.
 */

const meridian: GoldArticle = {
  id: "ve-meridian-wire",
  title: "Venezuela government, opposition back election roadmap in Barbados",
  source: "Meridian Wire",
  publishedAt: "2025-05-16",
  body: paragraphs(
    "BRIDGETOWN, Barbados (Meridian Wire) - Representatives of Venezuela's government and its main opposition coalition agreed on Thursday to a six-point electoral roadmap after several hours of talks in the Barbadian capital mediated by Norway, according to a joint statement.",
    "The roadmap proposes a presidential election in the second half of 2026, the return of European Union and United Nations observer missions, and an update of the electoral register to include millions of Venezuelans living abroad.",
    "The government delegation was led by Héctor Villalba Ruiz, the vice-president of the National Assembly and a close ally of President Nicolás Maduro. The opposition Unitary Platform sent María José Hernández, a former mayor of the eastern city of Barcelona, as its chief negotiator. Norway's special envoy, Kristian Aasheim, chaired the session at a hotel on the island's south coast.",
    '"Venezuelans have waited too long for a date. Today they have a road to one," Hernández said in a statement.',
    "Villalba told state television that the agreement proved Venezuela's problems would be solved \"by Venezuelans, without foreign tutelage\", but he repeated the government's demand that Washington lift its sanctions on the oil industry.",
    "The United States, which tightened sanctions on Venezuela's oil sector after the disputed 2024 election, is prepared to offer sanctions relief if an election date is set and opposition candidates are allowed to run, two US officials told Meridian Wire.",
    "Talks between the two sides broke down last year after the authorities barred the opposition's leading candidate and detained several of her campaign aides. Norway has facilitated contacts between the parties since 2019, and Mexico hosted earlier rounds in Mexico City.",
    "The parties did not say when they would meet again. Barbados's foreign ministry said in a statement that the island stood ready to host further rounds, as it did in 2023, when the two sides signed an earlier accord on electoral guarantees.",
  ),
  gold: {
    people: [
      {
        name: "Héctor Villalba Ruiz",
        aliases: ["Villalba"],
        side: "venezuela",
        delegation: "venezuela",
      },
      { name: "Nicolás Maduro", side: "venezuela" },
      { name: "María José Hernández", side: "opposition", delegation: "opposition" },
      { name: "Kristian Aasheim", side: "norway", delegation: "norway" },
    ],
    talksDate: goldDay("2025-05-15"),
    quantities: [goldQuantity("meeting.duration", 3, 9, "hours"), goldQuantity("plan.size", 6, 6, "points")],
    terms: [
      { term: "elections", stance: "proposed" },
      { term: "sanctions-relief", stance: "proposed" },
    ],
  },
};

const caribbeanPost: GoldArticle = {
  id: "ve-caribbean-post",
  title: "Caracas and opposition find common ground in Barbados",
  source: "Caribbean Post",
  publishedAt: null,
  body: paragraphs(
    'Delegations of the Venezuelan government and the opposition met for more than three hours on Thursday at a beachfront hotel in Hastings, on the south coast of Barbados, and emerged with what the Norwegian mediators called "a shared map towards elections".',
    "The government side was headed by Héctor Villalba Ruiz, with Camila Urdaneta, a deputy foreign minister, at his side. The opposition Unitary Platform was represented by its chief negotiator, María José Hernández, and by Luis Alberto de la Cruz, a former lawmaker from Puerto La Cruz who has spent years in exile in Madrid.",
    'Norway\'s envoy Kristian Aasheim said the six-point proposal agreed by the parties was "the most concrete step in years". It foresees a presidential election with international observers, a review of the bans on opposition candidates and the release of political prisoners.',
    'Barbados hosted the parties in 2023, when they signed an earlier agreement that was meant to lead to a free presidential vote but unravelled within months. "We have been here before, and we know how this film can end," said Desmond Alleyne-Forde, a senior adviser in the Barbadian foreign ministry who helped organise the talks.',
    'De la Cruz was more upbeat. "For the first time the government has put its signature under a calendar," he said. "Nobody expects miracles, but you may be surprised."',
    'Urdaneta said the government would present the roadmap to the National Electoral Council, which must approve any calendar, and urged the opposition to "respect the institutions of the republic".',
    "Venezuela's dispute with neighbouring Guyana over the oil-rich Essequibo region hung over the talks. Officials in Georgetown have accused Caracas of using the negotiations to win international legitimacy while it presses its claim to two-thirds of Guyana's territory.",
    "The delegations agreed to meet again in Barbados within a month to review progress.",
  ),
  gold: {
    people: [
      { name: "Héctor Villalba Ruiz", side: "venezuela", delegation: "venezuela" },
      { name: "Camila Urdaneta", side: "venezuela", delegation: "venezuela" },
      { name: "María José Hernández", side: "opposition", delegation: "opposition" },
      {
        name: "Luis Alberto de la Cruz",
        aliases: ["de la Cruz"],
        side: "opposition",
        delegation: "opposition",
      },
      { name: "Kristian Aasheim", side: "norway", delegation: "norway" },
      // Helped organise the talks for the host; not a delegation member.
      { name: "Desmond Alleyne-Forde", side: "barbados" },
    ],
    talksDate: { start: null, end: null, parts: { weekday: 4 } },
    quantities: [
      goldQuantity("meeting.duration", 3, null, "hours", { minExclusive: true }),
      goldQuantity("plan.size", 6, 6, "points"),
    ],
    terms: [{ term: "elections", stance: "proposed" }],
  },
};

const capitolDispatch: GoldArticle = {
  id: "ve-capitol-dispatch",
  title: "Washington cool on Venezuela deal, rules out quick sanctions relief",
  source: "Capitol Dispatch",
  publishedAt: "2025-05-17",
  body: paragraphs(
    "Venezuela's government and opposition negotiators, meeting in Barbados on Friday, announced a six-point proposal for new elections, but the administration in Washington made clear it would not reward Caracas with sanctions relief.",
    '"There will be no sanctions relief for the Maduro regime on the strength of a promise," a senior State Department official told reporters, speaking on condition of anonymity. "We have seen this movie before. We will judge them by what they do."',
    "The talks in Bridgetown were mediated by Norway's Kristian Aasheim and brought together Héctor Villalba Ruiz, who leads the government delegation, and the opposition negotiator María José Hernández.",
    'Senator Ricardo Alvarado-Kemp, a Florida Republican who sits on the Foreign Relations Committee, called the agreement "a stalling tactic". "If Caracas wants to be taken seriously, it can start by freeing every political prisoner and letting the opposition choose its own candidate," he said.',
    "Oil companies with operations in Venezuela, including Chevron, have lobbied for a more flexible approach. Analysts said the administration was unlikely to move before the electoral council publishes a calendar, which the opposition says may take months.",
    "The six-point text calls for a presidential election with international observers but sets no date. Hernández said the opposition would insist on a vote no later than 2026.",
    "Venezuela has been under US financial sanctions since 2017. Relations deteriorated further after the July 2024 presidential election, which the opposition and independent observers say Maduro lost.",
    'Villalba Ruiz said in Bridgetown that the government had kept its side of the bargain. "The ball is now in Washington\'s court," he said.',
  ),
  gold: {
    people: [
      { name: "Kristian Aasheim", side: "norway", delegation: "norway" },
      { name: "Héctor Villalba Ruiz", side: "venezuela", delegation: "venezuela" },
      { name: "María José Hernández", side: "opposition", delegation: "opposition" },
      { name: "Ricardo Alvarado-Kemp", side: "us" },
      { name: "Nicolás Maduro", aliases: ["Maduro"], side: "venezuela" },
    ],
    talksDate: goldDay("2025-05-16"),
    quantities: [goldQuantity("plan.size", 6, 6, "points")],
    terms: [
      { term: "sanctions-relief", stance: "ruled-out" },
      { term: "elections", stance: "proposed" },
    ],
  },
};

const nordicLedger: GoldArticle = {
  id: "ve-nordic-ledger",
  title: "How Norway's quiet diplomacy brought Venezuela's rivals back to the table",
  source: "Nordic Ledger",
  publishedAt: "2025-05-18",
  body: paragraphs(
    "OSLO - For Kristian Aasheim, the moment came just before midnight on May 15, when the last clause of a six-point roadmap was agreed in a hotel conference room in Barbados. The Norwegian envoy had spent nearly five hours shuttling between two delegations that, for most of the evening, refused to sit in the same room.",
    "Aasheim, 58, a veteran of Norway's mediation in Colombia and the Philippines, led a team that included his deputy, Marte Lie Hovland. Foreign Minister Sigrid Aamodt Berg followed the talks from Oslo and spoke by telephone with both delegation leaders, the ministry said.",
    "The government side was led by Héctor Villalba Ruiz, the opposition by María José Hernández. The two had sat across from each other in Mexico City in 2021, in a round that collapsed when Caracas walked out.",
    "The roadmap proposes a presidential election under international observation and a review of the disqualifications that kept leading opposition figures off the ballot last year. Diplomats said the United States had privately offered sanctions relief if the government stuck to the calendar, though Washington has not said so publicly.",
    '"Norway does not take sides. We keep the door open, and sometimes people walk through it," Aamodt Berg told the Nordic Ledger.',
    "Norway has a long record of facilitating peace processes, from the 1993 Oslo Accords to the 2016 agreement between Colombia's government and the FARC rebels. Its role in Venezuela dates back to 2019, when envoys began meeting both sides in secret.",
    'Hernández said the opposition would judge the government by its actions. Villalba Ruiz said the roadmap "may be the last chance" for Venezuelans to settle their differences without outside interference.',
    "Hovland is expected to return to the Caribbean next month to prepare the next round, the ministry said.",
  ),
  gold: {
    people: [
      { name: "Kristian Aasheim", side: "norway", delegation: "norway" },
      { name: "Marte Lie Hovland", side: "norway", delegation: "norway" },
      // Followed the talks by telephone from Oslo: not in the room.
      { name: "Sigrid Aamodt Berg", aliases: ["Aamodt Berg"], side: "norway" },
      { name: "Héctor Villalba Ruiz", side: "venezuela", delegation: "venezuela" },
      { name: "María José Hernández", side: "opposition", delegation: "opposition" },
    ],
    talksDate: goldDay("2025-05-15"),
    quantities: [
      goldQuantity("meeting.duration", 4.5, 5, "hours"),
      goldQuantity("plan.size", 6, 6, "points"),
    ],
    terms: [
      { term: "elections", stance: "proposed" },
      { term: "sanctions-relief", stance: "proposed" },
    ],
  },
};

export const VENEZUELA_BARBADOS: GoldCluster = {
  id: "ve-barbados",
  title: "Venezuela government–opposition talks in Barbados, Norway mediating",
  articles: [meridian, caribbeanPost, capitolDispatch, nordicLedger],
  contradict: [{ slot: "meeting.date" }, { term: "sanctions-relief", aliases: ["sanctions"] }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "venezuela" },
    { delegation: "opposition" },
    { delegation: "norway" },
    { term: "elections", aliases: ["election"] },
  ],
  sides: {
    venezuela: [
      "venezuela",
      "venezuelan",
      "venezuelan-government",
      "venezuela-government",
      "government",
      "caracas",
      "maduro-government",
    ],
    opposition: [
      "opposition",
      "venezuelan-opposition",
      "venezuela-opposition",
      "unitary-platform",
      "platform",
      "plataforma-unitaria",
    ],
    norway: ["norway", "norwegian", "oslo"],
    barbados: ["barbados", "barbadian"],
  },
};
