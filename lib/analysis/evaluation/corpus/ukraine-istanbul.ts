import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Ukraine–Russia talks with US mediators in Istanbul on Wednesday, April 22, 2026. The Dnipro
 * Herald describes a 12-point plan offering a path to NATO membership; everyone else reports a
 * 20-point plan that rules NATO membership out.
 */

const olmstead: GoldPerson = { name: "Richard Olmstead", side: "us", delegation: "us" };
const ashby: GoldPerson = { name: "Caroline Ashby", side: "us", delegation: "us" };
const hrytsenko: GoldPerson = { name: "Taras Hrytsenko", side: "ukraine", delegation: "ukraine" };
const savchuk: GoldPerson = { name: "Yulia Savchuk", side: "ukraine", delegation: "ukraine" };
const bondar: GoldPerson = { name: "Andriy Bondar", side: "ukraine", delegation: "ukraine" };
const sorokin: GoldPerson = { name: "Gennady Sorokin", side: "russia", delegation: "russia" };
const belyaev: GoldPerson = { name: "Anatoly Belyaev", side: "russia", delegation: "russia" };
const yildirim: GoldPerson = { name: "Kemal Yıldırım", aliases: ["Kemal Yildirim"], side: "turkey" };
const zelensky: GoldPerson = { name: "Volodymyr Zelensky", aliases: ["Zelenskyy"], side: "ukraine" };
const trump: GoldPerson = { name: "Donald Trump", side: "us" };
const april22 = goldDay("2026-04-22");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;
const nato = (stance: "proposed" | "ruled-out" | "mentioned") => ({ term: "nato-membership", stance });

export const UKRAINE_ISTANBUL: GoldCluster = {
  id: "ukraine-istanbul",
  title: "Ukraine talks in Istanbul",
  contradict: [{ slot: "plan.size" }, { term: "nato-membership", aliases: ["nato"] }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "us" },
    { delegation: "ukraine" },
    { delegation: "russia" },
  ],
  articles: [
    {
      id: "ukraine-baltic",
      title: "Istanbul talks put 20-point plan on the table",
      source: "Baltic Courier",
      publishedAt: "2026-04-23",
      body: paragraphs(
        "ISTANBUL — Ukrainian and Russian negotiators met with American mediators for nearly six hours in Istanbul on Wednesday to discuss a 20-point plan to end the war, in the highest-level direct contact between the two sides in more than a year.",
        "The US delegation was led by special envoy Richard Olmstead and Deputy Secretary of State Caroline Ashby. Ukraine's team was headed by Taras Hrytsenko, secretary of the National Security and Defense Council, with Deputy Foreign Minister Yulia Savchuk. Russia sent presidential aide Gennady Sorokin and Deputy Defence Minister Anatoly Belyaev.",
        "The plan, drafted by Washington after consultations with both sides, offers Ukraine security guarantees backed by the United States and European allies that stop short of NATO membership, according to two officials who have seen it. It would freeze the front line along its current contours and set up a demilitarized buffer zone monitored by international observers.",
        'Russia continues to demand that Ukraine withdraw from the parts of the Donetsk region it still holds, a condition Kyiv has repeatedly rejected. "We will not hand over our people and our land," Mr. Hrytsenko told reporters after the meeting.',
        'Mr. Olmstead called the talks "serious and businesslike" and said the sides had agreed to form working groups on humanitarian issues, including exchanges of prisoners of war.',
        "President Donald Trump has made ending the war a priority and has said he wants a signed agreement before the summer. Officials in Kyiv privately worry that Washington will press Ukraine to accept terms it regards as a capitulation.",
        "The talks were held at the Dolmabahçe Palace on the Bosporus. Turkish Foreign Minister Kemal Yıldırım, who hosted a dinner for the delegations on Tuesday evening, said Turkey was ready to host further rounds.",
        "No date was set for the next meeting.",
      ),
      gold: {
        people: [olmstead, ashby, hrytsenko, savchuk, sorokin, belyaev, trump, yildirim],
        talksDate: april22,
        quantities: [duration(5.5, 6), points(20)],
        terms: [guarantees, nato("ruled-out")],
      },
    },
    {
      id: "ukraine-meridian",
      title: "Ukraine, Russia hold talks in Istanbul with US mediation",
      source: "Meridian Wire",
      publishedAt: "2026-04-22",
      body: paragraphs(
        "ISTANBUL (Meridian Wire) — Ukraine and Russia held six hours of talks in Istanbul on Wednesday under a US-drafted 20-point peace plan under which Kyiv would renounce its bid for NATO membership in exchange for Western security guarantees, officials said.",
        "US special envoy Richard Olmstead shuttled between the two delegations for much of the day before bringing them together for a final session, a Western diplomat said. Ukraine was represented by Taras Hrytsenko and Lt. Gen. Andriy Bondar, a deputy chief of the general staff. The Russian delegation was headed by Kremlin aide Gennady Sorokin.",
        'President Volodymyr Zelensky said in his nightly video address that the Ukrainian team had instructions "to defend our sovereignty in every line of every document." He added that Ukraine was ready for "an honest peace" but would not accept "a pause for Russia to rearm."',
        "Moscow has said any deal must address what it calls the root causes of the conflict, including NATO's expansion to the east. A Kremlin spokesman said on Wednesday that it was too early to speak of results.",
        "The plan also provides for the return of children taken to Russia, large-scale prisoner exchanges and a reconstruction fund financed partly by frozen Russian assets, according to a summary seen by Meridian Wire.",
        'European governments, which were not represented at the talks, have pressed to be involved. "Decisions about European security cannot be taken without Europe," said Lars Eriksen, a spokesman for NATO, in Brussels.',
        "The negotiations follow months of intense fighting in the east, where Russian forces have advanced slowly around the cities of Pokrovsk and Kostiantynivka at heavy cost.",
        "Turkish officials, who also hosted direct talks between the two sides in the spring of 2022, said Istanbul had been chosen because all three delegations could reach it quickly and because Ankara maintains working relations with both Kyiv and Moscow.",
      ),
      gold: {
        people: [
          { name: "Richard Olmstead", side: "us", delegation: "us" },
          hrytsenko,
          bondar,
          sorokin,
          zelensky,
          { name: "Lars Eriksen", side: "nato" },
        ],
        talksDate: april22,
        quantities: [duration(6, 6), points(20)],
        terms: [guarantees, nato("ruled-out")],
      },
    },
    {
      id: "ukraine-dnipro",
      title: "Kyiv sees opening in Istanbul plan",
      source: "The Dnipro Herald",
      publishedAt: null,
      body: paragraphs(
        "Ukrainian officials returned from Istanbul cautiously encouraged after talks on April 22 at which American mediators presented a 12-point plan that, according to a senior official in Kyiv, includes security guarantees potentially including an expedited path to NATO membership.",
        '"For the first time the document speaks about our future in the Alliance not as a taboo but as an option," the official said, asking not to be named because the talks are confidential.',
        "The Ukrainian delegation was led by Taras Hrytsenko and included Deputy Foreign Minister Yulia Savchuk and Lt. Gen. Andriy Bondar. The American team was headed by envoy Richard Olmstead and Deputy Secretary of State Caroline Ashby, while Russia was represented by Gennady Sorokin and Deputy Defence Minister Anatoly Belyaev.",
        "Territorial questions were left for a possible meeting of leaders, the official said. Ukraine has consistently refused to recognise any of its territory as Russian.",
        'Olga Demchenko, director of the Kyiv Centre for Security Studies, urged caution. "Moscow has never accepted Ukraine in NATO and there is no sign that it will now. If the document really says this, the Russians will simply refuse to sign it," she said.',
        "The talks in Istanbul were the first in which all three delegations sat at the same table. Earlier contacts this year were held separately, with American officials relaying messages between Kyiv and Moscow.",
        'In Kyiv, reaction on the street was mixed. "We have heard about peace plans many times," said Iryna Koval, a pharmacist whose husband is serving near Zaporizhzhia. "I will believe it when the sirens stop."',
        "The senior official said the Ukrainian delegation had asked that any security guarantees be ratified by the US Congress, to make them binding beyond the current administration.",
      ),
      gold: {
        people: [
          hrytsenko,
          savchuk,
          bondar,
          olmstead,
          ashby,
          sorokin,
          belyaev,
          { name: "Olga Demchenko", side: "ukraine" },
          { name: "Iryna Koval", side: "ukraine" },
        ],
        talksDate: { start: null, end: null, parts: { month: 4, day: 22 } },
        quantities: [points(12)],
        terms: [guarantees, nato("proposed")],
      },
    },
    {
      id: "ukraine-pacific",
      title: "Istanbul round ends with working groups, no ceasefire",
      source: "Pacific Ledger",
      publishedAt: "2026-04-24",
      body: paragraphs(
        "Negotiators from Ukraine and Russia agreed in Istanbul on Wednesday to set up working groups on prisoner exchanges and the return of deported children, but failed to agree on a ceasefire after more than five hours of talks mediated by the United States.",
        "The discussions centred on a 20-point US plan. A Western official who attended said NATO membership was off the table for Ukraine under the draft, which instead envisages bilateral security guarantees from the United States and a coalition of European countries.",
        "Richard Olmstead, the US special envoy, led the American delegation. The Ukrainian side was led by Taras Hrytsenko, and Russia's by Gennady Sorokin, a veteran Kremlin aide who has taken part in several previous rounds of negotiations.",
        'Mr. Sorokin told Russian state television that the talks had been "useful" but that Moscow would not agree to a ceasefire that allowed Ukraine to regroup. Russia insists that Ukraine withdraw from Donetsk, which Kyiv refuses.',
        'President Volodymyr Zelensky thanked Turkey for hosting the talks and said Ukraine\'s negotiators had "clear red lines." He is expected to meet European leaders in Berlin next week to discuss the guarantees.',
        'The next round could take place in May, officials said, though no date has been agreed. "We are further along than a month ago, but not by much," the Western official said.',
        "Fighting continued during the talks. Ukraine's air force said Russia launched more than 100 drones overnight into Thursday, most of which were shot down.",
        "Wednesday's session followed weeks of preparatory contacts. Mr. Olmstead met Ukrainian officials in Kyiv earlier this month and held separate talks with Russian counterparts in Moscow, according to the State Department.",
      ),
      gold: {
        people: [{ name: "Richard Olmstead", side: "us", delegation: "us" }, hrytsenko, sorokin, zelensky],
        talksDate: april22,
        quantities: [duration(5, null, true), points(20)],
        terms: [guarantees, nato("ruled-out")],
      },
    },
    {
      id: "ukraine-globe",
      title: "Analysis: the Istanbul talks and the long road ahead",
      source: "Globe Herald",
      publishedAt: "2026-04-23",
      body: paragraphs(
        "Wednesday's talks in Istanbul lasted several hours and produced a handful of modest agreements. Their real significance, diplomats say, is that Ukrainian, Russian and American officials were in the same room at all.",
        "Richard Olmstead, the American envoy, and Caroline Ashby, the deputy secretary of state, spent weeks preparing the ground, travelling between Kyiv, Moscow and European capitals. Their counterparts in Istanbul were Taras Hrytsenko for Ukraine and Gennady Sorokin and Anatoly Belyaev for Russia.",
        "The question of NATO membership also came up, according to people briefed on the meeting, as did the size and structure of Ukraine's armed forces after the war and the fate of the Zaporizhzhia nuclear power plant.",
        "The approach reflects the priorities of President Donald Trump, who has said he wants the war over quickly and has repeatedly questioned the cost of American support for Ukraine.",
        '"Everyone wants to be seen to be engaging with the process, because no one wants to be blamed for its failure," said Olga Demchenko of the Kyiv Centre for Security Studies. "That is not the same as wanting a deal."',
        "European officials fear being presented with a settlement negotiated over their heads. Several governments have offered to contribute troops to a reassurance force after a ceasefire, an idea Moscow rejects.",
        "For now, the most tangible result is humanitarian. Both sides agreed to exchange 300 prisoners of war in the coming days, according to the Ukrainian coordination headquarters for prisoners of war.",
        "Still, the choreography mattered. The delegations shook hands in front of the cameras at the start of the session, and the Turkish foreign ministry released a photograph of the three teams afterwards, an image that would have been unthinkable a year ago.",
      ),
      gold: {
        people: [
          olmstead,
          ashby,
          hrytsenko,
          sorokin,
          belyaev,
          trump,
          { name: "Olga Demchenko", side: "ukraine" },
        ],
        talksDate: april22,
        quantities: [duration(3, 9)],
        terms: [nato("mentioned")],
      },
    },
    {
      id: "ukraine-continental",
      title: "Europe scrambles for a seat as US presses Ukraine plan",
      source: "Continental Post",
      publishedAt: "2026-04-29",
      body: paragraphs(
        "BRUSSELS — European governments are scrambling to shape a US-drafted peace plan for Ukraine after last week's talks in Istanbul, where American mediators put a 20-point document to Ukrainian and Russian negotiators.",
        "The plan is a revised version of an earlier 28-point draft that alarmed European capitals in the autumn because it appeared to accept several Russian demands. The new text, officials say, is shorter and gives more weight to security guarantees for Kyiv.",
        "US envoy Richard Olmstead led the American delegation in Istanbul and has since briefed European national security advisers by video link. Ukraine's chief negotiator, Taras Hrytsenko, travelled to Paris and Berlin on Monday.",
        '"We are not asking for a veto. We are asking to be consulted on decisions that affect our own security," said a senior European diplomat, who spoke on condition of anonymity.',
        "European officials say they want any agreement to include a mechanism for lifting sanctions only gradually and to keep frozen Russian assets as leverage. Several governments are also pressing for Ukraine's eventual membership of the European Union to be written into the text.",
        "Moscow has dismissed European involvement. Russia's delegation in Istanbul, led by Gennady Sorokin, insisted that the talks remain a matter between Russia, Ukraine and the United States, according to people familiar with the meeting.",
        'EU foreign ministers are due to discuss the plan at a meeting in Luxembourg next week. "The content matters more than the format, but the format is not irrelevant," one minister said.',
        "Ukraine's government has said it will put any final agreement to a referendum, a step officials in Kyiv describe as essential to give a settlement legitimacy at home. The next round has yet to be scheduled.",
      ),
      gold: {
        people: [olmstead, hrytsenko, sorokin],
        talksDate: goldDay("2026-04-20", "2026-04-26"),
        quantities: [points(20)],
        terms: [],
      },
    },
  ],
};
