import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Kenya-mediated talks in Nairobi between South Sudan's government and the holdout Alliance of
 * South Sudanese Opposition Movements (ASSOM), a three-day round from Tuesday, June 2 to
 * Thursday, June 4, 2026, with the troika's US, British and Norwegian envoys observing. The
 * Nile Tribune gives the mediators' draft protocol 12 points; the other outlets that size it
 * give 14. The undated wire copy says only "three days of talks" and gives no date.
 */

const ss = "south-sudan";
const round = goldDay("2026-06-02", "2026-06-04");
const malual: GoldPerson = { name: "Kuol Deng Malual", side: ss, delegation: ss };
const akech: GoldPerson = { name: "Martha Nyibol Akech", side: ss, delegation: ss };
const kenyi: GoldPerson = { name: "Simon Ladu Kenyi", side: "assom", delegation: "assom" };
const chuol: GoldPerson = { name: "Nyakuoth Gatluak Chuol", side: "assom", delegation: "assom" };
const loboka: GoldPerson = { name: "Emmanuel Wani Loboka", side: "assom", delegation: "assom" };
const rotich: GoldPerson = {
  name: "Ambrose Kipchumba Rotich",
  aliases: ["Ambrose Rotich", "Gen. Rotich"],
  side: "kenya",
  delegation: "kenya",
};
const pruett: GoldPerson = { name: "Caroline Pruett", side: "us", delegation: "us" };
const keddie: GoldPerson = { name: "Alastair Keddie", side: "uk", delegation: "uk" };
const brekke: GoldPerson = { name: "Kari Lunde Brekke", side: "norway", delegation: "norway" };
const amosa: GoldPerson = { name: "Peter Lokuru Amosa", aliases: ["Gen. Peter Lokuru Amosa"], side: "assom" };
const madut: GoldPerson = { name: "Joseph Lual Madut", side: ss };
const days = (n: number) => goldQuantity("meeting.duration", n, n, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;
const elections = { term: "elections", stance: "mentioned" } as const;

export const SOUTH_SUDAN_NAIROBI: GoldCluster = {
  id: "south-sudan-nairobi",
  title: "South Sudan peace talks in Nairobi",
  sides: {
    "south-sudan": ["south-sudan", "south-sudanese", "juba", "government-of-south-sudan"],
    assom: [
      "assom",
      "alliance-of-south-sudanese-opposition-movements",
      "south-sudan-opposition",
      "opposition",
    ],
    kenya: ["kenya", "kenyan", "nairobi"],
    uk: ["uk", "britain", "british", "united-kingdom", "london"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: ss },
    { delegation: "assom" },
    { delegation: "kenya" },
    { delegation: "us" },
    { delegation: "uk" },
    { delegation: "norway" },
    { term: "ceasefire" },
  ],
  articles: [
    {
      id: "ss-nairobi-courier",
      title: "South Sudan talks in Nairobi end with draft protocol, no signature",
      source: "Rift Valley Courier",
      publishedAt: "2026-06-05",
      body: paragraphs(
        "NAIROBI — The three-day round of South Sudan peace talks that ended on Thursday produced a 14-point draft protocol but no signatures, with the government and the holdout opposition alliance agreeing only to take the text home for consultations.",
        "The round was chaired by Kenya's chief mediator, retired Gen. Ambrose Kipchumba Rotich, who has led the Kenyan initiative since it was launched last year. The government delegation was led by Kuol Deng Malual, the presidential adviser on security affairs, and included Cabinet Affairs Minister Martha Nyibol Akech. Across the table sat the Alliance of South Sudanese Opposition Movements (ASSOM), a coalition of groups that refused to sign the 2018 peace agreement, represented by its chief negotiator, Simon Ladu Kenyi.",
        "Envoys of the so-called troika — the United States, Britain and Norway — attended as observers. Washington was represented by its special envoy for South Sudan, Caroline Pruett; London by Alastair Keddie; and Oslo by Kari Lunde Brekke.",
        "The draft, seen by the Courier, opens with a recommitment to a ceasefire monitored by an expanded verification body, followed by the opening of humanitarian corridors in Central and Western Equatoria and security guarantees for opposition leaders who return to Juba. It says nothing about the elections scheduled for December.",
        '"We have a text. That is more than we had on Tuesday morning," the general told journalists on Thursday evening. "Now the principals must do their part."',
        "Mr. Kenyi said the alliance \"will not be rushed into signing another agreement that gives us titles but no reforms.\" He said ASSOM's chairman, Gen. Peter Lokuru Amosa, who lives in exile, would study the document with the alliance's leadership council before giving an answer.",
        'In Juba, Information Minister Joseph Lual Madut said the government was "committed to peace, but not to endless talks," and accused some opposition commanders of using the negotiations to rearm.',
        "Fighting between government forces and ASSOM-affiliated fighters in Central Equatoria has displaced more than 60,000 people since January, according to UN figures. The civil war that began in December 2013 killed an estimated 400,000 people before the 2018 deal brought most armed groups into a unity government.",
        "Kenyan officials said the mediators hoped to reconvene the parties in July, possibly for a signing ceremony attended by heads of state from the region.",
      ),
      gold: {
        people: [rotich, malual, akech, kenyi, pruett, keddie, brekke, amosa, madut],
        talksDate: round,
        quantities: [days(3), points(14)],
        terms: [ceasefire, corridors, guarantees, elections],
      },
    },
    {
      id: "ss-nairobi-tribune",
      title: "Government delegation returns from Nairobi with 12-point draft",
      source: "Nile Tribune",
      publishedAt: "2026-06-05",
      body: paragraphs(
        "JUBA — The government delegation to the Nairobi peace talks is expected back in Juba on Friday after three days of negotiations with the holdout opposition groups, carrying a 12-point draft protocol that mediators hope both sides will sign next month.",
        "The talks opened on Tuesday and closed late on Thursday. Presidential security adviser Kuol Deng Malual, who headed the government team, was joined by Deputy Justice Minister Stephen Tombe Lugala and by Martha Nyibol Akech, the minister of cabinet affairs.",
        "The opposition side comprised Simon Ladu Kenyi, the alliance's chief negotiator, Emmanuel Wani Loboka, a former army brigadier who defected in 2017, and Nyakuoth Gatluak Chuol, the alliance's spokeswoman. She told the Tribune by telephone that the draft was \"a starting point, not a finish line.\"",
        "Kenya's mediator, Gen. Ambrose Rotich, presided over all sessions. The talks were formally opened on Tuesday by Kenya's foreign minister, Wanjiru Mwangi-Kariuki, who told the delegations that \"the region cannot carry another decade of South Sudanese war.\"",
        "Observers from the troika of Western countries, among them US special envoy Caroline Pruett, followed the sessions from the side of the hall.",
        "According to a member of the government delegation, the 12 points include a renewed ceasefire, the opening of humanitarian corridors to areas cut off by fighting, and the integration of opposition fighters into the unified army. The text does not set a new date for elections, which are currently scheduled for December 2026.",
        'Information Minister Joseph Lual Madut said the government had "gone the extra mile" in Nairobi and that the ball was now in the opposition\'s court.',
        'Church leaders were cautious. "Our people in Yei and Morobo cannot eat drafts," said the Rev. James Oduho Lemi, secretary-general of the South Sudan Council of Churches. "We want to see the guns silent and the roads open."',
        "Civil servants in Juba have gone eight months without salaries, and oil, which provides more than 90 percent of government revenue, has been disrupted since a pipeline through Sudan was damaged last year.",
      ),
      gold: {
        people: [
          malual,
          { name: "Stephen Tombe Lugala", side: ss, delegation: ss },
          akech,
          kenyi,
          loboka,
          chuol,
          rotich,
          { name: "Wanjiru Mwangi-Kariuki", side: "kenya", delegation: "kenya" },
          pruett,
          madut,
          { name: "James Oduho Lemi" },
        ],
        talksDate: round,
        quantities: [days(3), points(12)],
        terms: [ceasefire, corridors, elections],
      },
    },
    {
      id: "ss-nairobi-horizon",
      title: "South Sudan peace talks close in Nairobi without a deal",
      source: "Horizon Broadcasting",
      publishedAt: "2026-06-04",
      body: paragraphs(
        "Peace talks between South Sudan's government and a coalition of armed opposition groups have ended in the Kenyan capital, Nairobi, without an agreement after three days of negotiations.",
        "Mediators say both sides will now consider a 14-point draft protocol and are expected to give their answer within a month.",
        "The talks, which began on Tuesday and wrapped up on Thursday evening, brought together the government's chief negotiator, Kuol Deng Malual, and Simon Ladu Kenyi of the Alliance of South Sudanese Opposition Movements, known as ASSOM.",
        'Kenya\'s mediation team was led by Gen. Ambrose Kipchumba Rotich. Mr Rotich, a former commander of the Kenya Defence Forces, said the two sides had agreed to "stop shooting while they read."',
        "A State Department team led by the US special envoy for South Sudan, Caroline Pruett, sat in as observers, together with British and Norwegian envoys. Ms Pruett was accompanied by Daniel Okafor-Briggs, a deputy assistant secretary of state for African affairs.",
        "The opposition groups stayed out of the 2018 deal that ended South Sudan's five-year civil war. They say the unity government formed under that agreement has failed to reform the army or the security services.",
        "The draft protocol calls for a ceasefire and security guarantees for opposition figures who wish to return to the country.",
        "The United Nations says about nine million people in South Sudan, roughly three quarters of the population, need humanitarian assistance this year. A cholera outbreak has killed more than 1,500 people since last October.",
        'Achieng Otieno, a researcher at the Institute for Security Studies in Nairobi, told Horizon that the Kenyan initiative had achieved more than its predecessors but faced the same problem. "Unless Juba and General Amosa both own this text, it will go the way of Rome," she said, referring to earlier talks hosted by the Community of Sant\'Egidio.',
        "South Sudan gained independence from Sudan in 2011, making it the world's youngest country. Its people have lived through more than half of that time at war.",
      ),
      gold: {
        people: [
          malual,
          kenyi,
          rotich,
          pruett,
          { name: "Daniel Okafor-Briggs", side: "us", delegation: "us" },
          { name: "Achieng Otieno" },
        ],
        talksDate: round,
        quantities: [days(3), points(14)],
        terms: [ceasefire, guarantees],
      },
    },
    {
      id: "ss-nairobi-lakes",
      title: "Explainer: What happened at South Sudan's Nairobi talks, and what comes next",
      source: "The Lakes Review",
      publishedAt: "2026-06-08",
      body: paragraphs(
        "What happened in Nairobi?",
        "Over three days last week, from June 2 to June 4, South Sudan's government and the alliance of armed groups that stayed out of the 2018 peace deal negotiated under Kenyan mediation. They left with a draft protocol of 14 points, but no signatures.",
        "Who was in the room?",
        "The government team was headed by Kuol Deng Malual, a veteran security adviser to the president. Facing him was Simon Ladu Kenyi, a former diplomat who is the chief negotiator for the Alliance of South Sudanese Opposition Movements (ASSOM). He was supported by Nyakuoth Gatluak Chuol, the alliance's spokeswoman.",
        "Kenya's chief mediator chaired every session. He is Ambrose Kipchumba Rotich, a retired general who commanded Kenyan troops in Somalia and has spent the past year travelling between Juba, Nairobi and the capitals where exiled opposition leaders live.",
        "The troika envoys — Caroline Pruett for Washington, Alastair Keddie for London and Kari Lunde Brekke for Oslo — observed the talks. The troika helped broker South Sudan's independence and has funded much of the peace process since.",
        "Who was missing?",
        "ASSOM's chairman, Gen. Peter Lokuru Amosa, stayed away; he has not set foot in South Sudan since 2017 and says he cannot travel safely to any venue in the region. The president did not attend either. Malual spoke for him.",
        "What is in the draft?",
        "The protocol begins with a ceasefire and a revamped monitoring mechanism. It proposes humanitarian corridors into the Equatoria region and security guarantees for opposition leaders who return home. It is silent on the elections due in December, which UN officials and many diplomats doubt can be held on time.",
        "Why does it matter?",
        "South Sudan became independent in 2011 and slid into civil war two years later. Roughly 2.3 million South Sudanese live as refugees in neighbouring countries, and oil output has fallen to about 150,000 barrels a day, a fraction of what it was at independence. Violence in the Equatorias has kept farmers from their fields for three planting seasons.",
        "What comes next?",
        "The mediators want a signing in July. Both delegations have gone home to consult, and the troika has signalled that further funding for the transition depends on a deal being reached.",
      ),
      gold: {
        people: [malual, kenyi, chuol, rotich, pruett, keddie, brekke, amosa],
        talksDate: round,
        quantities: [days(3), points(14)],
        terms: [ceasefire, corridors, guarantees, elections],
      },
    },
    {
      id: "ss-nairobi-paps",
      title: "South Sudan rivals take draft deal home after Nairobi round",
      source: "Pan-African Press Service",
      publishedAt: null,
      body: paragraphs(
        "South Sudan's government and a coalition of holdout rebel groups will consult their leaderships on a draft protocol drawn up by Kenyan mediators, after three days of talks in Nairobi ended without agreement, participants said.",
        'Simon Ladu Kenyi, who led the delegation of the Alliance of South Sudanese Opposition Movements, said the text contained "useful elements" but did not go far enough on reform of the security services.',
        'Emmanuel Wani Loboka, a commander who accompanied Kenyi, said fighters loyal to the alliance in Central Equatoria would respect the ceasefire "as long as the government\'s forces do the same."',
        'Kuol Deng Malual, who headed the government delegation, told reporters that Juba had "accepted the mediators\' text in principle" and blamed the opposition for the failure to sign.',
        "The Kenyan mediator, retired general Ambrose Rotich, said the parties had agreed on the opening of humanitarian corridors, a provision aid agencies have sought for months, but that several other provisions remained in brackets.",
        'Norway\'s special envoy, Kari Lunde Brekke, who observed the talks along with her British counterpart Alastair Keddie, said the draft was "the most serious attempt in years" to bring the remaining armed groups into the peace process. "Both sides should use the coming weeks to build trust, not positions," she said.',
        "The alliance brings together several armed and political movements that refused to sign the 2018 agreement that ended a five-year civil war. Its fighters are active mainly in the Equatoria region in the south of the country.",
        "Kenya has hosted the initiative since 2024. A previous draft collapsed last year when the government objected to a clause it said would have reopened the power-sharing arrangements of the 2018 agreement.",
        "More than 60,000 people have fled fighting in Central Equatoria since January, according to the UN refugee agency, many of them into Uganda.",
      ),
      gold: {
        people: [kenyi, loboka, malual, rotich, brekke, keddie],
        talksDate: null,
        quantities: [days(3)],
        terms: [ceasefire, corridors],
      },
    },
  ],
};
