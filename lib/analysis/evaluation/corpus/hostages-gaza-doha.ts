import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Indirect Israel–Hamas talks on a hostage release in Doha on Monday, March 9, 2026, with
 * Qatari and Egyptian mediators and a US envoy and a CIA official sitting with the mediators.
 * Outlets agree on a 14-point paper, a first phase of 12 hostages and a session of about eight
 * hours; Al-Manara Daily dates the round to Tuesday.
 */

const arbel: GoldPerson = { name: "Gideon Arbel", side: "israel", delegation: "israel" };
const ofek: GoldPerson = { name: "Nitzan Ofek", side: "israel", delegation: "israel" };
const shenhav: GoldPerson = { name: "Tamar Shenhav", side: "israel", delegation: "israel" };
const abuSharkh: GoldPerson = {
  name: "Khalil Abu Sharkh",
  aliases: ["Abu Sharkh"],
  side: "hamas",
  delegation: "hamas",
};
const zaqout: GoldPerson = { name: "Mahmoud Zaqout", side: "hamas", delegation: "hamas" };
const sbeih: GoldPerson = { name: "Anwar Sbeih", side: "hamas", delegation: "hamas" };
const sulaiti: GoldPerson = {
  name: "Khalifa bin Rashid Al Sulaiti",
  aliases: ["Al Sulaiti", "Khalifa Al Sulaiti"],
  side: "qatar",
  delegation: "qatar",
};
const ragheb: GoldPerson = { name: "Hossam Ragheb", side: "egypt", delegation: "egypt" };
const brandauer: GoldPerson = { name: "Elliot Brandauer", side: "us", delegation: "us" };
const whitlock: GoldPerson = { name: "Karen Whitlock", side: "us", delegation: "us" };
const felder: GoldPerson = { name: "Aaron Felder", side: "us", delegation: "us" };
const benHaim: GoldPerson = { name: "Noa Ben-Haim", side: "israel" };
const batsh: GoldPerson = { name: "Hazem al-Batsh", aliases: ["al-Batsh"], side: "hamas" };
const monday = goldDay("2026-03-09");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const points = goldQuantity("plan.size", 14, 14, "point");
const hostages = goldQuantity("count.hostages", 12, 12, "hostage");
const dealTerms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;

export const HOSTAGES_GAZA_DOHA: GoldCluster = {
  id: "hostages-gaza-doha",
  title: "Israel–Hamas hostage talks in Doha",
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { slot: "count.hostages" },
    { delegation: "israel" },
    { delegation: "hamas" },
    { delegation: "qatar" },
    { delegation: "egypt" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "hostages-gulflive",
      title: "Live: Israel and Hamas negotiators in Doha for hostage talks",
      source: "Gulf Live Desk",
      publishedAt: "2026-03-09",
      body: paragraphs(
        "09:40 — A convoy of dark SUVs has pulled into the government guesthouse in Doha's West Bay district. Israeli officials confirm their delegation is inside, headed by Gideon Arbel, who runs the Mossad's hostage directorate. With him is Brig. Gen. (res.) Nitzan Ofek, the army's coordinator for hostages and missing persons.",
        "10:05 — The Hamas delegation is here too, in a separate wing. It is headed by Khalil Abu Sharkh, the movement's chief negotiator. Mahmoud Zaqout, a member of the political bureau, walked in beside him.",
        "10:30 — Arriving now: US special presidential envoy for hostage affairs Elliot Brandauer. He is accompanied by Karen Whitlock, a senior CIA officer who has worked the file for the agency since 2024. A Qatari official says both will sit with the mediators in the central room.",
        "10:48 — The mediators: Qatar's minister of state at the foreign ministry, Khalifa bin Rashid Al Sulaiti, and Maj. Gen. Hossam Ragheb, deputy head of Egypt's General Intelligence Service. They will carry messages between the two wings; the delegations will not meet face to face.",
        "12:15 — A diplomat briefed on the morning session tells us the mediators have put a 14-point paper on the table. The first phase would see 12 hostages freed over six weeks in exchange for Palestinian prisoners, alongside a ceasefire.",
        '13:30 — In Tel Aviv, relatives have gathered outside the defence ministry. "Monday has to be the day," says Noa Ben-Haim, whose uncle Ariel Tzuriel has been held in Gaza for more than two years.',
        '15:10 — From Washington, White House press secretary Janelle Rourke says the president has been briefed and that the US team "will stay as long as it is useful."',
        "16:40 — Gaza's health ministry reports 17 people killed in strikes in Khan Younis since midnight. The Israeli military says it targeted militants.",
        "17:55 — Reports that Hamas has asked for clarifications on the maps of where troops would withdraw in the first phase. Israeli officials decline to comment.",
        '18:55 — Session breaks after nearly eight hours. Al Sulaiti tells reporters outside the guesthouse that the talks were "serious" and will continue at expert level. Brandauer and Whitlock leave without comment.',
        "19:20 — That is where we will leave the live coverage for today. Thanks for following.",
      ),
      gold: {
        people: [
          arbel,
          ofek,
          abuSharkh,
          zaqout,
          brandauer,
          whitlock,
          sulaiti,
          ragheb,
          benHaim,
          { name: "Ariel Tzuriel" },
          { name: "Janelle Rourke", side: "us" },
        ],
        talksDate: monday,
        quantities: [duration(8, 8), points, hostages],
        terms: dealTerms,
      },
    },
    {
      id: "hostages-levant",
      title: "Mediators table 14-point paper as Israel, Hamas hold indirect talks",
      source: "Levant News Agency",
      publishedAt: null,
      body: paragraphs(
        "Qatari and Egyptian mediators presented Israel and Hamas with a 14-point paper on Monday during eight hours of indirect talks in Doha aimed at freeing hostages held in Gaza, two diplomats familiar with the negotiations said.",
        "Under the paper, 12 hostages would be released during a first phase of six weeks, in exchange for several hundred Palestinian prisoners, while a ceasefire takes hold and aid deliveries rise to 600 trucks a day, the diplomats said.",
        "The Israeli negotiators, a team headed by Gideon Arbel of the Mossad and including legal adviser Tamar Shenhav, sat in one part of the building. Hamas's delegation, under Khalil Abu Sharkh, was in another.",
        "Qatar's Minister of State Khalifa Al Sulaiti and Egyptian intelligence official Hossam Ragheb shuttled between them. The American envoy, Elliot Brandauer, and CIA official Karen Whitlock sat with the mediators throughout, according to one of the diplomats, who spoke on condition of anonymity.",
        '"The gaps are narrower than they were in January, but they are not closed," the diplomat said. "The question of what happens after the first phase is still the hardest one."',
        'Hamas spokesman Hazem al-Batsh, speaking in Beirut, said the group wanted "clear guarantees" that the first phase would lead to an end of the war. Israel\'s prime minister\'s office said only that the delegation was "working to bring all our hostages home."',
        "Gaza's health ministry said on Sunday that 23 people had been killed in the previous 24 hours. The Israeli military said it was striking militant targets.",
        "The talks are the first in Doha since January, when a round collapsed over the sequencing of releases. The mediators are expected to circulate a revised draft later in the week.",
      ),
      gold: {
        people: [arbel, shenhav, abuSharkh, sulaiti, ragheb, brandauer, whitlock, batsh],
        talksDate: { start: null, end: null, parts: { weekday: 1 } },
        quantities: [duration(8, 8), points, hostages],
        terms: dealTerms,
      },
    },
    {
      id: "hostages-haifa",
      title: "In Doha, Israel's team hears a 14-point offer — and waits for the cabinet",
      source: "Haifa Chronicle",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "Gideon Arbel has spent more nights in Doha than in his own bed this winter. On Monday the Mossad veteran, flanked by Brig. Gen. (res.) Nitzan Ofek and the prime minister's legal adviser Tamar Shenhav, sat through nearly eight hours of indirect talks with Hamas before flying home to brief the security cabinet.",
        "The format was the familiar one. The Hamas team, led by Khalil Abu Sharkh, stayed in a separate wing of the Qatari government guesthouse. Qatar's minister of state, Khalifa bin Rashid Al Sulaiti, and Egypt's Maj. Gen. Hossam Ragheb walked the corridor between them.",
        "What was different this time was the size of the American presence. Washington's hostage envoy, Elliot Brandauer, was joined by his colleague from Langley, Karen Whitlock, and by Aaron Felder, the National Security Council's senior director for the Middle East. All three sat with the mediators rather than with the Israeli team, an arrangement Jerusalem accepted only reluctantly, according to an Israeli official.",
        "The paper they discussed runs to 14 points. Its core is familiar: 12 hostages — the women, the elderly and the sick — would be released over the first six weeks in exchange for Palestinian prisoners, during a ceasefire that both sides would observe.",
        'Shlomi Dekel, spokesman for the prime minister, said on Tuesday morning that "no decision has been made" and that the cabinet would meet in the evening. Ministers from the far right have already said they will oppose any clause that commits Israel to ending the war.',
        'For the families, every day of deliberation is a day too long. "They sat for eight hours. Now let the cabinet sit for one and say yes," said Noa Ben-Haim, whose uncle, Ariel Tzuriel, was abducted from Kibbutz Nir Oz at the age of 71.',
        "Security officials privately say the first phase is acceptable to the army, which would pull back from populated areas of central Gaza but keep its positions along the border. The harder questions — a permanent end to the war, the fate of Hamas's leadership, and who governs Gaza afterwards — have been left to a second phase that would be negotiated while the first is under way.",
        "Polls published last week showed 64 percent of Israelis support a deal that brings all hostages home even at the price of ending the war.",
      ),
      gold: {
        people: [
          arbel,
          ofek,
          shenhav,
          abuSharkh,
          sulaiti,
          ragheb,
          brandauer,
          whitlock,
          felder,
          { name: "Shlomi Dekel", side: "israel" },
          benHaim,
          { name: "Ariel Tzuriel" },
        ],
        talksDate: monday,
        quantities: [duration(8, 8), points, hostages],
        terms: dealTerms,
      },
    },
    {
      id: "hostages-corniche",
      title: "Opinion: America finally took a seat in the Doha room. It should keep it",
      source: "The Corniche Review",
      publishedAt: "2026-03-12",
      body: paragraphs(
        "For most of the past two years, American diplomacy on the Gaza hostages has been conducted by telephone. The Qataris and Egyptians did the shuttling, the Israelis and Hamas did the refusing, and Washington called everyone afterwards to find out what had happened.",
        "That changed on Monday. When the mediators convened the latest round of indirect talks in Doha, two Americans sat at their table: Elliot Brandauer, the special presidential envoy for hostage affairs, and Karen Whitlock, a CIA officer who knows the Hamas file better than most people in the Israeli system. She, more than anyone, can tell the mediators when a Hamas message is a bluff.",
        "The document on the table, a 14-point paper drafted by Qatar's Khalifa Al Sulaiti and Egypt's Hossam Ragheb, is not new in its bones. It begins with a ceasefire and a release of hostages in exchange for Palestinian prisoners, and defers the war's end to a second phase. What is new is that the United States now owns a piece of it.",
        "That matters for one reason above all. Hamas, through its negotiator Khalil Abu Sharkh, has said for months that it will not hand over the first group of hostages without assurances that the war will not simply resume. Israel, represented in Doha by the Mossad's Gideon Arbel, has said with equal consistency that it will not give them. Only Washington can stand between those two positions, and it can only do so from inside the room.",
        'I have seen this before. "Get the people out first and argue about the rest later," my old boss, Secretary Harold Dempsey, used to say during the Lebanon negotiations of 2006. He was right then, and it is still the only approach that has ever worked.',
        "There are risks. An American seat at the table invites both parties to lobby Washington rather than compromise with each other, and a CIA presence will be portrayed by Hamas as proof of a plot. But the alternative, a process that has produced two collapsed ceasefires and more than 18 months of stalemate, is worse.",
        "The administration should say publicly what it will guarantee and what it will not. It should keep Brandauer in Doha until the first phase is signed. And it should resist the temptation, familiar to every White House, to declare victory after the first release.",
        "Paul Everly served as deputy national security adviser from 2017 to 2019.",
      ),
      gold: {
        people: [
          brandauer,
          whitlock,
          sulaiti,
          ragheb,
          abuSharkh,
          arbel,
          { name: "Harold Dempsey" },
          { name: "Paul Everly" },
        ],
        talksDate: monday,
        quantities: [points],
        terms: dealTerms,
      },
    },
    {
      id: "hostages-almanara",
      title: "Hamas studies Qatari-Egyptian paper after Doha session",
      source: "Al-Manara Daily",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "DOHA — The Hamas leadership is studying a 14-point paper presented by Qatari and Egyptian mediators during a session of indirect negotiations with Israel in Doha on Tuesday, a source in the movement told Al-Manara.",
        "The movement's delegation was led by Khalil Abu Sharkh, head of its negotiating office, and included Mahmoud Zaqout, a member of the political bureau, and Anwar Sbeih, a legal expert who has drafted the movement's responses since last year. Abu Sharkh, the source said, told the mediators the movement was ready to be flexible on the numbers but not on the principle of a permanent ceasefire.",
        "The Israeli team, headed by Gideon Arbel, was in a separate part of the building, in keeping with the indirect format that has governed every round since the war began.",
        "The mediation was led by Qatar's Minister of State Khalifa bin Rashid Al Sulaiti and by Maj. Gen. Hossam Ragheb of Egypt's General Intelligence Service. The US side — envoy Elliot Brandauer, Aaron Felder of the White House National Security Council and a CIA official, Karen Whitlock — sat alongside the mediators, the source said.",
        "The session lasted more than seven hours. According to the paper, the first stage would see the release of 12 Israeli hostages over 42 days and the freeing of Palestinian prisoners, among them about 50 serving life sentences, in parallel with a halt to fighting and the return of displaced people to northern Gaza.",
        '"The paper is an improvement on January\'s, but it still leaves the end of the war to good intentions," said Yara Haddadin, a researcher at the Doha Centre for Conflict Studies. "Hamas will want to see those intentions written down."',
        'In a statement, spokesman Hazem al-Batsh said the movement would respond "in a positive spirit" after consulting with other Palestinian factions.',
        "The health ministry in Gaza said on Tuesday that the number of people killed since the start of the year had risen above 1,400. Aid agencies say the crossings at Rafah and Kerem Shalom have operated at less than a third of capacity for most of the past month.",
        "The mediators expect replies from both parties before the weekend.",
      ),
      gold: {
        people: [
          abuSharkh,
          zaqout,
          sbeih,
          arbel,
          sulaiti,
          ragheb,
          brandauer,
          felder,
          whitlock,
          { name: "Yara Haddadin" },
          batsh,
        ],
        talksDate: goldDay("2026-03-10"),
        quantities: [duration(7, null, true), points, hostages],
        terms: dealTerms,
      },
    },
  ],
};
