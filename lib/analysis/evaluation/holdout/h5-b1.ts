import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Direct talks between a US delegation and a Russian delegation in Istanbul on Thursday,
 * April 16, 2026, hosted by Turkey, over a US-drafted framework for ending the war in Ukraine.
 * Ukraine was not at the table. One outlet counts the framework at 22 points where the others
 * give 19.
 */

const lindqvist: GoldPerson = { name: "Garrett Lindqvist", side: "us", delegation: "us" };
const ferreira: GoldPerson = {
  name: "Monica Ferreira-Hale",
  aliases: ["Ferreira-Hale"],
  side: "us",
  delegation: "us",
};
const achterberg: GoldPerson = { name: "Desmond Achterberg", side: "us", delegation: "us" };
const zhemchugov: GoldPerson = { name: "Arkady Zhemchugov", side: "russia", delegation: "russia" };
const korsakova: GoldPerson = { name: "Yelena Korsakova", side: "russia", delegation: "russia" };
const tikhvinsky: GoldPerson = { name: "Roman Tikhvinsky", side: "russia", delegation: "russia" };
const karaagac: GoldPerson = { name: "Selim Karaağaç", side: "turkey", delegation: "turkey" };
const ostrovsky: GoldPerson = { name: "Gennady Ostrovsky", side: "russia" };
const melnychuk: GoldPerson = { name: "Taras Melnychuk", side: "ukraine" };
const rawlings: GoldPerson = { name: "Tom Rawlings", side: "us" };

const duration = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const H5_B1: GoldCluster = {
  id: "russia-us-istanbul",
  title: "US–Russia talks on a Ukraine framework in Istanbul",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "us" },
    { delegation: "russia" },
    { delegation: "turkey" },
  ],
  articles: [
    {
      id: "russia-us-istanbul-wire",
      title: "US, Russian envoys hold nearly six hours of talks in Istanbul on Ukraine framework",
      source: "Meridian Press Agency",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "ISTANBUL, April 16 (MPA) — Senior American and Russian officials met for nearly six hours in Istanbul on Thursday to discuss a US-drafted 19-point framework for ending the war in Ukraine, the highest-level direct contact between the two governments since the start of the year.",
        "The American delegation, headed by special envoy Garrett Lindqvist, included Monica Ferreira-Hale, a deputy assistant secretary of state for European affairs, and Desmond Achterberg, a senior director at the National Security Council. Russia's team was led by Deputy Foreign Minister Arkady Zhemchugov, flanked by Yelena Korsakova, director of the ministry's North America department.",
        "Turkey's deputy foreign minister, Selim Karaağaç, opened the session at the Vahdettin Pavilion on the Asian shore of the Bosphorus and remained in the room as host throughout, a Turkish diplomat said.",
        'The framework, according to two officials familiar with it, calls for a ceasefire along the current line of contact, a phased easing of sanctions tied to Russian compliance, and what one official described as "durable security guarantees" for Ukraine. It also states that Ukraine will not join NATO.',
        '"We did not come to Istanbul to sign anything, and we didn\'t," Lindqvist told reporters outside the pavilion. "We came to find out whether there is a deal here. I think there is the outline of one."',
        'In Moscow, Kremlin spokesman Gennady Ostrovsky called the talks "substantive" but said Russia would not accept any arrangement that left some $300 billion in frozen central bank assets "hostage to Western courts."',
        'Ukraine was not at the table. Foreign Minister Taras Melnychuk said in Kyiv that his government had been briefed in advance and would "judge every point on its merits, not on who wrote it."',
        "The war, now in its fifth year, has killed or wounded hundreds of thousands of soldiers. Russian drone strikes on the night before the talks killed four people in Odesa, regional officials said, and Ukraine's air force reported 143 drones launched across the country.",
        "Both delegations are expected to report to their capitals before deciding on a second round, which Turkish officials said could again take place in Istanbul. Oil prices rose 2 percent on the news of the meeting before falling back in late trading.",
      ),
      gold: {
        people: [lindqvist, ferreira, achterberg, zhemchugov, korsakova, karaagac, ostrovsky, melnychuk],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(6, 6), points(19)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
          { term: "nato-membership", stance: "ruled-out" },
          { term: "frozen-assets", stance: "mentioned" },
        ],
      },
    },
    {
      id: "russia-us-istanbul-northstar",
      title: "Washington, Moscow envoys meet in Istanbul",
      source: "Northstar Wire",
      publishedAt: null,
      body: paragraphs(
        "Washington's special envoy, Garrett Lindqvist, and Russian Deputy Foreign Minister Arkady Zhemchugov held talks lasting nearly six hours in Istanbul on Thursday, focusing on a 19-point US proposal to halt the fighting in Ukraine.",
        "Lindqvist was joined by Monica Ferreira-Hale, the State Department's deputy assistant secretary for Europe. Across the table sat Zhemchugov and Roman Tikhvinsky, who runs a Russian state investment fund and has become the Kremlin's point man on economic questions with Washington.",
        "The meeting was hosted by Turkey, whose deputy foreign minister, Selim Karaağaç, chaired the opening session before leaving the two delegations to work through the text line by line.",
        'Tikhvinsky told Russian state television after the meeting that "American companies are asking when they can come back," and said sanctions relief had been "a serious part of the conversation." He gave no details.',
        'State Department spokesman Tom Rawlings said in Washington that no agreement had been reached. "Nothing is agreed until Ukraine agrees," he told reporters, adding that the envoy would brief officials in Kyiv and in European capitals before any further meeting.',
        "The proposal envisages a ceasefire monitored by international observers, security guarantees for Kyiv backed by a group of European states, and a step-by-step lifting of some sanctions. It also states that Ukraine will not join NATO, a long-standing Russian demand that Kyiv has said it cannot accept as a precondition.",
        "The fate of Russian central bank reserves frozen in Europe since 2022, most of them held at a Belgian clearing house, remains one of the most contentious issues, according to diplomats on both sides.",
        "Russian forces advanced about 4,700 square kilometres in Ukraine last year, according to independent analysts, a pace that Ukrainian commanders say has slowed since January. Previous rounds of direct talks, in 2025, produced little beyond the return of soldiers' remains and no halt to the fighting.",
      ),
      gold: {
        people: [lindqvist, ferreira, zhemchugov, tikhvinsky, karaagac, rawlings],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(6, 6), points(19)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
          { term: "nato-membership", stance: "ruled-out" },
          { term: "frozen-assets", stance: "mentioned" },
        ],
      },
    },
    {
      id: "russia-us-istanbul-courier",
      title: "Analysis: In a Bosphorus pavilion, a 22-point bet on ending the war",
      source: "Bosphorus Courier",
      publishedAt: "2026-04-18",
      body: paragraphs(
        "When Thursday's talks brought together Garrett Lindqvist and Arkady Zhemchugov in a waterfront pavilion in Çengelköy, Turkey got what its diplomats had been angling for since last summer: the two powers talking about Ukraine in Istanbul rather than in the Gulf.",
        "The document on the table ran to 22 points, according to a Turkish official who has seen it — longer than earlier drafts, with new language on shipping in the Black Sea and on the Zaporizhzhia nuclear plant. It keeps the core of the American approach: a ceasefire first, security guarantees for Ukraine, and sanctions relief for Moscow only in stages.",
        "Zhemchugov, a 61-year-old career diplomat with two postings in Washington behind him, arrived with Yelena Korsakova, his long-time aide, and Roman Tikhvinsky, the financier who has handled Moscow's economic overtures to American business. Lindqvist was flanked by Desmond Achterberg of the National Security Council.",
        'Their host, Deputy Foreign Minister Selim Karaağaç, sat at the head of the table for the opening hour and kept the coffee coming for the rest of the six-hour session. Turkish officials privately describe his role as "more than a landlord, less than a mediator."',
        '"Ankara\'s value is that both sides can walk in and out of the same building without anyone losing face," said Ayşe Demirtaş, a senior fellow at the Istanbul Policy Center. "That matters more than the number of points on the paper."',
        "The numbers around the talks are sobering. A Chatham House paper published in March estimated that Russia's economy would grow by barely 1 percent this year, and European governments are still debating what to do with frozen Russian reserves worth roughly 210 billion euros.",
        "Turkey has its own stake. Trade with Russia topped $50 billion last year, and the Montreux Convention of 1936 gives Ankara control over warships passing the straits — leverage it has used carefully since 2022.",
        "Whether the Istanbul channel survives will depend on Kyiv, which was not invited, and on whether Washington is prepared to keep the sanctions on while the talking goes on.",
      ),
      gold: {
        people: [
          lindqvist,
          zhemchugov,
          korsakova,
          tikhvinsky,
          achterberg,
          karaagac,
          { name: "Ayşe Demirtaş" },
        ],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(6, 6), points(22)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
          { term: "frozen-assets", stance: "mentioned" },
        ],
      },
    },
    {
      id: "russia-us-istanbul-live",
      title: "Live: US and Russian delegations meet in Istanbul",
      source: "EuroDesk Live",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "10:52 — Motorcades are arriving at the Vahdettin Pavilion on the Asian side of the Bosphorus, where Turkey is hosting today's talks between the United States and Russia. Security is tight; the coastal road has been closed since dawn.",
        "11:20 — The US side is led by special envoy Garrett Lindqvist. With him: Monica Ferreira-Hale from the State Department and Desmond Achterberg from the National Security Council.",
        "11:31 — Russia is represented by Deputy Foreign Minister Arkady Zhemchugov. Yelena Korsakova and Roman Tikhvinsky are also in the Russian delegation, according to the Russian embassy in Ankara.",
        "11:47 — Turkish Deputy Foreign Minister Selim Karaağaç welcomes both delegations at the door. Doors close at 11:50.",
        "13:05 — What's on the table: a 19-point framework drafted in Washington. Officials say it starts with a ceasefire on the current front line and ends with a timetable for lifting sanctions.",
        '14:12 — Asked about criticism in Europe, a US official travelling with the delegation says: "If Hannah Vogt wants to call this appeasement, she is welcome to come and read the points herself."',
        '15:40 — Reaction from Kyiv. Foreign Minister Taras Melnychuk: "No framework written without Ukraine will be implemented without Ukraine."',
        "16:25 — Background: Ukraine's air force said 143 drones and six missiles were launched overnight. Four people were killed in Odesa, including a 12-year-old girl.",
        "17:44 — The talks have ended after more than five hours, a Turkish official tells us. No joint statement is expected.",
        '17:58 — Lindqvist, leaving: "Serious. Long. Useful." He says both teams will "go home and think" before agreeing on another round.',
        '18:10 — Kremlin spokesman Gennady Ostrovsky tells Russian agencies the atmosphere was "businesslike." That\'s all from us today.',
      ),
      gold: {
        people: [
          lindqvist,
          ferreira,
          achterberg,
          zhemchugov,
          korsakova,
          tikhvinsky,
          karaagac,
          { name: "Hannah Vogt" },
          melnychuk,
          ostrovsky,
        ],
        talksDate: goldDay("2026-04-16"),
        quantities: [duration(5, null, { minExclusive: true }), points(19)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
        ],
      },
    },
    {
      id: "russia-us-istanbul-explainer",
      title: "Explainer: What was on the table when Washington and Moscow met in Istanbul",
      source: "The Weekly Dispatch",
      publishedAt: "2026-04-20",
      body: paragraphs(
        "Last week's talks in Istanbul were the first time in months that American and Russian officials sat down together at length to talk about ending the war in Ukraine. Here is what we know about who was there, what they discussed and what comes next.",
        "Who was in the room? The American delegation was small. Garrett Lindqvist, the president's special envoy, did most of the talking. Monica Ferreira-Hale also made the trip. She is a deputy assistant secretary of state and one of the few officials in Washington who has worked on Russia for two decades.",
        "Across the table was a career diplomat with two Washington postings behind him. He is Arkady Zhemchugov, Russia's deputy foreign minister, who has led Moscow's side in every contact with the current administration. Turkey, the host, was represented by Deputy Foreign Minister Selim Karaağaç.",
        "What is the plan? The text is a 19-point framework written by the Americans. Its main elements are a ceasefire along the current front, security guarantees for Ukraine from a coalition of European states, a gradual lifting of sanctions, and a commitment that Ukraine will not join NATO.",
        "What does Russia want? Moscow has said it wants its frozen reserves returned and the sanctions lifted before, not after, a ceasefire.",
        'What does Ukraine say? Kyiv was not invited. Its foreign minister, Taras Melnychuk, has said his government "will not be presented with a finished text." European officials are uneasy too: the EU has spent more than 180 billion euros supporting Ukraine since 2022.',
        'What next? Officials on both sides speak of a second round "within weeks," possibly again in Istanbul. "The fact that they are talking is news. Whether they are negotiating is another question," said Pieter van Hulst, a former Dutch ambassador to Moscow.',
      ),
      gold: {
        people: [
          lindqvist,
          ferreira,
          zhemchugov,
          karaagac,
          melnychuk,
          { name: "Pieter van Hulst", aliases: ["van Hulst"] },
        ],
        talksDate: goldDay("2026-04-13", "2026-04-19"),
        quantities: [points(19)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
          { term: "nato-membership", stance: "ruled-out" },
          { term: "frozen-assets", stance: "mentioned" },
        ],
      },
    },
  ],
};
