import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A session of the Armenian and Azerbaijani border delimitation commissions in Tbilisi on
 * Thursday, May 21, 2026, hosted by Georgia, with the two deputy prime ministers leading and no
 * third-country mediators in the room. The session lasted about six hours and worked from a
 * 12-point roadmap. Caspian Broadcasting dates the meeting to Wednesday, May 20.
 */

const terAvetisyan: GoldPerson = {
  name: "Vahagn Ter-Avetisyan",
  aliases: ["Ter-Avetisyan"],
  side: "armenia",
  delegation: "armenia",
};
const petrosyan: GoldPerson = { name: "Anahit Petrosyan", side: "armenia", delegation: "armenia" };
const arzumanyan: GoldPerson = { name: "Gor Arzumanyan", side: "armenia", delegation: "armenia" };
const mammadzade: GoldPerson = {
  name: "Elnur Mammadzade",
  side: "azerbaijan",
  delegation: "azerbaijan",
};
const guliyeva: GoldPerson = { name: "Samira Guliyeva", side: "azerbaijan", delegation: "azerbaijan" };
const huseynli: GoldPerson = { name: "Kamran Huseynli", side: "azerbaijan", delegation: "azerbaijan" };
const beridze: GoldPerson = { name: "Tamar Beridze", side: "georgia", delegation: "georgia" };
const lomtadze: GoldPerson = { name: "Giorgi Lomtadze", side: "georgia", delegation: "georgia" };
const tsertsvadze: GoldPerson = { name: "Zurab Tsertsvadze", side: "georgia" };
const hakobyan: GoldPerson = { name: "Lusine Hakobyan", side: "armenia" };
const rzayev: GoldPerson = { name: "Hikmet Rzayev", side: "azerbaijan" };
const hours = (min: number, max: number) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const thursday = goldDay("2026-05-21");

export const ARMENIA_AZERBAIJAN_TBILISI: GoldCluster = {
  id: "armenia-azerbaijan-border-tbilisi",
  title: "Armenia–Azerbaijan border commission talks in Tbilisi",
  sides: {
    armenia: ["armenia", "armenian", "yerevan"],
    azerbaijan: ["azerbaijan", "azerbaijani", "azeri", "baku"],
    georgia: ["georgia", "georgian", "tbilisi"],
  },
  // Disjoint Georgian hosts across outlets and opposite stances on the zone are contradictions by
  // the product's rules (a disjoint set, an opposite stance), whatever the outlets meant.
  contradict: [{ slot: "meeting.date" }, { delegation: "georgia" }, { term: "demilitarized-zone" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "armenia" },
    { delegation: "azerbaijan" },
  ],
  articles: [
    {
      id: "tbilisi-cws",
      title: "Armenian, Azerbaijani border commissions meet in Tbilisi",
      source: "Caucasus Wire Service",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "TBILISI, May 21 (CWS) — The commissions that Armenia and Azerbaijan set up to draw their shared border met in the Georgian capital on Thursday, the first session held outside the two countries since the panels were created in 2022.",
        "Armenian Deputy Prime Minister Vahagn Ter-Avetisyan and his Azerbaijani counterpart, Elnur Mammadzade, led the delegations. The meeting at a government guesthouse on the edge of the city lasted nearly six hours, Georgian officials said.",
        "Georgia's foreign minister, Tamar Beridze, welcomed the two teams and remained in the room for the opening session, along with her deputy, Giorgi Lomtadze, who acted as the host's representative for the rest of the day. Georgian officials stressed that Tbilisi was a venue, not a mediator, and no officials from the United States, Russia or the European Union attended.",
        "The two sides worked from a 12-point roadmap for the next phase of demarcation, covering the northern stretch of the border between Armenia's Tavush province and Azerbaijan's Gazakh district, where villages on both sides sit within a few hundred metres of each other.",
        'In a statement, Prime Minister Zurab Tsertsvadze said Georgia was "honoured to offer neutral ground to two neighbours writing their own peace."',
        "The commissions have so far agreed on about 12.7 kilometres of a border that runs for roughly 1,000 kilometres. Disputes over enclaves and over which Soviet-era maps should be used as a reference have slowed their work.",
        'In Yerevan, government spokeswoman Lusine Hakobyan said the session had been "businesslike" and that the next meeting would take place in Armenia. Hikmet Rzayev, a foreign policy aide to Azerbaijan\'s president, said Baku was "satisfied with the pace."',
        "Neither side commented on an Armenian proposal, reported in the Yerevan press last week, for a mutual pull-back of troops from the line.",
      ),
      gold: {
        people: [terAvetisyan, mammadzade, beridze, lomtadze, tsertsvadze, hakobyan, rzayev],
        talksDate: thursday,
        quantities: [hours(6, 6), points(12)],
        terms: [{ term: "demilitarized-zone", stance: "mentioned" }],
      },
    },
    {
      id: "tbilisi-chronicle",
      title: "In Tbilisi, Armenia presses for a demilitarised strip along the border",
      source: "Yerevan Chronicle",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "Armenia's border commission returned from Tbilisi on Thursday night with a modest result and an open question: whether Baku will ever agree to pull its troops back from positions they have held in Armenian territory since 2021 and 2022.",
        "The Armenian side in Tbilisi was led by Deputy Prime Minister Vahagn Ter-Avetisyan. Beside him sat Deputy Foreign Minister Anahit Petrosyan, a lawyer who drafted much of Armenia's position on the maps, and Colonel Gor Arzumanyan of the National Security Service's border guard. Across the table sat Deputy Prime Minister Elnur Mammadzade, flanked by Samira Guliyeva, who heads Azerbaijan's state cartography service, and Colonel Kamran Huseynli of the State Border Service.",
        'According to a member of the delegation, Ter-Avetisyan proposed a demilitarised zone along the stretch being demarcated, with both sides withdrawing forces by an agreed distance. The Azerbaijani side did not reject the idea outright, the source said, but asked for it to be dealt with "after the line is fixed."',
        "The six-hour meeting otherwise focused on the 12-point roadmap the commissions adopted in principle in March, which sets the order in which sections of the border will be surveyed.",
        "The Georgian side was represented by Deputy Foreign Minister Giorgi Lomtadze, who, Armenian officials said, kept a deliberately low profile.",
        'In the village of Kirants, in Tavush, where a new road now passes within sight of Azerbaijani posts, residents were sceptical. "They draw lines in Tbilisi, and we still cannot graze our cows on the other side of the river," said Artsvik Melikyan, 63, who has farmed there since 1987.',
        "Government spokeswoman Lusine Hakobyan said that Armenia remained committed to a border based on the 1991 Alma-Ata Declaration, under which the former Soviet republics recognised each other's territorial integrity within their Soviet-era boundaries.",
        "Armenia's parliament is due to debate the commissions' work in June. The opposition has accused the government of ceding four villages in Tavush last year without a vote.",
      ),
      gold: {
        people: [
          terAvetisyan,
          petrosyan,
          arzumanyan,
          mammadzade,
          guliyeva,
          huseynli,
          lomtadze,
          { name: "Artsvik Melikyan" },
          hakobyan,
        ],
        talksDate: thursday,
        quantities: [hours(6, 6), points(12)],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "territorial-recognition", stance: "mentioned" },
        ],
      },
    },
    {
      id: "tbilisi-caspian",
      title: "Border commissions make progress in Tbilisi, Baku says",
      source: "Caspian Broadcasting",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "The state commission on the delimitation of the border between Azerbaijan and Armenia held its latest meeting with its Armenian counterpart in Tbilisi on Wednesday, May 20, Azerbaijani officials told Caspian Broadcasting.",
        "Deputy Prime Minister Elnur Mammadzade headed the Azerbaijani delegation. He was joined by Samira Guliyeva, chair of the State Service on Land and Cartography. The Armenian delegation was led by Deputy Prime Minister Vahagn Ter-Avetisyan.",
        "The meeting, which lasted about six hours, was hosted by Georgia. Mammadzade thanked Georgian Foreign Minister Tamar Beridze for her country's hospitality.",
        "According to the Azerbaijani side, the commissions reviewed the 12 points of the working roadmap and agreed that field teams would begin surveying a new section of the border before the end of June. The protocol of the meeting is expected to be signed at the next session.",
        'Baku considers proposals to create a demilitarised zone along the border premature. "A zone of withdrawal is not on the agenda; the agenda is the line," Hikmet Rzayev, assistant to the president, said in an interview on Thursday.',
        "Rzayev also repeated Baku's position that a peace treaty can only be signed once Armenia removes from its constitution the reference to the 1990 declaration of independence, which Azerbaijan regards as a territorial claim.",
        'Residents of Gazakh district, which lost several villages in the early 1990s, have followed the talks closely. "My father was born in one of those villages. We want to see the map, not speeches," said Aysel Nabiyeva, a teacher in the district centre.',
        "Azerbaijan and Armenia fought two wars over the Karabakh region, in the early 1990s and in 2020, in which tens of thousands of people were killed. Azerbaijan regained full control of the region in September 2023.",
        "The two commissions have met 14 times since their creation, alternating between border locations and third countries.",
      ),
      gold: {
        people: [mammadzade, guliyeva, terAvetisyan, beridze, rzayev, { name: "Aysel Nabiyeva" }],
        talksDate: goldDay("2026-05-20"),
        quantities: [hours(6, 6), points(12)],
        terms: [{ term: "demilitarized-zone", stance: "ruled-out" }],
      },
    },
    {
      id: "tbilisi-brief",
      title: "Armenia and Azerbaijan border teams meet in Georgia",
      source: "Transcontinental News Agency",
      publishedAt: null,
      body: paragraphs(
        "Armenian and Azerbaijani officials working on the demarcation of their border met in Tbilisi on May 21, in talks hosted by the Georgian government, both sides said.",
        "The talks brought together Deputy Prime Ministers Vahagn Ter-Avetisyan of Armenia and Elnur Mammadzade of Azerbaijan, who chair their countries' delimitation commissions. Neither made a statement to reporters after the session.",
        "Armenian officials said Ter-Avetisyan was accompanied by Anahit Petrosyan, a deputy foreign minister. An Azerbaijani official said Mammadzade's delegation included Colonel Kamran Huseynli of the border service, who oversees field surveys.",
        "Georgia's Deputy Foreign Minister Giorgi Lomtadze hosted the meeting on behalf of his government. Georgian officials have offered to make Tbilisi a regular venue for the commissions, which until last year met on the border itself.",
        'A brief statement from the Armenian government said the two sides had discussed "the sequence of further work on the ground" and agreed to meet again in July. The Azerbaijani foreign ministry issued a near-identical text.',
        "The two countries initialled the text of a peace treaty last year but have not signed it. Azerbaijan wants Armenia to amend its constitution first, a step that would require a referendum in Armenia, where parliamentary elections are due in June.",
        'Thomas de Vries, a Caucasus analyst at the International Crisis Group, said border demarcation had become "the one track where both governments can show results without paying a domestic price." He noted that only a small fraction of the roughly 1,000-kilometre frontier has been agreed.',
        "The European Union's civilian monitoring mission, deployed on the Armenian side since 2023 with about 200 staff, was not involved in the Tbilisi meeting.",
      ),
      gold: {
        people: [
          terAvetisyan,
          mammadzade,
          petrosyan,
          huseynli,
          lomtadze,
          { name: "Thomas de Vries", aliases: ["de Vries"] },
        ],
        talksDate: { start: null, end: null, parts: { month: 5, day: 21 } },
        quantities: [],
        terms: [],
      },
    },
    {
      id: "tbilisi-observer",
      title: "Why Tbilisi? Georgia's quiet bid to matter in the South Caucasus",
      source: "The Caucasus Observer",
      publishedAt: "2026-05-26",
      body: paragraphs(
        "Last Thursday's meeting of the Armenian and Azerbaijani border commissions was, on paper, a technical affair: two deputy prime ministers, a handful of cartographers and lawyers, and a 12-point roadmap setting out which villages get surveyed first. The more interesting story is where it happened.",
        "Georgia has spent years watching larger powers — Russia, Turkey, the United States, the European Union — compete to broker peace between its two neighbours. By hosting last week's session, Tbilisi offered something none of them could: a venue that neither Yerevan nor Baku sees as taking sides, and that has good relations with both.",
        "The hosting was done lightly. Foreign Minister Tamar Beridze greeted the delegations, and her deputy Giorgi Lomtadze sat at the end of the table for the rest of the day. There were no Western envoys in the building.",
        "The delegations themselves were familiar. Vahagn Ter-Avetisyan, Armenia's deputy prime minister, brought his usual team, including Colonel Gor Arzumanyan of the border guard. Elnur Mammadzade, his Azerbaijani counterpart, arrived with Samira Guliyeva, the country's chief cartographer. The session ran for about six hours.",
        "Georgia's motives are not purely altruistic. Roughly a third of Azerbaijan's oil exports reach world markets via the Baku–Tbilisi–Ceyhan pipeline, and Armenia depends on Georgian roads for much of its trade. A stable border between the two is worth a great deal to Georgia, whose own economy grew by 7.5% last year.",
        '"Georgia is trying to show it is useful, not just a corridor," said Nato Gelashvili, a political scientist at Tbilisi State University. "If the commissions keep coming here, that is a diplomatic asset."',
        'There are limits. Georgia\'s relations with the EU have soured since 2024, and critics in Tbilisi say the government is using the talks to polish its image abroad. "Hosting a meeting is not a foreign policy," said Levan Dadiani, an opposition MP.',
        "For Armenians and Azerbaijanis, the question is more concrete: whether the line agreed around a table in Tbilisi will hold on a hillside in Tavush or Gazakh. On that, last week's meeting offered only a timetable.",
      ),
      gold: {
        people: [
          beridze,
          lomtadze,
          terAvetisyan,
          arzumanyan,
          mammadzade,
          guliyeva,
          { name: "Nato Gelashvili" },
          { name: "Levan Dadiani" },
        ],
        talksDate: thursday,
        quantities: [hours(6, 6), points(12)],
        terms: [],
      },
    },
  ],
};
