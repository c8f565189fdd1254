import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Lebanese and Syrian defence delegations meet in Jeddah on Wednesday and Thursday, May 20–21,
 * 2026, under Saudi chairmanship with US observers, and agree a border memorandum with a
 * ceasefire and a demilitarized strip. Most outlets report ten points; the Damascus paper
 * Qasioun Daily reports an eight-point text.
 */

const abiNader: GoldPerson = {
  name: "Karim Abi Nader",
  aliases: ["Abi Nader"],
  side: "lebanon",
  delegation: "lebanon",
};
const moawad: GoldPerson = { name: "Elias Moawad", side: "lebanon", delegation: "lebanon" };
const khouryDagher: GoldPerson = { name: "Rana Khoury-Dagher", side: "lebanon", delegation: "lebanon" };
const hobeika: GoldPerson = { name: "Samir Hobeika", side: "lebanon", delegation: "lebanon" };
const omari: GoldPerson = {
  name: "Yasser al-Omari",
  aliases: ["al-Omari"],
  side: "syria",
  delegation: "syria",
};
const hamdan: GoldPerson = { name: "Bassel Hamdan", side: "syria", delegation: "syria" };
const sawwaf: GoldPerson = { name: "Lina Sawwaf", side: "syria", delegation: "syria" };
const harbi: GoldPerson = {
  name: "Saud bin Khalid Al-Harbi",
  aliases: ["Al-Harbi"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const shammari: GoldPerson = {
  name: "Turki Al-Shammari",
  aliases: ["Al-Shammari"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const marchetti: GoldPerson = { name: "Ellen Marchetti", side: "us", delegation: "us" };
const feld: GoldPerson = { name: "Jonah Feld", side: "us", delegation: "us" };
const raman: GoldPerson = { name: "Priya Raman", side: "us", delegation: "us" };
const delaney: GoldPerson = { name: "Marcus Delaney", side: "us", delegation: "us" };
const karam: GoldPerson = { name: "Walid Karam", side: "lebanon" };
const qabbani: GoldPerson = { name: "Hussam Qabbani", side: "syria" };
const ashworth: GoldPerson = { name: "Derek Ashworth", side: "us" };
const odum: GoldPerson = { name: "Kenneth Odum" };
const hatoum: GoldPerson = { name: "Nadine Hatoum" };
const roundDates = goldDay("2026-05-20", "2026-05-21");
const days = (n: number) => goldQuantity("meeting.duration", n, n, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const truce = { term: "ceasefire", stance: "proposed" } as const;
const dmz = { term: "demilitarized-zone", stance: "proposed" } as const;
const sanctions = { term: "sanctions-relief", stance: "mentioned" } as const;

export const LEBANON_SYRIA_BORDER_JEDDAH: GoldCluster = {
  id: "lebanon-syria-border-jeddah",
  title: "Lebanon–Syria border talks in Jeddah",
  sides: {
    lebanon: ["lebanon", "lebanese", "beirut"],
    syria: ["syria", "syrian", "damascus"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "lebanon" },
    { delegation: "syria" },
    { delegation: "saudi-arabia" },
    { delegation: "us" },
    { term: "ceasefire" },
    { term: "demilitarized-zone" },
  ],
  articles: [
    {
      id: "lebanon-syria-border-jeddah-levant",
      title: "Lebanon and Syria agree border memorandum after Saudi-hosted talks",
      source: "Levant Wire",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "JEDDAH, May 21 (Levant Wire) — Lebanon and Syria wrapped up two days of Saudi-hosted talks on Thursday with a 10-point memorandum on their shared border that provides for a permanent ceasefire in the Hermel–Qusayr sector and a demilitarized zone on either side of the frontier, officials from both delegations said.",
        "Lebanese Defence Minister Karim Abi Nader led his country's delegation, which also included Brig. Gen. Elias Moawad, head of the army's border directorate, and Rana Khoury-Dagher, the foreign ministry's director of legal affairs. The Syrian team was headed by Deputy Defence Minister Yasser al-Omari and included Col. Bassel Hamdan, who commands the border guard in the Homs countryside.",
        "Saudi Minister of State Saud bin Khalid Al-Harbi chaired the sessions at a government palace on the Red Sea corniche. The United States was represented by Ellen Marchetti, the deputy special envoy for Syria, and Jonah Feld, a deputy assistant secretary of defense, who attended as observers, according to a Saudi statement.",
        "Under the memorandum, a joint technical committee would begin demarcating the roughly 375-kilometre border within 90 days, starting with the stretch around the villages of Hawsh al-Sayyed Ali and Jermach, where fighting between Syrian forces and Lebanese clans killed at least 10 people in March 2025. Both armies would pull heavy weapons back to leave a strip two kilometres deep on each side free of them.",
        '"We did not solve everything, but we solved the part that was killing people," Abi Nader told reporters as he left the palace.',
        'In Damascus, foreign ministry spokesman Hussam Qabbani said the memorandum "respects the sovereignty of both states in full" and would be presented to the government for approval.',
        "Syria is still seeking the lifting of remaining US sanctions, and diplomats said the question of sanctions relief hung over the talks even though it was not on the formal agenda. Marchetti declined to say whether it had been discussed.",
        "The border, much of which was never formally marked after independence from France, has for decades been a route for fuel, cigarettes and the stimulant captagon. The UN estimates that about 1.5 million Syrian refugees remain in Lebanon.",
      ),
      gold: {
        people: [abiNader, moawad, khouryDagher, omari, hamdan, harbi, marchetti, feld, qabbani],
        talksDate: roundDates,
        quantities: [days(2), points(10)],
        terms: [truce, dmz, sanctions],
      },
    },
    {
      id: "lebanon-syria-border-jeddah-observer",
      title: "Analysis: What the Jeddah memorandum means for Lebanon's open border",
      source: "Beirut Observer",
      publishedAt: "2026-05-23",
      body: paragraphs(
        "BEIRUT — Lebanese officials returned from Jeddah on Friday with something their predecessors never managed: a signed text, agreed with Damascus, on where the border runs and who may carry weapons near it.",
        "The two-day round that ended Thursday was chaired by the Saudis, but the drafting was done by the delegations themselves. The memorandum was first circulated with 14 points; after a long first night it was cut to 10, dropping, among other things, a clause on the return of refugees that Damascus refused to accept.",
        "Lebanon's team was small. Defence Minister Karim Abi Nader did the talking, with Brig. Gen. Elias Moawad at his side and Rana Khoury-Dagher handling the legal language. Samir Hobeika, a cartographer from the army's Directorate of Geographic Affairs, brought survey maps dating from the French Mandate, and by several accounts they proved decisive.",
        "Opposite them sat Yasser al-Omari, Syria's deputy defence minister, whose team included Lina Sawwaf, a legal adviser who had spent months on the file.",
        "The most intriguing guest list belonged to the Americans. A State Department team led by Ellen Marchetti was expected. Less expected was Priya Raman of the Treasury's Office of Foreign Assets Control. Her presence, diplomats said, was a signal to Damascus that sanctions relief was possible if the border deal holds.",
        '"Treasury people do not fly to Jeddah for the food," said Kenneth Odum, a former US ambassador to Lebanon. "Somebody in Washington wants to be ready."',
        'Nadine Hatoum, an associate fellow at Chatham House, was more cautious. "A ceasefire on paper and a demilitarized strip on a map are the easy parts," she said. "The clans and the smugglers were not in the room."',
        'In Hermel, where the shelling of 2025 is still visible on the walls, residents were wary. "My nephew, Hadi Zeaiter, was shot at the crossing," said Hussein Allaw, a farmer. "I will believe in the border when the army is on it."',
        'Walid Karam, a spokesman for the prime minister, said the cabinet would discuss the memorandum on Tuesday. "This is a Lebanese achievement," he said.',
      ),
      gold: {
        people: [
          abiNader,
          moawad,
          khouryDagher,
          hobeika,
          omari,
          sawwaf,
          marchetti,
          raman,
          odum,
          hatoum,
          { name: "Hadi Zeaiter" },
          { name: "Hussein Allaw" },
          karam,
        ],
        talksDate: roundDates,
        quantities: [days(2), points(10)],
        terms: [truce, dmz, sanctions],
      },
    },
    {
      id: "lebanon-syria-border-jeddah-qasioun",
      title: "Syria and Lebanon sign eight-point border understanding in Jeddah",
      source: "Qasioun Daily",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "DAMASCUS — Syria and Lebanon signed an eight-point understanding on border security in the Saudi city of Jeddah after talks held on Wednesday and Thursday, the foreign ministry announced.",
        "The Syrian delegation, headed by Deputy Defence Minister Yasser al-Omari, comprised Col. Bassel Hamdan, commander of the border guard for the central region, and Lina Sawwaf, legal adviser to the foreign ministry. The Lebanese delegation was led by Defence Minister Karim Abi Nader.",
        "The talks, which lasted two days, were chaired by Saudi Minister of State Saud bin Khalid Al-Harbi, assisted by Maj. Gen. Turki Al-Shammari of the Saudi defence ministry. Representatives of the United States — envoy Ellen Marchetti and a Pentagon official, Jonah Feld — were present as observers.",
        "According to the text, the two sides commit to a permanent ceasefire along the border, the establishment of a demilitarized strip in the contested sector west of Qusayr, and the creation of a joint committee to mark the frontier. Crossings at Jdeidet Yabous and Joussieh are to be upgraded with Saudi funding estimated at $120 million.",
        '"Syria went to Jeddah as a sovereign state negotiating with a brotherly neighbour," foreign ministry spokesman Hussam Qabbani said in a statement. "Nothing in the understanding touches our territory."',
        'Al-Omari, speaking to reporters before his flight home, praised the Saudi hosts and said the border guard would begin redeploying "within weeks." He did not take questions about the American presence.',
        "Trade between the two countries fell by more than 60 percent after 2011, and both governments hope a settled frontier will allow legitimate commerce to replace smuggling. Lebanese traders in the Bekaa have long complained that contraband fuel undercuts their prices.",
        "The understanding must be approved by the Syrian government and by Lebanon's cabinet before it enters into force.",
      ),
      gold: {
        people: [omari, hamdan, sawwaf, abiNader, harbi, shammari, marchetti, feld, qabbani],
        talksDate: roundDates,
        quantities: [days(2), points(8)],
        terms: [truce, dmz],
      },
    },
    {
      id: "lebanon-syria-border-jeddah-gbc",
      title: "Lebanon, Syria end Jeddah talks with border deal",
      source: "Gulf Broadcasting Corporation",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "Lebanon and Syria have agreed a 10-point memorandum on their border after talks in Jeddah that opened on Wednesday and ended this afternoon, Saudi officials said.",
        'The deal was announced by Saud bin Khalid Al-Harbi, the Saudi minister of state who chaired the negotiations. Standing between Lebanese Defence Minister Karim Abi Nader and Syria\'s deputy defence minister, Yasser al-Omari, he described the agreement as "the first fruit of a new Arab approach to old disputes."',
        "The two men shook hands for the cameras but did not speak. Over two days, officials said, they met directly three times, with Saudi diplomats carrying drafts between their rooms for the rest of the round.",
        "The US side, headed by Ellen Marchetti, included a team of three from the US Embassy in Beirut, led by political counselor Marcus Delaney. A Lebanese official said the Americans intervened once, to help settle the wording of a clause on the withdrawal of heavy weapons.",
        "The memorandum provides for a permanent ceasefire in the border area, where Syrian forces and Lebanese armed clans clashed last year, and for joint patrols at four crossings. It also creates a demilitarized buffer two kilometres wide on each side.",
        'Speaking to GBC before the closing session, Brig. Gen. Elias Moawad, a member of the Lebanese delegation, said the army was ready to deploy "an additional 1,500 soldiers" to the border once the memorandum is approved.',
        "Saudi Arabia has stepped up its diplomacy in the Levant since 2025, pledging reconstruction money to Syria and support for the Lebanese army. Officials in Riyadh have said they want the border deal to serve as a model for other disputes in the region.",
        "Lebanon's cabinet is expected to discuss the memorandum next week. Syria's government must also approve it.",
      ),
      gold: {
        people: [harbi, abiNader, omari, marchetti, delaney, moawad],
        talksDate: roundDates,
        quantities: [days(2), points(10)],
        terms: [truce, dmz],
      },
    },
    {
      id: "lebanon-syria-border-jeddah-wire",
      title: "Treasury official's presence at Jeddah talks hints at sanctions thaw",
      source: "Capital Wire",
      publishedAt: null,
      body: paragraphs(
        "The presence of a US Treasury sanctions official at this week's Lebanon–Syria border talks in Jeddah has fuelled speculation in Damascus that Washington is preparing to ease the last of its restrictions on Syria, diplomats said.",
        "The talks brought together Lebanon's defence minister, Karim Abi Nader, and Syria's deputy defence minister, Yasser al-Omari, with Saudi Minister of State Saud bin Khalid Al-Harbi in the chair. They ended with a memorandum whose 10 points cover a ceasefire, demarcation and joint patrols.",
        "Ellen Marchetti, the State Department's deputy special envoy for Syria, led a small American observer team. Priya Raman, a senior official in Treasury's Office of Foreign Assets Control who accompanied Marchetti, did not speak in the sessions, according to two people in the room. She met separately with Syrian officials on the sidelines, one of them said.",
        "Much of the US sanctions architecture on Syria was dismantled in 2025, but some measures adopted under the Caesar Act and a number of individual designations remain. Syrian officials say they deter foreign banks from financing reconstruction, which the World Bank has estimated at more than $200 billion.",
        'Asked about sanctions relief, State Department deputy spokesman Derek Ashworth told reporters in Washington that "the border agreement is a good step on its own merits" and that "our sanctions policy is reviewed continuously."',
        '"You do not send OFAC to observe border talks unless you expect to be asked what comes next," said Kenneth Odum, a former US ambassador in Beirut. "The Syrians will read it as an invitation."',
        "Lebanon, whose economy shrank by about 40 percent after its 2019 financial collapse, also stands to benefit if trade across the border is legalised and taxed. Officials in Beirut estimate the state loses $500 million a year to smuggling.",
        "The memorandum still has to be approved by both governments.",
      ),
      gold: {
        people: [abiNader, omari, harbi, marchetti, raman, ashworth, odum],
        talksDate: null,
        quantities: [points(10)],
        terms: [truce, sanctions],
      },
    },
  ],
};
