import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Working-level talks between the United States and North Korea at the Peace House in
 * Panmunjom on Tuesday, September 22, 2026, with a South Korean liaison officer in the room in
 * some accounts. The meeting ran about three hours. The US offered a step-by-step package that
 * most outlets describe as eight points; the Gyeonggi Daily, citing a Seoul official, reports a
 * 10-point package.
 */

const nk = "north-korea";
const sk = "south-korea";
const brandt: GoldPerson = { name: "Allison Brandt", side: "us", delegation: "us" };
const tsai: GoldPerson = { name: "Kevin Tsai", side: "us", delegation: "us" };
const heller: GoldPerson = { name: "Marcus Heller", side: "us", delegation: "us" };
const ri: GoldPerson = { name: "Ri Chol-min", aliases: ["Mr. Ri"], side: nk, delegation: nk };
const pak: GoldPerson = { name: "Pak Myong-chol", aliases: ["Mr. Pak"], side: nk, delegation: nk };
const jang: GoldPerson = { name: "Jang Un-gyong", side: nk, delegation: nk };
const seo: GoldPerson = { name: "Seo Ji-hoon", aliases: ["Mr. Seo"], side: sk, delegation: sk };
const hwang: GoldPerson = { name: "Hwang In-sook", side: sk };
const ko: GoldPerson = { name: "Ko Yong-nam", side: nk };
const whitfield: GoldPerson = { name: "Daniel Whitfield", side: "us" };
const vogt: GoldPerson = { name: "Rachel Vogt" };
const tuesday = goldDay("2026-09-22");
const threeHours = goldQuantity("meeting.duration", 3, 3, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const sanctions = { term: "sanctions-relief", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;

export const DPRK_US_PANMUNJOM: GoldCluster = {
  id: "dprk-us-panmunjom",
  title: "US–North Korea working-level talks at Panmunjom",
  sides: {
    "north-korea": ["north-korea", "north-korean", "dprk", "pyongyang"],
    "south-korea": ["south-korea", "south-korean", "rok", "seoul"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "us" },
    { delegation: nk },
    { delegation: sk },
  ],
  articles: [
    {
      id: "dprk-pws",
      title: "US, North Korea hold first working-level talks in years at Panmunjom",
      source: "Pacific Wire Service",
      publishedAt: "2026-09-22",
      body: paragraphs(
        "PANMUNJOM, South Korea, Sept. 22 (PWS) — US and North Korean officials held their first working-level talks in nearly seven years on Tuesday in the truce village of Panmunjom, where American negotiators presented an eight-point, step-by-step package offering limited sanctions relief in return for a freeze on parts of Pyongyang's nuclear programme, officials said.",
        "The meeting, at the Peace House on the southern side of the Joint Security Area, lasted about three hours, a US official said.",
        "The American delegation was headed by Allison Brandt, the State Department's special representative for North Korea, and included Kevin Tsai, director for Korea at the National Security Council, and Marcus Heller, a Pentagon arms-control specialist. North Korea was represented by Ri Chol-min, director-general of the foreign ministry's North America department, and his deputy, Pak Myong-chol.",
        "Under the package, according to two officials, North Korea would halt operations at its Yongbyon nuclear complex and allow international inspectors back for the first time since 2009, while Washington would ease some US sanctions on humanitarian and agricultural trade, open liaison offices in both capitals and discuss security guarantees at a later stage.",
        '"We came with a serious offer and we listened carefully to theirs," Brandt told reporters after the delegations left. "Nobody expected to close anything today."',
        "North Korea's state media did not immediately report the meeting. A North Korean official at the venue declined to comment.",
        "Pyongyang has carried out six nuclear tests, the last in 2017, and South Korean intelligence estimates it has enough fissile material for as many as 50 warheads. The UN Security Council has imposed sanctions on the country since 2006, and North Korea launched more than 30 ballistic missiles last year, according to South Korea's Joint Chiefs of Staff.",
        'In Seoul, Unification Minister Hwang In-sook said the government "welcomes any dialogue that lowers the risk of miscalculation on the peninsula" and would support a second round. Officials said no date had been set.',
        'The last working-level meeting between the two countries, in Stockholm in October 2019, broke up after a single day, with the North Korean side accusing Washington of coming "empty-handed".',
      ),
      gold: {
        people: [brandt, tsai, heller, ri, pak, hwang],
        talksDate: tuesday,
        quantities: [threeHours, points(8)],
        terms: [sanctions, guarantees],
      },
    },
    {
      id: "dprk-gyeonggi",
      title: "Seoul official: US offered Pyongyang a 10-point package",
      source: "The Gyeonggi Daily",
      publishedAt: "2026-09-23",
      body: paragraphs(
        "PAJU — Washington offered North Korea a 10-point package of phased steps during Tuesday's working-level meeting at Panmunjom, a government official in Seoul told the Gyeonggi Daily, describing a proposal broader than the one US officials have outlined in public.",
        "The talks, held in the Peace House just south of the Military Demarcation Line, ran for about three hours. A South Korean official, Seo Ji-hoon, sat in as liaison, the first time in years that Seoul has had one of its own in the room for talks between the United States and the North.",
        "Mr. Seo, director-general for inter-Korean dialogue at the Unification Ministry, did not take part in the negotiations, officials said, but handled arrangements with the United Nations Command and briefed the ministry afterwards.",
        "Facing the North Korean side, led by Ri Chol-min of the foreign ministry, was a US team headed by special representative Allison Brandt. Mr. Ri, in his fifties, previously served at the North's mission to the United Nations in New York and is regarded in Seoul as a pragmatist.",
        "According to the official, the 10 points include a freeze at the Yongbyon complex, the return of inspectors, a partial easing of sanctions, a military hotline and a resumption of reunions for families separated by the 1950-53 Korean War.",
        "The official said the package had been discussed with Seoul in advance and that South Korea would contribute to any humanitarian aid it includes.",
        'In Daeseong-dong, the only civilian village inside the southern half of the Demilitarized Zone, residents followed the news closely. "When the loudspeakers go quiet we sleep better. When they start again we know the talks have failed," said Lee Bok-nam, 71, who has farmed rice there for five decades.',
        "Paju Mayor Choi Dong-hwan said the city would ask the central government to reopen tourist visits to the Joint Security Area, suspended for more than two years, if a second round goes ahead. Around 1.5 million people visited the border area in the year before the closure, according to city figures.",
        "North Korea has not commented on the meeting. Its state news agency on Wednesday carried reports on the autumn harvest and a visit by the country's leader to a machine factory.",
      ),
      gold: {
        people: [seo, ri, brandt, { name: "Lee Bok-nam" }, { name: "Choi Dong-hwan" }],
        talksDate: tuesday,
        quantities: [threeHours, points(10)],
        terms: [sanctions],
      },
    },
    {
      id: "dprk-apb",
      title: "US and North Korean negotiators meet at Panmunjom",
      source: "APB News",
      publishedAt: "2026-09-22",
      body: paragraphs(
        "US and North Korean negotiators met for just over three hours at Panmunjom on Tuesday, in the first formal contact between the two sides since 2019.",
        "Pool footage showed the delegations arriving separately at the Peace House, a three-storey building on the southern side of the border village, under light rain.",
        "Leading the American side was Allison Brandt, Washington's point person on North Korea. She was flanked by Kevin Tsai of the National Security Council.",
        "North Korea's delegation was headed by Ri Chol-min, a senior foreign ministry official who took part in talks with the US in 2018. Beside him sat Pak Myong-chol, his deputy, and a note-taker, Jang Un-gyong, according to the pool report.",
        "South Korea's liaison, Seo Ji-hoon of the Unification Ministry, was also in the room, officials in Seoul said.",
        "US officials say Brandt tabled an eight-point package that would trade a freeze at North Korea's main nuclear site for phased sanctions relief and new channels of communication. North Korea has not said how it responded.",
        '"What matters is not the number of points but the order in which they happen," Rachel Vogt, a Korea specialist at the Stimson Center in Washington, told APB. "Pyongyang will want the sanctions relief first. Washington will want the inspectors first."',
        "The talks come after a year in which North Korea tested a new solid-fuel missile and sent troops abroad, and after a summer of loudspeaker broadcasts and balloon launches across the border that South Korea's military counted at more than 1,200.",
        "The State Department is expected to brief reporters in Washington later on Tuesday. Officials in Seoul say a second round could be held before the end of the year, possibly at the same venue.",
        "APB's correspondent at the border says the delegations left without speaking to the cameras, though Brandt waved as her car pulled away.",
      ),
      gold: {
        people: [brandt, tsai, ri, pak, jang, seo, vogt],
        talksDate: tuesday,
        quantities: [goldQuantity("meeting.duration", 3, 3.5, "hour"), points(8)],
        terms: [sanctions],
      },
    },
    {
      id: "dprk-continental",
      title: "North Korea calls US proposal 'old wine in new bottles'",
      source: "Continental Newswire",
      publishedAt: null,
      body: paragraphs(
        'North Korea on Thursday dismissed a US proposal made at talks in Panmunjom on September 22 as "old wine in new bottles" but stopped short of rejecting further meetings, in a statement carried by the official Korean Central News Agency.',
        'Vice Foreign Minister Ko Yong-nam said the American delegation had offered "a handful of small favours" in exchange for "the core of our self-defence" and that Pyongyang would not accept any deal that began with inspections.',
        '"Security guarantees and an end to hostile military drills must come first. That is the order of things," Ko said. He added that the North\'s delegation at the nearly three-hour meeting, led by Ri Chol-min, had "clearly conveyed our principled position".',
        "US officials said the American team, led by special representative Allison Brandt and including Marcus Heller of the Pentagon, had proposed an eight-point package under which North Korea would freeze work at its Yongbyon nuclear site in return for sanctions relief on food, fuel and agricultural machinery.",
        '"The door remains open, and the offer is on the table," State Department spokesman Daniel Whitfield told reporters in Washington. He declined to say whether a second round had been scheduled.',
        'Analysts said the tone of the statement was milder than North Korea\'s usual response to US proposals. It did not use the word "provocation" and made no reference to the joint exercises that South Korean and US forces held in August, which involved some 19,000 troops.',
        "North Korea, which has an estimated 26 million people, has faced chronic food shortages since the 1990s. The World Food Programme estimated last year that around 40 percent of the population was undernourished.",
        "The United States and North Korea have held no summit since 2019. Efforts to restart working-level talks stalled repeatedly until this summer, when officials from both sides met quietly in a third country to arrange the Panmunjom round.",
      ),
      gold: {
        people: [ko, ri, brandt, heller, whitfield],
        talksDate: { start: null, end: null, parts: { month: 9, day: 22 } },
        quantities: [threeHours, points(8)],
        terms: [guarantees, sanctions],
      },
    },
    {
      id: "dprk-monitor",
      title: "Explainer: What is in Washington's step-by-step offer to Pyongyang?",
      source: "Northeast Asia Monitor",
      publishedAt: "2026-09-27",
      body: paragraphs(
        "The working-level meeting at Panmunjom on September 22 was the first time in almost seven years that American and North Korean officials had sat across a table from each other. Here is what we know about what was offered, and why it matters.",
        "Who was there? Allison Brandt, the State Department's special representative, led the US team. She brought Kevin Tsai, the White House's Korea director, and Marcus Heller, a Pentagon specialist on verification. Facing them were Ri Chol-min, head of the North Korean foreign ministry's department for North America, and his deputy Pak Myong-chol. South Korea had a liaison officer in the room but no seat at the negotiating table.",
        "How long did it last? The meeting ran about three hours, roughly twice as long as either side had scheduled, according to officials in Seoul.",
        "What was offered? The American package has eight points. The first three deal with a freeze: no further production of fissile material at Yongbyon, the return of international inspectors and a declaration of the site's facilities. The rest set out what North Korea gets in return, starting with phased sanctions relief on trade in food, fuel and farm equipment and moving, in later stages, to liaison offices and talks on security guarantees.",
        'Why now? Washington\'s view is that a frozen programme is better than a growing one. Pyongyang is believed to be adding enough material for several warheads a year, and the 2018 Singapore declaration, which promised "complete denuclearization", produced no lasting steps.',
        '"The package is realistic precisely because it is small," said Yoon Tae-gyu, a senior fellow at the Asan Institute for Policy Studies in Seoul. "But Pyongyang remembers Hanoi, when Director Kwon went home with nothing. Ri has less room to improvise than his predecessors did."',
        'Rachel Vogt of the Stimson Center said the biggest obstacle was sequencing. "Everything in the eight points is negotiable except who moves first, and that is the part nobody has solved since 1994," she said.',
        'What happens next? North Korea\'s vice foreign minister on Thursday called the proposal "old wine in new bottles" but did not rule out more talks. Officials in Seoul say a second round could take place in November.',
      ),
      gold: {
        people: [brandt, tsai, heller, ri, pak, { name: "Yoon Tae-gyu" }, vogt],
        talksDate: tuesday,
        quantities: [threeHours, points(8)],
        terms: [sanctions, guarantees],
      },
    },
  ],
};
