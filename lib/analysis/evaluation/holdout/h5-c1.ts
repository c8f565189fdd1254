import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Guatemala and Belize meet at the State Department in Washington on Thursday, April 16, 2026,
 * over shootings on the disputed Sarstoon River, with a US official in the chair and the OAS at
 * her side. A Belizean weekly dates the meeting to Wednesday.
 */

const estrada: GoldPerson = {
  name: "Rodrigo Estrada Villatoro",
  aliases: ["Estrada Villatoro"],
  side: "guatemala",
  delegation: "guatemala",
};
const monterroso: GoldPerson = { name: "Ana Lucía Monterroso", side: "guatemala", delegation: "guatemala" };
const sagastume: GoldPerson = {
  name: "Otto Rolando Sagastume",
  side: "guatemala",
  delegation: "guatemala",
};
const palacio: GoldPerson = { name: "Lennox Palacio", side: "belize", delegation: "belize" };
const enriquez: GoldPerson = { name: "Dwight Enriquez", side: "belize", delegation: "belize" };
const choRamclam: GoldPerson = { name: "Yvette Cho-Ramclam", side: "belize", delegation: "belize" };
const caulfield: GoldPerson = { name: "Meredith Caulfield", side: "us", delegation: "us" };
const osei: GoldPerson = { name: "Nathaniel Osei-Brandt", side: "us", delegation: "us" };
const solorzano: GoldPerson = {
  name: "Beatriz Solórzano Kemp",
  aliases: ["Solórzano Kemp"],
  side: "oas",
  delegation: "oas",
};
const garbutt: GoldPerson = { name: "Anselm Garbutt", side: "belize" };
const culajay: GoldPerson = { name: "Esteban Culajay", side: "guatemala" };
const terms = [
  { term: "demilitarized-zone", stance: "proposed" },
  { term: "territorial-recognition", stance: "ruled-out" },
] as const;
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const H5_C1: GoldCluster = {
  id: "guatemala-belize-sarstoon-washington",
  title: "Guatemala–Belize talks on the Sarstoon River in Washington",
  sides: {
    guatemala: ["guatemala", "guatemalan", "guatemala-city"],
    belize: ["belize", "belizean", "belmopan"],
    oas: ["oas", "organization-of-american-states", "organisation-of-american-states"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "guatemala" },
    { delegation: "belize" },
    { delegation: "us" },
    { delegation: "oas" },
  ],
  articles: [
    {
      id: "guatemala-belize-sarstoon-washington-wire",
      title: "Guatemala, Belize weigh 10-point plan to calm Sarstoon River",
      source: "Hemisphere Press Agency",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "WASHINGTON, April 16 (HPA) — Guatemala and Belize agreed on Thursday to study a 10-point package of confidence-building measures for the disputed Sarstoon River, after talks at the State Department that lasted nearly six hours and were the first high-level contact between the neighbours since a Belizean fisherman was shot dead near the river mouth in February.",
        "Guatemalan Foreign Minister Rodrigo Estrada Villatoro led his country's delegation, which also included Vice-Minister Ana Lucía Monterroso and Vice Admiral Otto Rolando Sagastume, who commands the navy's Caribbean fleet. Across the table sat Belize's foreign minister, Lennox Palacio, alongside Brigadier General Dwight Enriquez, commander of the Belize Defence Force.",
        "The meeting was chaired by Meredith Caulfield, the State Department's deputy assistant secretary for Central America. Beatriz Solórzano Kemp, an assistant secretary general of the Organization of American States, sat at her side.",
        "Under the package, a copy of which was seen by HPA, the two navies would open a direct hotline, withdraw armed patrols from a strip of the lower Sarstoon and let OAS observers verify that the strip stays demilitarized. A fund of $2 million would compensate the families of fishermen killed or injured on the river since 2020.",
        '"Nobody walked out, and nobody fired anything but arguments," Caulfield told reporters afterwards. "Both ministers are taking the text home."',
        'In Belmopan, Prime Minister Anselm Garbutt said his government would examine the proposals "line by line" but would "not trade our sovereignty for a hotline."',
        'Guatemala\'s government spokesman, Esteban Culajay, said in Guatemala City that the talks did not touch the territorial claim, which has been before the International Court of Justice since 2019. "Guatemala will not recognise any line on that river before the court has spoken," he said.',
        "Guatemala has for decades claimed more than half of Belize's territory. Voters in both countries approved referring the dispute to The Hague in referendums held in 2018 and 2019, and both governments have promised to accept the ruling.",
        "The fisherman, a 34-year-old father of three from Barranco, was killed on Feb. 22 when a Guatemalan patrol boat opened fire on his skiff. Guatemala's navy has said its sailors fired warning shots at a vessel that ignored orders to stop. A second man on the skiff survived with a leg wound.",
        "Officials said a second round could be held in Belize City or in Guatemala's Izabal department before the end of June.",
      ),
      gold: {
        people: [estrada, monterroso, sagastume, palacio, enriquez, caulfield, solorzano, garbutt, culajay],
        talksDate: goldDay("2026-04-16"),
        quantities: [hours(6, 6), points(10)],
        terms,
      },
    },
    {
      id: "guatemala-belize-sarstoon-washington-frontera",
      title: "Estrada Villatoro back from Washington with a plan, not a deal",
      source: "Diario La Frontera (English edition)",
      publishedAt: "2026-04-17",
      body: paragraphs(
        'GUATEMALA CITY — Foreign Minister Rodrigo Estrada Villatoro returned from Washington on Friday with a ten-point package on the Sarstoon River that he described as "a floor, not a ceiling," after more than five hours of talks with Belize on Thursday.',
        "The Guatemalan team comprised Estrada Villatoro, Vice-Minister Ana Lucía Monterroso and Vice Admiral Otto Rolando Sagastume. Belize sent its foreign minister, Lennox Palacio, who was accompanied by Yvette Cho-Ramclam, the chief executive of his ministry.",
        "The US side was represented by Meredith Caulfield, a deputy assistant secretary of state, who hosted the meeting on the State Department's seventh floor.",
        "The most sensitive of the ten points would pull both navies back from a stretch of the river near its mouth and turn it into a demilitarized zone watched by observers from the Organization of American States. Navy officers here have grumbled privately that the measure rewards Belize for what they call provocations by its fishermen.",
        'Estrada Villatoro insisted the package left the country\'s historic claim intact. "Not one article of this text speaks of borders," he told reporters at La Aurora airport. "We will not recognise a boundary that the International Court has not drawn."',
        "Government spokesman Esteban Culajay said President's Office lawyers would review the text over the weekend and that the cabinet would discuss it on Tuesday.",
        'Héctor Chacach Sipac, a political scientist at Rafael Landívar University, said the proposal was "the most concrete thing the two countries have put on paper in 15 years." But he warned that Congress, where the governing coalition holds 61 of 160 seats, could block any agreement seen as a concession.',
        "Trade across the border is worth roughly $180 million a year, most of it through the crossing at Melchor de Mencos, and business groups in Petén have urged the government to settle the river incidents quickly.",
        "A second round is expected before the end of June.",
      ),
      gold: {
        people: [
          estrada,
          monterroso,
          sagastume,
          palacio,
          choRamclam,
          caulfield,
          culajay,
          { name: "Héctor Chacach Sipac" },
        ],
        talksDate: goldDay("2026-04-16"),
        quantities: [hours(5, null, { minExclusive: true }), points(10)],
        terms,
      },
    },
    {
      id: "guatemala-belize-sarstoon-washington-tradewinds",
      title: "Sarstoon talks: what Belize brought home from Washington",
      source: "The Toledo Tradewinds",
      publishedAt: "2026-04-19",
      body: paragraphs(
        "PUNTA GORDA — The Belizean delegation that met Guatemala in Washington on Wednesday came home with a 10-point plan and a promise of more talks, but fishermen in the Toledo District say they have heard promises before.",
        "Foreign Minister Lennox Palacio headed the delegation. With him were Brigadier General Dwight Enriquez, the commander of the Belize Defence Force, and Yvette Cho-Ramclam, the foreign ministry's chief executive officer. On the other side of the table were Guatemala's foreign minister, Rodrigo Estrada Villatoro, and his deputy, Ana Lucía Monterroso.",
        "The meeting, which officials said ran for six hours, was chaired by Washington's point person on Central America, Deputy Assistant Secretary Meredith Caulfield. She was joined by the OAS assistant secretary general, Beatriz Solórzano Kemp, whose organisation has kept an office in the Adjacency Zone along the border for more than two decades.",
        "The plan would set up a hotline between the two navies and a buffer area near the river mouth where neither side would patrol with armed boats. OAS observers would check that the area stays demilitarized.",
        'At the co-operative in Punta Gorda, the mood was cautious. "Nobody in Washington asked Wilfred Bol what he saw that night," said Leonie Castillo, who chairs the fishermen\'s co-operative. "He was on that skiff. He still cannot walk properly."',
        "Around 240 licensed fishermen work out of Toledo, and co-operative members say catches of snapper and lobster have fallen by about a third since the February shooting because boats no longer go near the Sarstoon.",
        'Prime Minister Anselm Garbutt told the House on Friday that the government "will sign nothing that reads like a recognition of Guatemala\'s claim," and that the plan would be put to the public before any agreement.',
        "Guatemala, for its part, has ruled out recognising the existing boundary until the International Court of Justice rules on its claim, a judgment that lawyers in Belmopan do not expect before 2027.",
        "The opposition United Democratic Party has demanded that the full text be tabled in the National Assembly.",
      ),
      gold: {
        people: [
          palacio,
          enriquez,
          choRamclam,
          estrada,
          monterroso,
          caulfield,
          solorzano,
          { name: "Wilfred Bol" },
          { name: "Leonie Castillo" },
          garbutt,
        ],
        talksDate: goldDay("2026-04-15"),
        quantities: [hours(6, 6), points(10)],
        terms,
      },
    },
    {
      id: "guatemala-belize-sarstoon-washington-cns",
      title: "Guatemala and Belize meet in Washington after river shooting",
      source: "Caribbean News Service",
      publishedAt: null,
      body: paragraphs(
        "Guatemalan and Belizean officials met at the State Department in Washington on April 16 for their first high-level talks since a deadly shooting on the Sarstoon River, the waterway that marks the southern end of their disputed border.",
        "The talks brought together Guatemala's foreign minister, Rodrigo Estrada Villatoro, and his Belizean counterpart, Lennox Palacio, with a State Department team led by Deputy Assistant Secretary Meredith Caulfield in the chair. Nathaniel Osei-Brandt, a State Department legal adviser who accompanied Caulfield, drafted much of the text put to the two sides, according to a person who attended.",
        "The session lasted about six hours. At its end, the two ministers agreed to take home a 10-point package that includes a naval hotline, joint reporting of incidents and a demilitarized stretch of the lower river monitored by the Organization of American States.",
        "The package does not address the territorial claim, which is pending at the International Court of Justice. Guatemala has ruled out recognising the current boundary before the court rules.",
        "The shooting in February, in which a Belizean fisherman was killed, set off protests in Belize City and Punta Gorda. About 3,000 people marched to the Guatemalan embassy, and the Belizean government briefly closed the Benque Viejo border crossing.",
        'Washington has an interest in a calm border: both countries are partners in US efforts against drug trafficking, and the river mouth lies on a smuggling route used by boats moving cocaine north from Honduras. "Stability on the Sarstoon is also stability on the cocaine route," a US official said on condition of anonymity.',
        "Belize's economy depends heavily on tourism, which accounts for about 40 percent of its output, and officials in Belmopan worry that images of armed patrol boats on the river could deter visitors to the southern cayes.",
        "No date has been set for a second round.",
      ),
      gold: {
        people: [estrada, palacio, caulfield, osei],
        talksDate: { start: null, end: null, parts: { month: 4, day: 16 } },
        quantities: [hours(6, 6), points(10)],
        terms,
      },
    },
    {
      id: "guatemala-belize-sarstoon-washington-analysis",
      title: "Analysis: A river, a hotline and a very old claim",
      source: "Inter-Americas Review",
      publishedAt: "2026-04-20",
      body: paragraphs(
        "The most striking thing about last Thursday's meeting between Guatemala and Belize was not what it produced but that it happened at all. Two months after a Belizean fisherman was shot dead on the Sarstoon River, Rodrigo Estrada Villatoro and Lennox Palacio sat across a table from each other at the State Department and spent the afternoon on patrol routes and radio frequencies.",
        "The two foreign ministers were not alone. Meredith Caulfield, the deputy assistant secretary who runs Central America policy at State, chaired the session, and Beatriz Solórzano Kemp, the OAS official who has spent years managing incidents along the border, sat beside her. Guatemala's delegation included Vice Admiral Otto Rolando Sagastume, a sign that the navy, not only the diplomats, will have to own whatever comes next.",
        "The 10-point package they took home is deliberately narrow. Its core is a demilitarized strip near the river mouth, watched by OAS observers, and a hotline between the two navies. It says nothing about where the border runs.",
        "That silence is the point. Guatemala has ruled out any recognition of the existing boundary until the International Court of Justice rules, and Belize's prime minister, Anselm Garbutt, has said he will sign nothing that looks like a concession on sovereignty.",
        '"The measures are small, but small measures are what keep a fisherman alive until the judges finish," said Tatiana Ruiz-Haddad, who follows the dispute at the Inter-American Dialogue. "The danger is that each side sells them at home as a victory over the other."',
        "History offers reasons for caution. A similar set of confidence-building measures negotiated under OAS auspices in 2005 was observed for a few years and then quietly ignored. Incidents on the river rose again after 2015, and in 2022 alone the OAS office recorded more than 70 of them.",
        "The ministers are expected to meet again before the end of June. By then, both navies will have to show they can keep their boats apart for two months.",
      ),
      gold: {
        people: [estrada, palacio, caulfield, solorzano, sagastume, garbutt, { name: "Tatiana Ruiz-Haddad" }],
        talksDate: goldDay("2026-04-16"),
        quantities: [points(10)],
        terms,
      },
    },
  ],
};
