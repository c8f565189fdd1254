import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks hosted by Kenya in Nairobi on Tuesday, November 10, 2026, between Somalia's federal
 * government and the Jubaland regional administration, with a US deputy assistant secretary of
 * state and the African Union's special representative in the room. The session ran nearly nine
 * hours. Most outlets describe a ten-point Kenyan framework; the broadcaster reports an
 * eight-point plan.
 */

const farah: GoldPerson = { name: "Abdiqani Nur Farah", side: "somalia", delegation: "somalia" };
const geedi: GoldPerson = { name: "Hodan Ali Geedi", side: "somalia", delegation: "somalia" };
const dirie: GoldPerson = { name: "Liban Osman Dirie", side: "somalia", delegation: "somalia" };
const kulmiye: GoldPerson = {
  name: "Siyad Mohamed Kulmiye",
  side: "jubaland",
  delegation: "jubaland",
};
const bile: GoldPerson = { name: "Faduma Hirsi Bile", side: "jubaland", delegation: "jubaland" };
const yarow: GoldPerson = {
  name: "Abdiwahab Sheikh Yarow",
  side: "jubaland",
  delegation: "jubaland",
};
const kamau: GoldPerson = { name: "Grace Wanjiru Kamau", side: "kenya", delegation: "kenya" };
const mbaabu: GoldPerson = { name: "Julius Otieno Mbaabu", side: "kenya", delegation: "kenya" };
const fairleigh: GoldPerson = { name: "Marcus Fairleigh", side: "us", delegation: "us" };
const dialloSesay: GoldPerson = { name: "Amina Diallo-Sesay", side: "au", delegation: "au" };
const dalmar: GoldPerson = { name: "Abdikarim Omar Dalmar", side: "somalia" };
const jeelle: GoldPerson = { name: "Farhan Ismail Jeelle", side: "somalia" };
const gaashaan: GoldPerson = { name: "Ahmed Yusuf Gaashaan", side: "jubaland" };
const duration = goldQuantity("meeting.duration", 9, 9, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const SOMALIA_JUBALAND_NAIROBI: GoldCluster = {
  id: "somalia-jubaland-nairobi",
  title: "Somalia and Jubaland talks in Nairobi",
  sides: {
    somalia: ["somalia", "somali", "federal-government", "somali-government", "federal", "fgs", "mogadishu"],
    jubaland: ["jubaland", "jubaland-administration", "kismayo"],
    kenya: ["kenya", "kenyan", "nairobi"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "somalia" },
    { delegation: "jubaland" },
    { delegation: "kenya" },
    { delegation: "us" },
    { delegation: "au" },
    { term: "ceasefire" },
  ],
  articles: [
    {
      id: "somalia-meridian",
      title: "Somalia, Jubaland agree to meet again after long Nairobi session",
      source: "Meridian Press Agency",
      publishedAt: null,
      body: paragraphs(
        "Negotiators for Somalia's federal government and the Jubaland regional administration met for nearly nine hours in Nairobi on Tuesday, their first face-to-face session since clashes between their forces in the Gedo region killed at least 40 people this year, and agreed to reconvene within a month, officials said.",
        "Kenyan mediators tabled a 10-point framework covering a ceasefire in Gedo, the release of soldiers captured by both sides and a timetable for regional elections, according to a copy seen by MPA.",
        "Interior Minister Abdiqani Nur Farah led the federal delegation, with State Minister Hodan Ali Geedi. Jubaland sent its vice-president, Siyad Mohamed Kulmiye, who was accompanied by the region's security minister, Faduma Hirsi Bile.",
        "The session was chaired by Grace Wanjiru Kamau, Kenya's special envoy for Somalia. Marcus Fairleigh, a deputy assistant secretary of state for East Africa, represented the United States, and Amina Diallo-Sesay attended for the African Union, whose stabilisation mission still has about 11,000 troops in the country.",
        '"We did not come to Nairobi to win an argument. We came to stop Somalis killing Somalis," Farah told reporters as he left the venue.',
        'In Mogadishu, government spokesman Farhan Ismail Jeelle said President Abdikarim Omar Dalmar had been briefed by telephone during the afternoon and welcomed "a serious first step." He gave no details.',
        'Jubaland\'s leader, Ahmed Yusuf Gaashaan, who has run the southern port city of Kismayo for more than a decade, did not travel to Nairobi. A statement from his office said the administration would "judge the federal government by what it does in Gedo, not by what it signs in Kenya."',
        "Relations between Mogadishu and Kismayo collapsed in late 2024, when Jubaland held an indirect vote that returned Gaashaan to office and the federal government declared the process illegal. Federal troops and Jubaland forces have fought repeatedly since then around the border towns of Beled Hawo and Doolow, and dozens of soldiers on both sides have been taken prisoner.",
        "Western diplomats fear the feud is diverting troops from the fight against al-Shabaab, which still controls large parts of the Juba valley. Donors have pledged $320 million this year to support Somalia's security forces.",
      ),
      gold: {
        people: [farah, geedi, kulmiye, bile, kamau, fairleigh, dialloSesay, jeelle, dalmar, gaashaan],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [duration, points(10)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
          { term: "elections", stance: "proposed" },
        ],
      },
    },
    {
      id: "somalia-courier",
      title: "Kismayo watches as its envoys face Mogadishu in Nairobi",
      source: "Jubba Valley Courier",
      publishedAt: "2026-11-11",
      body: paragraphs(
        "KISMAYO — For the first time in almost two years, Jubaland's leaders and the federal government sat in the same room yesterday, at a lakeside conference hotel outside Nairobi, for talks that residents here hope will end the fighting in Gedo.",
        "The Jubaland team comprised Vice-President Siyad Mohamed Kulmiye, Security Minister Faduma Hirsi Bile and Abdiwahab Sheikh Yarow, the regional minister of planning. Across the table sat the federal delegation, headed by Interior Minister Abdiqani Nur Farah.",
        "Kenya's envoy for Somalia, Grace Wanjiru Kamau, hosted the meeting, which stretched close to nine hours. Diplomats from the African Union and the United States were also present, among them the American official Marcus Fairleigh.",
        "According to two members of the Jubaland delegation, the Kenyans circulated a framework of ten points. The first calls for an immediate ceasefire along the Gedo front; the third provides for the release of the 17 federal soldiers held in Kismayo since the fighting at Beled Hawo, in return for Jubaland fighters detained in Mogadishu.",
        "The sticking point remains the vote. The federal government wants direct, one-person-one-vote elections across the country, while Kismayo insists that Jubaland's own 2024 vote must first be recognised.",
        '"Kulmiye told them plainly: we will not be dissolved by a decree from Villa Somalia," said a Jubaland official who asked not to be named because he was not authorised to speak.',
        'President Ahmed Yusuf Gaashaan followed the talks from Kismayo. On Monday evening he addressed elders at the regional parliament, telling them the delegation carried "the dignity of every Jubbalander."',
        'In the Farjano market, traders said they wanted the road to Afmadow reopened before anything else. "When Sheikh Aden Mohamed Nuur went to Mogadishu to plead for the road, nobody listened," said Halima Abdi Warfaa, who runs a women\'s savings group. "Maybe the Kenyans will."',
        "Fuel prices in the city have risen by nearly 30 percent since September, when the clashes cut supply routes from the Kenyan border.",
      ),
      gold: {
        people: [
          kulmiye,
          bile,
          yarow,
          farah,
          kamau,
          fairleigh,
          gaashaan,
          { name: "Aden Mohamed Nuur" },
          { name: "Halima Abdi Warfaa" },
        ],
        talksDate: goldDay("2026-11-10"),
        quantities: [duration, points(10)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
          { term: "elections", stance: "mentioned" },
        ],
      },
    },
    {
      id: "somalia-horn-review",
      title: "Analysis: Nairobi buys time for Somalia's federal experiment",
      source: "Horn Policy Review",
      publishedAt: "2026-11-13",
      body: paragraphs(
        "Tuesday's session in Nairobi produced no signatures, but it did something the federal government in Mogadishu had resisted for two years: it put Jubaland's envoys on an equal footing with its own ministers.",
        "The federal side was led by Abdiqani Nur Farah, the interior minister, a former banker who has spent most of the past year touring member states to sell President Abdikarim Omar Dalmar's electoral reforms. He brought with him the national security adviser, Liban Osman Dirie, a signal that Mogadishu sees Gedo as a military problem as much as a political one.",
        "Jubaland answered with its vice-president. Siyad Mohamed Kulmiye is a cautious negotiator who rarely speaks to the press; he was joined by Faduma Hirsi Bile, who as security minister commands the forces that fought federal troops at Beled Hawo.",
        "Kenya's hand was visible throughout. Grace Wanjiru Kamau, Nairobi's special envoy for Somalia, chaired all nine hours of the talks. She has an obvious interest: Kenyan troops have been deployed in Jubaland since 2011, and the fighting along the border has pushed several thousand refugees into Mandera county.",
        "Washington's presence was the other signal. Marcus Fairleigh, the State Department's senior official for East Africa, sat in as an observer, as did the African Union's special representative, Amina Diallo-Sesay.",
        '"The Americans are telling both sides that their patience with the federal feud has limits," said Catherine Rowley-Ndege, an associate fellow at Chatham House. "Every battalion sent to Gedo is a battalion not fighting al-Shabaab."',
        'Mohamed Warsame Adan of the Heritage Institute in Mogadishu was less sanguine. "A ceasefire in Gedo is achievable. Agreement on elections is not, not this year," he said. "President Dalmar has staked his legacy on direct voting, and Kismayo sees it as a plan to unseat its leadership."',
        "The framework now goes back to both capitals. If the ceasefire holds through the rainy season, the next round may tackle revenue from Kismayo port, worth an estimated $60 million a year, which Mogadishu has long wanted to share.",
      ),
      gold: {
        people: [
          farah,
          dirie,
          kulmiye,
          bile,
          kamau,
          fairleigh,
          dialloSesay,
          { name: "Catherine Rowley-Ndege" },
          { name: "Mohamed Warsame Adan" },
          dalmar,
        ],
        talksDate: goldDay("2026-11-10"),
        quantities: [duration],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "elections", stance: "mentioned" },
        ],
      },
    },
    {
      id: "somalia-live",
      title: "Live: Somalia–Jubaland talks in Nairobi",
      source: "Savannah Live",
      publishedAt: "2026-11-10",
      body: paragraphs(
        "09:40 EAT — Good morning from Nairobi, where delegations from Somalia's federal government and the Jubaland administration are due to meet today for Kenyan-hosted talks. We'll bring you updates throughout the day.",
        "10:25 — The federal delegation has arrived: Interior Minister Abdiqani Nur Farah (head of delegation), State Minister for the Interior Hodan Ali Geedi, and national security adviser Liban Osman Dirie.",
        "10:40 — Jubaland's convoy pulls in. Vice-President Siyad Mohamed Kulmiye steps out, flanked by Faduma Hirsi Bile. Neither speaks to the waiting cameras.",
        "10:55 — Julius Otieno Mbaabu, principal secretary at Kenya's foreign ministry, opens the session. Kenya's special envoy for Somalia, Grace Wanjiru Kamau, will chair the talks. Also around the table: Marcus Fairleigh, deputy assistant secretary of state, heading a small American delegation, and the AU's Amina Diallo-Sesay.",
        "12:30 — A source in the room tells us the Kenyans have tabled a 10-point framework. Top of the list: a ceasefire in Gedo and a swap of detained soldiers.",
        '14:05 — Statement from Mogadishu. Federal spokesman Farhan Ismail Jeelle: "The government enters these talks in good faith and expects the same."',
        "15:50 — Some background for readers just joining: fighting between federal and Jubaland forces around Doolow and Beled Hawo this year has displaced an estimated 65,000 people, according to UN figures.",
        '17:20 — Still no sign of a break. One Kenyan official, passing the press area, describes the mood as "tired but civil."',
        '19:45 — It\'s over. After nearly nine hours the delegations have left the room. Kamau says both sides will take the framework back to their leaders and meet again "within thirty days."',
        '19:58 — Kulmiye, briefly, on his way out: "We listened. Now Mogadishu must listen too." That\'s all from us tonight.',
      ),
      gold: {
        people: [farah, geedi, dirie, kulmiye, bile, mbaabu, kamau, fairleigh, dialloSesay, jeelle],
        talksDate: goldDay("2026-11-10"),
        quantities: [duration, points(10)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
        ],
      },
    },
    {
      id: "somalia-eabc",
      title: "Somalia and Jubaland to study eight-point plan after Kenya talks",
      source: "East Africa Broadcasting Corporation",
      publishedAt: "2026-11-11",
      body: paragraphs(
        "Somalia's federal government and the Jubaland regional state have agreed to study an eight-point peace plan drawn up by Kenya, after talks in Nairobi on Tuesday that officials on both sides called frank.",
        "The meeting, which lasted almost nine hours, was the first direct contact between the two sides since Jubaland's forces captured a federal garrison in the Gedo region earlier this year.",
        'Mogadishu\'s delegation was headed by the interior minister. Abdiqani Nur Farah told the EABC afterwards that the government was "ready to stop the fighting today, if Kismayo is ready too." His deputy, Hodan Ali Geedi, also took part.',
        "The Jubaland side was led by its vice-president, Siyad Mohamed Kulmiye, alongside the regional planning minister, Abdiwahab Sheikh Yarow.",
        "The talks were chaired by Kenya's special envoy, Grace Wanjiru Kamau. The US side, headed by Marcus Fairleigh of the State Department, and an African Union team led by Amina Diallo-Sesay attended as observers.",
        "According to officials who have seen it, the plan begins with a ceasefire and an exchange of captured soldiers, and ends with a joint committee to prepare for elections.",
        'Speaking in Mogadishu on Wednesday, President Abdikarim Omar Dalmar said he was encouraged. "Somalia has one army and one flag," he said. "Everything else can be discussed."',
        "In Kismayo, Jubaland's president, Ahmed Yusuf Gaashaan, has not commented. His administration has previously said it will not take part in any national vote organised under the federal government's 2024 electoral law.",
        "Kenya has a strong interest in calm on its north-eastern border. About 3,500 Kenyan soldiers serve in southern Somalia, and the Dadaab refugee camps, 100 kilometres from the frontier, already host more than 300,000 people.",
      ),
      gold: {
        people: [farah, geedi, kulmiye, yarow, kamau, fairleigh, dialloSesay, dalmar, gaashaan],
        talksDate: goldDay("2026-11-10"),
        quantities: [duration, points(8)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
          { term: "elections", stance: "proposed" },
        ],
      },
    },
  ],
};
