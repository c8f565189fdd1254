import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks in New Delhi on Friday, July 10, 2026, between the Government of India, represented by
 * its appointed interlocutor and Home Ministry and Intelligence Bureau officials, and the Naga
 * People's Federal Council (NPFC). The meeting ran about four hours and the Centre handed over
 * a 12-point draft framework. The Dimapur Chronicle dates the meeting to Thursday, July 9.
 * No foreign officials were involved.
 */

const menon: GoldPerson = {
  name: "Subhash Chandra Menon",
  aliases: ["S. C. Menon"],
  side: "india",
  delegation: "india",
};
const raghavan: GoldPerson = { name: "Priya Raghavan", side: "india", delegation: "india" };
const bhandari: GoldPerson = { name: "Ashok Bhandari", side: "india", delegation: "india" };
const sekhose: GoldPerson = { name: "Khrielie Sekhose", side: "npfc", delegation: "npfc" };
const longkumer: GoldPerson = { name: "Imtisunep Longkumer", side: "npfc", delegation: "npfc" };
const jamir: GoldPerson = { name: "Akum Jamir", side: "npfc", delegation: "npfc" };
const yeptho: GoldPerson = { name: "Hevukhu Yeptho", side: "npfc" };
const kulkarni: GoldPerson = { name: "Rajendra Kulkarni", side: "india" };
const rutsa: GoldPerson = { name: "Vilhousie Rutsa" };
const bora: GoldPerson = { name: "Sanghamitra Bora" };
const friday = goldDay("2026-07-10");
const fourHours = goldQuantity("meeting.duration", 4, 4, "hour");
const twelvePoints = goldQuantity("plan.size", 12, 12, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;

export const NAGALAND_DELHI: GoldCluster = {
  id: "nagaland-delhi",
  title: "Government of India–NPFC Naga peace talks in New Delhi",
  sides: {
    india: ["india", "indian", "government-of-india", "centre", "union-government", "new-delhi", "delhi"],
    npfc: ["npfc", "naga-peoples-federal-council", "naga-people-s-federal-council", "naga", "nagas"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "india" },
    { delegation: "npfc" },
  ],
  articles: [
    {
      id: "naga-bws",
      title: "Centre, Naga group resume talks in Delhi; 12-point draft handed over",
      source: "Bharat Wire Service",
      publishedAt: "2026-07-10",
      body: paragraphs(
        "NEW DELHI, July 10 (BWS) — The Centre and the Naga People's Federal Council (NPFC) resumed formal peace talks in the capital on Friday after a gap of almost eight months, with the government's interlocutor handing the group a 12-point draft framework for a final settlement, officials said.",
        "The meeting, held at a government guest house in Chanakyapuri, lasted about four hours. The government side was led by interlocutor Subhash Chandra Menon, a retired special director of the Intelligence Bureau, with Priya Raghavan, joint secretary in charge of the North East division of the Ministry of Home Affairs.",
        "The NPFC delegation was led by its general secretary, Khrielie Sekhose, and included Imtisunep Longkumer, convenor of the group's steering committee.",
        "According to officials familiar with the draft, it proposes enhanced autonomy for Naga-inhabited areas through territorial councils, a special development package and the extension of the ceasefire between the security forces and the NPFC's armed cadres for another year. It does not address the group's long-standing demand for a separate flag and constitution.",
        '"The discussions were held in a cordial atmosphere, and both sides have agreed to meet again soon," a Home Ministry official said, speaking on condition of anonymity.',
        'Sekhose told reporters outside the venue that the group would study the draft "line by line" and consult its leadership in Nagaland before responding. "We have not come this far to sign something we have not read," he said.',
        "The NPFC, which says it has about 3,000 cadres, signed a ceasefire with the government in 2012. Dozens of rounds of talks have been held since then, most of them in Delhi, without a final agreement.",
        "The talks come weeks before the state's budget session. Nagaland Chief Minister Vilhousie Rutsa has repeatedly urged the Centre to conclude an agreement before the next Assembly election, due in 2028, saying the uncertainty is holding back investment in the state.",
      ),
      gold: {
        people: [menon, raghavan, sekhose, longkumer, rutsa],
        talksDate: friday,
        quantities: [fourHours, twelvePoints],
        terms: [ceasefire],
      },
    },
    {
      id: "naga-chronicle",
      title: "NPFC team meets Centre's interlocutor in Delhi, studies draft",
      source: "The Dimapur Chronicle",
      publishedAt: "2026-07-11",
      body: paragraphs(
        "DIMAPUR — The Naga People's Federal Council's negotiating team held a four-hour meeting with the Centre's interlocutor in New Delhi on Thursday, the first formal round since November, according to a statement issued by the group's information wing.",
        "The NPFC team comprised general secretary Khrielie Sekhose, steering committee convenor Imtisunep Longkumer and Akum Jamir, the group's kilonser for information, who also signed the statement.",
        "The Centre was represented by its interlocutor, S. C. Menon, and senior officials of the Home Ministry and the Intelligence Bureau, the statement said. It did not name the officials.",
        "According to the statement, the government side presented a draft of 12 points, which the NPFC leadership will examine at a meeting of its council at the group's headquarters near Dimapur later this month. The group's chairman, Hevukhu Yeptho, who is in his late seventies, did not travel to Delhi.",
        'In a separate message read out at a gathering of cadres on Friday, Yeptho said the Nagas had "waited long enough for Delhi to decide whether it wants peace or only quiet". He said the group would not accept any settlement that "divides the Naga family by state boundaries".',
        'Civil society groups in Dimapur and Kohima welcomed the resumption of talks but said the public had been kept in the dark. "After so many rounds, people want to know what is actually being negotiated," said Neikedonuo Kire, a schoolteacher and member of a women\'s peace forum in Kohima.',
        "The statement said both sides had agreed to extend the ceasefire, due to expire at the end of August, while negotiations continue. The security forces and the NPFC's armed wing have observed the ceasefire since 2012, though the state police recorded 14 incidents of extortion linked to armed groups in the first half of this year.",
        "The NPFC is one of several Naga groups in talks with the Centre. Traders in Dimapur said the uncertainty had already cost the town's wholesale market several crore rupees this year, as businesses held back orders ahead of each round.",
      ),
      gold: {
        people: [sekhose, longkumer, jamir, menon, yeptho, { name: "Neikedonuo Kire" }],
        talksDate: goldDay("2026-07-09"),
        quantities: [fourHours, twelvePoints],
        terms: [ceasefire],
      },
    },
    {
      id: "naga-netv",
      title: "Live updates: Naga peace talks resume in Delhi",
      source: "NorthEast Now TV",
      publishedAt: "2026-07-10",
      body: paragraphs(
        "10:45 IST — Talks between the Centre and the Naga People's Federal Council are set to begin shortly in Chanakyapuri, New Delhi. This is the first formal round since November. Stay with us for live updates on Friday's meeting.",
        "11:02 IST — Interlocutor Subhash Chandra Menon has arrived, accompanied by Home Ministry joint secretary Priya Raghavan and Ashok Bhandari, an additional director of the Intelligence Bureau.",
        "11:10 IST — The NPFC delegation, led by general secretary Khrielie Sekhose, walks in. Imtisunep Longkumer and Akum Jamir are with him.",
        "12:30 IST — Sources tell NorthEast Now that the government has tabled a 12-point draft framework. Details are not yet available.",
        '13:15 IST — Reaction from Kohima: Chief Minister Vilhousie Rutsa says the state government is "hopeful" and urges both sides to "not let this chance slip". He is not part of the talks.',
        '14:05 IST — "The Centre\'s draft is the first written document in several years. That alone is significant," says Sanghamitra Bora, a Guwahati-based researcher who has followed the Naga talks for two decades.',
        '15:10 IST — Talks end after four hours. Sekhose tells reporters the group will "study the draft carefully" and take it back to Nagaland. Menon leaves without comment.',
        "15:40 IST — Home Ministry sources say both sides agreed in principle to extend the ceasefire for another year. The ceasefire is due to expire on August 31.",
        "16:20 IST — In Dimapur, NPFC supporters gathered outside the group's office to hear the news. The Naga Students' Federation has called for the draft to be made public.",
        "16:45 IST — That is all from our live coverage for today. We will bring you reaction from Nagaland through the evening.",
      ),
      gold: {
        people: [menon, raghavan, bhandari, sekhose, longkumer, jamir, rutsa, bora],
        talksDate: friday,
        quantities: [fourHours, twelvePoints],
        terms: [ceasefire],
      },
    },
    {
      id: "naga-eastern",
      title: "Home Minister says Naga settlement 'within reach' after Delhi round",
      source: "Eastern Newswire",
      publishedAt: null,
      body: paragraphs(
        "Union Home Minister Rajendra Kulkarni said on Saturday that a final settlement with the Naga People's Federal Council was \"within reach\", a day after the group's leaders met government negotiators in New Delhi on Friday for four hours.",
        '"We have given them a document that respects Naga history and the Constitution of India. Now it is for them to respond," Kulkarni told reporters in Guwahati, where he was reviewing flood relief.',
        "Friday's talks brought together Khrielie Sekhose, the NPFC's general secretary, and the government's interlocutor, Subhash Chandra Menon. Sekhose was accompanied by Imtisunep Longkumer, a senior figure in the group's leadership.",
        "Menon was flanked by Ashok Bhandari of the Intelligence Bureau, who has handled contacts with Naga groups since 2019. He is one of the few officials in the process who has visited the NPFC's camps in Nagaland.",
        "Menon, a retired special director of the Intelligence Bureau, was appointed interlocutor in 2024 after his predecessor stepped down. He has met the NPFC leadership informally at least six times since then, officials said.",
        'The group has not yet responded to the government\'s draft. An NPFC spokesman in Dimapur said the leadership would "not be rushed" and that the question of integrating Naga-inhabited areas of neighbouring states remained unresolved.',
        "Governments in Manipur, Assam and Arunachal Pradesh have opposed any change to their boundaries, and protests broke out in the Manipur valley in 2001 over fears that Naga demands would be met at the state's expense.",
        "Flooding in Assam has affected more than 1.2 million people this month, and Kulkarni announced an additional 500 crore rupees for relief.",
      ),
      gold: {
        people: [kulkarni, sekhose, menon, longkumer, bhandari],
        talksDate: { start: null, end: null, parts: { weekday: 5 } },
        quantities: [fourHours],
        terms: [],
      },
    },
    {
      id: "naga-frontier",
      title: "Analysis: The Naga talks need more than another round",
      source: "Frontier Review",
      publishedAt: "2026-07-13",
      body: paragraphs(
        "When the Naga People's Federal Council and the Centre met in New Delhi on July 10, it was, by one count, the 87th formal round of talks since the ceasefire was signed in 2012. What made this one different was a piece of paper.",
        "The interlocutor, Subhash Chandra Menon, and his team from the Home Ministry, among them joint secretary Priya Raghavan, handed over a 12-point draft framework. It is the first written proposal the government has put on the table in years, and it says a great deal about how far Delhi is, and is not, prepared to go.",
        "The draft, whose outline has been described to the Review by two people who have seen it, offers territorial councils with powers over land and customary law, a development fund and a phased return of NPFC cadres to civilian life. It also proposes extending the ceasefire for a year. What it does not offer is a separate Naga constitution or flag, or any change to state boundaries.",
        "Across the table, general secretary Khrielie Sekhose knows that his own movement is divided. The group's chairman, Hevukhu Yeptho, has spent much of the past decade insisting on full integration of Naga-inhabited areas, and younger cadres see any compromise as betrayal.",
        '"Sekhose can negotiate a good deal, but he cannot sell a deal that Yeptho has not blessed," said Sanghamitra Bora, who has followed the Naga talks for two decades. "Delhi understands that. That is why the draft is written for the chairman as much as for the negotiators."',
        'Prof. Moatoshi Imchen, who teaches political science at Nagaland University, was blunter. "Every round produces a photo and a statement. People in Kohima have stopped reading them. What they want is a road that does not wash away every monsoon."',
        "The four-hour meeting ended with an agreement to meet again. That is not nothing. But after 14 years, the question is no longer whether the two sides can talk, but whether either of them can afford to stop talking and start deciding.",
      ),
      gold: {
        people: [menon, raghavan, sekhose, yeptho, bora, { name: "Moatoshi Imchen" }],
        talksDate: friday,
        quantities: [fourHours, twelvePoints],
        terms: [ceasefire],
      },
    },
  ],
};
