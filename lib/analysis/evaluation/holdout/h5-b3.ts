import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Border-security talks between Afghanistan's Taliban administration and Tajikistan in
 * Tashkent on Saturday and Sunday, May 16-17, 2026, chaired by Uzbekistan with a Chinese
 * envoy observing, after deadly clashes along the Panj River. One Tajik outlet names an
 * entirely different Afghan delegation from the one the other outlets report.
 */

const afg = "afghanistan";
const saberi: GoldPerson = { name: "Nurullah Saberi", side: afg, delegation: afg };
const mohammadi: GoldPerson = { name: "Fazlullah Mohammadi", side: afg, delegation: afg };
const nurmatov: GoldPerson = { name: "Dilshod Nurmatov", side: "tajikistan", delegation: "tajikistan" };
const kholov: GoldPerson = { name: "Saidali Kholov", side: "tajikistan", delegation: "tajikistan" };
const ismoilova: GoldPerson = {
  name: "Parvina Ismoilova",
  side: "tajikistan",
  delegation: "tajikistan",
};
const yuldashev: GoldPerson = { name: "Bakhrom Yuldashev", side: "uzbekistan", delegation: "uzbekistan" };
const liu: GoldPerson = { name: "Liu Zhenbang", aliases: ["Liu"], side: "china", delegation: "china" };
const sharifi: GoldPerson = { name: "Hamidullah Sharifi", side: afg };
const ergasheva: GoldPerson = { name: "Nodira Ergasheva" };

const days = (n: number) => goldQuantity("meeting.duration", n, n, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const terms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "demilitarized-zone", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;
const weekend = goldDay("2026-05-16", "2026-05-17");

export const H5_B3: GoldCluster = {
  id: "afghanistan-tajikistan-tashkent",
  title: "Afghanistan–Tajikistan border talks in Tashkent",
  sides: {
    afghanistan: ["afghanistan", "afghan", "taliban", "kabul", "islamic-emirate"],
  },
  contradict: [{ delegation: afg }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "tajikistan" },
    { delegation: "uzbekistan" },
    { delegation: "china" },
  ],
  articles: [
    {
      id: "afghanistan-tajikistan-tashkent-ews",
      title: "Afghan, Tajik officials agree border protocol after Tashkent talks",
      source: "Eurasia Wire Service",
      publishedAt: "2026-05-17",
      body: paragraphs(
        "TASHKENT, May 17 (EWS) — Officials from Afghanistan's Taliban administration and Tajikistan initialled a nine-point border protocol on Sunday at the end of two days of talks in the Uzbek capital, aimed at stopping the clashes that have killed soldiers on both sides of the Panj River since March.",
        "The Afghan delegation was led by Nurullah Saberi, the Taliban's deputy interior minister, and included Qari Fazlullah Mohammadi, who commands border forces in the north-eastern provinces. Tajikistan's delegation, headed by First Deputy Foreign Minister Dilshod Nurmatov, included Major General Saidali Kholov of the border troops.",
        "Uzbekistan's deputy foreign minister, Bakhrom Yuldashev, chaired both days of the talks. China's special envoy for Afghan affairs, Liu Zhenbang, attended as an observer.",
        "Under the protocol, the two sides would observe a ceasefire along the entire border, pull heavy weapons back to create a demilitarized strip three kilometres deep on each bank, and exchange detainees: 11 Tajik border guards held in Badakhshan and seven Afghans held in Dushanbe.",
        '"The border is long, the river is fast, and mistakes happen. Now we have telephones and a procedure," Nurmatov told reporters after the closing session.',
        'In Kabul, Taliban spokesman Hamidullah Sharifi said the administration was "committed to good neighbourliness" and that Afghan territory would not be used against any country.',
        "The frontier runs for some 1,340 kilometres, much of it through mountains. Clashes near the district of Darvoz in March killed nine Tajik border guards, and an attack on a gold-mining camp in Khatlon province in April killed three Chinese workers, prompting Beijing to press both governments for talks.",
        "Tajikistan, which does not recognise the Taliban government, described the meeting as a technical consultation on border security. The protocol still has to be approved in Kabul and Dushanbe.",
      ),
      gold: {
        people: [saberi, mohammadi, nurmatov, kholov, yuldashev, liu, sharifi],
        talksDate: weekend,
        quantities: [days(2), points(9)],
        terms,
      },
    },
    {
      id: "afghanistan-tajikistan-tashkent-crossroads",
      title: "Taliban and Tajikistan close border talks in Uzbekistan",
      source: "Crossroads Wire",
      publishedAt: null,
      body: paragraphs(
        "Talks between Afghanistan's Taliban authorities and Tajikistan ended in Tashkent on Sunday with a draft agreement to calm their volatile shared border, after two days of talks hosted by Uzbekistan.",
        "Tajikistan's team comprised Dilshod Nurmatov, the first deputy foreign minister; Saidali Kholov, a general in the border troops; and Parvina Ismoilova, a deputy interior minister. The Afghan side was led by Nurullah Saberi. Fazlullah Mohammadi, a former Taliban field commander who now runs the border brigades in Takhar and Badakhshan, sat beside him.",
        "Uzbekistan was represented by Deputy Foreign Minister Bakhrom Yuldashev, who has spent months shuttling between the two capitals.",
        "The draft, a nine-point document, provides for a ceasefire, a demilitarized zone on both banks of the river, a hotline between border commanders, and a prisoner exchange. It also commits Kabul to act against armed groups using Afghan territory, a key Tajik demand.",
        'In Dushanbe, foreign ministry spokeswoman Zarina Qodirova said the agreement would be examined "carefully and without illusions," and stressed that the talks did not amount to recognition of the Taliban government.',
        "Relations between Dushanbe and the Taliban have been the coldest of any of Afghanistan's neighbours since the Taliban returned to power in August 2021. Tajikistan has hosted exiled opponents of the movement, and the Taliban have accused it of harbouring armed groups.",
        "At least 23 people have been killed in incidents along the border this year, according to a tally by the United Nations Assistance Mission in Afghanistan, UNAMA.",
        "Diplomats in Tashkent said the two sides had agreed to meet again in Termez, on the Uzbek side of the Amu Darya, within three months.",
      ),
      gold: {
        people: [
          nurmatov,
          kholov,
          ismoilova,
          saberi,
          mohammadi,
          yuldashev,
          { name: "Zarina Qodirova", side: "tajikistan" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 0 } },
        quantities: [days(2), points(9)],
        terms,
      },
    },
    {
      id: "afghanistan-tajikistan-tashkent-pamir",
      title: "Tashkent talks: the Taliban send their deputy defence minister",
      source: "Pamir Herald",
      publishedAt: "2026-05-18",
      body: paragraphs(
        "DUSHANBE — Tajik and Afghan officials meeting in Tashkent over the weekend agreed on a nine-point document meant to prevent further bloodshed on the Panj, but in the border villages of Darvoz and Shamsiddin Shohin, few people expect it to change much.",
        "The Taliban sent Mullah Ahmadullah Wardak, their deputy defence minister, to lead the Afghan delegation. He was accompanied by Mawlawi Sher Mohammad Zadran, a commander from Badakhshan whose units face the Tajik posts across the river, according to two Tajik officials.",
        "Tajikistan was represented by First Deputy Foreign Minister Dilshod Nurmatov and the border troops' General Saidali Kholov. The meeting, which ran over two days, was chaired by Uzbekistan's Bakhrom Yuldashev.",
        "The document includes a ceasefire, a demilitarized zone along both banks and a prisoner exchange that would bring home 11 Tajik border guards. Their families have waited more than two months for news.",
        '"They took my nephew Firuz Saidov from the riverbank in March, with the others from his post," said Sulaimon Rajabov, 58, a farmer in Darvoz. "If Tashkent brings him back, good. If not, what was it for?"',
        "Officials in Dushanbe are careful to describe the contacts as technical. Tajikistan is the only Central Asian state that has not sent an ambassador to Kabul since 2021, and its long-standing support for the anti-Taliban resistance has not formally changed.",
        "The economics of the border matter too. Trade through the Panji Poyon crossing fell by 40 percent last year, and a planned power line that would carry Tajik electricity to Afghanistan and on to Pakistan has been stalled because contractors cannot get insurance.",
        'Wardak, speaking to Afghan television after the talks, said the Taliban "want a quiet border more than anyone." The next round is expected in Termez.',
      ),
      gold: {
        people: [
          { name: "Ahmadullah Wardak", side: afg, delegation: afg },
          { name: "Sher Mohammad Zadran", side: afg, delegation: afg },
          nurmatov,
          kholov,
          yuldashev,
          { name: "Firuz Saidov" },
          { name: "Sulaimon Rajabov" },
        ],
        talksDate: weekend,
        quantities: [days(2), points(9)],
        terms,
      },
    },
    {
      id: "afghanistan-tajikistan-tashkent-live",
      title: "Live: Afghan–Tajik border talks in Tashkent, day two",
      source: "Steppe Broadcast Live",
      publishedAt: "2026-05-17",
      body: paragraphs(
        "09:05 — Good morning from Tashkent, where talks between Tajikistan and Afghanistan's Taliban authorities resume for a second day at the state guesthouse on Amir Temur street.",
        "09:20 — Arriving first: Uzbek Deputy Foreign Minister Bakhrom Yuldashev, who has chaired the talks since yesterday morning.",
        "09:34 — The Afghan delegation, headed by deputy interior minister Nurullah Saberi, walks in without speaking to reporters. Border commander Fazlullah Mohammadi is with him.",
        "09:41 — For Tajikistan: First Deputy Foreign Minister Dilshod Nurmatov, joined by deputy interior minister Parvina Ismoilova.",
        "09:50 — Liu Zhenbang, China's special envoy for Afghan affairs, is in the room as an observer, as he was on day one. Beijing's interest: the safety of Chinese miners and road crews in southern Tajikistan.",
        "11:15 — What we know about the text: a nine-point protocol. Sources say it covers a ceasefire, a demilitarized zone on each bank of the Panj and a prisoner exchange, plus a hotline between border posts.",
        '13:02 — Analyst Nodira Ergasheva of a Tashkent think tank tells us: "Uzbekistan wants to be the place where Central Asia talks to Kabul. This weekend is its audition."',
        "14:47 — Figures for context: the border is about 1,340 km long; nine Tajik guards died in the March clashes; 11 are held by the Taliban.",
        '16:30 — From Kabul, spokesman Hamidullah Sharifi says the Afghan side has shown "maximum flexibility."',
        "18:12 — It's over. After two days of talks, both sides initial the protocol, officials say. Liu shakes hands with both delegation heads for the cameras.",
        "18:25 — That's all from Tashkent. Thanks for following.",
      ),
      gold: {
        people: [yuldashev, saberi, mohammadi, nurmatov, ismoilova, liu, ergasheva, sharifi],
        talksDate: weekend,
        quantities: [days(2), points(9)],
        terms,
      },
    },
    {
      id: "afghanistan-tajikistan-tashkent-monitor",
      title: "Analysis: Why Tashkent, and why now, for the Taliban and Tajikistan",
      source: "Central Asia Monitor",
      publishedAt: "2026-05-20",
      body: paragraphs(
        "The talks in Tashkent on May 16 and 17 were billed as technical. They were anything but. For the first time since 2021, Tajikistan — the Taliban's most implacable neighbour — negotiated a written document with officials from Kabul, under the eye of Uzbekistan and China.",
        "The personnel told the story. Dushanbe sent Dilshod Nurmatov, its first deputy foreign minister, rather than a border colonel. Kabul sent Nurullah Saberi, a deputy interior minister close to the movement's leadership in Kandahar. And the chair, Bakhrom Yuldashev, is one of Uzbekistan's most trusted troubleshooters.",
        "Also in the room was Liu Zhenbang, Beijing's envoy for Afghanistan. Mr. Liu said little in public, but his presence was the point: Chinese companies have invested heavily in Tajik mining, and the killing of three Chinese workers in April made security on the Panj a Chinese problem too.",
        'The nine-point protocol that emerged from the two-day round is modest: a ceasefire, a demilitarized strip on both banks, a prisoner exchange and a hotline. "Modest is what works on that border," said Nodira Ergasheva, an analyst in Tashkent. "Grand bargains have failed there for thirty years."',
        'The risks are obvious. Neither side fully controls the armed men on its bank of the river, and smuggling — of opium, fuel and people — pays far better than any ceasefire. Hamidullah Sharifi, the Taliban spokesman, has already warned that the movement will "respond to provocations."',
        "Still, Uzbekistan has reason to be pleased. Trade with Afghanistan passed $1.5 billion last year, and Tashkent's bid to host a regional railway to Pakistan depends on calm in the north.",
        "The next round is due in Termez. If the protocol holds until then, the weekend in Tashkent may be remembered as the moment Central Asia stopped waiting for the West to decide what to do about Afghanistan.",
      ),
      gold: {
        people: [nurmatov, saberi, yuldashev, liu, ergasheva, sharifi],
        talksDate: weekend,
        quantities: [days(2), points(9)],
        terms,
      },
    },
  ],
};
