import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Lebanon and Syria negotiate border security and detainees in Jeddah on Tuesday, March 10,
 * 2026, hosted by Saudi Arabia with a US envoy co-mediating. The Damascus paper dates the
 * session to Monday, March 9.
 */

const abiNader: GoldPerson = {
  name: "Fadi Abi Nader",
  aliases: ["Mr. Abi Nader", "Abi Nader"],
  side: "lebanon",
  delegation: "lebanon",
};
const rahme: GoldPerson = {
  name: "Ziad Rahme",
  aliases: ["Gen. Rahme"],
  side: "lebanon",
  delegation: "lebanon",
};
const sfeir: GoldPerson = {
  name: "Joumana Sfeir",
  aliases: ["Ms. Sfeir"],
  side: "lebanon",
  delegation: "lebanon",
};
const hamwi: GoldPerson = {
  name: "Omar al-Hamwi",
  aliases: ["Mr. al-Hamwi", "Hamwi"],
  side: "syria",
  delegation: "syria",
};
const qaddour: GoldPerson = {
  name: "Anas Qaddour",
  aliases: ["Gen. Qaddour"],
  side: "syria",
  delegation: "syria",
};
const sabbagh: GoldPerson = { name: "Rami Sabbagh", side: "syria", delegation: "syria" };
const ruwaili: GoldPerson = {
  name: "Khalid al-Ruwaili",
  aliases: ["Mr. al-Ruwaili", "Ruwaili"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const kerrigan: GoldPerson = {
  name: "Thomas Kerrigan",
  aliases: ["Mr. Kerrigan"],
  side: "us",
  delegation: "us",
};
const ruiz: GoldPerson = { name: "Alana Ruiz", aliases: ["Ms. Ruiz"], side: "us", delegation: "us" };
const karam: GoldPerson = { name: "Walid Karam", side: "lebanon" };
const dakkak: GoldPerson = { name: "Yamen Dakkak", side: "syria" };
const jaber: GoldPerson = { name: "Hussein Jaber", side: "hezbollah" };

const terms = [
  { term: "demilitarized-zone", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const LEBANON_SYRIA_JEDDAH: GoldCluster = {
  id: "lebanon-syria-jeddah",
  title: "Lebanon and Syria border talks in Jeddah",
  sides: {
    lebanon: ["lebanon", "lebanese", "beirut"],
    syria: ["syria", "syrian", "damascus"],
    hezbollah: ["hezbollah"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "lebanon" },
    { delegation: "syria" },
    { delegation: "saudi-arabia" },
    { delegation: "us" },
    { term: "demilitarized-zone" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "lebanon-syria-jeddah-gulf",
      title: "Lebanon, Syria agree to keep talking after marathon Jeddah session",
      source: "Gulf Newswire",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "JEDDAH, March 10 (GNW) — Lebanese and Syrian officials held a marathon 11-hour session in Jeddah on Tuesday aimed at calming their volatile border, discussing a seven-point security memorandum drafted by Saudi and American mediators.",
        "Lebanon's Defence Minister Fadi Abi Nader led his country's delegation, which included Brig. Gen. Ziad Rahme, head of army intelligence, and Joumana Sfeir, the prime minister's adviser on border affairs. The Syrian delegation was headed by Defence Minister Omar al-Hamwi.",
        "The talks were hosted by Khalid al-Ruwaili, Saudi Arabia's minister of state for foreign affairs, and co-chaired by Washington's special envoy for Syria and Lebanon, Thomas Kerrigan.",
        "According to a draft seen by Gulf Newswire, the memorandum would create a strip on both sides of the frontier free of heavy weapons, set up a joint coordination room staffed by both armies, and lay the groundwork for a prisoner exchange covering Syrians held in Lebanese jails and Lebanese who disappeared in Syria.",
        '"Tonight we have a text both delegations are willing to take home," Mr. al-Ruwaili told reporters shortly before midnight. "That is a beginning."',
        'Mr. Abi Nader said Lebanon wanted "a border that is a line between two states, not a playground for smugglers."',
        'In Damascus, foreign ministry spokesman Yamen Dakkak said Syria had approached the talks "with the openness of a new state that wants good neighbours."',
        "Clashes along the northern stretch of the border near Hermel killed at least 10 people last year before a truce brokered by Riyadh. Lebanese authorities estimate that some 2,000 Syrians are held in the country's prisons, around a third of the inmates of the overcrowded Roumieh jail.",
        "Saudi Arabia has pledged $500 million in support for the Lebanese army over three years, a package diplomats say is linked to progress on the border.",
      ),
      gold: {
        people: [abiNader, rahme, sfeir, hamwi, ruwaili, kerrigan, dakkak],
        talksDate: goldDay("2026-03-10"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
    {
      id: "lebanon-syria-jeddah-levant",
      title: "Syrian and Lebanese defence chiefs weigh buffer strip, detainee swap",
      source: "Levant Wire Service",
      publishedAt: null,
      body: paragraphs(
        "The defence ministers of Lebanon and Syria met in the Saudi city of Jeddah on March 10 for their first formal negotiations since the change of government in Damascus in December 2024, in talks that lasted more than 10 hours and ended with an agreement to meet again.",
        "Across the table from Lebanon's Fadi Abi Nader sat Omar al-Hamwi, accompanied by Maj. Gen. Anas Qaddour, the commander of Syria's border guards, and Rami Sabbagh, a legal adviser at the Syrian foreign ministry.",
        "The American delegation, headed by Thomas Kerrigan, the US special envoy, included Alana Ruiz, deputy assistant secretary of state for Levant affairs. Saudi Minister of State Khalid al-Ruwaili chaired the meeting.",
        "Participants said the discussion centred on a proposed demilitarized strip along the frontier, roughly five kilometres deep on each side, and on a prisoner exchange that Damascus has sought since early last year.",
        "Gen. Qaddour presented maps of smuggling routes through the mountains north of Qusayr, one participant said, and argued that only a joint patrol mechanism could stop weapons and drugs crossing into Lebanon.",
        'The Lebanese side has been under pressure at home. Hezbollah lawmaker Hussein Jaber said on the eve of the talks that no agreement should "touch the resistance" or the villages of the Bekaa, where many families have relatives on both sides of the border.',
        "Fears in Lebanon of a new refugee wave have eased somewhat; the UN refugee agency says about 400,000 Syrians have returned home from Lebanon since December 2024, though more than one million remain.",
        "A second round is expected in April, possibly in Riyadh.",
      ),
      gold: {
        people: [abiNader, hamwi, qaddour, sabbagh, kerrigan, ruiz, ruwaili, jaber],
        talksDate: { start: null, end: null, parts: { month: 3, day: 10 } },
        quantities: [hours(10, null, { minExclusive: true })],
        terms,
      },
    },
    {
      id: "lebanon-syria-jeddah-live",
      title: "Live: Lebanon-Syria talks in Jeddah",
      source: "Beirut Now",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "10:00 — Today's talks between Lebanon and Syria have begun at a Saudi government palace on the Jeddah corniche. We'll bring you updates throughout the day.",
        "10:25 — Who is in the room: Defence Minister Fadi Abi Nader for Lebanon, with army intelligence chief Ziad Rahme; Defence Minister Omar al-Hamwi for Syria, with border guard commander Anas Qaddour. Host Khalid al-Ruwaili is chairing.",
        "11:40 — The US side is in the room too. Thomas Kerrigan, Washington's envoy, and his deputy Alana Ruiz arrived with the Saudi host, according to our correspondent.",
        "13:15 — A Lebanese source says the mediators have tabled a seven-point memorandum. Point three, the source says, proposes a demilitarized zone along the border.",
        '15:30 — Prime Minister Walid Karam, speaking in Beirut, says the government will "not accept any arrangement that is not fully sovereign and fully Lebanese."',
        "17:05 — Still going. Syrian officials want a prisoner exchange to be part of the first package; Lebanon wants it tied to information about Lebanese missing in Syria since the 1980s.",
        '18:40 — "My cousin Ahmad Zoaiter was killed at the river in March last year and nobody has answered for it," a farmer in the border village of Qasr tells our reporter by phone. "Let them draw their lines. We want to farm."',
        "21:10 — The session has ended after 11 hours. Mr. al-Ruwaili says both delegations will return to their capitals to consult on the text.",
        '21:30 — Ms. Ruiz and Mr. Kerrigan left without speaking to reporters. A State Department statement issued later praised "the seriousness both delegations showed."',
        "21:45 — That's all from Jeddah tonight.",
      ),
      gold: {
        people: [abiNader, rahme, hamwi, qaddour, ruwaili, kerrigan, ruiz, karam],
        talksDate: goldDay("2026-03-10"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
    {
      id: "lebanon-syria-jeddah-cedar",
      title: "Explainer: Why a border deal with Syria matters for Lebanon",
      source: "The Cedar Review",
      publishedAt: "2026-03-13",
      body: paragraphs(
        "Lebanon and Syria share a border of roughly 375 kilometres that has never been fully demarcated. For decades that suited Damascus, which treated Lebanon as its backyard. Tuesday's talks in Jeddah were an attempt to change that.",
        "What happened in Jeddah? Lebanon's defence minister, Fadi Abi Nader, and his deputy negotiator Joumana Sfeir spent 11 hours with a Syrian delegation led by Omar al-Hamwi. Saudi Arabia hosted, through its minister of state Khalid al-Ruwaili, and the United States co-mediated: Thomas Kerrigan, the special envoy, was at the table throughout.",
        "What is on the table? A memorandum of seven points. The most important would create a demilitarized zone on both sides of the frontier, monitored by a joint committee. Another provides for a prisoner exchange, with Syrians held in Lebanon transferred home and Damascus opening its files on Lebanese who went missing during its 29-year military presence, which ended in 2005.",
        "Why now? The new authorities in Damascus want recognition and investment, and Riyadh has made clear that reconstruction money depends on stable borders. Lebanon, meanwhile, cannot rebuild its army without Gulf money.",
        'Who is against it? Hezbollah, whose supply lines ran through Syria for years, has been cautious. "We are not against borders, we are against borders drawn in other people\'s capitals," said Hussein Jaber, one of its lawmakers.',
        'What happens next? Both delegations have taken the text home. Nadine Arbid, a researcher at the Issam Fares Institute in Beirut, expects a second round within weeks. "The hard part is not the text," she said. "The hard part is the Bekaa."',
        "What would success look like? Fewer smugglers, fewer clashes, and, for the first time since independence in 1943, a border both states agree on.",
      ),
      gold: {
        people: [abiNader, sfeir, hamwi, ruwaili, kerrigan, jaber, { name: "Nadine Arbid" }],
        talksDate: goldDay("2026-03-10"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
    {
      id: "lebanon-syria-jeddah-damascus",
      title: "Hamwi: Jeddah talks opened 'a new page' with Beirut",
      source: "Damascus Daily Dispatch",
      publishedAt: "2026-03-11",
      body: paragraphs(
        'DAMASCUS — Defence Minister Omar al-Hamwi returned from Saudi Arabia on Wednesday saying the talks with Lebanon in Jeddah on Monday, March 9, had opened "a new page" between the two countries.',
        "Mr. al-Hamwi and his deputy, Maj. Gen. Anas Qaddour, negotiated for nearly 11 hours with the Lebanese delegation under Defence Minister Fadi Abi Nader, in a session hosted by the Saudi minister of state Khalid al-Ruwaili.",
        'Rami Sabbagh, who accompanied the minister as legal adviser, told the Dispatch that the Syrian side had accepted the principle of a demilitarized zone "on condition that it applies equally on both sides."',
        "The seven-point memorandum under discussion also includes a prisoner exchange. Damascus says more than 2,000 Syrians are held in Lebanese prisons, many without trial.",
        "The US special envoy Thomas Kerrigan, who co-mediated the talks, met Mr. al-Hamwi on the sidelines, according to the ministry.",
        'Yamen Dakkak, the foreign ministry spokesman, said Syria hoped to conclude an agreement "before the summer" and to begin demarcation work with Saudi technical support.',
        "Syria's new authorities have worked to rebuild ties with their Arab neighbours, and Saudi Arabia has become their most important backer. Riyadh hosted a donors' meeting in January at which Gulf states pledged $2.3 billion for reconstruction, much of it conditional on security along Syria's borders.",
        "The border has been a source of tension since the change of government in Damascus in December 2024. Syrian officials accuse Lebanese armed groups of protecting smuggling networks that move fuel, cigarettes and captagon, a trade estimated at several billion dollars a year.",
        "Officials in Damascus said a second round would take place in the coming weeks and that both delegations had agreed not to brief the media on the details of the text before then.",
      ),
      gold: {
        people: [hamwi, qaddour, abiNader, ruwaili, sabbagh, kerrigan, dakkak],
        talksDate: goldDay("2026-03-09"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
  ],
};
