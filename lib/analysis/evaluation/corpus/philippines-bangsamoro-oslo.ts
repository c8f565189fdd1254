import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A two-day round between the Philippine government and the Moro National Redemption Front
 * (MNRF) in Oslo on Thursday and Friday, May 21–22, 2026, facilitated by Norway, with a US
 * observer in the room according to some accounts. The Mindanao Tribune dates the talks to
 * Tuesday and Wednesday of that week; the wire copy without a dateline gives no day at all.
 */

const dizon: GoldPerson = {
  name: "Carmelita Dizon-Arevalo",
  side: "philippines",
  delegation: "philippines",
};
const mangubat: GoldPerson = { name: "Eduardo Mangubat", side: "philippines", delegation: "philippines" };
const palileo: GoldPerson = { name: "Benedicto Palileo", side: "philippines", delegation: "philippines" };
const sampiano: GoldPerson = { name: "Noreen Sampiano", side: "philippines", delegation: "philippines" };
const macabangkit: GoldPerson = { name: "Abdulnasser Macabangkit", side: "mnrf", delegation: "mnrf" };
const pandapatan: GoldPerson = { name: "Sittie Aisah Pandapatan", side: "mnrf", delegation: "mnrf" };
const bantuas: GoldPerson = { name: "Ali Bantuas", side: "mnrf", delegation: "mnrf" };
const berge: GoldPerson = { name: "Kristian Aasland Berge", side: "norway", delegation: "norway" };
const morch: GoldPerson = { name: "Ingvild Mørch", side: "norway", delegation: "norway" };
const tanakaHale: GoldPerson = { name: "Rebecca Tanaka-Hale", side: "us", delegation: "us" };
const tanggol: GoldPerson = { name: "Faisal Usman Tanggol", side: "mnrf" };
const bautista: GoldPerson = { name: "Clarissa Bautista-Reyes", side: "philippines" };
const ocampo: GoldPerson = { name: "Marvin Ocampo", side: "philippines" };

const thursdayFriday = goldDay("2026-05-21", "2026-05-22");
const days = (n: number) => goldQuantity("meeting.duration", n, n, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const proposed = (term: string) => ({ term, stance: "proposed" }) as const;

export const PHILIPPINES_BANGSAMORO_OSLO: GoldCluster = {
  id: "philippines-bangsamoro-oslo",
  title: "Philippine government and Moro rebel talks in Oslo",
  sides: {
    philippines: [
      "philippines",
      "philippine",
      "philippine-government",
      "government-of-the-philippines",
      "gph",
      "manila",
      "filipino",
    ],
    mnrf: ["mnrf", "moro-national-redemption-front", "redemption-front", "moro", "moro-rebels"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "philippines" },
    { delegation: "mnrf" },
    { delegation: "norway" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "oslo-nordic-press",
      title: "Philippines, Moro rebels end Oslo round with 10-point roadmap",
      source: "Nordic Press Agency",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "OSLO, May 22 (NPA) — The Philippine government and the Moro National Redemption Front agreed to work from a 10-point roadmap towards a permanent settlement at the end of a two-day round of talks that closed on Friday at a hotel on the outskirts of the Norwegian capital, both sides said.",
        "The government panel was led by Carmelita Dizon-Arevalo, the presidential adviser on peace, reconciliation and unity, with retired Maj. Gen. Eduardo Mangubat as her deputy. The MNRF's chief negotiator, Abdulnasser Macabangkit, headed a five-member rebel panel that included its legal adviser, Sittie Aisah Pandapatan.",
        "Norway's special envoy for the Philippine peace process, Kristian Aasland Berge, facilitated the sessions. Rebecca Tanaka-Hale, a State Department official who covers Southeast Asia, sat in as an observer at the invitation of both parties, a spokesman for the Norwegian foreign ministry said.",
        "The roadmap begins with a ceasefire to be monitored by a joint committee, followed by the opening of humanitarian corridors into villages of the Liguasan Marsh that have been cut off by fighting since last year. Later points provide for the group's gradual decommissioning and its transformation into a political party that could contest elections to the Bangsamoro parliament.",
        '"We did not come to Oslo to sign a peace agreement. We came to agree on how to get to one, and we have done that," Ms. Dizon-Arevalo told reporters after the closing session.',
        "Mr. Macabangkit was more guarded. He said the front would judge the government by whether troops pulled back from the marsh in the coming weeks.",
        "In Manila, Palace press officer Clarissa Bautista-Reyes said the president welcomed the outcome and would receive the government panel on its return.",
        "The MNRF broke away from the larger Moro fronts in 2019, rejecting the creation of the Bangsamoro Autonomous Region in Muslim Mindanao. Clashes between the group and the military have displaced more than 60,000 people in Maguindanao del Sur and Lanao del Sur since January 2025, according to United Nations figures. The next round is expected in Oslo in August.",
      ),
      gold: {
        people: [dizon, mangubat, macabangkit, pandapatan, berge, tanakaHale, bautista],
        talksDate: thursdayFriday,
        quantities: [days(2), points(10)],
        terms: [proposed("ceasefire"), proposed("humanitarian-corridor"), proposed("elections")],
      },
    },
    {
      id: "oslo-manila-sentinel",
      title: "Analysis: Oslo roadmap tests Manila's patience with the last holdouts",
      source: "Philippine Daily Sentinel",
      publishedAt: "2026-05-24",
      body: paragraphs(
        "MANILA — For a government that has spent three decades negotiating with Moro rebels, the talks in Oslo on Thursday and Friday were a familiar ritual with an unfamiliar partner.",
        'The Moro National Redemption Front, a few thousand fighters strong at most, is the last armed Moro group of any size still outside the peace process. Its chairman, Faisal Usman Tanggol, did not travel to Norway. He sent a recorded message from a camp in the hills of Lanao del Sur, urging his negotiators to "bring home dignity, not promises."',
        "Instead the front was represented by Abdulnasser Macabangkit, a former madrasa teacher who has been its public face since 2021. Facing him was a government panel chaired by Carmelita Dizon-Arevalo, with the lawyers Benedicto Palileo and Noreen Sampiano at her side.",
        "The ten-point roadmap they settled on, with Norwegian diplomats acting as facilitators, is deliberately thin on specifics. It commits both sides to a ceasefire and to talks on the group's future role, including whether it could field candidates in Bangsamoro elections, but leaves the thorniest question — what happens to the MNRF's weapons — to a later round.",
        '"Manila wants the MNRF inside the tent before the 2028 polls, and the MNRF wants to be indispensable before it comes in," said Rowena Calida, a researcher at the Institute for Autonomy and Governance in Cotabato City. "Both calculations point toward a deal, but not a quick one."',
        'Not everyone in uniform is convinced. Col. Marvin Ocampo, a spokesman for the army\'s 6th Infantry Division, said operations against "lawless elements" in the Liguasan Marsh would continue until a ceasefire was signed and in force.',
        "The government has set aside 4.2 billion pesos this year for the reintegration of former combatants from the Moro Islamic Liberation Front, which signed a peace agreement in 2014. Officials say a similar package could be offered to the MNRF, though none of the money has yet been earmarked for it.",
        "For now, the Oslo roadmap is a promise to keep talking. In Mindanao, where many have heard such promises before, that is both less and more than it sounds.",
      ),
      gold: {
        people: [tanggol, macabangkit, dizon, palileo, sampiano, { name: "Rowena Calida" }, ocampo],
        talksDate: thursdayFriday,
        quantities: [points(10)],
        terms: [proposed("ceasefire"), proposed("elections")],
      },
    },
    {
      id: "oslo-mindanao-tribune",
      title: "MNRF panel back from Oslo; Bantuas says ceasefire 'must be felt on the ground'",
      source: "Mindanao Tribune",
      publishedAt: "2026-05-23",
      body: paragraphs(
        "COTABATO CITY — Members of the Moro National Redemption Front's negotiating panel arrived back in Mindanao after two days of talks with the government in Oslo on Tuesday and Wednesday, saying the Norwegian-brokered roadmap would mean little unless the fighting in the Liguasan Marsh stopped.",
        'Commander Ali Bantuas, who leads the front\'s fighters in the marsh and sat on its five-member panel, said the ceasefire in the roadmap "must be felt on the ground, not only read about in Oslo." He told the Tribune that an airstrike near the town of Datu Piang on May 9 had killed three civilians.',
        "Bantuas was part of a delegation led by the MNRF's chief negotiator, Abdulnasser Macabangkit. The government side was headed by Carmelita Dizon-Arevalo, the presidential peace adviser.",
        "The talks were facilitated by Norway's envoy, Kristian Aasland Berge, and his colleague Ingvild Mørch of the Norwegian foreign ministry, who shuttled between the two panels whenever the sides met separately. An American diplomat, Rebecca Tanaka-Hale, also attended as an observer.",
        "The ten points agreed in Oslo include a ceasefire, safe corridors to bring food and medicine into marsh villages, and a timetable for further talks. The front's fighters are not required to hand over any weapons at this stage, Bantuas said.",
        '"Mayor Rashid Kalimbas promised us we would be home by Ramadan, and Ramadan came and went," said Norhaya Guiamalon, 46, who has lived in an evacuation centre in Shariff Aguak for nine months. "If they sign something in Norway and my children can go back to school, then I will believe in it."',
        "Provincial officials say some 14,000 families remain in evacuation centres across the province.",
        "The Tribune could not reach the Office of the Presidential Adviser on Peace, Reconciliation and Unity for comment on Saturday.",
      ),
      gold: {
        people: [
          bantuas,
          macabangkit,
          dizon,
          berge,
          morch,
          tanakaHale,
          { name: "Rashid Kalimbas" },
          { name: "Norhaya Guiamalon" },
        ],
        talksDate: goldDay("2026-05-19", "2026-05-20"),
        quantities: [days(2), points(10)],
        terms: [proposed("ceasefire"), proposed("humanitarian-corridor")],
      },
    },
    {
      id: "oslo-asia-pacific-newswire",
      title: "Philippine government, breakaway Moro rebels agree roadmap in Norway",
      source: "Asia-Pacific Newswire",
      publishedAt: null,
      body: paragraphs(
        "The Philippine government and the Moro National Redemption Front, a breakaway rebel group in the south of the country, have agreed on a roadmap for peace negotiations after a two-day round in Oslo facilitated by Norway, officials from both sides said.",
        "Presidential peace adviser Carmelita Dizon-Arevalo led the government side. Retired army general Eduardo Mangubat and lawyer Benedicto Palileo were also on the panel.",
        "The rebel delegation included chief negotiator Abdulnasser Macabangkit, legal adviser Sittie Aisah Pandapatan and field commander Ali Bantuas, who leads the group's fighters in the Liguasan Marsh.",
        "Norwegian diplomats led by special envoy Kristian Aasland Berge chaired the sessions, held at a conference hotel outside the city.",
        "Under the roadmap, the two sides will work towards a ceasefire monitored by a joint committee, and the MNRF would eventually be able to take part in elections as a political party, according to a joint statement. It does not set a deadline for a final agreement.",
        'MNRF chairman Faisal Usman Tanggol, who remains in Mindanao, said in a statement that the front had "taken a first step in good faith" and expected the government to do the same.',
        'Col. Marvin Ocampo, an army spokesman, said troops would "respect the spirit of the talks" but would respond to any attack.',
        "The Moro Islamic Liberation Front, the largest Moro rebel group, signed a peace agreement with Manila in 2014 and now dominates the regional government of the Bangsamoro Autonomous Region in Muslim Mindanao, created in 2019. The MNRF, estimated by the military to have about 2,500 fighters, rejected that settlement.",
        "Decades of conflict in the southern Philippines have killed an estimated 120,000 people.",
      ),
      gold: {
        people: [dizon, mangubat, palileo, macabangkit, pandapatan, bantuas, berge, tanggol, ocampo],
        talksDate: null,
        quantities: [days(2)],
        terms: [proposed("ceasefire"), proposed("elections")],
      },
    },
    {
      id: "oslo-nordlys-radio",
      title: "Norway's quiet role in the Philippines: inside last week's Oslo talks",
      source: "Nordlys Radio English",
      publishedAt: "2026-05-25",
      body: paragraphs(
        "For two days last week, a conference hotel at Holmenkollen, above Oslo, was home to one of the world's less publicised peace processes: talks between the Philippine government and the Moro National Redemption Front, a rebel group from the southern island of Mindanao.",
        'The Norwegian team was led by Kristian Aasland Berge, a veteran of Norway\'s facilitation work in Colombia, and his deputy Ingvild Mørch. Their job, Berge told Nordlys Radio, was "to keep the doors open and the coffee hot."',
        "The government panel was headed by Carmelita Dizon-Arevalo, a former judge from Zamboanga who now serves as the president's peace adviser. The MNRF side was led by Abdulnasser Macabangkit, with Sittie Aisah Pandapatan, who accompanied him as legal adviser, doing much of the drafting.",
        "An observer from the United States, Rebecca Tanaka-Hale, followed the sessions from inside the room, a role both parties had requested, according to the Norwegian foreign ministry.",
        "The result is a roadmap of ten points, opening with a ceasefire. Diplomats stress that it is a framework for negotiation rather than a peace deal.",
        '"Norway does not bring solutions. We bring a table, and patience," Foreign Minister Torunn Aalvik said in an interview on Sunday. She did not attend the talks herself.',
        "Norway has been involved in Philippine peace efforts since 2001, when it began hosting negotiations between Manila and communist insurgents. It also played a role in the talks that led to Colombia's 2016 peace agreement.",
        '"Small states can do this because they are not seen as having an agenda of their own," said Sindre Vatne, a researcher at the Peace Research Institute Oslo. "But the facilitator can never want the agreement more than the parties do."',
      ),
      gold: {
        people: [
          berge,
          morch,
          dizon,
          macabangkit,
          pandapatan,
          tanakaHale,
          { name: "Torunn Aalvik", side: "norway" },
          { name: "Sindre Vatne" },
        ],
        talksDate: goldDay("2026-05-18", "2026-05-24"),
        quantities: [days(2), points(10)],
        terms: [proposed("ceasefire")],
      },
    },
  ],
};
