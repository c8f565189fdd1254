import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between the Indonesian government and the United Liberation Movement for West Papua
 * (ULMWP) in Suva on Thursday, August 20, 2026, hosted by Fiji with a US observer team. The
 * mediators tabled a seven-point roadmap. The Jayapura Tribune names a ULMWP delegation with no
 * one in common with the other outlets.
 */

const wiratmaja: GoldPerson = {
  name: "Hendra Wiratmaja",
  side: "indonesia",
  delegation: "indonesia",
};
const kusumawardani: GoldPerson = {
  name: "Ratna Kusumawardani",
  side: "indonesia",
  delegation: "indonesia",
};
const sutrisno: GoldPerson = {
  name: "Bambang Sutrisno",
  side: "indonesia",
  delegation: "indonesia",
};
const rumaropen: GoldPerson = {
  name: "Yohana Rumaropen",
  side: "indonesia",
  delegation: "indonesia",
};
const prasetyo: GoldPerson = { name: "Adi Prasetyo", side: "indonesia" };
const inggamer: GoldPerson = {
  name: "Petrus Inggamer",
  side: "ulmwp",
  delegation: "ulmwp",
};
const wospakrik: GoldPerson = { name: "Martha Wospakrik", side: "ulmwp", delegation: "ulmwp" };
const hilapok: GoldPerson = { name: "Yonas Hilapok", side: "ulmwp", delegation: "ulmwp" };
const weya: GoldPerson = { name: "Agustinus Weya", side: "ulmwp", delegation: "ulmwp" };
const mirin: GoldPerson = { name: "Lukas Mirin", side: "ulmwp", delegation: "ulmwp" };
const kogoya: GoldPerson = { name: "Yeremias Kogoya", side: "tpnpb" };
const koroitamana: GoldPerson = {
  name: "Apisai Koroitamana",
  side: "fiji",
  delegation: "fiji",
};
const delai: GoldPerson = { name: "Losana Delai", side: "fiji", delegation: "fiji" };
const moorfield: GoldPerson = { name: "Catherine Moorfield", side: "us", delegation: "us" };
const okafor: GoldPerson = { name: "Daniel Okafor", side: "us", delegation: "us" };
const haskell: GoldPerson = { name: "Brian Haskell", side: "us", delegation: "us" };
const lindqvist: GoldPerson = { name: "Sarah Lindqvist", side: "us", delegation: "us" };
const tolliver: GoldPerson = { name: "Graham Tolliver", side: "us" };

const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;
const detainees = { term: "prisoner-exchange", stance: "proposed" } as const;
const thursday = goldDay("2026-08-20");

export const INDONESIA_PAPUA_SUVA: GoldCluster = {
  id: "indonesia-papua-suva",
  title: "Indonesia–West Papua talks in Suva",
  contradict: [{ delegation: "ulmwp" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "indonesia" },
    { delegation: "fiji" },
    { delegation: "us" },
    { term: "ceasefire" },
  ],
  sides: {
    indonesia: ["indonesia", "indonesian", "jakarta", "indonesian-government"],
    ulmwp: [
      "ulmwp",
      "united-liberation-movement-for-west-papua",
      "west-papua",
      "west-papuan",
      "papuan",
      "papua",
    ],
    fiji: ["fiji", "fijian", "suva"],
    tpnpb: ["tpnpb", "west-papua-national-liberation-army"],
  },
  articles: [
    {
      id: "indonesia-papua-suva-pw",
      title: "Indonesia and West Papuan movement hold marathon talks in Fiji",
      source: "Pacific Wire",
      publishedAt: null,
      body: paragraphs(
        "SUVA (PW) — Indonesia and the United Liberation Movement for West Papua sat down together on Thursday for the first formal talks in the six-decade conflict over Indonesia's easternmost provinces, a marathon 11-hour session in the Fijian capital that ended with both sides agreeing to study a seven-point roadmap put forward by the hosts.",
        "Hendra Wiratmaja, a deputy coordinating minister for political, legal and security affairs, led the Indonesian delegation. He was joined by Maj. Gen. Bambang Sutrisno, a former regional commander in Papua, whom several Papuan activists had urged Jakarta not to send.",
        "The ULMWP, an umbrella of independence groups founded in Vanuatu in 2014, was represented by its executive chairman, Petrus Inggamer, and by Martha Wospakrik, a lawyer who has documented killings in the highlands for Papuan church groups.",
        "Fiji's deputy prime minister, Apisai Koroitamana, chaired the session. Washington's special envoy for the Pacific Islands, Catherine Moorfield, headed a US observer team that also included Daniel Okafor, a deputy assistant secretary in the State Department's Bureau of East Asian and Pacific Affairs.",
        "The roadmap, according to a Fijian official, begins with a ceasefire in the central highlands, humanitarian corridors into the Nduga and Intan Jaya regencies, where aid groups estimate more than 60,000 people have fled their villages since 2018, and an exchange of detainees. It does not mention independence.",
        'In Jakarta, presidential spokesman Adi Prasetyo said the government had gone to Suva "to listen to Papuan voices within the framework of the unitary state," and that sovereignty "is not on any table, in Fiji or anywhere else."',
        'The armed wing that does most of the fighting, the West Papua National Liberation Army, known by its Indonesian initials TPNPB, was not invited. Its spokesman, Yeremias Kogoya, said in a video statement that the group would "watch, not obey."',
        "Papua, home to the Grasberg copper and gold mine, was incorporated into Indonesia after a 1969 UN-supervised vote of about 1,000 hand-picked elders that independence supporters reject.",
      ),
      gold: {
        people: [wiratmaja, sutrisno, inggamer, wospakrik, koroitamana, moorfield, okafor, prasetyo, kogoya],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [hours(11, 11), sevenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
    {
      id: "indonesia-papua-suva-post",
      title: "Suva talks end late with seven-point roadmap on the table",
      source: "Suva Daily Post",
      publishedAt: "2026-08-21",
      body: paragraphs(
        "Talks between Indonesia and West Papuan independence leaders ended late on Thursday at the Grand Pacific Hotel after nearly 11 hours, with Fiji's government saying both sides had accepted a roadmap of seven points as the basis for further meetings.",
        'Deputy Prime Minister Apisai Koroitamana, who chaired the talks with Losana Delai, the permanent secretary for foreign affairs, at his side, said the day had been "long, hard and, I believe, useful."',
        "The Indonesian team was led by Hendra Wiratmaja and his deputy Ratna Kusumawardani, a senior foreign ministry official who has handled Papua at the United Nations in Geneva. Across the table, Petrus Inggamer of the United Liberation Movement for West Papua, flanked by Martha Wospakrik and Yonas Hilapok, set out the movement's demands.",
        "The American delegation, headed by Catherine Moorfield, Washington's envoy to the Pacific Islands, sat at one end of the table. She was accompanied by Lt. Col. Brian Haskell, the defence attaché at the US embassy in Jakarta. Neither spoke to reporters.",
        "Outside the hotel, about 200 people, many of them students from Papua studying in Fiji, sang and waved the banned Morning Star flag throughout the afternoon. Police kept them across Victoria Parade.",
        '"For many Pacific people this is a question of Melanesian family," said Pita Ravulo, who coordinates a regional network of churches that has campaigned on West Papua for 20 years. "Fiji hosting these talks is a big thing for us."',
        "Fiji has sought to balance ties with Jakarta, which pledged about $25 million in development aid to the country last year, with pressure from church groups and from fellow members of the Melanesian Spearhead Group, where the ULMWP has observer status.",
        "The seven points, according to the Fijian side, include a ceasefire, access for aid agencies along humanitarian corridors in the highlands, and the release and exchange of detainees. A second round is expected in Suva in October.",
      ),
      gold: {
        people: [
          koroitamana,
          delai,
          wiratmaja,
          kusumawardani,
          inggamer,
          wospakrik,
          hilapok,
          moorfield,
          haskell,
          { name: "Pita Ravulo" },
        ],
        talksDate: thursday,
        quantities: [hours(11, 11), sevenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
    {
      id: "indonesia-papua-suva-pbn",
      title: "Indonesia, West Papuan leaders talk for more than ten hours in Fiji",
      source: "Pacific Broadcasting Network",
      publishedAt: "2026-08-20",
      body: paragraphs(
        "Indonesian officials and leaders of the West Papuan independence movement have ended more than ten hours of talks in Suva, the first time the two sides have met formally with international observers present.",
        "The talks on Thursday brought together Hendra Wiratmaja, the senior security official who heads Indonesia's delegation, and Petrus Inggamer, the chairman of the United Liberation Movement for West Papua. Mr. Inggamer was joined by Yonas Hilapok, who handles the movement's foreign relations.",
        'Jakarta\'s team also included Yohana Rumaropen, a Papuan-born official from the island of Biak who serves as a special adviser in the coordinating ministry. Her presence, an Indonesian diplomat said, was meant to show that "Papuans sit on both sides of this table." ULMWP supporters dismissed it as window dressing.',
        "Fiji's Deputy Prime Minister Apisai Koroitamana chaired. The US side — special envoy Catherine Moorfield; Daniel Okafor of the State Department; and Sarah Lindqvist, director for Southeast Asia at the National Security Council — observed from the end of the table and took no part in the drafting, officials said.",
        "The Fijian hosts have proposed a seven-point roadmap, beginning with a ceasefire in the highlands and humanitarian corridors for displaced villagers.",
        'In Washington, State Department spokesman Graham Tolliver said the United States "supports Indonesia\'s territorial integrity and supports dialogue," and would not take a position on the content of the roadmap.',
        "Fighting between Indonesian forces and the TPNPB rebels has intensified since 2023. Human rights groups say at least 90 civilians were killed last year, and a New Zealand pilot was held hostage for 19 months before his release in 2024.",
        "The delegations are due to leave Fiji on Friday.",
      ),
      gold: {
        people: [
          wiratmaja,
          inggamer,
          hilapok,
          rumaropen,
          koroitamana,
          moorfield,
          okafor,
          lindqvist,
          tolliver,
        ],
        talksDate: thursday,
        quantities: [hours(10, null, { minExclusive: true }), sevenPoints],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "indonesia-papua-suva-tribune",
      title: "Papuan delegation in Suva: 'We came to be counted'",
      source: "Jayapura Tribune",
      publishedAt: "2026-08-21",
      body: paragraphs(
        "JAYAPURA — The Papuan side at Thursday's talks in Fiji was represented by Agustinus Weya, a former civil servant from Wamena who now serves as the ULMWP's secretary for political affairs, and Lukas Mirin, a pastor from the Baptist church in the highlands, according to people in Jayapura who were briefed by the delegation.",
        "The two men faced a government team led by Hendra Wiratmaja of the coordinating ministry for political, legal and security affairs, which also included Maj. Gen. Bambang Sutrisno. The general commanded troops in the highlands in 2019, a period that Papuan rights groups associate with some of the worst abuses of the conflict.",
        '"We came to be counted, not to be told," Mr. Weya said in a message to supporters, describing 11 hours of talks. He said the Indonesian side had refused to discuss the withdrawal of troops deployed since 2018, which rights groups put at more than 20,000.',
        "Two US officials, the special envoy Catherine Moorfield and Daniel Okafor of the State Department, attended as observers. Mr. Mirin said the Americans had spoken only once, to ask both sides to keep talking.",
        "According to Mr. Weya, the hosts' roadmap has seven points, the first being a ceasefire in the highlands regencies. He said the movement would consult its members in Papua and in exile before responding.",
        'In Wamena, reaction was cautious. Yuliana Gwijangge, who fled Nduga with her four children in 2019 and has lived in a church compound ever since, said she had heard about the talks on the radio. "If there is a ceasefire, maybe we can go back to plant our gardens," she said.',
        "Jakarta has poured money into the region since it was split into six provinces in 2022, and officials point to new roads and a special autonomy fund worth about 8 trillion rupiah a year. Independence supporters say the spending has done little to change who holds power on the ground.",
        "The Tribune's requests for comment from the provincial government were not answered by Friday evening.",
      ),
      gold: {
        people: [weya, mirin, wiratmaja, sutrisno, moorfield, okafor, { name: "Yuliana Gwijangge" }],
        talksDate: thursday,
        quantities: [hours(11, 11), sevenPoints],
        terms: [ceasefire],
      },
    },
    {
      id: "indonesia-papua-suva-review",
      title: "Analysis: What Suva changed for West Papua, and what it did not",
      source: "Melanesia Review",
      publishedAt: "2026-08-24",
      body: paragraphs(
        "For half a century, Indonesia's position on West Papua has been that there is nothing to negotiate. Last Thursday in Suva, a deputy minister sat at a table with the movement Jakarta has long called separatist, in front of a Fijian chair and an American envoy. That is a change, even if neither side will call it one.",
        "The talks themselves were unglamorous. Hendra Wiratmaja, the Indonesian delegation head, read a prepared statement and spent most of the day letting Ratna Kusumawardani, the foreign ministry's Papua specialist, handle the detail. Petrus Inggamer, for the United Liberation Movement for West Papua, did the opposite: he talked, at length, about the dead.",
        "The Americans chose to be seen. Catherine Moorfield, the Pacific envoy, brought Lt. Col. Brian Haskell from the embassy in Jakarta, a choice that one Indonesian official read as a message about the security dimension of any deal. She said little in the room, according to two participants, but stayed until the end.",
        '"Washington has discovered that the Pacific Islands care about West Papua, and that China is watching who shows up," said Harold Wexley, a former US ambassador to Indonesia. "Sending an envoy costs very little. Leaving Fiji to carry this alone would cost more."',
        'The seven-point roadmap tabled by Apisai Koroitamana, Fiji\'s deputy prime minister, is carefully drafted to avoid the word independence. It offers a ceasefire, humanitarian corridors and a detainee exchange, and puts everything political into a final point on "continued dialogue."',
        '"The roadmap is a ceasefire plan with a diplomatic cover," said Meredith Kaye, who researches Indonesian security policy at the Lowy Institute in Sydney. "That is not an insult. Ceasefires are where most peace processes start."',
        "Jakarta will point out that nothing in Suva touches sovereignty, and it is right. But the movement got something it has sought since 2014: a seat opposite Indonesian officials with foreign governments in the room. The next round, planned for October, will show whether either side wants more than that.",
      ),
      gold: {
        people: [
          wiratmaja,
          kusumawardani,
          inggamer,
          moorfield,
          haskell,
          { name: "Harold Wexley" },
          koroitamana,
          { name: "Meredith Kaye" },
        ],
        talksDate: thursday,
        quantities: [sevenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
  ],
};
