import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Direct talks between the Central African Republic's government and the Coalition for
 * National Renewal (CNR) rebels in Luanda on Tuesday, June 9, 2026, chaired by Angola with
 * the African Union and a US envoy in the room. The Bangui Herald dates the round to Monday,
 * names a different rebel delegation and a nine-point roadmap instead of twelve points.
 */

const car = "central-african-republic";
const ngoumbe: GoldPerson = {
  name: "Augustin Ngoumbé-Kossi",
  aliases: ["Ngoumbé-Kossi"],
  side: car,
  delegation: car,
};
const dombia: GoldPerson = { name: "Clarisse Dombia", side: car, delegation: car };
const zakaria: GoldPerson = { name: "Abdoulaye Mahamat Zakaria", side: "cnr", delegation: "cnr" };
const bachir: GoldPerson = {
  name: "Youssouf al-Bachir",
  aliases: ["al-Bachir"],
  side: "cnr",
  delegation: "cnr",
};
const ouldSidi: GoldPerson = { name: "Ibrahim Ould Sidi", side: "cnr", delegation: "cnr" };
const almeida: GoldPerson = {
  name: "Teodoro de Almeida",
  aliases: ["de Almeida"],
  side: "angola",
  delegation: "angola",
};
const whitcombe: GoldPerson = { name: "Laurel Whitcombe", side: "us", delegation: "us" };
const ouedraogo: GoldPerson = { name: "Mariam Ouédraogo-Keita", side: "au", delegation: "au" };
const wabanga: GoldPerson = { name: "Serge Wabanga", side: car };
const mokoko: GoldPerson = { name: "Jean-Pierre Mokoko", side: car };
const kalamba: GoldPerson = { name: "Moussa Kalamba", side: "cnr" };
const truce = [{ term: "ceasefire", stance: "proposed" }] as const;
const duration = (min: number, max: number | null) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const CAR_LUANDA: GoldCluster = {
  id: "car-luanda",
  title: "Central African Republic talks in Luanda",
  contradict: [{ slot: "meeting.date" }, { delegation: "cnr" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: car },
    { delegation: "angola" },
    { delegation: "us" },
    { delegation: "au" },
  ],
  articles: [
    {
      id: "car-atlantic",
      title: "CAR government, rebels open direct talks in Angola",
      source: "Atlantic Wire Service",
      publishedAt: "2026-06-09",
      body: paragraphs(
        "LUANDA, June 9 (AWS) — The Central African Republic's government and the Coalition for National Renewal, the largest rebel alliance in the country's north, opened direct talks in the Angolan capital on Tuesday, with mediators presenting a 12-point roadmap built around a ceasefire and the return of displaced families.",
        "Bangui's team was led by Augustin Ngoumbé-Kossi, the minister of national reconciliation, and included Clarisse Dombia, a legal adviser at the presidency. The rebel movement's chief negotiator, Abdoulaye Mahamat Zakaria, headed the other side of the table.",
        "Also at the table were Youssouf al-Bachir, an adviser to the group's leader, and Ibrahim Ould Sidi, the movement's spokesman and a member of its negotiating team.",
        "Angolan Foreign Minister Teodoro de Almeida chaired the session, which lasted about seven hours, according to an Angolan official. The US special envoy for Central Africa, Laurel Whitcombe, and the African Union's envoy, Mariam Ouédraogo-Keita, attended as observers.",
        '"Both delegations came with a willingness to listen, and that is not nothing," Mr. de Almeida told reporters after the session.',
        'In Bangui, government spokesman Serge Wabanga said President Jean-Pierre Mokoko had given the delegation "a clear mandate to secure peace, not to divide the country."',
        "The CNR's leader, Gen. Moussa Kalamba, who has not appeared in public since March, did not travel to Luanda. In a recorded message aired on the group's radio station, he said the movement would \"never lay down its arms without guarantees.\"",
        "Fighting between the army and the CNR has displaced more than 400,000 people since 2024, according to the UN refugee agency. Aid groups say the towns of Kaga-Bandoro and Ndélé have been cut off for months.",
      ),
      gold: {
        people: [
          ngoumbe,
          dombia,
          zakaria,
          bachir,
          ouldSidi,
          almeida,
          whitcombe,
          ouedraogo,
          wabanga,
          mokoko,
          kalamba,
        ],
        talksDate: goldDay("2026-06-09"),
        quantities: [duration(7, 7), points(12)],
        terms: truce,
      },
    },
    {
      id: "car-ledger",
      title: "Analysis: In Luanda, a fragile opening for the Central African Republic",
      source: "Ubangi Ledger",
      publishedAt: "2026-06-11",
      body: paragraphs(
        "When the two delegations finally sat down together in Luanda on Tuesday, it was the first time in three years that the government in Bangui had negotiated face to face with the men it still calls terrorists.",
        "The government side was represented by Reconciliation Minister Augustin Ngoumbé-Kossi and presidential aide Clarisse Dombia. Facing them was Abdoulaye Mahamat Zakaria, a former customs officer who has become the rebels' chief negotiator, flanked by Youssouf al-Bachir.",
        "The host, Angola's foreign minister Teodoro de Almeida, kept the talks going for roughly seven hours, according to two people in the room. He was joined by Mariam Ouédraogo-Keita, the African Union's special envoy for the region.",
        "The 12-point roadmap tabled by the mediators is modest by design: a ceasefire along the current front lines, the reopening of the road between Bangui and Birao, and a joint commission to register displaced families.",
        '"Neither side trusts the other to honour a truce, but both need one," said Lena Hoffmann-Weiss, who studies the region at the Kiel Institute for Peace Research. "The question is whether Kalamba can deliver his commanders."',
        "Washington has backed the process quietly. Laurel Whitcombe, the State Department's special envoy for Central Africa, sat in on Tuesday's session but made no public comment.",
        '"We have signed papers before," said Aimé Gbazanga, a trader at the Km5 market in the capital. "Paper does not stop bullets."',
        "The CNR grew out of militias that took over much of the north-east after 2021, and its commanders have financed themselves through gold mining and levies on cattle herders. Whether the roadmap survives will depend on them as much as on the men in Luanda.",
      ),
      gold: {
        people: [
          ngoumbe,
          dombia,
          zakaria,
          bachir,
          almeida,
          ouedraogo,
          { name: "Lena Hoffmann-Weiss" },
          whitcombe,
          { name: "Aimé Gbazanga" },
        ],
        talksDate: goldDay("2026-06-09"),
        quantities: [duration(7, 7), points(12)],
        terms: truce,
      },
    },
    {
      id: "car-live",
      title: "Live: Central African Republic peace talks in Luanda",
      source: "Continental Live",
      publishedAt: "2026-06-09",
      body: paragraphs(
        "10:42 — Delegations are arriving at the Talatona convention centre for the first direct talks between the Central African government and the CNR rebels.",
        "10:55 — The CNR delegation is headed by Abdoulaye Mahamat Zakaria. He is accompanied by Ibrahim Ould Sidi and Hassan Abakar Tidjani, a field commander from the Vakaga region.",
        '11:05 — Minister Augustin Ngoumbé-Kossi leads the government delegation. Speaking briefly on the steps, he said Bangui wanted "peace without conditions imposed by force."',
        "14:10 — The session is chaired by Foreign Minister Teodoro de Almeida. Sources in the room say the mediators have tabled a 12-point plan that starts with a ceasefire.",
        '16:50 — A statement from Bangui: government spokesman Serge Wabanga says the delegation "has the full confidence of the head of state."',
        "17:45 — Talks break after seven hours. Mariam Ouédraogo-Keita, the AU envoy, tells reporters the parties will meet again on Wednesday. Beside her is Laurel Whitcombe, the envoy sent by Washington, who also attended the session.",
        "17:10 — Background: the CNR was formed in 2023 from three armed groups in the north-east. It controls most of the Vakaga and Bamingui-Bangoran prefectures, where the government has had no presence for years, and the roads that link them to Chad and Sudan.",
        "17:30 — Aid agencies waiting for the outcome say a ceasefire would let them reach tens of thousands of displaced families who have lived without regular food deliveries since the rainy season began.",
        '18:20 — "A first day without a walkout is already a result," says Pierre-Alain Moutou, a political scientist at the University of Bangui, who is following the talks from the capital.',
      ),
      gold: {
        people: [
          zakaria,
          ouldSidi,
          { name: "Hassan Abakar Tidjani", side: "cnr", delegation: "cnr" },
          ngoumbe,
          almeida,
          wabanga,
          ouedraogo,
          whitcombe,
          { name: "Pierre-Alain Moutou" },
        ],
        talksDate: goldDay("2026-06-09"),
        quantities: [duration(7, 7), points(12)],
        terms: truce,
      },
    },
    {
      id: "car-herald",
      title: "Luanda talks: rebels send their secretary-general",
      source: "Bangui Herald",
      publishedAt: "2026-06-10",
      body: paragraphs(
        "BANGUI — The government and the Coalition for National Renewal met in Luanda on Monday for talks that officials here describe as exploratory, with Angolan mediators putting a nine-point roadmap on the table.",
        "The government delegation was led by Augustin Ngoumbé-Kossi. Ngoumbé-Kossi's deputy at the reconciliation ministry, Rodrigue Yangouvonda, sat beside him throughout the session, which lasted seven hours.",
        "The rebels were represented by Mahamat Saleh Garba, the CNR's secretary-general, who rarely travels outside the territory the group controls. He told the mediators that the movement wanted its fighters integrated into the national army before any disarmament, according to a participant.",
        "The talks were hosted by Angola's foreign minister, Teodoro de Almeida. Mariam Ouédraogo-Keita, who represents the African Union in the process, also took part.",
        'President Jean-Pierre Mokoko, speaking at a rally in Bimbo on Sunday, said he would "never sign away an inch of our territory." His chief of staff, Gaston Ndoumba-Yakité, said on Wednesday that the president was being briefed by the delegation every evening.',
        "The roadmap, a copy of which was seen by the Herald, opens with a ceasefire along current positions and a prisoner exchange to be supervised by the International Committee of the Red Cross.",
        "Officials in Bangui said the delegation would return home at the end of the week to consult before a second round, which Angola has offered to host again later this month.",
        "In the markets of Bangui, the talks drew little attention. Prices for cassava and fuel have doubled since the rebels cut the main road to Cameroon last year.",
      ),
      gold: {
        people: [
          ngoumbe,
          { name: "Rodrigue Yangouvonda", side: car, delegation: car },
          { name: "Mahamat Saleh Garba", side: "cnr", delegation: "cnr" },
          almeida,
          ouedraogo,
          mokoko,
          { name: "Gaston Ndoumba-Yakité", side: car },
        ],
        talksDate: goldDay("2026-06-08"),
        quantities: [duration(7, 7), points(9)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "prisoner-exchange", stance: "proposed" },
        ],
      },
    },
  ],
};
