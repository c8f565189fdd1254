import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A UN-convened round on Western Sahara at the Palais des Nations in Geneva on Tuesday and
 * Wednesday, April 21–22, 2026: Morocco and the Polisario Front face to face, Algeria and
 * Mauritania at the table as observers, a US deputy assistant secretary of state observing.
 * Two days of talks throughout. The UN envoy's paper of confidence-building measures has eight
 * points in every account but the Rabat paper's, which calls it a ten-point document.
 */

const ouazzani: GoldPerson = {
  name: "Karim El Ouazzani",
  aliases: ["El Ouazzani"],
  side: "morocco",
  delegation: "morocco",
};
const bensouda: GoldPerson = { name: "Nadia Bensouda-Tazi", side: "morocco", delegation: "morocco" };
const aitLahcen: GoldPerson = {
  name: "Hassan Ait Lahcen",
  aliases: ["Ait Lahcen"],
  side: "morocco",
  delegation: "morocco",
};
const lemjeyid: GoldPerson = { name: "Ahmed Lemjeyid", side: "polisario", delegation: "polisario" };
const hamoudi: GoldPerson = {
  name: "Mariem Mint Hamoudi",
  aliases: ["Mint Hamoudi"],
  side: "polisario",
  delegation: "polisario",
};
const bellal: GoldPerson = {
  name: "Sidahmed Ould Bellal",
  aliases: ["Ould Bellal"],
  side: "polisario",
  delegation: "polisario",
};
const benmessaoud: GoldPerson = { name: "Rachid Benmessaoud", side: "algeria", delegation: "algeria" };
const meimoune: GoldPerson = {
  name: "Ahmedou Ould Meimoune",
  aliases: ["Ould Meimoune"],
  side: "mauritania",
  delegation: "mauritania",
};
const vestergaard: GoldPerson = { name: "Henrik Vestergaard-Lund", side: "un", delegation: "un" };
const kabore: GoldPerson = { name: "Aïssatou Kaboré", side: "un", delegation: "un" };
const halvorsen: GoldPerson = { name: "Trent Halvorsen", side: "us", delegation: "us" };
const chraibi: GoldPerson = { name: "Younes Chraibi", side: "morocco" };
const deidih: GoldPerson = { name: "Salek Ould Deidih", aliases: ["Ould Deidih"], side: "polisario" };
const belkacemi: GoldPerson = { name: "Farid Belkacemi", side: "algeria" };
const round = goldDay("2026-04-21", "2026-04-22");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const bufferZone = { term: "demilitarized-zone", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;

export const WESTERN_SAHARA_GENEVA: GoldCluster = {
  id: "western-sahara-geneva",
  title: "UN-convened Western Sahara round in Geneva",
  sides: {
    morocco: ["morocco", "moroccan", "rabat", "kingdom-of-morocco"],
    polisario: ["polisario", "polisario-front", "sahrawi", "sadr", "front-polisario"],
    algeria: ["algeria", "algerian", "algiers"],
    mauritania: ["mauritania", "mauritanian", "nouakchott"],
    un: ["un", "united-nations", "minurso", "un-envoy"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "morocco" },
    { delegation: "polisario" },
    { delegation: "algeria" },
    { delegation: "mauritania" },
    { delegation: "un" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "wsahara-lakeside",
      title: "Morocco, Polisario end Geneva round with UN paper but no ceasefire deal",
      source: "Lakeside Wire",
      publishedAt: "2026-04-22",
      body: paragraphs(
        "GENEVA, April 22 (Lakeside Wire) — Morocco and the Polisario Front ended two days of UN-convened talks in Geneva on Wednesday without agreeing to restore the ceasefire that collapsed in 2020, but both delegations took home an eight-point paper of confidence-building measures drawn up by the United Nations, diplomats said.",
        "The round at the Palais des Nations was the first face-to-face meeting between the two sides in more than six years. Morocco's delegation was led by Karim El Ouazzani, minister-delegate for foreign affairs, and included Nadia Bensouda-Tazi, the kingdom's ambassador to the UN in Geneva. Across the table sat Ahmed Lemjeyid, the Polisario's chief negotiator, with Mariem Mint Hamoudi, a member of the movement's national secretariat.",
        "Algeria and Mauritania, the two neighbours the Security Council has asked to take part in the process, attended as observers. Algeria was represented by Rachid Benmessaoud, its special envoy for Western Sahara and the Maghreb, and Mauritania by Ahmedou Ould Meimoune, a senior foreign ministry official.",
        "The talks were convened by Henrik Vestergaard-Lund, the UN secretary-general's personal envoy for Western Sahara. Trent Halvorsen, a US deputy assistant secretary of state for Maghreb affairs, followed the sessions from the room, a Western diplomat said.",
        '"Nobody walked out, and nobody expected a settlement in two days," Vestergaard-Lund told reporters. "What we have is a shared list of things both sides can do without giving up their positions."',
        "According to two diplomats who have seen it, the paper proposes a return to the 1991 ceasefire, the restoration of the buffer strip east of Morocco's sand berm as a demilitarized zone monitored by the UN mission, MINURSO, and the resumption of family visits between the refugee camps and the territory.",
        'Lemjeyid said the Polisario would study the paper but would not be rushed. "As our late comrade Mbarek Ould Henni used to say, a people that has waited fifty years can read a document carefully," he said.',
        'In Rabat, government spokesman Younes Chraibi said Morocco had come to Geneva "on the basis of its autonomy initiative and nothing else."',
        "Morocco controls about 80 percent of the former Spanish colony, which it took over after Spain withdrew in 1975. The Polisario, backed by Algeria, seeks a referendum on independence. The UN estimates that some 173,000 Sahrawi refugees live in camps around Tindouf, in south-western Algeria.",
      ),
      gold: {
        people: [
          ouazzani,
          bensouda,
          lemjeyid,
          hamoudi,
          benmessaoud,
          meimoune,
          vestergaard,
          halvorsen,
          { name: "Mbarek Ould Henni", aliases: ["Ould Henni"] },
          chraibi,
        ],
        talksDate: round,
        quantities: [twoDays, points(8)],
        terms: [ceasefire, bufferZone],
      },
    },
    {
      id: "wsahara-maghreb-ledger",
      title: "Geneva: Rabat's delegation holds the line on autonomy",
      source: "Maghreb Ledger",
      publishedAt: "2026-04-23",
      body: paragraphs(
        'RABAT — The Moroccan delegation returned from Geneva on Thursday satisfied that the kingdom\'s autonomy proposal remains, in the words of one member, "the only serious text in the room", after a two-day round with the Polisario Front that ended Wednesday.',
        "Minister-Delegate Karim El Ouazzani headed the delegation. With him were Ambassador Nadia Bensouda-Tazi and Hassan Ait Lahcen, the elected president of the Laâyoune-Sakia El Hamra regional council, whose presence Rabat presented as proof that Sahrawis living in the southern provinces have a voice in the talks.",
        'Mr. Ait Lahcen, 58, told the Ledger by telephone that he had spoken directly to the Polisario negotiators during a coffee break. "I told them my own cousins are in the camps. We are not strangers to each other," he said.',
        'The UN envoy, Henrik Vestergaard-Lund, handed both sides a ten-point document of what diplomats call confidence-building measures, ranging from mine clearance to an exchange of prisoners detained since hostilities resumed in November 2020. Moroccan officials described the document as "a working basis, not a framework."',
        "The Polisario delegation, headed by Ahmed Lemjeyid, again demanded a referendum that would include the option of independence. Observers from Algeria and Mauritania sat at the table. Rabat has long argued that Algiers is a party to the conflict rather than a bystander, and diplomats here noted with some satisfaction that Algeria's envoy, Rachid Benmessaoud, took part in every session.",
        "Washington was present as well: Trent Halvorsen, the State Department's deputy assistant secretary responsible for the Maghreb, attended as an observer. The United States has recognised Moroccan sovereignty over the territory since 2020, a position successive administrations have kept.",
        "For Rabat the stakes are also economic. Morocco says it has invested more than 77 billion dirhams in the southern provinces since 2015, including the Dakhla Atlantic port, due to open in 2028, and a wind farm near Boujdour that supplies 40 percent of the region's electricity.",
        'Government spokesman Younes Chraibi said the timing of a next round would depend on "the realism of the other parties". No date has been set.',
      ),
      gold: {
        people: [ouazzani, bensouda, aitLahcen, vestergaard, lemjeyid, benmessaoud, halvorsen, chraibi],
        talksDate: round,
        quantities: [twoDays, points(10)],
        terms: [prisoners],
      },
    },
    {
      id: "wsahara-sands-review",
      title: "Analysis: Geneva reopens a door on Western Sahara, but not the one the Polisario wanted",
      source: "Sahel & Sands Review",
      publishedAt: "2026-04-27",
      body: paragraphs(
        "For the first time since the round-tables of 2019, Moroccan and Polisario negotiators spent two days in the same room last week, on April 21 and 22, under the roof of the Palais des Nations. That alone made the Geneva round notable. What it produced was more modest.",
        "The UN's personal envoy, Henrik Vestergaard-Lund, a Danish former defence ministry official, deliberately kept the agenda narrow. His team, which included the political affairs officer Aïssatou Kaboré, drafted an eight-point set of measures meant to be acceptable without either side conceding anything on status: mine clearance, family visits, a hotline between field commanders and a demilitarized buffer strip east of the berm, among others.",
        "The format mattered as much as the content. Algeria, represented by its envoy Rachid Benmessaoud, and Mauritania, whose delegate Ahmedou Ould Meimoune rarely spoke, sat at the table as observers, a compromise reached after Algiers spent months refusing to be described as a party. Morocco's Karim El Ouazzani and the Polisario's Ahmed Lemjeyid addressed each other directly only on the second day, according to a participant.",
        "The American presence was telling too. Trent Halvorsen, a deputy assistant secretary of state, observed the talks, a reminder that Washington's 2020 recognition of Moroccan sovereignty shapes the ground on which the UN now works.",
        '"The UN has stopped pretending it can organise a referendum," said Imogen Carradine, an associate fellow at Chatham House. "The question now is whether the Polisario can accept talks whose starting point is autonomy, and what Algeria would want in return."',
        'In the camps near Tindouf the mood is harder. The Polisario\'s secretary-general, Salek Ould Deidih, said on Saturday that the movement would "not trade the right of a people for a handful of family visits." Young Sahrawis, many of whom grew up under the 1991 ceasefire and watched it collapse in November 2020, have pushed the leadership to keep up pressure along the berm.',
        "Restoring that ceasefire is the first of the envoy's eight points. It is also the hardest to verify: MINURSO, whose annual budget is about $65 million, has had limited access east of the berm since 2020 and has lost much of its capacity to monitor.",
        "Geneva did not change the arithmetic of the conflict. It did, for the first time in years, give both sides a text to argue over.",
      ),
      gold: {
        people: [
          vestergaard,
          kabore,
          benmessaoud,
          meimoune,
          ouazzani,
          lemjeyid,
          halvorsen,
          { name: "Imogen Carradine" },
          deidih,
        ],
        talksDate: round,
        quantities: [twoDays, points(8)],
        terms: [ceasefire, bufferZone],
      },
    },
    {
      id: "wsahara-radio-canarias",
      title: "Live: Western Sahara talks in Geneva, day two",
      source: "Radio Canarias Internacional",
      publishedAt: "2026-04-22",
      body: paragraphs(
        "09:05 — Good morning from Geneva, where the Moroccan and Polisario delegations are returning to the Palais des Nations for the second and final day of UN-convened talks. Yesterday's session ran until after 8 pm.",
        "09:20 — The Polisario team has arrived. Chief negotiator Ahmed Lemjeyid is accompanied by Sidahmed Ould Bellal, the movement's representative to the UN in Geneva, and by Mariem Mint Hamoudi. None of them stopped for the cameras.",
        '09:32 — Karim El Ouazzani, who leads Morocco\'s delegation, walks in with Hassan Ait Lahcen, the regional council president from Laâyoune. Asked about his expectations, the minister tells us only: "We are here to work."',
        "10:15 — The observers are in place. Algeria's Rachid Benmessaoud and Mauritania's Ahmedou Ould Meimoune are seated at the end of the horseshoe table, a diplomat inside tells us. The US side is represented by Trent Halvorsen, a deputy assistant secretary at the State Department.",
        "12:40 — A reminder of the stakes for our listeners in the islands: the Canaries lie barely 100 kilometres off the coast of the territory, and the fishing arrangements covering these waters have been tied up in European courts for years.",
        "13:10 — Sources say the UN document under discussion has eight points, starting with a return to the ceasefire. Also on the list: an exchange of prisoners held since fighting resumed in 2020.",
        '15:45 — From Algiers, foreign ministry spokesman Farid Belkacemi says Algeria "is not and will never be a party" to the conflict and attends "only as a neighbour and an observer."',
        '17:30 — It\'s over. After two days of talks, UN envoy Henrik Vestergaard-Lund says both delegations will report to their leaderships and that he hopes to reconvene them "before the summer." There is no joint statement.',
        '17:50 — Jaime Ortega-Ruano, a specialist on the Maghreb at the University of La Laguna, tells us: "Two days without a walkout is a result. But the eight points are the easy part. Status is the hard part, and nobody touched it."',
        "18:05 — We end our live coverage here. Our correspondent will have a full report in the evening news.",
      ),
      gold: {
        people: [
          lemjeyid,
          bellal,
          hamoudi,
          ouazzani,
          aitLahcen,
          benmessaoud,
          meimoune,
          halvorsen,
          belkacemi,
          vestergaard,
          { name: "Jaime Ortega-Ruano" },
        ],
        talksDate: round,
        quantities: [twoDays, points(8)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "wsahara-world-desk",
      title: "Western Sahara talks in Geneva: who was there and what is on the table",
      source: "The World Desk Q&A",
      publishedAt: null,
      body: paragraphs(
        "What happened in Geneva? Morocco and the Polisario Front, the movement seeking independence for Western Sahara, held a UN-convened round of talks at the Palais des Nations on April 21-22, 2026. It was their first direct meeting since 2019.",
        "Who sat at the table? Morocco sent Karim El Ouazzani, a minister-delegate at the foreign ministry. The Polisario was represented by its chief negotiator, Ahmed Lemjeyid. Both brought small teams of advisers.",
        "Why were Algeria and Mauritania there? Security Council resolutions ask both neighbours to take part in the political process. Algeria, which hosts the Polisario's leadership and the refugee camps near Tindouf, insists it is not a party. In Geneva both attended as observers: Rachid Benmessaoud for Algeria, Ahmedou Ould Meimoune for Mauritania.",
        "Was the United States involved? Yes, as an observer. Trent Halvorsen, the deputy assistant secretary of state who handles North Africa, sat in on the talks. Washington recognised Moroccan sovereignty over the territory in December 2020 and backs Rabat's 2007 autonomy plan.",
        "Who ran the meeting? Henrik Vestergaard-Lund, the UN secretary-general's personal envoy, appointed in 2025. He is the sixth person to hold the job since 1997; several of his predecessors resigned in frustration.",
        "What was proposed? An eight-point package of confidence-building measures. It starts with restoring the ceasefire that held from 1991 to 2020 and includes demining, family visits and a prisoner exchange.",
        "What is the core dispute? Morocco offers broad autonomy under its sovereignty. The Polisario wants a referendum with independence as an option, as promised when the UN mission, MINURSO, was set up in 1991. That vote has never been held, partly because the two sides could never agree on who should be allowed to take part.",
        "What does it mean for people on the ground? Tens of thousands of Sahrawis have spent nearly five decades in the desert camps, dependent on aid. Agencies warn that food rations there were cut again this year.",
        "What comes next? The envoy will brief the Security Council, and a second round is possible before MINURSO's mandate comes up for renewal in October.",
      ),
      gold: {
        people: [ouazzani, lemjeyid, benmessaoud, meimoune, halvorsen, vestergaard],
        talksDate: round,
        quantities: [points(8)],
        terms: [ceasefire, prisoners],
      },
    },
  ],
};
