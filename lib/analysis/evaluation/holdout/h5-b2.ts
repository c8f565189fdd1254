import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Syria's transitional government and the Kurdish-led Syrian Democratic Forces
 * at the French foreign ministry in Paris on Tuesday, May 12, 2026, hosted by France's envoy
 * with the US special envoy mediating, over a 14-point roadmap for integrating the SDF into
 * the state. A paper from north-east Syria dates the meeting to Monday.
 */

const hijazi: GoldPerson = { name: "Ammar Hijazi", side: "syria", delegation: "syria" };
const mardini: GoldPerson = { name: "Fadi Mardini", side: "syria", delegation: "syria" };
const attar: GoldPerson = { name: "Lina Attar", side: "syria", delegation: "syria" };
const sheikhmous: GoldPerson = { name: "Rojhat Sheikhmous", side: "sdf", delegation: "sdf" };
const osman: GoldPerson = { name: "Hevi Osman", side: "sdf", delegation: "sdf" };
const hasso: GoldPerson = { name: "Aldar Hasso", side: "sdf", delegation: "sdf" };
const dubreuil: GoldPerson = { name: "Laurent Dubreuil", side: "france", delegation: "france" };
const calloway: GoldPerson = { name: "Brent Calloway", side: "us", delegation: "us" };
const okafor: GoldPerson = { name: "Janine Okafor", side: "us", delegation: "us" };
const dalati: GoldPerson = { name: "Yamen Dalati", side: "syria" };
const amed: GoldPerson = { name: "Serhildan Amed", side: "sdf" };

const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const terms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;

export const H5_B2: GoldCluster = {
  id: "syria-sdf-paris",
  title: "Syrian government and SDF talks in Paris",
  sides: {
    syria: ["syria", "syrian", "damascus", "syrian-government", "syrian-transitional-government"],
    sdf: ["sdf", "syrian-democratic-forces", "kurdish-led-sdf"],
    france: ["france", "french", "paris", "quai-d-orsay"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "syria" },
    { delegation: "sdf" },
    { delegation: "us" },
    { delegation: "france" },
  ],
  articles: [
    {
      id: "syria-sdf-paris-tna",
      title: "Damascus and Kurdish-led SDF hold first talks in Paris",
      source: "Transcontinental News Agency",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "PARIS, May 12 (TNA) — Syria's transitional government and the Kurdish-led Syrian Democratic Forces held their first talks on European soil on Tuesday, spending nearly eight hours at the French foreign ministry on a 14-point roadmap for folding the SDF into the national army, participants said.",
        "The government delegation was led by Deputy Foreign Minister Ammar Hijazi and included Brigadier General Fadi Mardini of the defence ministry. The SDF team comprised Rojhat Sheikhmous, a senior commander; Hevi Osman, who co-chairs the foreign relations department of the Autonomous Administration of North and East Syria; and Aldar Hasso, a former co-mayor of Qamishli.",
        "France's special envoy for Syria, Laurent Dubreuil, hosted the meeting at the Quai d'Orsay. Brent Calloway, the US special envoy for Syria, sat at the head of the table alongside him and, according to two participants, did much of the drafting during breaks.",
        "The roadmap calls for a ceasefire along the Euphrates front around the Tishreen Dam, an exchange of detainees held by both sides, and the gradual handover of oil fields and border crossings in the north-east to state control.",
        '"Nobody left the room, and nobody slammed a door. In this file, that counts as progress," Calloway told reporters on the steps of the ministry.',
        'In Damascus, government spokesman Yamen Dalati said the delegation had "a clear mandate: one state, one army." The SDF\'s commander-in-chief, General Serhildan Amed, who did not travel to Paris, said in a statement from Hasakah that integration "cannot mean erasing what the people of the north-east built."',
        "Clashes around the Tishreen Dam killed at least 37 people in March, according to a British-based monitoring group. The SDF controls roughly a quarter of Syria's territory, including most of its oil, and guards prisons holding about 9,000 suspected Islamic State fighters.",
        "The delegations agreed to meet again within a month, a French diplomat said, without giving a venue.",
      ),
      gold: {
        people: [hijazi, mardini, sheikhmous, osman, hasso, dubreuil, calloway, dalati, amed],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(8, 8), points(14)],
        terms,
      },
    },
    {
      id: "syria-sdf-paris-horizon",
      title: "Syrian government, SDF negotiate in Paris under US, French mediation",
      source: "Horizon Newswire",
      publishedAt: null,
      body: paragraphs(
        "Negotiators for Syria's government and the Syrian Democratic Forces met in Paris on Tuesday for more than seven hours of talks on a roadmap that would bring the Kurdish-led militia under the command of the Defence Ministry in Damascus.",
        "A State Department team led by Brent Calloway, Washington's special envoy for Syria, sat in as mediators. With him was Janine Okafor, a deputy assistant secretary of state for Levant affairs. The French side was represented by Laurent Dubreuil, Paris's envoy for Syria, who opened the session.",
        "Ammar Hijazi, the deputy foreign minister, headed the government side. Lina Attar, a legal adviser to the presidency, accompanied him. The SDF delegation was headed by Rojhat Sheikhmous.",
        "The document under discussion runs to fourteen points. It includes a ceasefire on all front lines in Aleppo and Raqqa provinces, a prisoner exchange to be overseen by the International Committee of the Red Cross, and the creation of joint committees on security, energy and education.",
        '"We are closer than we were in March, but closer is not there," a Western diplomat briefed on the talks said. He added that the question of what happens to the SDF\'s roughly 60,000 fighters — whether they join as individuals or as whole brigades — remained unresolved.',
        'Turkey, which regards the SDF\'s main component as an offshoot of the PKK, was watching closely. Foreign ministry spokesman Burak Yüce said in Ankara that any deal "must not leave armed structures outside the control of the Syrian state."',
        "Since the fall of the previous government in December 2024, Washington has pressed both sides to settle their differences, arguing that the fight against the Islamic State depends on it. About 1,000 American troops remain in north-eastern Syria, though the Pentagon has said it intends to reduce that number this year.",
        "No date has been set for a second round.",
      ),
      gold: {
        people: [
          calloway,
          okafor,
          dubreuil,
          hijazi,
          attar,
          sheikhmous,
          { name: "Burak Yüce", side: "turkey" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(7, null, { minExclusive: true }), points(14)],
        terms,
      },
    },
    {
      id: "syria-sdf-paris-jazira",
      title: "Paris talks: families in the north-east wait for word on detainees",
      source: "The Jazira Times",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "QAMISHLI — Across the table from the Damascus delegation, led by Deputy Foreign Minister Ammar Hijazi, sat Rojhat Sheikhmous and Hevi Osman, when the two sides met in Paris on Monday for what both described as the most serious negotiation since the new government took power.",
        "The meeting, held at the French foreign ministry and hosted by France's envoy Laurent Dubreuil, lasted eight hours, according to a member of the SDF delegation. The American envoy, Brent Calloway, also took part.",
        "In Qamishli and Hasakah, people followed the news on their phones. For many families, only one item in the 14-point roadmap really matters: the proposed exchange of prisoners, which would free hundreds of men held by each side.",
        '"My brother Shervan Yusuf has been in a government prison since 2019. Nobody will tell us if he is alive," said Nisreen Haji, 44, who sells vegetables at the covered market in Qamishli. "If Paris brings him home, I will believe in Paris."',
        "The roadmap also proposes a ceasefire along the Euphrates and at the Tishreen Dam, where fighting has flared repeatedly since December. It mentions local elections but leaves their timing to a later stage, a point Osman said the SDF would raise again.",
        '"We did not go to Paris to surrender, and we did not go to Paris to walk away," Sheikhmous said in a video message recorded after the session. "We went to build a state where we are citizens, not subjects."',
        "The Autonomous Administration says about 11,000 people remain missing from the years of war in the region, and that its own prisons hold more than 2,500 people detained in clashes with government-aligned forces.",
        "Officials of the administration said a second round was expected before the end of June. Diplomats said France had offered to host it again.",
      ),
      gold: {
        people: [
          hijazi,
          sheikhmous,
          osman,
          dubreuil,
          calloway,
          { name: "Shervan Yusuf" },
          { name: "Nisreen Haji" },
        ],
        talksDate: goldDay("2026-05-11"),
        quantities: [hours(8, 8), points(14)],
        terms: [...terms, { term: "elections", stance: "mentioned" }],
      },
    },
    {
      id: "syria-sdf-paris-lbc",
      title: "Syria and SDF end Paris talks after eight hours, no deal yet",
      source: "Levant Broadcasting Corporation",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "Talks in Paris between Syria's government and the Syrian Democratic Forces ended late Tuesday without an agreement but with both sides saying they would return to the table, after an eight-hour session at the French foreign ministry.",
        "The talks brought together Deputy Foreign Minister Ammar Hijazi and SDF commander Rojhat Sheikhmous, with US envoy Brent Calloway and his French counterpart, Laurent Dubreuil, acting as mediators. Brigadier General Fadi Mardini, who accompanied Hijazi, is said to have taken the lead on the military annex.",
        "At the centre of the discussion was a 14-point roadmap drafted with American help. According to a copy seen by LBC, it opens with a ceasefire on all fronts and a prisoner exchange within 30 days, followed by the integration of SDF units into three army divisions over 18 months.",
        "The sticking points are familiar. Damascus wants the SDF to dissolve as a military structure; the SDF wants its units to keep their commanders and to remain deployed in the north-east. The status of Kurdish-language schooling, which the roadmap mentions only briefly, is another sore point.",
        '"Both sides need this. Damascus needs the oil and the border crossings; the SDF needs a future that does not depend on American troops staying," said Julien Barthès, a researcher at the Institut Montaigne in Paris who follows Syria. "The danger is that the talks become a substitute for decisions."',
        "The Syrian pound, which has lost more than 90 percent of its value since 2011, rose slightly in Damascus exchange shops on news of the meeting, traders said.",
        "Calloway is expected to travel to Damascus and Hasakah in the coming days to brief both leaderships before a second round.",
      ),
      gold: {
        people: [hijazi, sheikhmous, calloway, dubreuil, mardini, { name: "Julien Barthès" }],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(8, 8), points(14)],
        terms,
      },
    },
    {
      id: "syria-sdf-paris-review",
      title: "Opinion: Paris was the easy part for Syria's government and the SDF",
      source: "The Mediterranean Review",
      publishedAt: "2026-05-16",
      body: paragraphs(
        "It is easy to be cynical about the talks that took place in Paris on May 12. Syria has seen many meetings and few agreements. But the session at the Quai d'Orsay was different in one important respect: for the first time, the government in Damascus negotiated with the Syrian Democratic Forces as a party, not as a problem to be solved by force.",
        "Consider who was there. Deputy Foreign Minister Ammar Hijazi, who led the government delegation, is one of the few senior officials in Damascus with a reputation for listening. Facing him was Rojhat Sheikhmous, a commander who spent a decade fighting the Islamic State and who is trusted by the SDF's rank and file. Hevi Osman, the SDF's most experienced diplomat, sat at his side.",
        "The Americans, too, sent people who matter. The US side — Brent Calloway, the special envoy, and Janine Okafor of the State Department — came with a draft and with the authority to change it. France's envoy, Laurent Dubreuil, provided the room and, by several accounts, the patience.",
        "The 14-point roadmap they discussed is sensible. A ceasefire, a prisoner exchange, joint committees, a timetable for integration: none of this is new. What is new is that both sides appear to accept that the alternative is worse.",
        'The hard part begins now. General Serhildan Amed, the SDF commander-in-chief, has said that his fighters "will not be scattered like seeds." In Damascus, hardliners speak of the SDF as a foreign project. Neither position survives contact with the roadmap.',
        "Syria's economy shrank by more than half between 2011 and 2024. Reconstruction, which the World Bank has costed at more than $200 billion, will not begin in earnest while a quarter of the country sits outside the state's control. That, more than any clause, is why Paris matters.",
        "Mr. Calloway has promised a second round within weeks. He should hold both sides to it.",
      ),
      gold: {
        people: [hijazi, sheikhmous, osman, calloway, okafor, dubreuil, amed],
        talksDate: goldDay("2026-05-12"),
        quantities: [points(14)],
        terms,
      },
    },
  ],
};
