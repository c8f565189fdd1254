import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US-mediated security talks between Israel and Syria in Baku on Thursday, May 14, 2026, hosted
 * by Azerbaijan's deputy foreign minister, with the US special envoy for Syria in the chair and a
 * six-point de-escalation framework on the table. The Damascus Courier dates the meeting to
 * Wednesday, May 13; the Strategic Review says the American side was led by the State
 * Department's counselor, a man no other outlet places in the room.
 */

const benShimol: GoldPerson = { name: "Yoav Ben-Shimol", side: "israel", delegation: "israel" };
const keren: GoldPerson = { name: "Dalia Keren", side: "israel", delegation: "israel" };
const marom: GoldPerson = { name: "Eitan Marom", side: "israel", delegation: "israel" };
const hamwi: GoldPerson = {
  name: "Faisal al-Hamwi",
  aliases: ["al-Hamwi", "Al-Hamwi"],
  side: "syria",
  delegation: "syria",
};
const khattab: GoldPerson = { name: "Samer Khattab", side: "syria", delegation: "syria" };
const douba: GoldPerson = { name: "Rami Douba", side: "syria", delegation: "syria" };
const halvorsen: GoldPerson = { name: "Mark Halvorsen", side: "us", delegation: "us" };
const kessler: GoldPerson = { name: "Nadia Kessler", side: "us", delegation: "us" };
const ashdown: GoldPerson = { name: "Gregory Ashdown", side: "us", delegation: "us" };
const aliyarov: GoldPerson = {
  name: "Kamran Aliyarov",
  side: "azerbaijan",
  delegation: "azerbaijan",
};
const abbasova: GoldPerson = {
  name: "Leyla Abbasova",
  side: "azerbaijan",
  delegation: "azerbaijan",
};
const lahav: GoldPerson = { name: "Ofer Lahav", side: "israel" };
const sarraf: GoldPerson = { name: "Hiba Sarraf", side: "syria" };
const brenner: GoldPerson = { name: "Julia Brenner", side: "us" };
const levental: GoldPerson = { name: "Tamar Levental" };
const duration = (hours: number) => goldQuantity("meeting.duration", hours, hours, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const dmz = { term: "demilitarized-zone", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;
const sanctions = { term: "sanctions-relief", stance: "proposed" } as const;

export const ISRAEL_SYRIA_BAKU: GoldCluster = {
  id: "israel-syria-baku",
  title: "US-mediated Israel–Syria security talks in Baku",
  sides: {
    syria: ["syria", "syrian", "damascus"],
    azerbaijan: ["azerbaijan", "azerbaijani", "baku"],
  },
  contradict: [{ slot: "meeting.date" }, { delegation: "us" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "israel" },
    { delegation: "syria" },
    { delegation: "azerbaijan" },
  ],
  articles: [
    {
      id: "isb-meridian",
      title: "Israel and Syria hold US-mediated security talks in Baku",
      source: "Meridian Press Agency",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "BAKU, May 14 (MPA) — Israeli and Syrian security officials met in the Azerbaijani capital on Thursday for US-mediated talks on the volatile frontier in southern Syria, the highest-level direct contact between the two governments in more than a year.",
        "The meeting, held at a state guesthouse on the Caspian shore, lasted about five hours, according to two officials briefed on it. Washington's special envoy for Syria, Mark Halvorsen, chaired the session and presented a six-point framework for de-escalation that both sides agreed to study before a second round.",
        "Israel's delegation was led by Yoav Ben-Shimol, the deputy head of the National Security Council, and included Brig. Gen. Dalia Keren of the military's planning directorate. Syria sent Deputy Foreign Minister Faisal al-Hamwi, accompanied by Brig. Gen. Samer Khattab, a senior officer at the defence ministry.",
        "Halvorsen was joined by Nadia Kessler, the deputy assistant secretary of state for Levant affairs. Azerbaijan's deputy foreign minister, Kamran Aliyarov, welcomed the delegations and stayed in the room as host, a role Baku has sought as it cultivates ties with both capitals.",
        "According to a summary seen by MPA, the US framework proposes a demilitarized zone running from the Golan frontier towards the southern outskirts of Damascus, a de-confliction line staffed by a US liaison cell, and security guarantees that no foreign forces or allied militias will be deployed in the south. In return, Israel would scale back strikes on Syrian army positions.",
        '"Nobody is signing anything today. We are agreeing on what the next conversation is about," said a US official who was not authorised to speak publicly.',
        'In Jerusalem, Ofer Lahav, a spokesman for the prime minister\'s office, said Israel would "not gamble with the security of the communities in the north" and had made no commitments in Baku.',
        "Damascus has pressed for the lifting of remaining US and European sanctions, which officials there say are choking reconstruction. Syrian officials were expected to raise sanctions relief in Baku, although the framework itself does not cover it, according to two people familiar with the document.",
        "Israel has carried out hundreds of air strikes in Syria since December 2024 and has kept troops inside the buffer zone created under a 1974 disengagement agreement, where a UN observer force of about 1,100 personnel has been deployed for decades. Syria's health ministry says 62 people were killed in strikes in the south in the first four months of this year.",
      ),
      gold: {
        people: [halvorsen, benShimol, keren, hamwi, khattab, kessler, aliyarov, lahav],
        talksDate: goldDay("2026-05-14"),
        quantities: [duration(5), points(6)],
        terms: [dmz, guarantees, sanctions],
      },
    },
    {
      id: "isb-courier",
      title: "Syrian team meets Israelis in Baku as Damascus presses for withdrawal",
      source: "The Damascus Courier",
      publishedAt: "2026-05-15",
      body: paragraphs(
        'DAMASCUS — Syrian and Israeli officials sat at the same table in Baku on Wednesday, May 13, in a US-brokered meeting that government sources here describe as "technical" and limited to security on the southern front.',
        "Syria's team was headed by Faisal al-Hamwi, the deputy foreign minister, a career diplomat who once served as ambassador in Moscow. With him were Brig. Gen. Samer Khattab of the defence ministry and Rami Douba, an adviser at the presidency who has handled contacts with Washington since last year.",
        "Opposite them, according to a source in the Syrian delegation, sat Yoav Ben-Shimol of Israel's National Security Council and a military officer the source declined to name.",
        "The meeting was mediated by Mark Halvorsen, the American special envoy. Mr. Halvorsen, who has shuttled between Damascus, Amman and Jerusalem since February, laid out a six-point paper and asked both sides to come back with written comments. Azerbaijan's deputy foreign minister, Kamran Aliyarov, hosted the session at a guesthouse outside the city.",
        "The session ran for five hours, the source said. It ended without a joint statement, and the delegations left separately.",
        'Syria\'s priority, officials said, is an Israeli withdrawal from the positions its troops have occupied inside Syrian territory since December 2024. "Any arrangement that freezes the occupation of new Syrian land is not an arrangement, it is a surrender," said Hiba Sarraf, a spokeswoman for the information ministry, speaking in Damascus on Thursday.',
        "Damascus also wants the remaining Western sanctions lifted. Al-Hamwi raised sanctions relief during the meeting, the source said, but was told by the American side that the issue would be handled on a separate track.",
        'In Quneitra, the provincial capital closest to the frontier, residents were sceptical. "They meet in Baku and we still hear the drones every night," said Mahmoud Sweid, 54, who runs a bakery near the old municipal building. Farmers in the area say they have lost access to roughly 30 percent of their grazing land since Israeli troops moved in.',
        "The Courier understands that a second round is pencilled in for June, possibly again in Baku. Officials in Damascus said the delegation would report to the president before any date is fixed.",
      ),
      gold: {
        people: [hamwi, khattab, douba, benShimol, halvorsen, aliyarov, sarraf, { name: "Mahmoud Sweid" }],
        talksDate: goldDay("2026-05-13"),
        quantities: [duration(5), points(6)],
        terms: [sanctions],
      },
    },
    {
      id: "isb-live",
      title: "Live: Israel and Syria hold talks in Baku",
      source: "Caspian 24",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "09:05 — Good morning from Baku, where Israeli and Syrian officials are due to meet on Thursday under US mediation. We will bring you updates throughout the day.",
        "09:40 — Motorcades are arriving at the Zagulba state residence on the Absheron peninsula. Police have closed the coastal road.",
        "10:02 — The American delegation, headed by special envoy Mark Halvorsen, is first through the doors. Halvorsen and his deputy, Nadia Kessler, were greeted on the steps by Deputy Foreign Minister Kamran Aliyarov, who is hosting the talks.",
        "10:15 — Israel's team: Yoav Ben-Shimol, the deputy national security adviser, alongside Eitan Marom, the Foreign Ministry's legal adviser, and Brig. Gen. Dalia Keren.",
        "10:21 — Across the table sits the Syrian delegation, led by Deputy Foreign Minister Faisal al-Hamwi. He did not stop for the cameras.",
        "10:30 — Leyla Abbasova, a foreign-policy aide to Azerbaijan's president, is also in the room, an Azerbaijani official tells us. Baku is keen to show it can host more than energy conferences.",
        "12:48 — Some context: the US is presenting what officials describe as a six-point framework. Its core is a demilitarized zone in southern Syria. Damascus wants sanctions relief as well, but we understand that is not part of the American package.",
        '13:30 — "Both sides know the cost of another summer like the last one," Rauf Guliyev of the Topchubashov Center, a Baku think tank, tells us outside the residence. "Azerbaijan\'s value here is simple: it is one of the few places that talks to both."',
        "15:05 — Talks are over after five hours. Kessler left first, without comment; the Israeli and Syrian delegations used separate exits.",
        '15:40 — In Washington, State Department spokeswoman Julia Brenner says the session was "businesslike" and that the envoy will brief the secretary of state on Friday.',
        "16:10 — That is all from us for today. A second round is expected within weeks; Azerbaijani officials say they have offered to host again.",
      ),
      gold: {
        people: [
          halvorsen,
          kessler,
          aliyarov,
          benShimol,
          marom,
          keren,
          hamwi,
          abbasova,
          { name: "Rauf Guliyev" },
          brenner,
        ],
        talksDate: goldDay("2026-05-14"),
        quantities: [duration(5), points(6)],
        terms: [dmz, sanctions],
      },
    },
    {
      id: "isb-transcaspian",
      title: "Israel, Syria end Baku round with US paper on the table",
      source: "Trans-Caspian Wire",
      publishedAt: null,
      body: paragraphs(
        "Israeli and Syrian officials ended a round of security talks in Baku on Thursday without an agreement but with a US framework on the table that both sides agreed to take back to their capitals, officials said.",
        "The talks brought together Yoav Ben-Shimol, the deputy head of Israel's National Security Council, and Faisal al-Hamwi, Syria's deputy foreign minister, with Washington's envoy Mark Halvorsen in the chair. It was the first such meeting hosted by Azerbaijan.",
        "A deputy assistant secretary of state, Nadia Kessler, sat beside Halvorsen. She has overseen the State Department's work on Syria's southern provinces since last autumn and travelled to Amman and Jerusalem in the days before the round.",
        "The five-hour session was hosted by Azerbaijan's deputy foreign minister, Kamran Aliyarov, whose government has long-standing ties with Israel and has cultivated the new authorities in Damascus.",
        "The framework of six points sets out a demilitarized zone in the south, a hotline between military commanders and a mechanism, backed by American monitors, to investigate violations. It makes no mention of the Golan Heights, which Israel captured in 1967.",
        '"The envoy made clear that the United States is not there to impose anything," State Department spokeswoman Julia Brenner told reporters in Washington. "What we heard in Baku was two delegations prepared to keep talking."',
        '"For Israel the test is whether the south stays free of hostile militias. For Damascus it is whether the strikes stop," said Tamar Levental, a senior researcher at the Institute for National Security Studies in Tel Aviv. "Halvorsen\'s bet is that both can be true at the same time."',
        "Fighting and air strikes in southern Syria killed at least 340 people last year, according to a UK-based monitoring group. Around 19,000 people remain displaced from villages near the frontier, the United Nations says, and many have been unable to return to their fields for two planting seasons.",
        "No date has been set for a second round. Diplomats said it could take place in June if both governments send written responses to the framework by the end of the month.",
      ),
      gold: {
        people: [benShimol, hamwi, halvorsen, kessler, aliyarov, brenner, levental],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(5), points(6)],
        terms: [dmz],
      },
    },
    {
      id: "isb-review",
      title: "Analysis: Baku talks show how far apart Israel and Syria remain",
      source: "The Strategic Review",
      publishedAt: "2026-05-18",
      body: paragraphs(
        "When Israeli and Syrian officials sat down in Baku on May 14, the choice of venue said almost as much as the agenda. Azerbaijan is one of very few governments that both Israel and the new authorities in Damascus regard as a friend, and it was keen to be seen as more than a pipeline hub.",
        "Washington sent a heavier hitter than expected. The American side was led not by the regional envoys who have carried the Syria file for months but by Gregory Ashdown, the State Department's counselor, a sign, diplomats said, that the administration wants a result before the summer. Ashdown, a former ambassador to Jordan, is known in the building as a closer.",
        "He faced two delegations with very different instructions. Yoav Ben-Shimol, who led for Israel, and his military adviser, Brig. Gen. Dalia Keren, came to talk about lines on a map: how deep a demilitarized zone should run, who watches it and what happens when it is breached. Faisal al-Hamwi and the Syrian team came to talk about what Damascus gets in return, above all sanctions relief and an end to the air strikes.",
        "Azerbaijan's deputy foreign minister, Kamran Aliyarov, hosted the five-hour meeting and, by several accounts, spent much of it keeping the two delegations from walking out over the order of the agenda.",
        "The six-point framework that emerged, several of whose provisions were described to the Review, is deliberately modest. It offers Israel a demilitarized south and security guarantees against the return of foreign forces, and offers Syria little beyond a promise of fewer strikes. It is silent on the Golan.",
        '"Damascus cannot sell a demilitarized south at home without something to show for it: money, sanctions, a timetable for Israeli withdrawal," said Karim Mansour, a senior fellow at the Carnegie Middle East Center in Beirut. "Even Colonel Bakri\'s people in Deraa are waiting to see what the army gives up."',
        "Israeli officials, for their part, see little reason to hurry. A poll published last week found 58 percent of Israelis opposed any withdrawal from positions taken in Syria since 2024.",
        '"In 2000 the gap was a few hundred metres of shoreline," said Tamar Levental of the Institute for National Security Studies. "Today it is the whole of southern Syria, and neither government has decided what it actually wants there."',
        "Reconstruction estimates for Syria run to hundreds of billions of dollars. Without sanctions relief, that money will not come, and without it the government in Damascus has little to offer the south except the army.",
      ),
      gold: {
        people: [ashdown, benShimol, keren, hamwi, aliyarov, { name: "Karim Mansour" }, levental],
        talksDate: goldDay("2026-05-14"),
        quantities: [duration(5), points(6)],
        terms: [dmz, guarantees, sanctions],
      },
    },
  ],
};
