import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * First direct talks between Ethiopia's federal government and the Amhara Fano National Movement,
 * held in Nairobi on Thursday, April 16, 2026, mediated by Kenya with a US team observing. The
 * mediators tabled a ten-point framework. Amhara Voice dates the session to Wednesday and names a
 * Fano delegation with no one in common with the other outlets.
 */

const yohannes: GoldPerson = {
  name: "Yohannes Hailu Bekele",
  aliases: ["Yohannes", "Yohannes Hailu"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const meron: GoldPerson = { name: "Meron Tadesse", side: "ethiopia", delegation: "ethiopia" };
const abebe: GoldPerson = {
  name: "Abebe Kassahun",
  aliases: ["Abebe"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const asres: GoldPerson = {
  name: "Asres Mulugeta Desta",
  aliases: ["Asres", "Asres Mulugeta"],
  side: "fano",
  delegation: "fano",
};
const eskinder: GoldPerson = {
  name: "Eskinder Belay Tsegaw",
  aliases: ["Eskinder"],
  side: "fano",
  delegation: "fano",
};
const tigist: GoldPerson = { name: "Tigist Alemu", side: "fano", delegation: "fano" };
const kariuki: GoldPerson = { name: "Joseph Mwangi Kariuki", side: "kenya", delegation: "kenya" };
const wario: GoldPerson = { name: "Amina Hassan Wario", side: "kenya", delegation: "kenya" };
const ellison: GoldPerson = { name: "Margaret Ellison", side: "us", delegation: "us" };
const brandt: GoldPerson = { name: "Thomas Brandt", side: "us", delegation: "us" };
const raman: GoldPerson = { name: "Priya Raman", side: "us", delegation: "us" };
const hiwot: GoldPerson = { name: "Hiwot Alemayehu", aliases: ["Hiwot"], side: "ethiopia" };
const mesafint: GoldPerson = { name: "Mesafint Tazebe", side: "fano" };
const hadley: GoldPerson = { name: "Caroline Hadley", side: "us" };
const thursday = goldDay("2026-04-16");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const tenPoints = goldQuantity("plan.size", 10, 10, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;

export const ETHIOPIA_FANO_NAIROBI: GoldCluster = {
  id: "ethiopia-fano-nairobi",
  title: "Ethiopia–Fano talks in Nairobi",
  contradict: [{ slot: "meeting.date" }, { delegation: "fano" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "ethiopia" },
    { delegation: "kenya" },
    { delegation: "us" },
  ],
  sides: {
    ethiopia: ["ethiopia", "ethiopian", "addis-ababa", "ethiopian-government", "federal-government"],
    fano: ["fano", "amhara-fano", "afnm", "amhara-fano-national-movement", "fano-militia"],
    kenya: ["kenya", "kenyan", "nairobi"],
  },
  articles: [
    {
      id: "ethiopia-fano-nairobi-eaw",
      title: "Ethiopia, Fano militia hold first direct talks in Nairobi",
      source: "East Africa Wire",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "NAIROBI, April 16 (EAW) — Ethiopia's federal government and the Amhara Fano National Movement held their first face-to-face talks on Thursday, with Kenyan mediators tabling a 10-point framework that opens with a ceasefire across the Amhara region and safe passage for aid convoys.",
        "The session at a government conference centre on the edge of the city lasted nearly nine hours, a Kenyan official said.",
        "The government delegation was led by Yohannes Hailu Bekele, the prime minister's national security adviser, and included Meron Tadesse, a senior legal adviser at the Ministry of Justice, and Brig. Gen. Abebe Kassahun of the Ethiopian National Defense Force. The Fano side was headed by Asres Mulugeta Desta, who chairs the movement's political wing, with Eskinder Belay Tsegaw, its chief negotiator, at his side.",
        "Kenya's special envoy for the Horn of Africa, Joseph Mwangi Kariuki, chaired the talks. Washington's special envoy for the Horn of Africa, Margaret Ellison, attended as an observer together with Thomas Brandt, a deputy assistant secretary in the State Department's Bureau of African Affairs.",
        '"Nobody expected a signature today. What we have is a text both sides are willing to take home," Mr. Kariuki told reporters as the delegations left shortly before 7 p.m.',
        "Under the framework, the parties would stop offensive operations, open humanitarian corridors to the towns of Lalibela, Debre Tabor and Bahir Dar, and release detainees held by each side. A joint committee would verify compliance.",
        'In Addis Ababa, Communications Minister Hiwot Alemayehu said the government had gone to Nairobi "in good faith" but would not negotiate "the constitutional order." Fano\'s best-known field commander, Mesafint Tazebe, who did not attend, said on a Telegram channel linked to the movement that his units would "wait for deeds."',
        'At the State Department in Washington, spokesperson Caroline Hadley said the United States "welcomes the courage shown by both delegations."',
        "Fighting between the army and Fano militias, once allies against Tigrayan forces, has killed thousands of people since August 2023. The United Nations says more than 4.5 million people in the region need food aid, and about 1,200 schools remain closed.",
      ),
      gold: {
        people: [yohannes, meron, abebe, asres, eskinder, kariuki, ellison, brandt, hiwot, mesafint, hadley],
        talksDate: thursday,
        quantities: [hours(9, 9), tenPoints],
        terms: [ceasefire, corridors, prisoners],
      },
    },
    {
      id: "ethiopia-fano-nairobi-entoto",
      title: "Analysis: What Nairobi can and cannot deliver for Amhara",
      source: "Entoto Weekly",
      publishedAt: "2026-04-18",
      body: paragraphs(
        "ADDIS ABABA — For almost three years, the federal government described the Fano militias as bandits and extremists. On Thursday, in a conference room in Nairobi, it sat down with them.",
        "The government's team was small. Yohannes Hailu Bekele, the national security adviser, brought only Meron Tadesse, a justice ministry lawyer who drafted parts of the 2022 Pretoria agreement with the Tigrayan authorities. Across the table sat Asres Mulugeta Desta, the former teacher who chairs the Amhara Fano National Movement's political wing, and Tigist Alemu, the movement's legal adviser and the only woman at the table.",
        "Joseph Mwangi Kariuki, Kenya's envoy, ran the session with his deputy, Amina Hassan Wario, taking notes. Observers included a US team led by Margaret Ellison, the special envoy for the Horn; she was joined by Priya Raman, director for East Africa at the National Security Council.",
        "The session went on for more than eight hours, people who were present told Entoto Weekly. By the end, both sides had agreed to study the mediators' ten points, which begin with a ceasefire and humanitarian corridors into the Amhara highlands, and to return for a second round.",
        'Mr. Yohannes, speaking to state television on his return, described the talks as "a beginning, nothing more." Government communications minister Hiwot Alemayehu said separately that the framework did not touch on the federal constitution.',
        'That may be the problem. "The grievances that created Fano are political: land in Welkait, representation, the army\'s conduct in the towns," said Kiflu Taddese, a historian at Addis Ababa University. "A ceasefire without a political track will not survive the first incident. And the real question is whether Tazebe\'s brigades in Gojjam accept any of it."',
        "The movement is not a single army. Dozens of local commands operate in Gojjam, Gondar, Wollo and North Shewa, and the commanders who control them did not travel to Kenya. Fano fighters have held parts of several towns since 2023, and the government has responded with drone strikes that rights groups say have killed hundreds of civilians.",
        "The costs are mounting elsewhere too. The regional bureau of agriculture estimates that the 2025 harvest in western Gojjam fell by 30 percent, and the road between Bahir Dar and Addis Ababa, the region's lifeline, has been closed for weeks at a time.",
      ),
      gold: {
        people: [
          yohannes,
          meron,
          asres,
          tigist,
          kariuki,
          wario,
          ellison,
          raman,
          hiwot,
          { name: "Kiflu Taddese" },
        ],
        talksDate: thursday,
        quantities: [hours(8, null, { minExclusive: true }), tenPoints],
        terms: [ceasefire, corridors],
      },
    },
    {
      id: "ethiopia-fano-nairobi-hornlive",
      title: "Live: Ethiopia and Fano at the table in Nairobi",
      source: "Horn Broadcasting Live",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "09:12 — Cars are pulling up at the conference centre in Nairobi's Karen suburb for today's talks between the Ethiopian government and the Amhara Fano National Movement. First out: the US envoy for the Horn of Africa, Margaret Ellison. She is followed by two colleagues, Thomas Brandt of the State Department and Priya Raman of the National Security Council.",
        "09:20 — The Fano delegation arrives, headed by Asres Mulugeta Desta. Walking beside him is Eskinder Belay Tsegaw, the movement's chief negotiator. Neither stops for the cameras.",
        "09:31 — Ethiopia's national security adviser, Yohannes Hailu Bekele, is here. He has brought a military adviser, Brig. Gen. Abebe Kassahun, and the justice ministry's Meron Tadesse.",
        "09:45 — Kenya's mediator, Joseph Mwangi Kariuki, opens the session behind closed doors. His office says the mediators will present a 10-point framework.",
        "11:30 — Background: Fano began as a network of Amhara self-defence groups and fought alongside the federal army in the 2020–2022 Tigray war. The alliance broke down in 2023 after Addis Ababa ordered regional forces to disband. Since then, clashes have spread to more than 40 districts, according to the Armed Conflict Location & Event Data project.",
        '14:05 — Reaction from Washington: former US ambassador to Ethiopia Richard Abernathy tells our partner channel that the presence of an NSC official "signals that the White House is paying attention, not just the State Department."',
        "15:40 — A source in the room says the ceasefire clause is being discussed line by line. A second source says the Fano side wants humanitarian corridors opened before any ceasefire takes effect.",
        "17:10 — Still going. Kenyan officials have ordered dinner for the delegations.",
        '18:05 — It\'s over. The talks lasted almost nine hours. Mr. Kariuki says the two sides "agreed on more than they disagreed" and will meet again within three weeks.',
        '18:20 — Ms. Ellison, leaving with her team, says only: "Good day. Long day." That is all from us tonight.',
      ),
      gold: {
        people: [
          ellison,
          brandt,
          raman,
          asres,
          eskinder,
          yohannes,
          abebe,
          meron,
          kariuki,
          { name: "Richard Abernathy" },
        ],
        talksDate: thursday,
        quantities: [hours(9, 9), tenPoints],
        terms: [ceasefire, corridors],
      },
    },
    {
      id: "ethiopia-fano-nairobi-pan",
      title: "Ethiopia and Amhara militia end Kenya-hosted talks, agree to meet again",
      source: "Pan-African Newswire",
      publishedAt: null,
      body: paragraphs(
        "Ethiopia's government and the Amhara Fano National Movement ended a day of talks in Kenya late on Thursday without an agreement but with a commitment to meet again, the Kenyan mediator said.",
        "The talks, the first direct contact between the two sides since fighting erupted in the Amhara region in 2023, ran for nine hours behind closed doors. They centred on a framework of 10 points drafted by Kenya, which opens with a ceasefire and includes the release of prisoners held by both sides and humanitarian corridors for aid.",
        "Ethiopia's national security adviser, Yohannes Hailu Bekele, headed the government team. The movement sent Asres Mulugeta Desta, chairman of its political wing. Kenyan envoy Joseph Mwangi Kariuki mediated.",
        "US special envoy Margaret Ellison and her deputy, Thomas Brandt, sat in as observers. Ms. Ellison met each delegation separately before the session, a US official said.",
        'The African Union, which brokered the 2022 Pretoria accord that ended the Tigray war, was not represented. AU Commission spokesman Farouk Mahamat Adoum said the organisation "supports every initiative that silences the guns."',
        "Rights groups have accused both sides of abuses. Amnesty International says at least 300 civilians were killed in drone strikes on markets and buses in the region in 2025, and Fano units have been accused of abducting officials for ransom.",
        "Ethiopia, Africa's second-most populous country with about 130 million people, is also facing unrest in the Oromia region and tension with Eritrea over access to the Red Sea.",
        "No date was given for the next round.",
      ),
      gold: {
        people: [yohannes, asres, kariuki, ellison, brandt, { name: "Farouk Mahamat Adoum", side: "au" }],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [hours(9, 9), tenPoints],
        terms: [ceasefire, prisoners, corridors],
      },
    },
    {
      id: "ethiopia-fano-nairobi-amharavoice",
      title: "Fano sends its foreign relations chief to Nairobi",
      source: "Amhara Voice",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "WASHINGTON — The Amhara Fano National Movement and the federal government met in Nairobi on Wednesday, April 15, in talks that Fano supporters in the diaspora are watching with a mixture of hope and suspicion.",
        "The movement's delegation was led by Getachew Mersha Ayele, head of its foreign relations department, who lived in Virginia for more than a decade before returning to Ethiopia in 2023. He was accompanied by Biruk Adane, a commander from Wollo who is regarded as close to the fighters on the ground.",
        "The government was represented by the national security adviser, Yohannes Hailu Bekele.",
        "Kenya mediated, through its envoy Joseph Mwangi Kariuki. The US side — special envoy Margaret Ellison and Lt. Col. Marcus Doyle, an officer from the Pentagon's Africa policy office — observed. Doyle's presence was noted by several diaspora activists, who see it as a sign that Washington is thinking about the security arrangements that would follow any ceasefire.",
        "According to a copy of the document shared with Amhara Voice, the mediators proposed ten points, among them a ceasefire, humanitarian corridors and an exchange of prisoners.",
        'Diaspora organisations were divided. "Our people are being bombed from the air. If talking stops the drones, we support talking," said Selam Worku, who chairs the Amhara Association of America in Washington. Others warned that the government had broken promises before.',
        "The Amhara Association says it has documented 1,800 civilian deaths since 2023; the figure could not be independently verified. The group held a rally of several hundred people outside the State Department last month.",
        "A second round is expected in May, possibly in Nairobi again.",
      ),
      gold: {
        people: [
          { name: "Getachew Mersha Ayele", side: "fano", delegation: "fano" },
          { name: "Biruk Adane", side: "fano", delegation: "fano" },
          yohannes,
          kariuki,
          ellison,
          { name: "Marcus Doyle", side: "us", delegation: "us" },
          { name: "Selam Worku" },
        ],
        talksDate: goldDay("2026-04-15"),
        quantities: [tenPoints],
        terms: [ceasefire, corridors, prisoners],
      },
    },
  ],
};
