import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Brazil-hosted talks between Guyana and Venezuela over the Essequibo at the Itamaraty Palace in
 * Brasília on Thursday, May 21, 2026, with CARICOM's special representative and a State Department
 * deputy assistant secretary observing and a five-point Brazilian proposal on the table.
 * Tradewinds Broadcasting dates the meeting to Wednesday; La Voz de Bolívar names a parliamentary
 * leader, not the foreign minister, as head of the Venezuelan delegation.
 */

const ramcharran: GoldPerson = { name: "Devanand Ramcharran", side: "guyana", delegation: "guyana" };
const fredericks: GoldPerson = { name: "Carla Fredericks", side: "guyana", delegation: "guyana" };
const jacobs: GoldPerson = { name: "Marlon Jacobs", side: "guyana", delegation: "guyana" };
const rangel: GoldPerson = {
  name: "Héctor Rangel Bastidas",
  aliases: ["Rangel", "Rangel Bastidas"],
  side: "venezuela",
  delegation: "venezuela",
};
const marcano: GoldPerson = { name: "Yolanda Marcano", side: "venezuela", delegation: "venezuela" };
const peraza: GoldPerson = { name: "Álvaro Peraza", side: "venezuela", delegation: "venezuela" };
const urdaneta: GoldPerson = { name: "Nelson Urdaneta", side: "venezuela", delegation: "venezuela" };
const amaral: GoldPerson = { name: "Paulo Sérgio Amaral", side: "brazil", delegation: "brazil" };
const bandeira: GoldPerson = { name: "Luíza Bandeira", side: "brazil", delegation: "brazil" };
const ollivierre: GoldPerson = { name: "Winston Ollivierre", side: "caricom", delegation: "caricom" };
const kimbrough: GoldPerson = { name: "Rachel Kimbrough", side: "us", delegation: "us" };
const everly: GoldPerson = { name: "Thomas Everly", side: "us", delegation: "us" };
const leanez: GoldPerson = { name: "Gustavo Leañez", side: "venezuela" };
const sandiford: GoldPerson = { name: "Kwame Sandiford", side: "guyana" };
const duration = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const dmz = { term: "demilitarized-zone", stance: "proposed" } as const;
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;

export const GUYANA_VENEZUELA_BRASILIA: GoldCluster = {
  id: "guyana-venezuela-brasilia",
  title: "Guyana–Venezuela talks on the Essequibo in Brasília",
  sides: {
    guyana: ["guyana", "guyanese", "georgetown"],
    venezuela: ["venezuela", "venezuelan", "caracas"],
    brazil: ["brazil", "brazilian", "brasilia", "itamaraty"],
    caricom: ["caricom", "caribbean-community"],
  },
  contradict: [{ slot: "meeting.date" }, { delegation: "venezuela" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "guyana" },
    { delegation: "brazil" },
    { delegation: "caricom" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "brasilia-southern-cross",
      title: "Guyana, Venezuela meet in Brasília as Brazil tables plan to cool Essequibo row",
      source: "Southern Cross Wire",
      publishedAt: null,
      body: paragraphs(
        "BRASÍLIA (SCW) — Guyana and Venezuela held their highest-level talks in more than two years in the Brazilian capital on Thursday, with Brazil presenting a five-point proposal aimed at lowering military tension over the Essequibo, the oil-rich region that Caracas claims and Georgetown governs.",
        "The Guyanese team comprised Foreign Minister Devanand Ramcharran; Carla Fredericks, who heads the ministry's frontiers department; and Brigadier Marlon Jacobs, chief of staff of the Guyana Defence Force.",
        "Venezuela's delegation was headed by Foreign Minister Héctor Rangel Bastidas, with Vice Minister Yolanda Marcano at his side.",
        "Brazil's foreign minister, Paulo Sérgio Amaral, hosted the meeting at the Itamaraty Palace. Winston Ollivierre, the Caribbean Community's special representative on the border question, and Rachel Kimbrough, a deputy assistant secretary in the State Department's Bureau of Western Hemisphere Affairs, attended as observers.",
        'The meeting lasted about five hours, according to a Brazilian diplomat, and ended with a short joint statement committing both governments to "keep the channel open."',
        "Brazil's proposal, according to two people who have seen it, asks both countries to renounce the use of force, to keep troops out of a demilitarized strip along the Cuyuní river, to open a hotline between their militaries, to set up a joint commission on illegal gold mining and to meet again within 90 days.",
        'Mr. Ramcharran told reporters that Guyana had come to listen but that the border itself was not up for discussion. "The 1899 award settled the boundary, and the International Court of Justice will confirm it," he said. "Guyana will not recognise any claim to a single square mile of the Essequibo."',
        'Rangel did not speak to reporters. In Caracas, Communications Minister Gustavo Leañez said on state television that Venezuela "does not and will not recognise the jurisdiction of the court" and that the 1966 Geneva Agreement remained "the only valid framework."',
        "The Essequibo, about 160,000 square kilometres of forest and savannah, makes up roughly two-thirds of Guyana's territory. Tensions rose sharply after Venezuela held a referendum on the region in December 2023, and offshore oil discoveries have since turned Guyana, a country of about 800,000 people, into one of the world's fastest-growing economies, pumping more than 900,000 barrels a day.",
      ),
      gold: {
        people: [ramcharran, fredericks, jacobs, rangel, marcano, amaral, ollivierre, kimbrough, leanez],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(5, 5), points(5)],
        terms: [dmz, noRecognition],
      },
    },
    {
      id: "brasilia-voz-bolivar",
      title: "Urdaneta defends Venezuela's claim at Brasília meeting on the Essequibo",
      source: "La Voz de Bolívar",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "CIUDAD BOLÍVAR — Venezuela defended its historic claim to the Guayana Esequiba at a meeting with Guyanese officials in Brasília on Thursday, a five-hour session hosted by the Brazilian government, according to officials in Caracas.",
        "The Venezuelan delegation was headed by Nelson Urdaneta, first vice-president of the National Assembly and chairman of its special commission for the defence of the Essequibo. He carried with him, according to people close to the commission, a dossier setting out Venezuela's position under the 1966 Geneva Agreement, which Caracas regards as the only legitimate basis for a settlement.",
        "Facing him was Guyana's foreign minister, Devanand Ramcharran. Brazil's foreign minister, Paulo Sérgio Amaral, presided over the meeting, which was also attended by representatives of CARICOM and the United States, according to the Brazilian foreign ministry.",
        "Officials in Caracas said the delegation had once again rejected any role for the International Court of Justice in The Hague, where Guyana filed its case in 2018, and insisted on direct negotiation between the two neighbours.",
        'The governor of Bolívar state, Ángel Sifontes, said on Friday that the meeting was "a victory for dialogue" but that the people of the border "will never give up an inch of what belongs to them."',
        'Along the Cuyuní, the news was followed closely. In Tumeremo, the mining town some 40 kilometres from the border, traders said the tension of recent years had hurt business. "When the soldiers come, the buyers leave," said Luis Figuera, who has sold pumps and mercury-free processing equipment to small miners for 19 years. "We need calm more than speeches."',
        "On the island of Anacoco, where Venezuelan troops have been stationed for decades, residents said they had heard of the meeting on the radio. Fuel prices in the area have risen by about 30 percent this year, they said, and the boats that once carried goods across the river now make the trip only twice a week.",
        "The Brazilian foreign ministry said the parties had agreed to meet again, without giving a date or a venue.",
      ),
      gold: {
        people: [
          urdaneta,
          ramcharran,
          amaral,
          { name: "Ángel Sifontes", side: "venezuela" },
          { name: "Luis Figuera" },
        ],
        talksDate: goldDay("2026-05-21"),
        quantities: [duration(5, 5)],
        terms: [],
      },
    },
    {
      id: "brasilia-andes-atlantic",
      title: "Analysis: Brazil bets on quiet diplomacy to cool the Essequibo",
      source: "Andes & Atlantic Review",
      publishedAt: "2026-05-24",
      body: paragraphs(
        "Brazil has never much liked other people's quarrels on its borders. Thursday's meeting at the Itamaraty Palace, the modernist home of its foreign ministry, was an attempt to make sure the dispute over the Essequibo stays a quarrel and never becomes anything more.",
        "The cast was high-level. Guyana's foreign minister, Devanand Ramcharran, brought the army's chief of staff, Brigadier Marlon Jacobs. Venezuela's foreign minister, Héctor Rangel Bastidas, brought General Álvaro Peraza, who commands the armed forces' defence region across the Cuyuní from Guyana. Brazilian Foreign Minister Paulo Sérgio Amaral chaired the session, with Luíza Bandeira, the presidency's special adviser for international affairs, beside him.",
        "Along the wall sat Washington and the Caribbean. The US side was represented by Deputy Assistant Secretary of State Rachel Kimbrough; CARICOM sent Winston Ollivierre, its special representative on the border question and a veteran of the region's diplomacy.",
        "What Brazil put on the table is modest. Its five points ask both sides to renounce force, keep soldiers out of a demilitarized strip along the river, talk to each other by hotline, police illegal mining together and come back within three months. Nothing in the text touches sovereignty, which is the point.",
        '"Itamaraty\'s whole tradition is that borders are settled at the table, not in the field. As Rio Branco liked to say, a good map is worth more than an army," said Marcelo Duarte Pinheiro, who teaches international relations at the Getulio Vargas Foundation in São Paulo.',
        'Anita Baptiste, a historian at the University of Guyana, was more cautious. "Georgetown\'s position hasn\'t moved and neither has Caracas\'s," she said. "What has changed is that both now have something to lose. Guyana has its oil and Venezuela has a fragile economy that cannot afford a war."',
        "Washington's interest is obvious: US companies lead the consortium that produces Guyana's oil. Whether any of this connects to sanctions relief, which Caracas has sought for years, is a question American officials decline to answer.",
        "The next test will come within the 90 days the proposal sets for a second meeting. Brazil would like it held on neutral ground again, perhaps in Boa Vista, the capital of the border state of Roraima, which took in hundreds of thousands of Venezuelan migrants over the past decade.",
      ),
      gold: {
        people: [
          ramcharran,
          jacobs,
          rangel,
          peraza,
          amaral,
          bandeira,
          kimbrough,
          ollivierre,
          { name: "Marcelo Duarte Pinheiro" },
          { name: "Anita Baptiste" },
        ],
        talksDate: goldDay("2026-05-21"),
        quantities: [points(5)],
        terms: [dmz, { term: "sanctions-relief", stance: "mentioned" }],
      },
    },
    {
      id: "brasilia-tradewinds",
      title: "CARICOM welcomes Brasília talks between Guyana and Venezuela",
      source: "Tradewinds Broadcasting",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "Caribbean governments have welcomed talks between Guyana and Venezuela in the Brazilian capital, where the two countries' foreign ministers met on Wednesday for more than four hours under Brazilian chairmanship.",
        "Guyana's Foreign Minister Devanand Ramcharran and his deputy at the talks, Carla Fredericks, faced a Venezuelan delegation led by Foreign Minister Héctor Rangel Bastidas. Brazil's foreign minister, Paulo Sérgio Amaral, chaired the session.",
        'Winston Ollivierre, CARICOM\'s special representative, sat in on the meeting as an observer. Speaking to Tradewinds from Brasília, he said the region had "a direct stake in peace on the Guyana-Venezuela border."',
        '"Fifteen member states stand behind Guyana\'s sovereignty and territorial integrity," Mr. Ollivierre said. "But we also know our neighbours in Venezuela, and we want them at the table, not on the river."',
        "The United States was represented in the room by a State Department official, Rachel Kimbrough, the deputy assistant secretary responsible for the Caribbean and the Andes.",
        "Brazil's five-point proposal, which diplomats say focuses on military restraint and a joint commission on illegal mining, was discussed at length, but neither side accepted it on the day. Guyana has ruled out recognising any Venezuelan claim to the Essequibo and says the International Court of Justice is the proper place to settle the border.",
        'In Georgetown, government spokesman Kwame Sandiford said the talks had been "frank and useful." "Guyana went to Brasília in good faith," he told reporters on Thursday. "We will not be intimidated, and we will not be provoked."',
        "Leaders across the region have watched the dispute with growing unease since Venezuela's 2023 referendum. Barbados and Trinidad and Tobago, which lie closest to the Venezuelan coast, have both stepped up coast guard patrols, and CARICOM heads of government are due to discuss the Brasília meeting at their summit in July.",
        "Guyana's economy grew by more than 40 percent in 2024 on the back of oil production, figures from the International Monetary Fund show.",
      ),
      gold: {
        people: [ramcharran, fredericks, rangel, amaral, ollivierre, kimbrough, sandiford],
        talksDate: goldDay("2026-05-20"),
        quantities: [duration(4, null, { minExclusive: true }), points(5)],
        terms: [noRecognition],
      },
    },
    {
      id: "brasilia-meridional-live",
      title: "Live: Guyana and Venezuela meet at Itamaraty",
      source: "Rede Meridional",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "08:50 — Good morning from Brasília, where Brazil is hosting Guyana and Venezuela for talks on the Essequibo. Security is tight on the Esplanada dos Ministérios.",
        "09:30 — The Venezuelan delegation arrives at the Itamaraty Palace. Foreign Minister Héctor Rangel Bastidas is accompanied by Vice Minister Yolanda Marcano and by Gen. Álvaro Peraza, in uniform.",
        '09:42 — Carla Fredericks, who accompanied Foreign Minister Devanand Ramcharran on the overnight flight from Georgetown, tells us the Guyanese delegation is "ready and calm."',
        "10:00 — Foreign Minister Paulo Sérgio Amaral greets both delegations at the foot of the palace's spiral staircase. The talks begin shortly afterwards.",
        "10:15 — In the observer seats: Rachel Kimbrough, the US deputy assistant secretary of state, and Thomas Everly, director of the State Department's office of Andean affairs, alongside CARICOM's Winston Ollivierre.",
        '12:40 — Lunch break. A Brazilian diplomat says the five-point proposal is "on the table and being read line by line," including the idea of a demilitarized strip along the Cuyuní.',
        "13:30 — Context: about 160,000 square kilometres are at stake, roughly two-thirds of Guyana's territory. The offshore Stabroek block, off the disputed coast, holds an estimated 11 billion barrels of oil.",
        '14:20 — We reached Eon Charles, a gold miner in Bartica, on the Essequibo river, by phone. "When Uncle Basil crossed the Cuyuní in 1970 nobody asked him for papers," he says. "Now everybody is afraid of the soldiers."',
        "15:05 — The session is over after nearly five hours. The delegations leave by separate doors.",
        '15:30 — Amaral, at a brief press conference: "No one left the table. That is already something." He says a second round should take place within 90 days.',
        '16:10 — From Caracas, Communications Minister Gustavo Leañez says Venezuela "came to Brasília to defend what is ours, and it did."',
      ),
      gold: {
        people: [
          rangel,
          marcano,
          peraza,
          fredericks,
          ramcharran,
          amaral,
          kimbrough,
          everly,
          ollivierre,
          { name: "Eon Charles" },
          leanez,
        ],
        talksDate: goldDay("2026-05-21"),
        quantities: [duration(5, 5), points(5)],
        terms: [dmz],
      },
    },
  ],
};
