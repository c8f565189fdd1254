import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Chinese-mediated talks in Kunming between Myanmar's military government and the Ta'ang
 * National Liberation Army on Saturday and Sunday, February 28 – March 1, 2026. The state-run
 * Naypyitaw Herald counts eight points in the agreement where the others count seven; Shan
 * Frontier News reports a one-day meeting on the Sunday where the others report two days.
 */

const kyawZeyaHtun: GoldPerson = {
  name: "Kyaw Zeya Htun",
  side: "myanmar-military",
  delegation: "myanmar-military",
};
const soeMinNaing: GoldPerson = {
  name: "Soe Min Naing",
  side: "myanmar-military",
  delegation: "myanmar-military",
};
const tarKyawLwin: GoldPerson = { name: "Tar Kyaw Lwin", side: "tnla", delegation: "tnla" };
const maiHsamHkun: GoldPerson = { name: "Mai Hsam Hkun", side: "tnla", delegation: "tnla" };
const liang: GoldPerson = {
  name: "Liang Wenzhong",
  aliases: ["Liang"],
  side: "china",
  delegation: "china",
};
const weekend = goldDay("2026-02-28", "2026-03-01");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const bufferZone = { term: "demilitarized-zone", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;

export const MYANMAR_KUNMING: GoldCluster = {
  id: "myanmar-kunming",
  title: "Myanmar junta–TNLA talks in Kunming",
  contradict: [{ slot: "plan.size" }, { slot: "meeting.duration" }],
  consistent: [
    { slot: "meeting.date" },
    { delegation: "myanmar-military" },
    { delegation: "tnla" },
    { delegation: "china" },
    { term: "ceasefire", aliases: ["truce"] },
    { term: "demilitarized-zone", aliases: ["buffer-zone", "demilitarised-zone"] },
    { term: "prisoner-exchange", aliases: ["prisoner-release", "prisoner-swap"] },
  ],
  sides: {
    "myanmar-military": [
      "myanmar-military",
      "military",
      "junta",
      "myanmar-junta",
      "tatmadaw",
      "myanmar",
      "myanmar-army",
      "sac",
      "nspnc",
      "naypyitaw",
      "naypyidaw",
    ],
    tnla: ["tnla", "ta-ang", "taang", "ta-ang-national-liberation-army", "taang-national-liberation-army"],
    nug: ["nug", "national-unity-government"],
  },
  articles: [
    {
      id: "myanmar-mna",
      title: "Myanmar junta, Ta'ang rebels agree to extend truce after Kunming talks",
      source: "Mekong News Agency",
      publishedAt: "2026-03-02",
      body: paragraphs(
        "KUNMING, China, March 2 (MNA) — Myanmar's military government and the Ta'ang National Liberation Army agreed to extend a ceasefire in northern Shan State after two days of Chinese-mediated talks that ended late on Sunday, according to a statement from China's foreign ministry and people familiar with the meetings.",
        "The seven-point arrangement, drafted by Chinese mediators, commits both sides to halt offensive operations, keep troops out of a strip along the highway linking Mandalay to the Chinese border, and release prisoners taken during fighting last year. It also provides for the reopening of trade gates, a long-standing demand of Beijing.",
        "The military's delegation was headed by Lt. Gen. Kyaw Zeya Htun, a senior member of the junta's peace negotiation committee. The TNLA, one of the ethnic armed groups that seized large parts of northern Shan in a 2023 offensive, sent its general secretary, Tar Kyaw Lwin, and Mai Hsam Hkun, who handles the group's foreign relations.",
        "China's special envoy for Asian affairs, Liang Wenzhong, chaired the sessions. Beijing has brokered a series of such meetings in Kunming since early 2024, pressing both sides to keep fighting away from its border and from Chinese-funded projects.",
        'In Naypyitaw, junta spokesman Brig. Gen. Aung Thu Rein said the military was "always open to peace with groups that respect the law," and credited China for its "constructive role." He did not say whether troops would be pulled back from the towns around Mogok, which the TNLA handed back to the army last year under an earlier Chinese-brokered deal.',
        "The TNLA did not immediately comment.",
        "Previous truces in northern Shan have broken down within weeks. A ceasefire agreed in Kunming in January 2024 collapsed in June of that year, when the TNLA and allied groups resumed their offensive and captured the town of Lashio.",
        "A follow-up meeting is expected within a month, the people said.",
      ),
      gold: {
        people: [
          kyawZeyaHtun,
          tarKyawLwin,
          maiHsamHkun,
          liang,
          { name: "Aung Thu Rein", side: "myanmar-military" },
        ],
        talksDate: weekend,
        quantities: [twoDays, sevenPoints],
        terms: [ceasefire, bufferZone, prisoners],
      },
    },
    {
      id: "myanmar-naypyitaw-herald",
      title: "NSPNC delegation holds peace talks with TNLA in Kunming",
      source: "The Naypyitaw Herald",
      publishedAt: "2026-03-02",
      body: paragraphs(
        "NAY PYI TAW, 2 March — The delegation of the National Solidarity and Peacemaking Negotiation Committee (NSPNC), led by Lt-Gen Kyaw Zeya Htun, held peace talks with the delegation of the Ta'ang National Liberation Army (TNLA) in Kunming, Yunnan Province, the People's Republic of China, on 28 February and 1 March, with the assistance of the Chinese government.",
        "The talks were also attended by NSPNC members Maj-Gen Soe Min Naing and U Thet Naing Oo. The TNLA delegation was led by Tar Kyaw Lwin.",
        "Mr Liang Wenzhong, Special Envoy for Asian Affairs of the Ministry of Foreign Affairs of the People's Republic of China, and Mr Zhou Hailin, Vice Governor of Yunnan Province, attended the talks as representatives of the host country.",
        "During the two-day talks, both sides discussed matters relating to the maintenance of the temporary ceasefire, the release of detained persons, the reopening of border trade routes and the security of the Mandalay-Lashio-Muse Union Highway, and reached an eight-point agreement.",
        "The NSPNC delegation explained the efforts of the State Security and Peace Commission for eternal peace, and urged the TNLA to cooperate with the electoral process so that the remaining constituencies in northern Shan State can hold polls.",
        "The Tatmadaw will continue to strive for lasting peace through political means in accordance with the law, while taking necessary security measures against those who harm the stability of the State and the rule of law, the statement said.",
        "The Chinese side reaffirmed its support for peace and stability in Myanmar and its border areas, and expressed its readiness to continue to facilitate the talks. Both sides agreed to hold the next round of talks at a mutually convenient time.",
        "The NSPNC has held talks with several ethnic armed organizations since its formation, in line with the Union's commitment to national reconciliation.",
      ),
      gold: {
        people: [
          kyawZeyaHtun,
          soeMinNaing,
          {
            name: "Thet Naing Oo",
            aliases: ["U Thet Naing Oo"],
            side: "myanmar-military",
            delegation: "myanmar-military",
          },
          tarKyawLwin,
          liang,
          { name: "Zhou Hailin", side: "china", delegation: "china" },
        ],
        talksDate: weekend,
        quantities: [twoDays, goldQuantity("plan.size", 8, 8, "point")],
        terms: [ceasefire, prisoners, { term: "elections", stance: "proposed" }],
      },
    },
    {
      id: "myanmar-shan-frontier",
      title: "TNLA: Kunming deal keeps army out of Ta'ang areas, for now",
      source: "Shan Frontier News",
      publishedAt: null,
      body: paragraphs(
        "Ta'ang fighters will stay in their positions and the regime's troops will stay out of the hills around Namhsan and Mantong under a seven-point arrangement reached at a one-day meeting in Kunming on Sunday, a TNLA spokeswoman said.",
        '"Our general secretary told them clearly that we will not hand over any more towns," Lway Nang Seng told Shan Frontier News by phone, referring to Tar Kyaw Lwin, who led the Ta\'ang side. "Tar Kyaw Lwin said the people here have already paid enough. The Chinese side understood this."',
        "The TNLA negotiators, who also included Mai Hsam Hkun, faced a military delegation headed by Lt-Gen Kyaw Zeya Htun. Chinese officials mediated. According to Lway Nang Seng, the agreement includes a zone along the main road that neither side's troops will enter, and a joint line of communication to report incidents.",
        "She said the group had not agreed to any new withdrawals and that the question of the ruby-mining town of Mogok, which the TNLA gave up last year under pressure from Beijing, had not been reopened.",
        'Residents in Namhsan said they welcomed any pause in air strikes, which have killed dozens of civilians in Ta\'ang areas since the start of the year. "We hear about agreements in Kunming, and then the planes come anyway," said a schoolteacher who asked not to be named.',
        'The National Unity Government, the shadow administration formed by ousted lawmakers, criticised the talks. "China is helping the junta divide the resistance one group at a time," said Khin Mya Thwe, a spokeswoman for the NUG. "A ceasefire with one group frees troops to bomb another."',
        "The TNLA has signed several truces with the military since 2024, all brokered by China, and each has frayed. Fighting between the two sides has been limited since the group's withdrawal from Mogok, but clashes continue along the edges of the territory it controls.",
      ),
      gold: {
        people: [
          { name: "Lway Nang Seng", side: "tnla" },
          tarKyawLwin,
          maiHsamHkun,
          kyawZeyaHtun,
          { name: "Khin Mya Thwe", side: "nug" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 0 } },
        quantities: [goldQuantity("meeting.duration", 1, 1, "day"), sevenPoints],
        terms: [ceasefire, bufferZone],
      },
    },
    {
      id: "myanmar-bay-of-bengal",
      title: "Beijing's ceasefire machine: why the Kunming deals keep coming, and keep failing",
      source: "Bay of Bengal Review",
      publishedAt: "2026-03-06",
      body: paragraphs(
        "China has become very good at one thing in Myanmar: getting the generals and the armed groups on its border into the same room. Last weekend's talks in Kunming, between the military regime and the Ta'ang National Liberation Army, were the latest example. Whether Beijing is any good at making those agreements last is a different matter.",
        "The outline is familiar. Over two days, Liang Wenzhong, China's special envoy, walked the two delegations through a seven-point text. The regime's team, under Lt. Gen. Kyaw Zeya Htun and with Maj. Gen. Soe Min Naing at his side, wanted guarantees for the highway to the Chinese border. The TNLA's Tar Kyaw Lwin wanted the air strikes to stop. Both got something on paper: a freeze on offensives, a troop-free strip along the road, a promise to exchange prisoners.",
        "None of this is new. The Kunming talks of January 2024 produced a similar truce, which lasted until the summer. Another round in late 2024 ended with the TNLA giving up the town of Mogok under heavy Chinese pressure, including the closure of border crossings that Ta'ang areas depend on for food and fuel.",
        '"Beijing\'s aim is not peace in Myanmar. It is quiet on its border and open trade routes," said Ingrid Solberg, who studies Chinese diplomacy in Southeast Asia at a Bangkok research institute. "When those interests line up with a ceasefire, you get a ceasefire."',
        "For the regime, the arrangement frees up troops for other fronts, notably against resistance forces in the central dry zone. For the TNLA, it buys time to consolidate control of the territory it still holds, and to rebuild after two years of war.",
        "What neither side has is a reason to trust the other. Both will watch the highway, and each other, closely in the coming weeks.",
      ),
      gold: {
        people: [liang, kyawZeyaHtun, soeMinNaing, tarKyawLwin, { name: "Ingrid Solberg" }],
        talksDate: weekend,
        quantities: [twoDays, sevenPoints],
        terms: [ceasefire, bufferZone, prisoners],
      },
    },
  ],
};
