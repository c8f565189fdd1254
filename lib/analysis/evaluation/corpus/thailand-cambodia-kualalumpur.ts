import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Border ceasefire talks between Thailand and Cambodia hosted by Malaysia in Kuala Lumpur on Monday,
 * May 11, 2026, with a US State Department team attending as co-broker. The outlets agree on a
 * 13-point framework and a session of about two and a half hours; the Phnom Penh paper dates the
 * talks to Sunday, May 10.
 */

const kittisak: GoldPerson = {
  name: "Kittisak Boonyarit",
  aliases: ["Kittisak"],
  side: "thailand",
  delegation: "thailand",
};
const surasak: GoldPerson = {
  name: "Surasak Intharaphong",
  aliases: ["Surasak"],
  side: "thailand",
  delegation: "thailand",
};
const pimchanok: GoldPerson = {
  name: "Pimchanok Sirisuk",
  aliases: ["Pimchanok"],
  side: "thailand",
  delegation: "thailand",
};
const vireak: GoldPerson = { name: "Chhay Vireak", side: "cambodia", delegation: "cambodia" };
const sopheap: GoldPerson = { name: "Nhem Sopheap", side: "cambodia", delegation: "cambodia" };
const chandara: GoldPerson = { name: "Ly Chandara", side: "cambodia", delegation: "cambodia" };
const zulkarnain: GoldPerson = {
  name: "Zulkarnain Idris",
  aliases: ["Zulkarnain"],
  side: "malaysia",
  delegation: "malaysia",
};
const hafiz: GoldPerson = {
  name: "Hafiz Rosli",
  aliases: ["Hafiz"],
  side: "malaysia",
  delegation: "malaysia",
};
const lindqvist: GoldPerson = { name: "Rebecca Lindqvist", side: "us", delegation: "us" };
const castellano: GoldPerson = { name: "Warren Castellano", side: "us", delegation: "us" };
const thanakorn: GoldPerson = { name: "Thanakorn Siriwat", aliases: ["Thanakorn"], side: "thailand" };
const ratree: GoldPerson = { name: "Ratree Chanprasert", aliases: ["Ratree"], side: "thailand" };
const hemSothea: GoldPerson = { name: "Hem Sothea", side: "cambodia" };
const keoSothy: GoldPerson = { name: "Keo Sothy", side: "cambodia" };
const points = goldQuantity("plan.size", 13, 13, "point");
const twoAndAHalfHours = goldQuantity("meeting.duration", 2.5, 2.5, "hour");

export const THAILAND_CAMBODIA_KUALALUMPUR: GoldCluster = {
  id: "thailand-cambodia-kualalumpur",
  title: "Thailand–Cambodia border ceasefire talks in Kuala Lumpur",
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "thailand" },
    { delegation: "cambodia" },
    { delegation: "malaysia" },
    { delegation: "us" },
  ],
  sides: {
    thailand: ["thailand", "thai", "bangkok"],
    cambodia: ["cambodia", "cambodian", "phnom-penh"],
    malaysia: ["malaysia", "malaysian", "kuala-lumpur"],
  },
  articles: [
    {
      id: "thaicam-pacific-rim",
      title: "Thailand, Cambodia agree to shore up border truce at Malaysia-hosted talks",
      source: "Pacific Rim Wire",
      publishedAt: "2026-05-11",
      body: paragraphs(
        "KUALA LUMPUR, May 11 (PRW) — Thailand and Cambodia agreed on Monday to extend their border ceasefire and to work through a 13-point framework drafted by Malaysian and US officials, at talks in Kuala Lumpur that both sides described as difficult but useful.",
        "Thai Defence Minister Kittisak Boonyarit led his country's delegation, which included Lt. Gen. Surasak Intharaphong, commander of the Second Army Region, whose troops hold the disputed stretch of frontier. Cambodia's team was headed by Senior Minister Chhay Vireak. He was joined by Gen. Nhem Sopheap, deputy commander-in-chief of the Royal Cambodian Armed Forces.",
        "Malaysian Foreign Minister Zulkarnain Idris chaired the meeting. A State Department team led by Deputy Assistant Secretary of State Rebecca Lindqvist sat in as co-broker, the second time Washington has joined Malaysia in mediating between the two neighbours.",
        "The talks lasted two and a half hours, a Malaysian official said.",
        "The framework's 13 points include a demilitarised zone along three disputed sections of the 817-km border, an exchange of detained soldiers — 21 Cambodians held by Thailand and four Thai rangers held by Cambodia — and a joint team to clear landmines, according to a Malaysian summary of the text.",
        '"Neither side got everything it wanted today, which is usually a sign that the document is fair," Zulkarnain told reporters after the meeting.',
        'In Bangkok, Prime Minister Thanakorn Siriwat said Thailand "will not give up a single square metre" of its territory, but added that he did not want to see "soldiers and villagers die for lines on an old map."',
        "Fighting that flared along the border in February killed at least 38 people, most of them civilians, and forced more than 150,000 to flee their homes. The dispute dates back to French colonial maps drawn in 1907 and a 1962 International Court of Justice ruling that awarded the Preah Vihear temple to Cambodia.",
        "The two countries' general border committee will meet within two weeks to map the demilitarised zone, Lindqvist said.",
      ),
      gold: {
        people: [kittisak, surasak, vireak, sopheap, zulkarnain, lindqvist, thanakorn],
        talksDate: goldDay("2026-05-11"),
        quantities: [twoAndAHalfHours, points],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
        ],
      },
    },
    {
      id: "thaicam-chao-phraya",
      title: "Kittisak says Kuala Lumpur framework 'buys time' for border villages",
      source: "The Chao Phraya Times",
      publishedAt: "2026-05-12",
      body: paragraphs(
        'BANGKOK — Defence Minister Kittisak Boonyarit returned from Kuala Lumpur on Monday night saying the framework agreed there would "buy time" for villages along the border in Surin and Si Sa Ket, but warned that Thailand would judge Cambodia "by what happens on the ground, not by what is signed in a hotel."',
        "Mr. Kittisak, 63, a former air force chief, was flanked by Second Army Region commander Lt. Gen. Surasak Intharaphong and Pimchanok Sirisuk, the foreign ministry's director-general for East Asian affairs. Facing them during Monday's 150-minute session was a Cambodian delegation under Senior Minister Chhay Vireak.",
        "Malaysia's foreign minister, Zulkarnain Idris, was in the chair, with the American delegation, headed by Rebecca Lindqvist of the State Department, seated at his side.",
        "The framework runs to 13 points. Thai officials said the most important for Bangkok were the pull-back of heavy weapons into a demilitarised zone and the deployment of an ASEAN observer team, while the exchange of detained soldiers would follow once the zone had been mapped.",
        '"Our units will hold their current positions until the observers are in place. Nobody should read this as a withdrawal," army spokeswoman Col. Ratree Chanprasert told reporters at the Royal Thai Army headquarters in Bangkok on Tuesday.',
        'Worawut Saengthong, a security analyst at Chulalongkorn University, said the American presence gave both governments political cover at home. "Neither prime minister can be seen to give ground to the other. Giving ground to Washington and Kuala Lumpur is easier to sell," he said.',
        "The border provinces have paid a heavy price. Tourism revenue in Surin fell by about 40 percent in the first quarter, according to the provincial chamber of commerce, and some 4,000 families in Kantharalak district are still sleeping in temple halls and school gyms.",
        "Mr. Kittisak is due to brief the cabinet on Wednesday. Opposition lawmakers have demanded that the full text be tabled in parliament.",
      ),
      gold: {
        people: [
          kittisak,
          surasak,
          pimchanok,
          vireak,
          zulkarnain,
          lindqvist,
          ratree,
          { name: "Worawut Saengthong" },
        ],
        talksDate: goldDay("2026-05-11"),
        quantities: [goldQuantity("meeting.duration", 150, 150, "minute"), points],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
        ],
      },
    },
    {
      id: "thaicam-mekong",
      title: "Cambodia hails 'step forward' after Kuala Lumpur talks",
      source: "Mekong Morning Post",
      publishedAt: "2026-05-12",
      body: paragraphs(
        'PHNOM PENH — Cambodia\'s negotiators came home on Monday calling the ceasefire framework agreed at talks in Kuala Lumpur on Sunday, May 10, "a real step forward" for families living along the border.',
        "Senior Minister Chhay Vireak, who led the delegation, said Cambodia had secured its main demand: the return of 21 soldiers detained by Thai forces in February, in exchange for four Thai rangers held in Oddar Meanchey. The Cambodian team also comprised Gen. Nhem Sopheap and Ly Chandara, secretary of state for border affairs.",
        "Thailand's side was led by Defence Minister Kittisak Boonyarit. Malaysian Foreign Minister Zulkarnain Idris hosted the talks, and the US side was represented by Rebecca Lindqvist, a deputy assistant secretary of state.",
        "The talks lasted about two and a half hours. The framework contains 13 points, Mr. Vireak said, and both delegations have agreed that the existing ceasefire remains in force while they are implemented.",
        'Prime Minister Hem Sothea, writing on Facebook from Phnom Penh, thanked Malaysia and the United States and said Cambodia "has always chosen law over force."',
        '"The Thai side must now show good faith by releasing our soldiers without delay," defence ministry spokesman Lt. Gen. Keo Sothy told a news conference. He said the 21 men, the youngest of them 19, had been held for more than three months.',
        "In Oddar Meanchey, where 62 schools remain closed, the news was received cautiously. Many families have spent weeks in displacement camps near Samraong, relying on rice distributed by the Cambodian Red Cross.",
        "Cambodia has asked that the border dispute ultimately be referred to the International Court of Justice, a proposal Bangkok has rejected since 2025.",
        "Diplomats in Phnom Penh said the presence of the Americans had been important to Cambodia, which has long complained that bilateral talks with its larger neighbour leave it at a disadvantage. A Cambodian official said the next step would be a visit by the observers to the temple areas.",
      ),
      gold: {
        people: [vireak, sopheap, chandara, kittisak, zulkarnain, lindqvist, hemSothea, keoSothy],
        talksDate: goldDay("2026-05-10"),
        quantities: [twoAndAHalfHours, points],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
        ],
      },
    },
    {
      id: "thaicam-straits",
      title: "Malaysia-hosted talks keep Thai-Cambodian truce on track",
      source: "Straits Broadcasting Corporation",
      publishedAt: "2026-05-11",
      body: paragraphs(
        "Talks between Thailand and Cambodia in Kuala Lumpur on Monday ended with both sides endorsing a 13-point framework to shore up the ceasefire along their shared border, Malaysia's foreign ministry said.",
        "The talks brought together Thailand's Kittisak Boonyarit and Cambodia's Chhay Vireak, with Foreign Minister Zulkarnain Idris in the chair. Malaysian Armed Forces chief Gen. Hafiz Rosli, who is expected to lead an ASEAN observer team on the border, also sat in.",
        "The US side comprised Deputy Assistant Secretary of State Rebecca Lindqvist and Brig. Gen. Warren Castellano of US Indo-Pacific Command. It is the second time this year that American officials have joined a round of the talks.",
        "The meeting, held at a hotel near the Petronas Twin Towers, lasted more than two hours.",
        '"I spoke to Prime Minister Hem Sothea and Prime Minister Thanakorn Siriwat last night, and both told me the same thing: their people are tired of running," Zulkarnain said at a news conference afterwards.',
        "Under the framework, heavy weapons are to be withdrawn into a demilitarised zone whose boundaries will be drawn by the two countries' border committee. Gen. Hafiz said the observer team would number about 30 officers from six ASEAN member states.",
        'Farah Noordin, a senior fellow at the ISEAS–Yusof Ishak Institute in Singapore, said Malaysia\'s role had been decisive. "Kuala Lumpur has credibility with both capitals that nobody else in the region has. The Americans bring pressure; the Malaysians bring trust," she said.',
        "Malaysia, which chaired ASEAN in 2025, has pledged RM2 million in humanitarian aid for displaced families on both sides of the border.",
        "Border trade, worth about $4 billion a year before the fighting, remains largely frozen. Only two of the 16 permanent crossings between the two countries have reopened, and Thai fruit exporters say lorries are queuing for days at Aranyaprathet.",
        "The next round is expected in June.",
      ),
      gold: {
        people: [
          kittisak,
          vireak,
          zulkarnain,
          hafiz,
          lindqvist,
          castellano,
          hemSothea,
          thanakorn,
          { name: "Farah Noordin" },
        ],
        talksDate: goldDay("2026-05-11"),
        quantities: [goldQuantity("meeting.duration", 2, null, "hour", { minExclusive: true }), points],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "demilitarized-zone", stance: "proposed" },
        ],
      },
    },
    {
      id: "thaicam-asia-desk",
      title: "Thai, Cambodian officials extend ceasefire at Kuala Lumpur meeting",
      source: "Asia Desk Wire",
      publishedAt: null,
      body: paragraphs(
        "Thai and Cambodian officials met in Kuala Lumpur on Monday and agreed to extend a ceasefire along their disputed border, signing off on a thirteen-point framework that provides for the exchange of detained soldiers and a demilitarised zone.",
        "Kittisak Boonyarit, Thailand's defence minister, headed the Thai delegation. Across the table sat Chhay Vireak, the Cambodian senior minister, and his military adviser, Gen. Nhem Sopheap.",
        "Washington's delegation was led by Rebecca Lindqvist, a deputy assistant secretary of state for Southeast Asia. The host, Malaysian Foreign Minister Zulkarnain Idris, opened the two-and-a-half-hour meeting by asking both sides to observe a minute's silence for those killed in the fighting.",
        "At least 38 people were killed and more than 150,000 displaced when clashes broke out in February around the ancient temples of Ta Muen Thom and Ta Krabey, which both countries claim.",
        'A Thai army spokeswoman, Col. Ratree Chanprasert, said in Bangkok that troops had been ordered to "strictly observe" the ceasefire. Cambodian officials said they had recorded no violations since late March.',
        "The framework leaves the underlying territorial dispute untouched. Diplomats said that was deliberate: earlier attempts to settle the border line, including a 2000 memorandum of understanding on joint surveys, stalled for years.",
        "Aid agencies welcomed the agreement. The International Committee of the Red Cross said it was ready to help with the exchange of detained soldiers and to visit detainees on both sides.",
        "Landmines remain a major hazard. Thai officials say at least nine soldiers have lost limbs to newly laid mines since the truce, an accusation Phnom Penh denies, and the framework commits both sides to share minefield maps with the observers.",
        "A follow-up meeting of the two countries' general border committee is due before the end of the month.",
      ),
      gold: {
        people: [kittisak, vireak, sopheap, lindqvist, zulkarnain, ratree],
        talksDate: { start: null, end: null, parts: { weekday: 1 } },
        quantities: [twoAndAHalfHours, points],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
          { term: "demilitarized-zone", stance: "proposed" },
        ],
      },
    },
  ],
};
