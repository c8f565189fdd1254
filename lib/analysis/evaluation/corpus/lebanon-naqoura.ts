import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * The third round of U.S.-mediated Israel–Lebanon land-border talks, hosted by UNIFIL at
 * Naqoura on Tuesday, March 10, 2026. The Beirut Courier dates the session to Monday; the
 * others agree on Tuesday. A U.S. ambassador and both foreign ministries comment from outside
 * the room.
 */

const castellano: GoldPerson = {
  name: "Raymond Castellano",
  aliases: ["Castellano"],
  side: "us",
  delegation: "us",
};
const nandakumar: GoldPerson = {
  name: "Priya Nandakumar",
  aliases: ["Nandakumar"],
  side: "us",
  delegation: "us",
};
const lyle: GoldPerson = { name: "Catherine Lyle", aliases: ["Lyle"], side: "us", delegation: "us" };
const shaked: GoldPerson = { name: "Oren Shaked", aliases: ["Shaked"], side: "israel", delegation: "israel" };
const naccache: GoldPerson = {
  name: "Bassam Naccache",
  aliases: ["Naccache"],
  side: "lebanon",
  delegation: "lebanon",
};
const daher: GoldPerson = { name: "Rania Daher", aliases: ["Daher"], side: "lebanon", delegation: "lebanon" };
const etxeberria: GoldPerson = {
  name: "Aritz Etxeberria",
  aliases: ["Etxeberria"],
  side: "un",
  delegation: "un",
};
const fivePoints = goldQuantity("plan.size", 5, 5, "point");
const thirteen = goldQuantity("count.disputed-points", 13, 13, "point");
const almostSix = goldQuantity("meeting.duration", 5, 6, "hour");

export const LEBANON_NAQOURA: GoldCluster = {
  id: "lebanon-naqoura",
  title: "Israel–Lebanon border talks at Naqoura",
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "plan.size" },
    { slot: "meeting.duration" },
    { slot: "count.disputed-points" },
    { delegation: "us" },
    { delegation: "israel" },
    { delegation: "lebanon" },
    { delegation: "un" },
    { term: "demilitarized-zone", aliases: ["buffer-zone", "demilitarised-zone"] },
    { term: "security-guarantees", aliases: ["guarantees"] },
  ],
  sides: {
    lebanon: ["lebanon", "lebanese", "beirut", "lebanese-army"],
    un: ["un", "united-nations", "unifil"],
    hezbollah: ["hezbollah", "hizbollah", "hizballah"],
  },
  articles: [
    {
      id: "lebanon-lps",
      title: "Israel, Lebanon hold third round of border talks under U.S. mediation",
      source: "Levant Press Service",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "NAQOURA, Lebanon, March 10 (LPS) — Israeli and Lebanese delegations met for nearly six hours on Tuesday at the headquarters of the U.N. peacekeeping force in southern Lebanon, in a third round of U.S.-mediated talks aimed at settling their disputed land border.",
        "The American delegation, led by special envoy Raymond Castellano, presented a five-point framework that would pair a phased Israeli pullback from positions it still holds inside Lebanon with a demilitarized strip on the Lebanese side, two officials familiar with the document said.",
        "Also at the table were Deputy Assistant Secretary of State Priya Nandakumar and Catherine Lyle, the U.S. ambassador to Lebanon. Israel's team was headed by Oren Shaked, a former deputy national security adviser, while Brig. Gen. Bassam Naccache led the Lebanese side. The session was hosted by the commander of the U.N. Interim Force in Lebanon, Maj. Gen. Aritz Etxeberria.",
        "The two sides do not speak to each other directly. Under a format agreed before the first round in January, each delegation addresses the U.S. mediators, who relay positions across the room.",
        "At issue are 13 points along the Blue Line, the U.N.-drawn withdrawal line of 2000, where Lebanon disputes the border, as well as the hamlet of Ghajar and the Shebaa Farms. Lebanese officials say several of the 13 could be resolved quickly; Israeli officials have tied any concession to guarantees that armed groups will not return to the border area.",
        'Castellano told reporters after the meeting that the discussion had been "detailed and businesslike." He said Washington was ready to offer security guarantees to both sides once a deal was reached, without giving details.',
        "The talks follow a ceasefire reached in November 2024 that ended more than a year of fighting between Israel and Hezbollah. Israeli forces have remained at several hilltop positions in southern Lebanon since then, and both sides have accused each other of violations.",
        "A fourth round is expected in early April, the officials said.",
      ),
      gold: {
        people: [castellano, nandakumar, lyle, shaked, naccache, etxeberria],
        talksDate: goldDay("2026-03-10"),
        quantities: [almostSix, fivePoints, thirteen],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
          { term: "ceasefire", stance: "mentioned" },
        ],
      },
    },
    {
      id: "lebanon-beirut-courier",
      title: "Naqoura talks: Lebanon holds firm on 13 points as U.S. tables plan",
      source: "The Beirut Courier",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "Lebanon's negotiators went into Monday's session at Naqoura with one instruction from Beirut: no trade-offs on land. Six hours later, they came out with a U.S. paper in hand and, according to a member of the delegation, no reason yet to change that line.",
        "The Lebanese team was led once again by Brig. Gen. Bassam Naccache of the army's operations directorate. Ambassador Rania Daher, director of legal affairs at the Foreign Ministry, and Samir Abi Khalil, an army cartographer who has worked on the file since 2018, completed the delegation.",
        "Facing them — though never directly addressing them — was the Israeli side, headed by Oren Shaked. Washington's envoy, Raymond Castellano, ran the session.",
        "The American proposal sets out five points, beginning with the 13 contested locations along the Blue Line and ending with a mechanism to monitor the area south of the Litani River, which would be kept free of weapons and fighters. The delegation made clear, the member said, that Lebanon would not accept any arrangement that treated the Shebaa Farms as Israeli.",
        'Speaking in Beirut on Tuesday, Foreign Minister Elie Karam thanked the peacekeepers who hosted the session. "We are grateful to General Etxeberria and his officers, who make it possible for these talks to happen at all," he said. He called the U.S. ideas "a basis for discussion, not a text for signature."',
        'Hezbollah, whose fighters were the target of Israel\'s 2024 offensive, has kept a careful distance from the negotiations. "The state negotiates, the resistance watches," said Ali Mroueh, a Hezbollah member of parliament, in a television interview. "If the land comes back, good. If not, we know how it comes back."',
        "Residents of border villages such as Kfar Kila and Odaisseh, many still unable to return to damaged homes, say they are following the talks closely. Their main demand is simpler than anything on the negotiators' table: an Israeli withdrawal from the five hilltops it still holds.",
        "The next round is expected next month.",
      ),
      gold: {
        people: [
          naccache,
          daher,
          { name: "Samir Abi Khalil", aliases: ["Abi Khalil"], side: "lebanon", delegation: "lebanon" },
          shaked,
          castellano,
          { name: "Elie Karam", aliases: ["Karam"], side: "lebanon" },
          etxeberria,
          { name: "Ali Mroueh", aliases: ["Mroueh"], side: "hezbollah" },
        ],
        talksDate: goldDay("2026-03-09"),
        quantities: [goldQuantity("meeting.duration", 6, 6, "hour"), fivePoints, thirteen],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "territorial-recognition", stance: "ruled-out" },
        ],
      },
    },
    {
      id: "lebanon-jerusalem-record",
      title: "Israeli team presses security demands at Naqoura talks",
      source: "Jerusalem Daily Record",
      publishedAt: null,
      body: paragraphs(
        "Israel's negotiators told U.S. mediators at Naqoura on Tuesday that no adjustment of the northern border would be considered without ironclad guarantees that Hezbollah will not rebuild its positions along it, according to an Israeli official briefed on the session.",
        "The Israeli delegation was led by Oren Shaked, who served as deputy head of the National Security Council until last year. Alongside him sat Yael Bar-Natan, the Foreign Ministry's deputy legal adviser, and Col. Amit Levinger of the IDF's strategic planning division, who brought maps of each disputed point.",
        "Opposite them, across a table in a prefabricated hall at the UNIFIL base, was a Lebanese delegation headed by an army brigadier general, Bassam Naccache. The Americans, U.S. envoy Raymond Castellano and a State Department team under Priya Nandakumar, sat at the head of the table and did most of the talking.",
        "The session ran for almost six hours. Castellano's five-point paper was discussed line by line, the official said, with most of the time spent on the proposed weapons-free zone south of the Litani River and on who would verify it.",
        '"Israel wants quiet on its border, and it wants that quiet to be permanent," Foreign Ministry spokesman Lior Hazan said in Jerusalem. "We will not return to the situation of October 2023."',
        'U.S. Ambassador Neil Brannigan, speaking at a conference in Tel Aviv on Wednesday, said Washington was "optimistic but realistic." He said the talks had "the full backing of the President" and urged both governments to show flexibility.',
        "Israeli officials privately describe the Lebanese army as a more capable partner than in the past, but doubt its willingness to confront Hezbollah in villages where the group remains strong. Residents of northern communities such as Metula and Shlomi, many of whom returned only last year, have been told little about the talks.",
        "Another round is planned for next month.",
      ),
      gold: {
        people: [
          shaked,
          { name: "Yael Bar-Natan", aliases: ["Bar-Natan"], side: "israel", delegation: "israel" },
          { name: "Amit Levinger", aliases: ["Levinger"], side: "israel", delegation: "israel" },
          naccache,
          castellano,
          nandakumar,
          { name: "Lior Hazan", aliases: ["Hazan"], side: "israel" },
          { name: "Neil Brannigan", aliases: ["Brannigan"], side: "us" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [almostSix, fivePoints],
        terms: [
          { term: "security-guarantees", stance: "proposed" },
          { term: "demilitarized-zone", stance: "proposed" },
        ],
      },
    },
    {
      id: "lebanon-med-monitor",
      title: "Analysis: At Naqoura, the border is the easy part",
      source: "Mediterranean Monitor",
      publishedAt: "2026-03-13",
      body: paragraphs(
        "There is a temptation, watching the Israel–Lebanon border talks, to treat them as a mapping exercise. Thirteen points, a few hundred metres here and there, a village split down the middle. This week's session at Naqoura, the third since January, suggests the maps are the easy part.",
        "On Tuesday the American delegation, led by Raymond Castellano and including the State Department's Priya Nandakumar, walked the two sides through a five-point framework. Oren Shaked, Israel's chief negotiator, and his Lebanese counterpart, Brig. Gen. Bassam Naccache, listened, took notes, and by most accounts gave little away. The previous round, on February 17, ended the same way.",
        "The framework is sensible on paper. It links an Israeli withdrawal from the hilltops it has occupied since the 2024 war to a zone south of the Litani free of armed groups, monitored by the Lebanese army and UNIFIL, with Washington as guarantor. Each of those elements has a history, and none of it is encouraging.",
        '"The Lebanese state can sign a border. What it cannot yet sign is a promise on Hezbollah\'s behalf," said Nour Hamadeh, who teaches international relations at a university in Beirut. "Everyone at Naqoura knows this, and everyone is too polite to say it."',
        'On the Israeli side, the problem is reversed. Eitan Rozental, a former military intelligence officer now at a Herzliya research institute, argues that no Israeli government will leave the hilltops on the strength of a paper. "They want to see the zone emptied first, then talk about withdrawal," he said.',
        "Castellano's task is to find a sequence both can live with. He has the advantage that neither government wants a return to war, and the disadvantage that neither can afford to be seen giving ground first.",
        "The next round is scheduled for April 7. If the mediators can get agreement on even a handful of the 13 points, it will be called progress. It will not be peace.",
      ),
      gold: {
        people: [
          castellano,
          nandakumar,
          shaked,
          naccache,
          { name: "Nour Hamadeh", aliases: ["Hamadeh"] },
          { name: "Eitan Rozental", aliases: ["Rozental"] },
        ],
        talksDate: goldDay("2026-03-10"),
        quantities: [fivePoints, thirteen],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "security-guarantees", stance: "proposed" },
        ],
      },
    },
  ],
};
