import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Indirect Israel–Hamas talks in Cairo on Sunday, February 8, 2026. Nile Dispatch dates the
 * round to Monday, names a different Israeli delegation and a larger first-phase release.
 */

const karmon: GoldPerson = { name: "Yossi Karmon", side: "israel", delegation: "israel" };
const levinson: GoldPerson = { name: "Avi Levinson", side: "israel", delegation: "israel" };
const nofal: GoldPerson = { name: "Bassem Nofal", side: "hamas", delegation: "hamas" };
const qudra: GoldPerson = { name: "Ziad Qudra", side: "hamas", delegation: "hamas" };
const mansour: GoldPerson = { name: "Tarek Mansour", side: "egypt", delegation: "egypt" };
const mohannadi: GoldPerson = {
  name: "Nasser bin Saad Al Mohannadi",
  aliases: ["Nasser Al Mohannadi", "Al Mohannadi"],
  side: "qatar",
  delegation: "qatar",
};
const elkayam: GoldPerson = { name: "Shira Elkayam", side: "israel" };
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const hostages = (n: number) => goldQuantity("count.hostages", n, n, "hostage");
const truceTerms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;

export const GAZA_CAIRO: GoldCluster = {
  id: "gaza-cairo",
  title: "Gaza ceasefire talks in Cairo",
  contradict: [{ slot: "meeting.date" }, { delegation: "israel" }, { slot: "count.hostages" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: "hamas" },
    { delegation: "egypt" },
    { delegation: "qatar" },
  ],
  articles: [
    {
      id: "gaza-meridian",
      title: "Cairo talks end without Gaza deal as mediators press both sides",
      source: "Meridian Wire",
      publishedAt: "2026-02-09",
      body: paragraphs(
        "CAIRO — Egyptian and Qatari mediators held nearly six hours of talks with Israeli and Hamas negotiators in Cairo on Sunday, pressing both sides to accept a phased ceasefire for Gaza that would begin with the release of 18 hostages, officials familiar with the discussions said.",
        "The Israeli delegation was led by Mossad director Yossi Karmon and included Avi Levinson, the Shin Bet official who oversees the hostage file, according to two Egyptian officials who spoke on condition of anonymity because they were not authorized to brief reporters. Hamas sent its chief negotiator, Bassem Nofal, along with Ziad Qudra, a member of the movement's political bureau.",
        "The delegations did not meet face to face. Gen. Tarek Mansour, the head of Egypt's General Intelligence Service, and Qatar's minister of state for foreign affairs, Nasser bin Saad Al Mohannadi, shuttled between rooms at an intelligence compound in the east of the capital.",
        '"There was movement on the sequencing of the first phase, but the gaps on what comes after it remain wide," one of the Egyptian officials said.',
        "Under the framework discussed on Sunday, the 18 hostages — women, older men and the wounded — would be freed over six weeks in exchange for hundreds of Palestinian prisoners, while aid deliveries through the Rafah and Kerem Shalom crossings would be increased.",
        'Hamas wants guarantees that the first phase will lead to a permanent end to the war, said Taher al-Masri, a spokesman for the group in Doha. "We will not sign a document that lets the occupation resume the war whenever it chooses," he said.',
        'The Israeli prime minister\'s office said in a brief statement that the delegation had been instructed to "advance the return of our hostages" and would report back to the security cabinet on Monday.',
        "Daniel Hartley, the US special envoy for hostage affairs, is expected in Cairo later this week, a State Department spokesperson said.",
        'The talks are the first in-person round since negotiations stalled in Doha in mid-January. Families of the hostages rallied in Tel Aviv on Saturday night. "Every day of delay is a day our loved ones may not survive," said Shira Elkayam, whose brother is among those held.',
        "Humanitarian agencies say conditions in Gaza have deteriorated sharply. Ingrid Solberg, the UN humanitarian coordinator for the occupied Palestinian territory, told reporters in Geneva last week that fuel shortages had forced two more hospitals in the south to suspend surgery.",
        "The war began with the Hamas-led attack on southern Israel on October 7, 2023.",
      ),
      gold: {
        people: [
          karmon,
          levinson,
          nofal,
          qudra,
          mansour,
          mohannadi,
          elkayam,
          { name: "Taher al-Masri", side: "hamas" },
          { name: "Daniel Hartley", side: "us" },
          { name: "Ingrid Solberg", side: "un" },
        ],
        talksDate: goldDay("2026-02-08"),
        quantities: [duration(5.5, 6), hostages(18)],
        terms: truceTerms,
      },
    },
    {
      id: "gaza-levant",
      title: "Israel, Hamas negotiators in Cairo as pressure builds for truce",
      source: "The Levant Ledger",
      publishedAt: "2026-02-08",
      body: paragraphs(
        "Israeli and Hamas negotiators spent more than four hours in indirect talks in Cairo on Sunday, as Egypt and Qatar sought to salvage a proposal for a phased ceasefire in Gaza.",
        "Mossad chief Yossi Karmon headed Israel's team, an Israeli official said, while Hamas was represented by Bassem Nofal, who has led the group's negotiating team since last summer. Egyptian intelligence chief Tarek Mansour hosted the talks, with Qatari mediators also present.",
        "The proposal under discussion would see Hamas free 18 living hostages during a first phase, according to a summary of the document seen by The Levant Ledger. Israel would release Palestinian prisoners and pull back troops from some populated areas, and the number of aid trucks entering Gaza would rise to 600 a day.",
        "A second phase, to be negotiated during the first, would deal with the release of the remaining hostages and the withdrawal of Israeli forces.",
        '"The Egyptian side is doing everything possible to close the gaps," Khaled Sabry, a spokesman for Egypt\'s foreign ministry, told reporters outside the venue. "Both parties have shown seriousness."',
        'An Israeli official, speaking anonymously, was more cautious. "We came to listen. Nothing is agreed until everything is agreed," the official said.',
        "The talks came a day after tens of thousands of Israelis marched in Tel Aviv, urging the government to bring the hostages home. Among them was the family of Omer Dahan, a 24-year-old soldier seized from his base near the border.",
        "In Gaza, the health ministry said 31 people were killed in Israeli strikes overnight. The Israeli military said it had struck militants who posed a threat to its troops, and that it was reviewing reports of civilian casualties.",
        "Mediators had hoped to convene the round last week but postponed it after a dispute over which crossings would open first. Negotiators are expected to return to Cairo later in the week, officials said.",
      ),
      gold: {
        people: [
          { name: "Yossi Karmon", side: "israel", delegation: "israel" },
          nofal,
          mansour,
          { name: "Khaled Sabry", side: "egypt" },
          { name: "Omer Dahan", side: "israel" },
        ],
        talksDate: goldDay("2026-02-08"),
        quantities: [duration(4, null, true), hostages(18)],
        terms: truceTerms,
      },
    },
    {
      id: "gaza-harbor",
      title: "Inside the Cairo room: mediators test a new sequence for a Gaza hostage deal",
      source: "Harbor Times",
      publishedAt: "2026-02-10",
      body: paragraphs(
        "When the delegations arrived at the Egyptian intelligence headquarters in Cairo on Sunday, February 8, the mediators had a new idea: rather than agree on the whole deal at once, the parties would lock in the first weeks of a truce and leave the hardest questions for later.",
        "The session lasted several hours, according to people briefed on it, and ended without agreement but also without the walkout that marked the last round.",
        "Israel's team was headed by Yossi Karmon, the director of the Mossad, and included Avi Levinson of the Shin Bet. Across the building, Hamas's delegation, led by Bassem Nofal, received the proposals through Egyptian officers. Daniel Hartley, the American special envoy for hostage affairs, attended as an observer, a US official said, the first time Washington has had a representative in the room since the autumn.",
        "Egypt's intelligence chief, Gen. Tarek Mansour, and Qatar's Nasser Al Mohannadi carried messages between the two sides.",
        'Diplomats say the main obstacle remains the same: Hamas wants the truce to become permanent, while Israel wants to keep the option of resuming military operations if the second phase fails. A senior Arab diplomat described the new approach as "building a bridge one plank at a time."',
        'Analysts caution against expecting a breakthrough. "Both leaderships are under pressure, but neither has yet paid a price for saying no," said Dalia Haddad, a researcher at the Beirut-based Levant Policy Institute.',
        "Previous rounds have foundered on the sequencing of the hostage releases and on who will govern Gaza after the war. A ceasefire agreed in January 2025 collapsed after its first phase, and months of shuttle diplomacy since then have produced little beyond brief humanitarian pauses.",
        "The next session is expected within days, officials said. Mediators have told both sides that they intend to table written bridging language before then.",
      ),
      gold: {
        people: [
          karmon,
          levinson,
          nofal,
          mansour,
          mohannadi,
          { name: "Daniel Hartley", side: "us", delegation: "us" },
          { name: "Dalia Haddad" },
        ],
        talksDate: goldDay("2026-02-08"),
        quantities: [duration(3, 9)],
        terms: [{ term: "ceasefire", stance: "proposed" }],
      },
    },
    {
      id: "gaza-nile",
      title: "Egypt hosts fresh round of Gaza truce talks",
      source: "Nile Dispatch",
      publishedAt: "2026-02-10",
      body: paragraphs(
        "CAIRO, Feb. 10 (Nile Dispatch) — Egypt hosted a fresh round of indirect negotiations between Israel and Hamas on Monday, with mediators presenting a revised proposal under which 24 hostages would be released in the first stage of a truce, Egyptian sources told Nile Dispatch.",
        "The Israeli delegation was led by Ronit Bar-Lev, a senior policy adviser to the prime minister, and Col. Noam Shaked, the military's coordinator for the hostage file, the sources said. The Hamas delegation was headed by Bassem Nofal and included Ziad Qudra.",
        "The talks were chaired by Egyptian General Intelligence Service head Tarek Mansour.",
        "According to the sources, the revised plan is divided into three phases. During the first, Hamas would release 24 hostages, including all the women and children still held, while Israel would free Palestinian prisoners, among them some serving life sentences. The second phase would bring a permanent cessation of hostilities, and the third the reconstruction of Gaza under Arab supervision.",
        'A Hamas official in Cairo said the group had responded "positively and responsibly" but needed clarifications on the maps showing where Israeli troops would pull back to. An Israeli official declined to comment on the substance of the talks.',
        'Egypt\'s foreign minister, Karim El-Shazly, said in a telephone call with his Qatari counterpart that Cairo "will spare no effort" to end the war and open the crossings fully to aid.',
        "The renewed push follows weeks of deadlock. Talks in Doha broke down in mid-January after the two sides failed to agree on how many prisoners would be freed and on the timetable for a withdrawal.",
        "The United Nations said on Monday that about 1.9 million people in Gaza — roughly 90 percent of the population — have been displaced at least once since the war began, many of them several times.",
      ),
      gold: {
        people: [
          { name: "Ronit Bar-Lev", side: "israel", delegation: "israel" },
          { name: "Noam Shaked", side: "israel", delegation: "israel" },
          nofal,
          qudra,
          mansour,
          { name: "Karim El-Shazly", side: "egypt" },
        ],
        talksDate: goldDay("2026-02-09"),
        quantities: [hostages(24)],
        terms: truceTerms,
      },
    },
    {
      id: "gaza-continental",
      title: "Gaza truce talks resume in Cairo; families urge speed",
      source: "Continental Post",
      publishedAt: null,
      body: paragraphs(
        "Negotiators from Israel and Hamas returned to Cairo on Sunday for six hours of indirect talks, the first since the collapse of the last round in Doha, as families of hostages pleaded with both sides to seize what they described as a last chance.",
        "Israel was represented by Mossad director Yossi Karmon, according to an Israeli official. The Hamas team was led by Bassem Nofal. Egyptian and Qatari officials mediated, with Qatar's minister of state, Nasser Al Mohannadi, travelling from Doha for the session.",
        "A draft seen by the mediators would start with a six-week pause in fighting during which 18 hostages would be released, according to two people familiar with it. In return, Israel would free Palestinian prisoners and allow more aid into the enclave.",
        '"We are close on the first phase," one of the people said. "The problem is the day after."',
        'Inside Israel, the debate over the deal has become increasingly bitter. Far-right ministers have threatened to quit the government if it agrees to end the war, while opposition leader Miriam Tal accused the coalition of "putting its own survival ahead of the hostages."',
        'Shira Elkayam, whose brother has been held in Gaza for more than two years, said families were running out of words. "Six hours in a room is not enough. They need to stay until it is done," she said.',
        'In Gaza, residents of Khan Younis said they were following the talks with little hope. "We have heard about deals for two years," said Mahmoud Abu Jarad, 52, who lives with his family in a tent near the coast. "Every time, the bombs come back."',
        "Egyptian officials said the mediators would draft a written summary of the points agreed so far and circulate it to both delegations before the next session, which could come as early as the end of the week.",
      ),
      gold: {
        people: [
          { name: "Yossi Karmon", side: "israel", delegation: "israel" },
          nofal,
          mohannadi,
          elkayam,
          { name: "Miriam Tal", side: "israel" },
          { name: "Mahmoud Abu Jarad" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 0 } },
        quantities: [duration(6, 6), hostages(18)],
        terms: truceTerms,
      },
    },
  ],
};
