import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US-mediated technical talks between Ukraine and Russia in Riyadh on Tuesday, April 14, 2026,
 * on a ceasefire for commercial shipping in the Black Sea. Saudi Arabia hosted; the delegations
 * sat in separate rooms while American envoys shuttled between them for about twelve hours.
 * Most outlets describe a 14-point US draft; the Strategic Ledger's analysis calls it a 10-point
 * text and names a different American envoy (Russell Ambrose) as head of the US team.
 */

const melnychuk: GoldPerson = {
  name: "Taras Melnychuk",
  side: "ukraine",
  delegation: "ukraine",
};
const zavhorodnii: GoldPerson = {
  name: "Bohdan Zavhorodnii",
  side: "ukraine",
  delegation: "ukraine",
};
const kovalyshyn: GoldPerson = { name: "Iryna Kovalyshyn", side: "ukraine", delegation: "ukraine" };
const lyubimov: GoldPerson = { name: "Pavel Lyubimov", side: "russia", delegation: "russia" };
const turchaninov: GoldPerson = { name: "Sergei Turchaninov", side: "russia", delegation: "russia" };
const belousko: GoldPerson = { name: "Arkady Belousko", side: "russia", delegation: "russia" };
const holloway: GoldPerson = { name: "Garrett Holloway", side: "us", delegation: "us" };
const kaine: GoldPerson = { name: "Meredith Kaine", side: "us", delegation: "us" };
const ambrose: GoldPerson = { name: "Russell Ambrose", side: "us", delegation: "us" };
const mutairi: GoldPerson = {
  name: "Abdulaziz al-Mutairi",
  aliases: ["al-Mutairi"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const harbi: GoldPerson = {
  name: "Nawaf al-Harbi",
  aliases: ["al-Harbi"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const lavrentyev: GoldPerson = { name: "Yevgeny Lavrentyev", side: "russia" };
const tkachuk: GoldPerson = { name: "Heorhii Tkachuk", side: "ukraine" };
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const tuesday = goldDay("2026-04-14");

export const UKRAINE_RUSSIA_RIYADH: GoldCluster = {
  id: "ukraine-russia-riyadh",
  title: "Ukraine–Russia Black Sea shipping talks in Riyadh",
  // Outlets lead with opposite stances on sanctions relief: by the product's rule, a contradiction.
  contradict: [{ slot: "plan.size" }, { delegation: "us" }, { term: "sanctions-relief" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ukraine" },
    { delegation: "russia" },
    { delegation: "saudi-arabia" },
    { term: "ceasefire" },
  ],
  articles: [
    {
      id: "riyadh-meridian",
      title: "Ukraine, Russia hold US-brokered Black Sea talks in Riyadh",
      source: "Meridian Press Agency",
      publishedAt: null,
      body: paragraphs(
        "RIYADH (MPA) — Ukrainian and Russian technical teams spent Tuesday in separate rooms of a Riyadh hotel as American envoys carried proposals back and forth on a ceasefire for commercial shipping in the Black Sea, officials said.",
        "The talks, hosted by Saudi Arabia, ran for roughly 12 hours and broke up after midnight without a joint statement. A 14-point US draft covering safe passage for merchant vessels, inspections in Turkish and Romanian ports and a halt to strikes on port infrastructure served as the basis for discussion, according to two people familiar with the text.",
        "Washington's special envoy, Garrett Holloway, led the American team, which moved between the floors housing the two delegations. He was accompanied by Meredith Kaine, a deputy assistant secretary of state who has handled the maritime file since January.",
        "Ukraine's delegation was headed by First Deputy Foreign Minister Taras Melnychuk and included Rear Admiral Bohdan Zavhorodnii of the navy and Iryna Kovalyshyn, the deputy infrastructure minister responsible for ports. Two floors down, the Russian team was led by Pavel Lyubimov, a senator who chairs the upper house's foreign affairs committee, with Sergei Turchaninov, a director at the foreign ministry, at his side.",
        "Saudi Minister of State Abdulaziz al-Mutairi opened the day with brief separate meetings with each delegation and later hosted the envoys for a late dinner.",
        'In Moscow, Kremlin spokesman Yevgeny Lavrentyev said any maritime arrangement would have to include reconnecting Russia\'s state agricultural bank to the SWIFT payments system. "A ceasefire at sea cannot work in one direction only," he told reporters.',
        'Kyiv has rejected linking the two. Foreign ministry spokesman Heorhii Tkachuk said in a statement that Ukraine was in Riyadh "to talk about ships, not about banks."',
        "Ukraine's Black Sea ports handled 6.2 million tonnes of cargo in March, the highest monthly figure since 2021, despite repeated drone strikes on Odesa and Izmail. More than 60 civilian vessels have been damaged in the Black Sea since the full-scale invasion began, according to the International Maritime Organization.",
        "Neither side gave a date for a further round.",
      ),
      gold: {
        people: [
          holloway,
          kaine,
          melnychuk,
          zavhorodnii,
          kovalyshyn,
          lyubimov,
          turchaninov,
          mutairi,
          lavrentyev,
          tkachuk,
        ],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(12, 12), points(14)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
        ],
      },
    },
    {
      id: "riyadh-courier",
      title: "Odesa watches Riyadh: port city waits on shipping truce",
      source: "Black Sea Courier",
      publishedAt: "2026-04-15",
      body: paragraphs(
        "ODESA — Dockers at the Pivdennyi terminal followed the news from Saudi Arabia on their phones on Tuesday, between shifts that are now routinely interrupted by air-raid sirens.",
        "Some 3,000 kilometres away, in Riyadh, a Ukrainian team was trying to turn an American draft into something that would keep Russian missiles off their cranes. The team comprised Taras Melnychuk, the first deputy foreign minister, who led it; Iryna Kovalyshyn, the deputy minister for ports, an Odesa native; and Rear Admiral Bohdan Zavhorodnii, who commanded a patrol boat flotilla in the first year of the war.",
        "The Ukrainians never met their Russian counterparts face to face. Instead, the American envoy Garrett Holloway and his staff walked the corridors of the hotel for what one Ukrainian official described as a marathon 12-hour session, carrying amendments to the Russian side and back. The Russians were represented by Senator Pavel Lyubimov.",
        "Kovalyshyn, according to a colleague, spent much of the day on the parts of the US plan — 14 points in all — that deal with vessel inspections and war-risk insurance.",
        '"If there is a real ceasefire at sea, insurance falls and freight rates fall, and every farmer in Ukraine feels it," said Mykola Danyliuk, who manages a grain terminal in the port of Chornomorsk. Premiums for ships calling at Ukrainian ports still stand at about 1% of hull value per voyage, brokers say, against 0.05% before 2022.',
        'Not everyone in the city is hopeful. Olena Barysh, 58, whose apartment block on Fontanska Road lost its windows in a strike in February, said she had heard about ceasefires before. "They talk in a palace, and we sweep glass," she said.',
        'A navy officer quoted on the ministry\'s Telegram channel was blunter: "As Admiral Serhiy Kravets told us this month, any agreement is only as good as our ability to see who breaks it."',
        "The Saudi hosts, led by Minister of State Abdulaziz al-Mutairi, have offered the Ukrainian side a second round before the end of the month, according to the foreign ministry in Kyiv.",
        "Odesa's regional administration says 412 port workers have been injured since 2022.",
      ),
      gold: {
        people: [
          melnychuk,
          kovalyshyn,
          zavhorodnii,
          holloway,
          lyubimov,
          { name: "Mykola Danyliuk" },
          { name: "Olena Barysh" },
          { name: "Serhiy Kravets", side: "ukraine" },
          mutairi,
        ],
        talksDate: tuesday,
        quantities: [hours(12, 12), points(14)],
        terms: [{ term: "ceasefire", stance: "proposed" }],
      },
    },
    {
      id: "riyadh-ledger",
      title: "Analysis: The Riyadh shipping talks reveal how narrow the path is",
      source: "The Strategic Ledger",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "The most telling detail of Tuesday's talks in Riyadh was architectural. Ukraine and Russia were installed on different floors of the same hotel, and the Americans spent the day in the lift.",
        "That shuttle format — the American delegation, headed by Russell Ambrose, a former Navy captain who now runs the maritime portfolio at the National Security Council, going from room to room — is an admission that the sides are not ready to sit together even on the narrow question of merchant shipping.",
        "What Mr. Ambrose carried was modest: a 10-point text that would halt attacks on ports and commercial vessels, set up inspections in neutral ports and create a hotline between the two navies. There is nothing in it about territory, and nothing about the wider war.",
        "Moscow's delegation, under Senator Pavel Lyubimov, included Lieutenant General Arkady Belousko of the general staff, a sign that the Russian military wants a say in any naval arrangement. Ukraine sent First Deputy Foreign Minister Taras Melnychuk, with a navy admiral and a ports official behind him.",
        "The session ran past midnight after more than 11 hours, people briefed on it said.",
        "The obstacle is the price Russia is asking. The Kremlin wants sanctions relief for its agricultural exporters as part of any deal; Kyiv and most European capitals have ruled that out.",
        '"The Russians learnt in 2022 and 2023 that a grain deal can be traded for financial concessions, and then walked out of it anyway," said Philippa Rowntree, a senior research fellow at Chatham House. "The Ukrainians remember that too."',
        "There is also the question of who would police any ceasefire. Turkey, which controls access through the Bosphorus under the 1936 Montreux Convention, has not said whether it would host inspectors, and Romania has been cautious.",
        "Still, a narrow deal is more achievable than a broad one. Around 40% of the world's sunflower oil exports once passed through Ukraine's Black Sea ports. Even a partial truce at sea would be felt in markets from Cairo to Jakarta.",
        "Saudi Arabia, which hosted the talks through its minister of state Abdulaziz al-Mutairi, has been careful to present itself as a venue rather than a mediator. That is probably wise. The real test will come when the Americans have to decide how hard to push Moscow.",
      ),
      gold: {
        people: [ambrose, lyubimov, belousko, melnychuk, { name: "Philippa Rowntree" }, mutairi],
        talksDate: tuesday,
        quantities: [hours(11, null, { minExclusive: true }), points(10)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "ruled-out" },
        ],
      },
    },
    {
      id: "riyadh-live",
      title: "Live: Black Sea ceasefire talks in Riyadh",
      source: "Gulf Live Desk",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "09:20 — Good morning from Riyadh, where Ukrainian and Russian delegations are due to begin US-mediated talks on a Black Sea shipping ceasefire. The two teams will not meet directly.",
        "09:45 — The Russian motorcade has arrived. Senator Pavel Lyubimov leads the delegation; he is joined by Sergei Turchaninov of the foreign ministry and Lieutenant General Arkady Belousko.",
        "10:05 — Ukraine's team is in. First Deputy Foreign Minister Taras Melnychuk waved to cameras but did not stop. Rear Admiral Bohdan Zavhorodnii, in civilian clothes, followed him in.",
        "10:30 — The US side is led by special envoy Garrett Holloway. A Saudi official tells us the American team will 'move between the rooms all day'.",
        "11:50 — Our hosts: Minister of State Abdulaziz al-Mutairi welcomed both delegations separately this morning. Nawaf al-Harbi, a deputy national security adviser, is with him and is expected to stay in the building throughout.",
        "14:15 — A source on the Ukrainian side says the working document is the US 14-point draft, with Russian amendments on inspections 'already on the table'.",
        '16:40 — From Moscow, Kremlin spokesman Yevgeny Lavrentyev says Russia will not accept "a ceasefire that benefits only Ukrainian grain traders". He again raised the demand to reconnect Russian agricultural banks to SWIFT.',
        "18:05 — Context: Russia pulled out of the UN-brokered Black Sea Grain Initiative in July 2023, a year after it was signed in Istanbul. Ukraine has since exported through a corridor hugging the coasts of Romania and Bulgaria, under regular drone and missile attack.",
        "20:30 — Meredith Kaine, a deputy assistant secretary of state who is part of Holloway's team, was seen crossing the lobby with a thick folder. No comment.",
        "23:10 — Food being brought in. The talks are now well past the 13-hour mark if you count the morning courtesy meetings, though the working session itself began just after 11:00.",
        "00:20 — It's over. The talks ended shortly after midnight, about 12 hours after the first working session opened. No statement. A Saudi official says the delegations will report to their capitals before deciding on a new round. That's where we'll leave this live coverage — thank you for following.",
      ),
      gold: {
        people: [
          lyubimov,
          turchaninov,
          belousko,
          melnychuk,
          zavhorodnii,
          holloway,
          mutairi,
          harbi,
          lavrentyev,
          kaine,
        ],
        talksDate: tuesday,
        quantities: [hours(12, 12), points(14)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "proposed" },
        ],
      },
    },
    {
      id: "riyadh-nbc-explainer",
      title: "Black Sea talks in Riyadh: what we know",
      source: "Nordic Broadcasting Corporation",
      publishedAt: "2026-04-15",
      body: paragraphs(
        "Ukraine and Russia held indirect talks in Saudi Arabia on Tuesday on stopping attacks on merchant shipping in the Black Sea. Here are the main questions answered.",
        "Who was there? Ukraine was represented by First Deputy Foreign Minister Taras Melnychuk, who was joined by Iryna Kovalyshyn, a deputy minister in charge of the country's ports. Russia's side was headed by Pavel Lyubimov, a member of the Federation Council. The United States mediated: special envoy Garrett Holloway and Meredith Kaine, a senior State Department official, led the American effort. Saudi Arabia hosted.",
        "Why didn't they meet face to face? Neither government wanted the images of a direct meeting while fighting continues on land. Instead, the American envoys took proposals from one room to the other, a format diplomats call proximity talks.",
        "How long did it last? More than 11 hours. The last session ended after midnight.",
        "What is on the table? A US plan with 14 points. The core is a ceasefire at sea: no attacks on merchant ships or on the ports of Odesa, Chornomorsk, Pivdennyi, Novorossiysk and others. It also proposes an inspection regime for ships, possibly in Turkish ports, to reassure Russia that vessels are not carrying weapons.",
        'What does Russia want? Moscow wants Western sanctions eased on its agricultural exports, in particular the state-owned Rosselkhozbank. Ukraine has rejected that condition. "Sanctions are not a bargaining chip for Ukrainian lives," Foreign Ministry spokesman Heorhii Tkachuk wrote on social media.',
        "Is a prisoner exchange part of it? Not formally. Ukrainian officials said the topic was raised in passing, as it is at most meetings between the two sides, but it is not one of the 14 points.",
        "What happens next? Both delegations return home to report. The US has said it hopes for a second round within weeks. The previous attempt at a deal for the Black Sea, in Istanbul in 2022, collapsed after a year.",
        "Why does it matter? Before the war, Ukraine was among the world's five largest grain exporters. Shipping insurance and freight costs still add around $40 a tonne to Ukrainian grain, according to analysts at the Kyiv School of Economics.",
      ),
      gold: {
        people: [melnychuk, kovalyshyn, lyubimov, holloway, kaine, tkachuk],
        talksDate: tuesday,
        quantities: [hours(11, null, { minExclusive: true }), points(14)],
        terms: [
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "ruled-out" },
          { term: "prisoner-exchange", stance: "mentioned" },
        ],
      },
    },
  ],
};
