import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Senegal's government and the Movement of Democratic Forces of Casamance (MFDC)
 * in Bissau on Saturday, October 17, 2026, hosted by Guinea-Bissau with the Community of
 * Sant'Egidio mediating and a State Department team observing, on an eight-point roadmap. The
 * Dakar paper dates the round to Friday, October 16; the Ziguinchor broadcaster names a
 * different MFDC delegation from everyone else.
 */

const dioufThiam: GoldPerson = {
  name: "Babacar Diouf-Thiam",
  aliases: ["Diouf-Thiam"],
  side: "senegal",
  delegation: "senegal",
};
const mbengue: GoldPerson = { name: "Khady Mbengue", side: "senegal", delegation: "senegal" };
const gaye: GoldPerson = { name: "Pape Alioune Gaye", side: "senegal", delegation: "senegal" };
const kane: GoldPerson = { name: "Moustapha Kane", side: "senegal" };
const diedhiou: GoldPerson = { name: "Lamine Sagna Diédhiou", side: "mfdc", delegation: "mfdc" };
const manga: GoldPerson = { name: "Marie-Thérèse Manga", side: "mfdc", delegation: "mfdc" };
const tendeng: GoldPerson = { name: "Yaya Tendeng", side: "mfdc", delegation: "mfdc" };
const mancabou: GoldPerson = { name: "Djiba Mancabou", side: "mfdc" };
const monteiro: GoldPerson = {
  name: "Filomena Cá Monteiro",
  side: "guinea-bissau",
  delegation: "guinea-bissau",
};
const ruggeri: GoldPerson = { name: "Matteo Ruggeri", side: "sant-egidio", delegation: "sant-egidio" };
const hollowayNunes: GoldPerson = {
  name: "Patricia Holloway-Nunes",
  aliases: ["Holloway-Nunes"],
  side: "us",
  delegation: "us",
};
const amankwah: GoldPerson = { name: "Derek Amankwah", side: "us", delegation: "us" };
const kellerman: GoldPerson = { name: "Brian Kellerman", side: "us", delegation: "us" };
const thorsby: GoldPerson = { name: "Megan Thorsby", side: "us" };
const camara: GoldPerson = { name: "Fatou Bintou Camara" };
const saturday = goldDay("2026-10-17");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const eightPoints = goldQuantity("plan.size", 8, 8, "point");
const truce = { term: "ceasefire", stance: "proposed" } as const;
const swap = { term: "prisoner-exchange", stance: "proposed" } as const;

export const SENEGAL_CASAMANCE_BISSAU: GoldCluster = {
  id: "senegal-casamance-bissau",
  title: "Senegal–MFDC talks on Casamance in Bissau",
  contradict: [{ slot: "meeting.date" }, { delegation: "mfdc" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "senegal" },
    { delegation: "us" },
    { delegation: "guinea-bissau" },
    { delegation: "sant-egidio" },
    { term: "ceasefire" },
  ],
  sides: {
    senegal: ["senegal", "senegalese", "dakar", "senegalese-government"],
    mfdc: [
      "mfdc",
      "movement-of-democratic-forces-of-casamance",
      "casamance-rebels",
      "casamance-separatists",
      "casamance",
    ],
    "guinea-bissau": ["guinea-bissau", "bissau-guinean", "bissau"],
    "sant-egidio": ["sant-egidio", "community-of-sant-egidio", "santegidio"],
  },
  articles: [
    {
      id: "senegal-casamance-bissau-awr",
      title: "Senegal and Casamance rebels hold talks in Bissau on eight-point roadmap",
      source: "Atlantic West Report",
      publishedAt: "2026-10-17",
      body: paragraphs(
        "BISSAU, Oct 17 (AWR) — Senegal's government and the Movement of Democratic Forces of Casamance, the separatist group behind Africa's longest-running low-level insurgency, held seven hours of talks in the Guinea-Bissau capital on Saturday on an eight-point roadmap that begins with a formal ceasefire.",
        "The government delegation was led by Babacar Diouf-Thiam, minister and secretary-general of the presidency, with Khady Mbengue, a legal adviser at the presidency, and Gen. Pape Alioune Gaye, deputy chief of the general staff.",
        "The MFDC, as the movement is known by its French initials, sent Lamine Sagna Diédhiou, the secretary-general of its political bureau. Diédhiou was joined by Marie-Thérèse Manga, the spokeswoman of the movement's external wing, and by Yaya Tendeng, a field commander from the Bignona area.",
        "Guinea-Bissau's foreign minister, Filomena Cá Monteiro, hosted the meeting at the Palácio do Governo, and Father Matteo Ruggeri of the Community of Sant'Egidio, which has facilitated contacts between the two sides since 2019, chaired it.",
        "A State Department team led by Patricia Holloway-Nunes, the deputy assistant secretary for West African affairs, attended as observers. The team also included Derek Amankwah of the Office of Weapons Removal and Abatement, which has paid for much of the demining in the region since 2005.",
        "The roadmap, according to two participants, pairs the ceasefire with an exchange of detained fighters and soldiers, the clearing of mines from farmland along the Gambian and Bissau-Guinean borders, and the return of villagers who fled in the 1990s.",
        '"For the first time in many years, both delegations sat at the same table without preconditions," Monteiro told reporters.',
        'In Dakar, government spokesman Moustapha Kane said the delegation had "a mandate to consolidate the peace that the people of Casamance are already living."',
        "Not every MFDC faction is on board. Djiba Mancabou, a commander whose fighters hold forest bases near the Gambian border, did not send anyone to Bissau and has rejected past agreements as surrender.",
        "The conflict, which began in 1982, has killed an estimated 5,000 people and displaced tens of thousands, although fighting has been sporadic since a 2014 truce.",
      ),
      gold: {
        people: [
          dioufThiam,
          mbengue,
          gaye,
          diedhiou,
          manga,
          tendeng,
          monteiro,
          ruggeri,
          hollowayNunes,
          amankwah,
          kane,
          mancabou,
        ],
        talksDate: saturday,
        quantities: [hours(7, 7), eightPoints],
        terms: [truce, swap],
      },
    },
    {
      id: "senegal-casamance-bissau-matin",
      title: "Casamance: the Bissau meeting, behind closed doors",
      source: "Dakar Matin",
      publishedAt: "2026-10-18",
      body: paragraphs(
        'DAKAR — The government\'s envoys and the leaders of the MFDC met in Bissau on Friday, October 16, for a round of talks that a member of the Senegalese delegation described as "long, frank and, at times, bad-tempered."',
        "At the head of the Senegalese team was Babacar Diouf-Thiam, the minister who serves as secretary-general of the presidency and who has handled the Casamance file since 2024. Gen. Pape Alioune Gaye sat at his right hand; the legal side was handled by Khady Mbengue.",
        "Across the table were Lamine Sagna Diédhiou and Marie-Thérèse Manga. Mr. Diédhiou, 67, a former teacher from Ziguinchor, has lived in exile in Europe for most of the past three decades and returned to the region only last year.",
        "Washington was represented by Deputy Assistant Secretary of State Patricia Holloway-Nunes and by the deputy chief of mission at the US embassy in Dakar, Brian Kellerman, who sat with the mediators but did not speak during the plenary, according to our sources.",
        "The session, chaired by the Italian priest Matteo Ruggeri of Sant'Egidio, lasted some seven hours. It ended with agreement to set up technical committees on the eight points of the roadmap, the first of which is a ceasefire to be monitored by a joint commission.",
        "The document also foresees the release of detainees held by both sides, which would amount to a prisoner exchange, and a programme to reintegrate former fighters into civilian life.",
        'Government spokesman Moustapha Kane, speaking on national television on Saturday evening, said the state "would not negotiate the territorial integrity of Senegal" but was ready to invest in "a Casamance at peace." He said 3,500 families had returned to their villages since 2022.',
        'Fatou Bintou Camara, a researcher at the Institute for Security Studies in Dakar, said the presence of the Americans was significant. "Demining is expensive, and the United States has paid for most of it. They are in the room because they will be asked to pay for what comes next."',
        "The next round is expected before the end of the year, again in Bissau.",
      ),
      gold: {
        people: [dioufThiam, gaye, mbengue, diedhiou, manga, hollowayNunes, kellerman, ruggeri, kane, camara],
        talksDate: goldDay("2026-10-16"),
        quantities: [hours(7, 7), eightPoints],
        terms: [truce, swap],
      },
    },
    {
      id: "senegal-casamance-bissau-qa",
      title: "Q&A: can the Bissau talks end Casamance's forgotten war?",
      source: "West Africa Explained",
      publishedAt: "2026-10-20",
      body: paragraphs(
        "Senegal's government and the separatist Movement of Democratic Forces of Casamance met in Bissau on October 17. Here is what we know about the talks and what they could mean for a conflict that has simmered for more than four decades.",
        "What is the conflict about? The MFDC has fought since 1982 for the independence of Casamance, the fertile region cut off from the rest of Senegal by The Gambia. The fighting has been on a small scale for years, but thousands of people have never returned to villages abandoned in the 1990s, and mines still make some cashew orchards unusable.",
        "Who was in the room? The Senegalese delegation was led by Babacar Diouf-Thiam, the secretary-general of the presidency, and the MFDC's by Lamine Sagna Diédhiou. Guinea-Bissau's foreign minister, Filomena Cá Monteiro, was the host, and the Community of Sant'Egidio, a Catholic lay community based in Rome, acted as mediator. The American delegation, headed by Patricia Holloway-Nunes of the State Department's Bureau of African Affairs, observed. With her was Derek Amankwah, a demining specialist; Mr. Amankwah's office has financed the clearance of more than 1.8 million square metres of land in Casamance.",
        "What was agreed? A roadmap of eight points. The parties committed to negotiate a ceasefire, to exchange prisoners held by each side, and to set up a joint commission on the return of displaced people. Nothing has been signed.",
        'Who is missing? The hardline faction loyal to Djiba Mancabou, which controls camps along the Gambian border, stayed away. "Without Mancabou, you can make peace with the people who are already at peace," said Robert Ainsley, a former US ambassador to Senegal.',
        'What do people in Casamance think? Many are sceptical. "We have seen this before with Henri Coly and the others, and then the shooting started again," said Paul Diatta, 63, a cashew farmer near Bignona.',
        'What comes next? Technical committees are due to meet in Ziguinchor within a month. In Washington, State Department spokesperson Megan Thorsby said the United States "stands ready to support the implementation of any agreement," including demining.',
      ),
      gold: {
        people: [
          dioufThiam,
          diedhiou,
          monteiro,
          hollowayNunes,
          amankwah,
          mancabou,
          { name: "Robert Ainsley" },
          { name: "Henri Coly" },
          { name: "Paul Diatta" },
          thorsby,
        ],
        talksDate: saturday,
        quantities: [eightPoints],
        terms: [truce, swap],
      },
    },
    {
      id: "senegal-casamance-bissau-fm",
      title: "Bissau talks: MFDC northern front sends its own envoys",
      source: "Casamance FM",
      publishedAt: "2026-10-18",
      body: paragraphs(
        "ZIGUINCHOR — Talks between the government and the MFDC ran for more than six hours in Bissau on Saturday, with delegates from Ziguinchor describing a tense but respectful atmosphere.",
        "According to people close to the movement here, the MFDC was represented by Sidi Badiane, who leads its northern front around Bignona, and by Jean-Baptiste Sambou, a former schoolteacher who acts as the front's secretary. Both men crossed into Guinea-Bissau on Friday by road through São Domingos.",
        "The government delegation was headed by Minister Babacar Diouf-Thiam, who brought with him General Pape Alioune Gaye of the army general staff.",
        "Two American diplomats observed the meeting: Patricia Holloway-Nunes, a deputy assistant secretary at the State Department, and Brian Kellerman, the number two at the US embassy in Dakar. Ms. Holloway-Nunes visited Ziguinchor in June and met local associations of displaced people.",
        "The roadmap discussed in Bissau has eight points. The first is a ceasefire; the others cover demining, the return of displaced families, development projects, and the release of prisoners held by both sides.",
        'In the markets of Ziguinchor on Sunday, listeners who called our station were divided. "Peace has been coming for 40 years," said one caller, a fishmonger from the Boudody quarter. Another, a student, said she was hopeful because "this time the soldiers and the maquis are both tired."',
        "The regional council of Ziguinchor has announced 150 million CFA francs for the rehabilitation of roads in the department of Oussouye, a project that had been frozen for security reasons.",
        'Father Matteo Ruggeri, the Sant\'Egidio mediator, told our correspondent in Bissau that the parties would meet again "when the committees have done their homework."',
      ),
      gold: {
        people: [
          { name: "Sidi Badiane", side: "mfdc", delegation: "mfdc" },
          { name: "Jean-Baptiste Sambou", side: "mfdc", delegation: "mfdc" },
          dioufThiam,
          gaye,
          hollowayNunes,
          kellerman,
          ruggeri,
        ],
        talksDate: saturday,
        quantities: [hours(6, null, { minExclusive: true }), eightPoints],
        terms: [truce, swap],
      },
    },
    {
      id: "senegal-casamance-bissau-wire",
      title: "Senegal, separatists agree to work toward Casamance ceasefire",
      source: "Continental Wire",
      publishedAt: null,
      body: paragraphs(
        "Senegal and separatist rebels from the southern Casamance region agreed on Saturday to negotiate a formal ceasefire and to exchange prisoners, after about seven hours of talks in neighbouring Guinea-Bissau.",
        "The eight-point roadmap, drawn up with help from the Rome-based Community of Sant'Egidio, also calls for mine clearance and the resettlement of people displaced by a conflict that began more than 40 years ago.",
        "Babacar Diouf-Thiam, a senior aide to the president, led Senegal's negotiators. The Movement of Democratic Forces of Casamance, or MFDC, was represented by Lamine Sagna Diédhiou, together with Marie-Thérèse Manga and the rebel commander Yaya Tendeng.",
        'Patricia Holloway-Nunes, who runs West African affairs at the State Department, attended as an observer with a demining expert, Derek Amankwah. She told reporters afterwards that the United States was "prepared to help with the practical work of peace, starting with the mines."',
        'The host, Guinea-Bissau\'s foreign minister Filomena Cá Monteiro, said her country had "a direct interest" in peace in Casamance, where rebels have in the past used bases on the Bissau-Guinean side of the border.',
        "The Casamance conflict has claimed an estimated 5,000 lives. Fighting has been rare since 2014, but a 2022 army offensive against rebel bases near the Gambian border displaced about 6,000 people, and in January of that year four Senegalese soldiers were killed in an ambush.",
        "Senegal's government has invested heavily in the region, whose cashew and rice farms make it one of the most fertile parts of the country.",
        'A rival commander, Djiba Mancabou, rejected the talks in an audio message circulated on social media, calling the negotiators "people who speak for no one in the forest."',
      ),
      gold: {
        people: [dioufThiam, diedhiou, manga, tendeng, hollowayNunes, amankwah, monteiro, mancabou],
        talksDate: { start: null, end: null, parts: { weekday: 6 } },
        quantities: [hours(7, 7), eightPoints],
        terms: [truce, swap],
      },
    },
  ],
};
