import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US–China trade talks in Geneva over the weekend of May 9–10, 2026. The outlets name
 * overlapping delegations, disagree on the size of the framework (14 points vs 12), and one
 * reports that Washington ruled out the tariff reduction the others say it proposed.
 */

const cole: GoldPerson = { name: "Marianne Cole", side: "us", delegation: "us" };
const ostrowski: GoldPerson = { name: "Raymond Ostrowski", side: "us", delegation: "us" };
const liu: GoldPerson = { name: "Liu Zhenhua", side: "china", delegation: "china" };
const wang: GoldPerson = { name: "Wang Lixin", side: "china", delegation: "china" };
const zhao: GoldPerson = { name: "Zhao Minghui", side: "china", delegation: "china" };
const trump: GoldPerson = { name: "Donald Trump", side: "us" };
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const weekend = goldDay("2026-05-09", "2026-05-10");

export const TRADE_GENEVA: GoldCluster = {
  id: "trade-geneva",
  title: "US–China trade talks in Geneva",
  contradict: [
    { slot: "plan.size" },
    { term: "tariffs", aliases: ["tariff-reduction", "tariff-cuts", "tariff-relief", "tariff-rollback"] },
  ],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "us" },
    { delegation: "china" },
  ],
  articles: [
    {
      id: "trade-pacific",
      title: "US and China agree to keep talking after Geneva weekend",
      source: "Pacific Ledger",
      publishedAt: "2026-05-11",
      body: paragraphs(
        "GENEVA — The United States and China wrapped up two days of trade talks in Geneva on Sunday with an agreement to keep negotiating on a 14-point framework that would lower tariffs in stages and ease some export restrictions, officials from both sides said.",
        "Treasury Secretary Marianne Cole and US Trade Representative Raymond Ostrowski led the American delegation in the sessions on Saturday and Sunday at the residence of the Swiss ambassador to the United Nations. China's team was headed by Vice Premier Liu Zhenhua, who was accompanied by Commerce Minister Wang Lixin.",
        '"We had frank and constructive discussions, and we narrowed our differences on a number of important issues," Ms. Cole told reporters on Sunday evening. She declined to give details, saying the two sides would brief their leaders first.',
        "Washington proposed a phased reduction of tariffs on Chinese goods, which currently stand at 30 percent on most products, in exchange for Chinese purchases of American farm goods and energy, according to a person briefed on the talks. Beijing pressed for a relaxation of US export controls on advanced semiconductors.",
        'Mr. Liu described the talks as "candid, in-depth and substantive" in remarks carried by the state news agency Xinhua. "The two sides have agreed to establish a mechanism for regular consultations," he said.',
        'President Donald Trump, who had threatened last month to raise tariffs again if no progress was made, wrote on social media that the talks had been "very good" and that a "total reset" was under way.',
        "The weekend meeting was the first face-to-face encounter between senior economic officials of the two countries since tariffs on both sides climbed sharply last year. China imposes a 10 percent tariff on most US imports.",
        'Markets in Asia rose on Monday on the news. "The fact that they are still talking is worth a lot," said Helen Marsh, a senior fellow at the Atlantic Trade Council in Washington. "But a framework is not a deal, and the hardest pieces — chips and subsidies — are still on the table."',
      ),
      gold: {
        people: [cole, ostrowski, liu, wang, trump, { name: "Helen Marsh" }],
        talksDate: weekend,
        quantities: [twoDays, points(14)],
        terms: [{ term: "tariffs", stance: "proposed" }],
      },
    },
    {
      id: "trade-alpine",
      title: "Trade talks stretch into second day in Geneva",
      source: "Alpine Courier",
      publishedAt: "2026-05-10",
      body: paragraphs(
        "US and Chinese negotiators resumed talks in Geneva on Sunday after a first session that began on Saturday morning and ran late into the evening, with both delegations describing the atmosphere as businesslike.",
        "The American side is led by Treasury Secretary Marianne Cole and Trade Representative Raymond Ostrowski. Vice Premier Liu Zhenhua heads the Chinese delegation, which also includes Zhao Minghui, China's chief international trade negotiator.",
        'Swiss Economy Minister Beatrice Imhof, who greeted the delegations on their arrival, said Switzerland was "honoured to offer a neutral space" for the discussions. The talks are being held behind closed doors at a villa on the shores of Lake Geneva.',
        'According to a US official, the Americans proposed a phased reduction of tariffs, tied to measurable Chinese commitments on market access. The official said a draft 14-point framework was being used as the basis for the discussion but that "nothing is locked in."',
        'China\'s commerce ministry said in a statement that Beijing "firmly opposes" the use of tariffs as a means of pressure and would "safeguard its legitimate rights and interests," but that it was open to "equal dialogue."',
        'Ahead of the talks, Chinese officials had signalled that any agreement would need to address US restrictions on technology exports. Xu Wenjie, a commerce ministry spokesman, said last week that those controls were "a major obstacle to normal trade."',
        "The two economies, which together account for more than 40 percent of global output, have been locked in a tariff dispute that has disrupted supply chains and unsettled financial markets.",
        "Neither side has said when the talks will conclude. A joint statement could be issued as early as Sunday evening, diplomats in Geneva said.",
      ),
      gold: {
        people: [
          cole,
          ostrowski,
          liu,
          zhao,
          { name: "Beatrice Imhof", side: "switzerland" },
          { name: "Xu Wenjie", side: "china" },
        ],
        talksDate: weekend,
        quantities: [points(14)],
        terms: [{ term: "tariffs", stance: "proposed" }],
      },
    },
    {
      id: "trade-meridian",
      title: "US, China open Geneva trade talks",
      source: "Meridian Wire",
      publishedAt: null,
      body: paragraphs(
        "GENEVA (Meridian Wire) — Senior US and Chinese officials sat down in Geneva on May 9 for two-day talks aimed at halting a tariff war that has rattled the world economy, the first such meeting since relations soured last year.",
        "The US delegation was led by Treasury Secretary Marianne Cole and Commerce Secretary Gregory Pham, a White House official said. Vice Premier Liu Zhenhua led the Chinese side.",
        "Tariffs, export controls on technology and Chinese purchases of American goods were expected to dominate the agenda, officials on both sides said before the meeting. Neither side gave details of its opening position.",
        '"We are here to listen and to find out whether there is a basis for a deal," Mr. Pham told reporters as he entered the venue, the residence of the Swiss ambassador to the UN.',
        'Chinese state media said Mr. Liu had instructions to defend China\'s interests "resolutely" while seeking "win-win cooperation." An editorial in a party newspaper warned that Beijing would not negotiate "under a raised stick."',
        'Economists say even a limited agreement could lift global growth forecasts. "A de-escalation would remove one of the biggest clouds hanging over the outlook," said Chen Yufei, an economist at Tsinghua University in Beijing.',
        "The talks were arranged after weeks of quiet contacts between the two sides, brokered in part by Swiss officials. Switzerland has long offered its good offices for difficult negotiations.",
        'Business groups on both sides urged negotiators to make progress. The US-China Business Council said in a statement that companies needed "predictability above all" and called for a timetable to bring tariffs down.',
        "Ms. Cole, a former investment banker, has taken the lead on China policy since her confirmation last year, while Mr. Pham has overseen the expansion of export controls on chipmaking tools. Their joint appearance was seen by some analysts as a signal that both trade and technology would be on the table.",
      ),
      gold: {
        people: [cole, { name: "Gregory Pham", side: "us", delegation: "us" }, liu, { name: "Chen Yufei" }],
        talksDate: { start: null, end: null, parts: { month: 5, day: 9 } },
        quantities: [twoDays],
        terms: [{ term: "tariffs", stance: "mentioned" }],
      },
    },
    {
      id: "trade-globe",
      title: "Geneva talks yield framework, few details",
      source: "Globe Herald",
      publishedAt: "2026-05-11",
      body: paragraphs(
        'The United States and China said on Sunday that they had made "substantial progress" at the two-day meeting in Geneva on May 9-10 and agreed on a 12-point framework to guide further negotiations, though neither side published the document.',
        "Treasury Secretary Marianne Cole led the US team. Beijing's delegation was headed by Vice Premier Liu Zhenhua and included Commerce Minister Wang Lixin and Zhao Minghui, the country's top trade negotiator.",
        'In a short joint statement, the two governments said they would set up working groups on market access, agricultural trade and export controls, and would meet again "in the coming weeks" in a third country.',
        'Ms. Cole said the framework set out "a path, not a destination." Asked whether tariffs would come down, she said only that "everything is connected to everything else."',
        'Mr. Wang told Chinese reporters that the talks had been "professional and pragmatic" and that China had made clear its opposition to "unilateral measures."',
        "The announcement comes after a year in which US tariffs on most Chinese imports rose to 30 percent and Beijing retaliated with duties of 10 percent on American goods, as well as restrictions on exports of some rare earth metals used in electronics.",
        'Analysts were cautious. "Frameworks are easy; implementation is hard," said Helen Marsh of the Atlantic Trade Council. "We have seen several of these announcements collapse within months."',
        "Shares in Hong Kong and Shanghai rose more than 2 percent in early trading on Monday, while the dollar edged higher against the yuan.",
        'The Geneva meeting was arranged after a telephone call between the two countries\' leaders in April, in which both agreed that their economic teams should meet "as soon as possible." Officials said the new working groups would report back within 90 days.',
      ),
      gold: {
        people: [
          { name: "Marianne Cole", side: "us", delegation: "us" },
          liu,
          wang,
          zhao,
          { name: "Helen Marsh" },
        ],
        talksDate: weekend,
        quantities: [twoDays, points(12)],
        terms: [{ term: "tariffs", stance: "mentioned" }],
      },
    },
    {
      id: "trade-harbor",
      title: "What the Geneva trade talks did — and did not — settle",
      source: "Harbor Times",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "Last weekend's talks in Geneva between the United States and China ended with smiles for the cameras and a promise to meet again. But people familiar with the negotiations say the two sides remain far apart on the question that matters most to markets: tariffs.",
        'US negotiators ruled out any reduction in tariffs until Beijing takes "verifiable steps" on industrial subsidies and market access, two people briefed on the talks said, contradicting earlier suggestions that Washington had offered to lower duties in stages.',
        'The American delegation, led by Treasury Secretary Marianne Cole and Trade Representative Raymond Ostrowski, pressed Chinese officials for detailed commitments on purchases of soybeans, liquefied natural gas and aircraft. Vice Premier Liu Zhenhua, China\'s lead negotiator, countered that Beijing would not make "one-sided concessions."',
        'Mr. Ostrowski has long argued that tariffs are the only leverage Washington has. In a speech last month, he said lifting them early "would be unilateral disarmament."',
        'Chinese officials, for their part, want the US to relax export controls on advanced chips and chipmaking equipment, which Beijing regards as an attempt to contain its rise. "That is a red line for Washington, at least for now," said Helen Marsh, a senior fellow at the Atlantic Trade Council.',
        'President Trump said on Monday that he would "probably" speak with President Xi Jinping in the coming weeks but gave no date. "They want a deal very badly," he told reporters at the White House.',
        "Trade between the two countries has fallen by nearly a quarter over the past year, according to customs data, as companies shifted orders to Vietnam, Mexico and India.",
        "The next round is expected in June, possibly in London or Singapore, officials said. Until then, both sides have agreed not to announce new tariffs, according to one of the people briefed on the talks.",
      ),
      gold: {
        people: [cole, ostrowski, liu, trump, { name: "Helen Marsh" }, { name: "Xi Jinping", side: "china" }],
        talksDate: weekend,
        quantities: [],
        terms: [{ term: "tariffs", stance: "ruled-out" }],
      },
    },
  ],
};
