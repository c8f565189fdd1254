import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * EU-hosted talks in Brussels on Wednesday, March 18, 2026, among Bosniak, Bosnian Serb and
 * Bosnian Croat leaders on a constitutional reform package, chaired by the EU special
 * representative, with a US deputy assistant secretary of state in the room. Most outlets
 * describe a 15-point package; the Sarajevo Chronicle counts 12 articles. The Sava Review dates
 * the talks to March 17.
 */

const rs = "republika-srpska";
const croat = "bosnian-croat";
const mehmedovic: GoldPerson = { name: "Adnan Mehmedović", side: "bosniak", delegation: "bosniak" };
const kapetanovic: GoldPerson = {
  name: "Selma Kapetanović",
  side: "bosniak",
  delegation: "bosniak",
};
const hodzic: GoldPerson = { name: "Edin Hodžić", side: "bosniak", delegation: "bosniak" };
const radetic: GoldPerson = { name: "Slobodan Radetić", side: rs, delegation: rs };
const stanic: GoldPerson = { name: "Jelena Marković-Stanić", side: rs, delegation: rs };
const brkic: GoldPerson = { name: "Tomislav Brkić", side: croat, delegation: croat };
const jurkovic: GoldPerson = { name: "Ana Jurković", side: croat, delegation: croat };
const vesterlund: GoldPerson = { name: "Katarina Vesterlund", side: "eu", delegation: "eu" };
const santangelo: GoldPerson = { name: "Paolo Santangelo", side: "eu", delegation: "eu" };
const pruitt: GoldPerson = { name: "Jonathan Pruitt", side: "us", delegation: "us" };
const castellano: GoldPerson = { name: "Erin Castellano", side: "us", delegation: "us" };
const todic: GoldPerson = { name: "Branko Todić", side: rs };
const ferraz: GoldPerson = { name: "Lidia Ferraz", side: "eu" };

const talksDay = goldDay("2026-03-18");
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const elections = { term: "elections", stance: "proposed" } as const;
const accession = { term: "eu-accession", stance: "mentioned" } as const;
const sanctions = { term: "sanctions-relief", stance: "ruled-out" } as const;

export const BOSNIA_BRUSSELS: GoldCluster = {
  id: "bosnia-brussels",
  title: "Bosnian constitutional reform talks in Brussels",
  sides: {
    bosniak: ["bosniak", "bosniaks", "bosniak-parties", "bosniak-led"],
    [rs]: [rs, "rs", "bosnian-serb", "bosnian-serbs", "serb", "serbs", "banja-luka"],
    [croat]: [croat, "bosnian-croats", "croat", "croats", "mostar"],
    eu: ["eu", "european-union", "eeas", "brussels"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: "bosniak" },
    { delegation: rs },
    { delegation: croat },
    { delegation: "eu" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "brussels-adriatic-wire",
      title: "Bosnian leaders debate 15-point constitutional package in Brussels",
      source: "Adriatic Press",
      publishedAt: null,
      body: paragraphs(
        "BRUSSELS (ADP) — Leaders of Bosnia and Herzegovina's three main communities spent 11 hours in Brussels on Wednesday debating a 15-point constitutional reform package drawn up by the European Union, without reaching agreement but with a promise to return before the summer.",
        "The EU's special representative for Bosnia, Katarina Vesterlund, chaired the talks at the headquarters of the European External Action Service. Jonathan Pruitt, US deputy assistant secretary of state for European affairs, took part as an observer.",
        "Adnan Mehmedović, leader of the largest Bosniak party, led his community's delegation together with constitutional lawyer Selma Kapetanović. The Bosnian Serb delegation comprised Slobodan Radetić, prime minister of the Republika Srpska entity, and Jelena Marković-Stanić, its minister for European integration. Tomislav Brkić headed the Bosnian Croat side.",
        "The package would change the way the country's three-member presidency is elected, bringing Bosnia into line with a series of European Court of Human Rights rulings dating back to 2009 that found the Dayton-era rules discriminate against citizens who do not identify as Bosniak, Serb or Croat.",
        "It would also streamline decision-making at state level, a condition for opening EU accession negotiations, and create a state-level commission to oversee the 2026 general elections.",
        '"Everybody in the room knows what needs to be done. The question is who moves first," Vesterlund told reporters after the session ended late in the evening.',
        "Radetić said the Serb side would not accept any transfer of powers from the entities to the state. Brkić, for his part, repeated his party's demand for a separate electoral unit for Croats.",
        'Branko Todić, the dominant figure in Republika Srpska politics, who remains under US sanctions, did not travel to Brussels. Pruitt told reporters that lifting those sanctions was "not on the agenda, today or any other day."',
        "The 1992-95 war killed about 100,000 people. The Dayton agreement that ended it left Bosnia with a constitution that diplomats have been trying to amend for nearly two decades.",
      ),
      gold: {
        people: [vesterlund, pruitt, mehmedovic, kapetanovic, radetic, stanic, brkic, todic],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [hours(11, 11), points(15)],
        terms: [elections, accession, sanctions],
      },
    },
    {
      id: "brussels-sarajevo-chronicle",
      title: "Brussels marathon ends without a deal on the constitution",
      source: "The Sarajevo Chronicle",
      publishedAt: "2026-03-19",
      body: paragraphs(
        "SARAJEVO — Bosnia's political leaders emerged from a marathon 11-hour session in Brussels on Wednesday with no agreement on the EU's constitutional package, but with a text that, for the first time, all three sides have read line by line.",
        "The package, which the Chronicle has obtained, runs to 12 articles. The first four deal with the election of the presidency and the House of Peoples; the rest cover state-level institutions, the judiciary and the conditions for the next general elections.",
        'Adnan Mehmedović, flanked by Selma Kapetanović and his party\'s vice-president Edin Hodžić, arrived with what aides called "a list of red lines and a list of green ones." Across the table sat Slobodan Radetić, the Republika Srpska prime minister, and Tomislav Brkić, leader of the main Croat party, who was joined by his deputy, Ana Jurković.',
        "Katarina Vesterlund, the EU special representative, chaired. The US side was represented by deputy assistant secretary Jonathan Pruitt, who, according to a member of the Bosniak delegation, spent much of the afternoon in side meetings with the Croat team.",
        '"For the first time we were arguing about wording rather than about whether to talk at all," Kapetanović told the Chronicle by telephone from Brussels.',
        'In Banja Luka, the reaction was cooler. A statement from Branko Todić\'s party called the package "a centralising project written in foreign ministries" and said Radetić had gone to Brussels "to listen, not to sign."',
        "The stakes for Bosnia are considerable. Accession talks with the EU, and roughly €1 billion in funds under the bloc's Growth Plan for the Western Balkans, depend on progress on the constitution and the judiciary.",
        'On Ferhadija street, opinions were divided. "They have been going to Brussels since I was at school," said Lejla Bešlagić, 41, a pharmacist. "My daughter is 17. I would like her to vote in a country that works."',
        "A further round is planned for May. Diplomats say the aim is to have amendments before parliament in time for the general elections due in October.",
      ),
      gold: {
        people: [
          mehmedovic,
          kapetanovic,
          hodzic,
          radetic,
          brkic,
          jurkovic,
          vesterlund,
          pruitt,
          todic,
          { name: "Lejla Bešlagić" },
        ],
        talksDate: talksDay,
        quantities: [hours(11, 11), points(12)],
        terms: [elections, accession],
      },
    },
    {
      id: "brussels-sava-analysis",
      title: "Analysis: Brussels bets that Bosnia's constitution can be fixed one clause at a time",
      source: "The Sava Review",
      publishedAt: "2026-03-21",
      body: paragraphs(
        "The European Union has tried to reform Bosnia's constitution before: in 2006, in 2009 at the Butmir military base, and in a string of quieter efforts since. The round that took place in Brussels on March 17 was different mainly in its method.",
        "Instead of a grand bargain, EU special representative Katarina Vesterlund put a 15-point package in front of the three communities' leaders and asked them to go through it point by point. She was assisted by Paolo Santangelo, a veteran of the Kosovo dialogue, who kept the running text.",
        "The session lasted more than ten hours. Bosniak leader Adnan Mehmedović and Bosnian Croat leader Tomislav Brkić engaged on almost every clause, according to two diplomats present; Republika Srpska Prime Minister Slobodan Radetić, accompanied by European integration minister Jelena Marković-Stanić, mostly listened.",
        "The Americans were there too, in a lower key than in the past. Washington sent a deputy assistant secretary of state, Jonathan Pruitt, rather than a more senior official. Mr. Pruitt's main message, a diplomat said, was that US sanctions on Republika Srpska officials would not be lifted as part of any deal.",
        '"The EU has finally understood that it cannot out-negotiate Dayton in one weekend," said Amra Softić, a constitutional law professor at the University of Sarajevo. "But point-by-point also means point-by-point vetoes."',
        "The hardest issues remain the election of the presidency and the House of Peoples, where Croat parties want guarantees of representation that Bosniak parties see as entrenching ethnic division. Any change to the electoral rules would have to be in force months before the October elections.",
        'Others are more sceptical. "Nothing Radetić agrees to in Brussels will survive the drive back to Banja Luka if Todić says no," said Marko Lazić, a Balkans analyst at the European Council on Foreign Relations.',
        "For Brussels, the calculation is partly geopolitical. With accession talks formally open but stalled, and Russian and Chinese investment growing in the Serb-run entity, EU officials want to show that the membership path still offers Bosnia something concrete.",
        "Whether the 15 points become law will depend less on the mediators than on what the leaders tell their voters in the months ahead.",
      ),
      gold: {
        people: [
          vesterlund,
          santangelo,
          mehmedovic,
          brkic,
          radetic,
          stanic,
          pruitt,
          { name: "Amra Softić" },
          { name: "Marko Lazić" },
        ],
        talksDate: goldDay("2026-03-17"),
        quantities: [points(15), hours(10, null, { minExclusive: true })],
        terms: [elections, accession, sanctions],
      },
    },
    {
      id: "brussels-radio-danube",
      title: "No breakthrough as Bosnia talks in Brussels run late into the night",
      source: "Radio Danube International",
      publishedAt: "2026-03-19",
      body: paragraphs(
        "Talks in Brussels on reforming Bosnia and Herzegovina's constitution ended late Wednesday without agreement, after nearly eleven hours of negotiations between the leaders of the country's Bosniak, Serb and Croat communities.",
        "The meeting was chaired by the European Union's special representative, Katarina Vesterlund. Washington's representative, Deputy Assistant Secretary of State Jonathan Pruitt, who accompanied Ms. Vesterlund into the building, stayed for the whole session.",
        "The Bosniak delegation was led by Adnan Mehmedović. Slobodan Radetić, the prime minister of Republika Srpska, spoke for the Bosnian Serbs, and Tomislav Brkić for the Bosnian Croats. Each was allowed two advisers in the room.",
        "The EU's package has fifteen points. Its centrepiece is a new system for electing the presidency and the upper house of parliament, designed to end discrimination against Jews, Roma and other minorities who are currently barred from standing for the presidency.",
        'Speaking to Radio Danube after the session, Mehmedović said he was "cautiously less pessimistic than this morning." Radetić was more guarded. "We came, we listened, we will consult," he said.',
        'From Banja Luka, Branko Todić said in a video message that Republika Srpska would "never give up a single competence guaranteed by Dayton."',
        'In Brussels, European Commission spokesperson Lidia Ferraz said the talks were "an important step on Bosnia and Herzegovina\'s European path" and that the country\'s accession negotiations would move forward "as soon as reforms are delivered."',
        "Bosnia, a country of about 3.2 million people, was granted EU candidate status in 2022. Around half a million citizens are estimated to have emigrated in the last decade.",
        "A further round of talks is expected in May.",
      ),
      gold: {
        people: [vesterlund, pruitt, mehmedovic, radetic, brkic, todic, ferraz],
        talksDate: talksDay,
        quantities: [hours(11, 11), points(15)],
        terms: [elections, accession],
      },
    },
    {
      id: "brussels-adriatic-live",
      title: "Live: Bosnian leaders meet in Brussels on constitutional reform",
      source: "Adriatic Live",
      publishedAt: "2026-03-18",
      body: paragraphs(
        "09:40 CET — Good morning from the Schuman roundabout, where Bosnia's political leaders are arriving for a day of talks on the EU's constitutional reform package.",
        "09:55 — First in: Republika Srpska Prime Minister Slobodan Radetić. He does not stop for the cameras.",
        '10:05 — Adnan Mehmedović arrives with Selma Kapetanović and Edin Hodžić. "We are here to work, not to pose," he says.',
        '10:10 — Tomislav Brkić and Ana Jurković walk in together. Brkić tells Croatian television he wants "equality, not promises."',
        "10:20 — The talks begin. EU special representative Katarina Vesterlund is in the chair, with Paolo Santangelo of the EU's diplomatic service at her side. The US is represented by Jonathan Pruitt, deputy assistant secretary of state, and Erin Castellano, political counsellor at the US embassy in Sarajevo.",
        "11:30 — A reminder of what is on the table: a 15-point package covering the election of the presidency, the House of Peoples, state-level courts and the oversight of elections.",
        "13:45 — Lunch is served inside. No one has left the building.",
        "16:20 — A diplomat tells us the Croat and Serb delegations have asked for a break to consult their capitals. Brkić is on the phone to Mostar, we are told.",
        '18:05 — Reaction from Sarajevo. "Eight hours is nothing. We have waited thirty years," says Haris Delić, a 29-year-old software engineer we reached by phone.',
        '19:30 — Pruitt steps out briefly and tells reporters that US sanctions on Republika Srpska officials are "not a bargaining chip."',
        '21:20 — It\'s over, after 11 hours. Vesterlund says there is "no agreement yet, but a better text than this morning." Mehmedović says the Bosniak side accepts "most of the points." Radetić has left without comment.',
        "21:35 — That's all from us tonight. Our full report follows.",
      ),
      gold: {
        people: [
          radetic,
          mehmedovic,
          kapetanovic,
          hodzic,
          brkic,
          jurkovic,
          vesterlund,
          santangelo,
          pruitt,
          castellano,
          { name: "Haris Delić" },
        ],
        talksDate: talksDay,
        quantities: [points(15), hours(11, 11)],
        terms: [elections, sanctions],
      },
    },
  ],
};
