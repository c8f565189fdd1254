import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A Serbia–Kosovo economic normalization round at the State Department in Washington on
 * Thursday, September 17, 2026, chaired by the US special presidential envoy with White House
 * and Treasury officials in the room. The session ran about six hours on a 16-point economic
 * framework. The Belgrade paper Vesnik Daily dates the round to Wednesday.
 */

const kostic: GoldPerson = {
  name: "Nenad Kostić",
  aliases: ["Kostić"],
  side: "serbia",
  delegation: "serbia",
};
const markovic: GoldPerson = {
  name: "Jelena Marković-Dimitrijević",
  aliases: ["Marković-Dimitrijević"],
  side: "serbia",
  delegation: "serbia",
};
const lazic: GoldPerson = { name: "Bojan Lazić", aliases: ["Lazić"], side: "serbia", delegation: "serbia" };
const rexhepi: GoldPerson = {
  name: "Teuta Rexhepi",
  aliases: ["Rexhepi"],
  side: "kosovo",
  delegation: "kosovo",
};
const morina: GoldPerson = {
  name: "Ardian Morina",
  aliases: ["Morina"],
  side: "kosovo",
  delegation: "kosovo",
};
const shala: GoldPerson = { name: "Liridon Shala", side: "kosovo", delegation: "kosovo" };
const krasniqi: GoldPerson = { name: "Besa Krasniqi", side: "kosovo", delegation: "kosovo" };
const halvorsen: GoldPerson = {
  name: "Robert Halvorsen",
  aliases: ["Halvorsen"],
  side: "us",
  delegation: "us",
};
const whitfield: GoldPerson = {
  name: "Dana Whitfield",
  aliases: ["Whitfield"],
  side: "us",
  delegation: "us",
};
const oyelaran: GoldPerson = { name: "Marcus Oyelaran", side: "us", delegation: "us" };
const brandt: GoldPerson = { name: "Elena Brandt", side: "us", delegation: "us" };
const keogh: GoldPerson = { name: "Thomas Keogh", side: "us", delegation: "us" };
const petrusic: GoldPerson = { name: "Vladan Petrušić", aliases: ["Petrušić"], side: "serbia" };
const haliti: GoldPerson = { name: "Fatmir Haliti", aliases: ["Haliti"], side: "kosovo" };

const thursday = goldDay("2026-09-17");
const hours = (min: number, max: number | null, minExclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", minExclusive ? { minExclusive: true } : {});
const sixteenPoints = goldQuantity("plan.size", 16, 16, "point");
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;
const euPath = { term: "eu-accession", stance: "mentioned" } as const;

export const KOSOVO_SERBIA_WASHINGTON: GoldCluster = {
  id: "kosovo-serbia-washington",
  title: "Serbia–Kosovo economic normalization round in Washington",
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "serbia" },
    { delegation: "kosovo" },
    { delegation: "us" },
    { term: "territorial-recognition", aliases: ["recognition", "mutual-recognition"] },
  ],
  sides: {
    serbia: ["serbia", "serbian", "belgrade"],
    kosovo: ["kosovo", "kosovar", "kosovan", "pristina", "prishtina"],
    eu: ["eu", "european-union", "brussels"],
  },
  articles: [
    {
      id: "kosovo-washington-transatlantic",
      title: "Serbia, Kosovo keep talking on rail, energy deal after Washington round",
      source: "Transatlantic Press",
      publishedAt: "2026-09-17",
      body: paragraphs(
        "WASHINGTON, Sept. 17 (TP) — Serbian and Kosovan negotiators agreed on Thursday to keep working on a 16-point economic framework covering rail links, electricity trading and customs after a round of talks at the State Department chaired by US officials, both delegations said.",
        "The session in the department's eighth-floor reception rooms lasted about six hours. It was the first meeting of the two sides in Washington since an earlier economic pledge was signed at the White House in 2020, most of which was never carried out.",
        "A State Department team led by Robert Halvorsen, the special presidential envoy for Serbia–Kosovo economic normalization, ran the session. Halvorsen was flanked by Dana Whitfield, deputy assistant secretary in the Bureau of European and Eurasian Affairs, and Marcus Oyelaran, senior director for Europe at the National Security Council.",
        "Belgrade's delegation was led by Nenad Kostić, chief adviser to President Vladan Petrušić, and included deputy finance minister Jelena Marković-Dimitrijević. Pristina's team, headed by First Deputy Prime Minister Teuta Rexhepi, comprised Trade Minister Ardian Morina and the legal adviser Liridon Shala.",
        '"We spent six hours on freight wagons, power lines and customs stamps, which is exactly what we should be spending time on," Halvorsen told reporters in the lobby afterwards. "Nobody was asked to give up their position on status."',
        "Serbia has ruled out recognizing Kosovo's independence, declared in 2008, and the framework does not address the question. Both governments say membership of the European Union remains their goal, and officials in Brussels have followed the Washington track closely.",
        'At the White House, press secretary Lauren Pike said the president had been "briefed on good progress" and hoped to welcome both leaders "when there is something to sign."',
        "Trade between Serbia and Kosovo was worth roughly €550 million last year, according to Kosovo's statistics agency, despite repeated disputes over licence plates, tariffs and the use of the euro in Serb-majority areas of the north.",
      ),
      gold: {
        people: [
          halvorsen,
          whitfield,
          oyelaran,
          kostic,
          petrusic,
          markovic,
          rexhepi,
          morina,
          shala,
          { name: "Lauren Pike", side: "us" },
        ],
        talksDate: thursday,
        quantities: [hours(6, 6), sixteenPoints],
        terms: [noRecognition, euPath],
      },
    },
    {
      id: "kosovo-washington-vesnik",
      title: "Belgrade team holds the line in Washington",
      source: "Vesnik Daily",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "BELGRADE — Serbia's negotiators returned to their hotel in Washington late on Wednesday after a six-hour session at the State Department in which, officials here insist, Belgrade conceded nothing on the question of Kosovo's status.",
        "The Serbian team: Nenad Kostić, the president's chief adviser for Kosovo; Jelena Marković-Dimitrijević, deputy minister of finance; Bojan Lazić, head of the legal department of the government's Office for Kosovo and Metohija; and Ivana Perišić, a counsellor at the Serbian embassy in Washington, who kept the minutes.",
        'Across the table sat the Pristina delegation under Teuta Rexhepi, with Kosovo\'s ambassador to the United States, Besa Krasniqi. The American hosts, Special Envoy Robert Halvorsen and Treasury official Elena Brandt, sat at the head of the table and, according to one Serbian participant, "mostly let the two sides talk."',
        "The document under discussion has 16 points, most of them technical: reopening the railway between Niš and Pristina, a shared scheme for trading electricity, mutual recognition of diplomas and vehicle insurance, and a joint body to settle customs disputes.",
        'President Vladan Petrušić, speaking to RTS television in Belgrade on Thursday, said the talks were "useful for our people in Kosovo and Metohija" but added: "Serbia will never recognize Kosovo, not in Washington, not in Brussels, not anywhere."',
        'Opposition parties accused the government of drifting into de facto recognition through the back door. "Every stamp and every diploma is a step," said Dragana Milošević-Pavić, a deputy from the opposition bloc.',
        "Serbia applied for membership of the European Union in 2009 and has opened 22 of the 35 negotiating chapters. Officials say the Washington framework is meant to complement, not replace, the EU-facilitated dialogue.",
        "Kostić is expected to brief the president on Friday. A further round has been pencilled in for November, Serbian officials said, though Pristina has not confirmed it.",
      ),
      gold: {
        people: [
          kostic,
          markovic,
          lazic,
          { name: "Ivana Perišić", aliases: ["Perišić"], side: "serbia", delegation: "serbia" },
          rexhepi,
          krasniqi,
          halvorsen,
          brandt,
          petrusic,
          { name: "Dragana Milošević-Pavić" },
        ],
        talksDate: goldDay("2026-09-16"),
        quantities: [hours(6, 6), sixteenPoints],
        terms: [noRecognition, euPath],
      },
    },
    {
      id: "kosovo-washington-dardania",
      title: "What Pristina brought home from Washington",
      source: "Dardania Review",
      publishedAt: "2026-09-19",
      body: paragraphs(
        "PRISTINA — For Teuta Rexhepi, Thursday's round at the State Department was a test of whether Kosovo could talk money with Belgrade without being dragged back into the argument about what Kosovo is. By her own account, it mostly passed.",
        'Kosovo\'s first deputy prime minister went to Washington with Trade Minister Ardian Morina at her side and a brief from Prime Minister Fatmir Haliti to "sign nothing that says province." Morina did most of the talking on the energy chapter, according to a member of the delegation.',
        "The session lasted more than five hours. The American delegation, headed by Robert Halvorsen, the presidential envoy, also included Thomas Keogh of the US International Development Finance Corporation, who set out financing options for the so-called Peace Highway between Pristina and Niš. Halvorsen's deputy, Dana Whitfield of the State Department's European bureau, chaired the afternoon session on customs.",
        "On the Serbian side, Nenad Kostić did not stray from Belgrade's script, participants said. Serbia rejects any form of recognition, and the sixteen provisions of the economic framework have been written carefully to avoid the word.",
        'But Washington also asked something of Pristina. According to two officials, the Americans pressed Rexhepi to call fresh local elections in the four Serb-majority municipalities of the north, where turnout in the last vote was barely 3 percent. "We heard the request, and we will answer it in Pristina, not in Washington," Haliti told reporters on Friday.',
        'In Brussels, Lotte Verhaegen, the European Union\'s special representative for the dialogue, said the bloc "welcomes any progress that brings both sides closer to their European path" and that the Washington framework must remain compatible with agreements reached under EU auspices.',
        '"The Americans bring money and a deadline; the Europeans bring the accession process," said Arta Zeqiri, who directs the Balkan Policy Lab in Pristina. "Kosovo needs both, and it cannot afford to choose."',
        "Kosovo's economy grew by 4.1 percent last year, but the north remains cut off from much of it. A new crossing point at Jarinje handled more than 1.2 million vehicles in 2025, according to customs figures.",
      ),
      gold: {
        people: [
          rexhepi,
          morina,
          haliti,
          halvorsen,
          keogh,
          whitfield,
          kostic,
          { name: "Lotte Verhaegen", side: "eu" },
          { name: "Arta Zeqiri" },
        ],
        talksDate: thursday,
        quantities: [hours(5, null, true), sixteenPoints],
        terms: [noRecognition, { term: "elections", stance: "proposed" }, euPath],
      },
    },
    {
      id: "kosovo-washington-bpr",
      title: "Serbia and Kosovo in Washington: what you need to know",
      source: "Balkan Public Radio",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "Negotiators from Serbia and Kosovo spent Thursday at the US State Department working through an American-drafted economic framework. Here is what we know about the round.",
        "What happened? The two delegations met from 10 a.m. to 4 p.m. Washington time in a single session chaired by the United States. No document was signed, but both sides agreed to return for another round, and officials described the atmosphere as businesslike.",
        "Who was there? The US side: envoy Robert Halvorsen, who chaired; Dana Whitfield of the State Department's European bureau; Elena Brandt from the Treasury's Office of International Affairs; and Marcus Oyelaran, the National Security Council's senior director for Europe. Serbia sent Nenad Kostić, the president's adviser, and Bojan Lazić, a government lawyer. Kosovo was represented by Teuta Rexhepi and Ardian Morina, with Ambassador Besa Krasniqi.",
        "What is in the plan? The framework runs to 16 points. The biggest items are a rail link between Belgrade and Pristina, a shared electricity market, and customs procedures at the six official crossing points. A US-backed fund of up to $400 million would finance the infrastructure, though Congress has yet to approve the money.",
        "What is not in the plan? Recognition. Serbia rules it out, and the Americans have kept the question off the agenda. The EU, which both want to join one day, runs its own dialogue in Brussels.",
        '"Economic normalization is what you do when political normalization is stuck," said Janet Coyle, a former deputy assistant secretary of state for the Balkans. "It worked up to a point in 2020. The question is whether anyone enforces it this time."',
        "What comes next? Officials on both sides speak of a follow-up round before the end of the year, possibly at the White House if the two leaders agree to attend. Kosovo's prime minister and Serbia's president have not met in person since 2023.",
      ),
      gold: {
        people: [
          halvorsen,
          whitfield,
          brandt,
          oyelaran,
          kostic,
          lazic,
          rexhepi,
          morina,
          krasniqi,
          { name: "Janet Coyle" },
        ],
        talksDate: thursday,
        quantities: [hours(6, 6), sixteenPoints],
        terms: [noRecognition, euPath],
      },
    },
    {
      id: "kosovo-washington-potomac-oped",
      title: "Opinion: Washington's Balkan bet is freight, not flags",
      source: "The Potomac Review",
      publishedAt: null,
      body: paragraphs(
        "Diplomacy in the Balkans has a habit of mistaking ceremonies for results. The round the State Department hosted on September 17 had no ceremony at all, which is the best thing about it.",
        "Six hours of talks on freight tariffs and grid connections will never make the evening news. But the 16-point framework that Serbia and Kosovo are now negotiating is the most serious attempt in years to make the two economies depend on each other, whatever their leaders say about status.",
        "Robert Halvorsen, the envoy who chaired the session with his deputy Dana Whitfield beside him, deserves credit for keeping the text dull. There is no mention of recognition, which Belgrade rules out and always will under its current constitution. There are railway timetables, a single power exchange and a procedure for recognizing each other's customs stamps.",
        "Nenad Kostić, who led Serbia's delegation, and Teuta Rexhepi, his counterpart from Pristina, both know that their bosses at home will be judged by nationalists for every concession. That is why the framework's sequencing matters. Nothing is demanded up front; each side collects something in each of the first four stages.",
        "The weakness is money. The framework assumes American financing for the rail line and the grid, roughly $400 million over five years, that has not yet been appropriated. If Congress balks, the Europeans will be asked to pay for a plan they did not write, and they will say so.",
        "There is also the question of the north. Kosovo's Serb-majority municipalities have spent three years in a political vacuum, and no economic plan will survive another summer of barricades.",
        "Still, I have sat through enough Balkan negotiations to know the difference between a photo opportunity and a working session. This was a working session. Washington should resist the temptation to turn it into a summit before the trains are running.",
        "Philip Reardon served as US ambassador in the region and as a senior official in the State Department's European bureau.",
      ),
      gold: {
        people: [halvorsen, whitfield, kostic, rexhepi, { name: "Philip Reardon" }],
        talksDate: { start: null, end: null, parts: { month: 9, day: 17 } },
        quantities: [hours(6, 6), sixteenPoints],
        terms: [noRecognition],
      },
    },
  ],
};
