import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * An EU-facilitated Belgrade–Pristina session in Brussels on Thursday, May 14, 2026, that ran
 * past midnight, with two U.S. officials at the table. Novi Glasnik has Petar Janković leading
 * Serbia's team where everyone else names Dragana Milovanović; the Dardania Post counts ten
 * points in the EU roadmap where the others count eleven.
 */

const konigsberger: GoldPerson = {
  name: "Matthias Königsberger",
  aliases: ["Königsberger"],
  side: "eu",
  delegation: "eu",
};
const milovanovic: GoldPerson = {
  name: "Dragana Milovanović",
  aliases: ["Milovanović"],
  side: "serbia",
  delegation: "serbia",
};
const ristic: GoldPerson = {
  name: "Marko Ristić",
  aliases: ["Ristić"],
  side: "serbia",
  delegation: "serbia",
};
const gashi: GoldPerson = { name: "Besnik Gashi", aliases: ["Gashi"], side: "kosovo", delegation: "kosovo" };
const hoxha: GoldPerson = { name: "Valdete Hoxha", aliases: ["Hoxha"], side: "kosovo", delegation: "kosovo" };
const whitcombe: GoldPerson = {
  name: "Gregory Whitcombe",
  aliases: ["Whitcombe"],
  side: "us",
  delegation: "us",
};
const marchetti: GoldPerson = {
  name: "Elena Marchetti",
  aliases: ["Marchetti"],
  side: "us",
  delegation: "us",
};
const vandermeulen: GoldPerson = { name: "Ilse Vandermeulen", aliases: ["Vandermeulen"], side: "eu" };
const elevenPoints = goldQuantity("plan.size", 11, 11, "point");
const almostTen = goldQuantity("meeting.duration", 9, 10, "hour");
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;
const accession = { term: "eu-accession", stance: "mentioned" } as const;
const elections = { term: "elections", stance: "proposed" } as const;

export const SERBIA_KOSOVO_BRUSSELS: GoldCluster = {
  id: "serbia-kosovo-brussels",
  title: "Belgrade–Pristina dialogue in Brussels",
  contradict: [{ slot: "plan.size" }, { delegation: "serbia" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "kosovo" },
    { delegation: "us" },
    { delegation: "eu" },
    { term: "territorial-recognition", aliases: ["recognition"] },
    { term: "elections", aliases: ["local-elections"] },
    { term: "eu-accession", aliases: ["eu-membership"] },
  ],
  sides: {
    serbia: ["serbia", "serbian", "belgrade"],
    kosovo: ["kosovo", "kosovar", "kosovan", "pristina"],
    eu: ["eu", "european-union", "brussels"],
    "srpska-lista": ["srpska-lista", "serb-list", "kosovo-serbs"],
  },
  articles: [
    {
      id: "serbia-kosovo-apa",
      title: "Serbia, Kosovo negotiators talk past midnight in Brussels, no deal on northern roadmap",
      source: "Adriatic Press Agency",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "BRUSSELS, May 15 (APA) - Chief negotiators from Serbia and Kosovo failed to agree on an EU roadmap for the tense north of Kosovo after talks that began on Thursday afternoon and ran past midnight, the European Union's envoy said.",
        'The session, which lasted nearly ten hours, was chaired by Matthias Königsberger, the EU Special Representative for the Belgrade-Pristina Dialogue. "We made progress on several elements, but not enough to close the package," he told reporters shortly before 1 a.m. on Friday.',
        "Belgrade's delegation was led by Dragana Milovanović, head of the government's Office for Kosovo and Metohija, with legal adviser Marko Ristić. Kosovo's chief negotiator, Besnik Gashi, was joined by Deputy Prime Minister Valdete Hoxha.",
        "In an unusual step, two U.S. officials took part: Deputy Assistant Secretary of State Gregory Whitcombe and Elena Marchetti, Washington's special envoy for the Western Balkans. Their presence reflected growing American frustration with the slow pace of the dialogue, a Western diplomat said.",
        "The 11-point roadmap drafted by the EU would set a date for fresh local elections in the four Serb-majority municipalities of the north, start work on a long-delayed association of those municipalities, and phase out the measures Brussels imposed on Kosovo in 2023.",
        'Milovanović repeated that Belgrade would not recognise Kosovo\'s independence "under any roadmap, now or later," but said Serbia was ready to discuss practical arrangements. Gashi said Pristina had accepted "most of the text" and blamed Belgrade for the impasse.',
        "Both countries hope to join the European Union, and the bloc has said normalising relations is a condition for membership. The previous round, in March, ended without agreement after a dispute over vehicle licence plates at the Jarinje crossing.",
        'Speaking in Strasbourg, the EU\'s foreign policy chief Ilse Vandermeulen said the parties "owe it to the people of the north" to reach a deal before the summer. Königsberger said he would invite the negotiators back in June.',
      ),
      gold: {
        people: [konigsberger, milovanovic, ristic, gashi, hoxha, whitcombe, marchetti, vandermeulen],
        talksDate: goldDay("2026-05-14", "2026-05-15"),
        quantities: [almostTen, elevenPoints],
        terms: [noRecognition, elections, accession, { term: "sanctions-relief", stance: "proposed" }],
      },
    },
    {
      id: "serbia-kosovo-dardania",
      title: "Gashi: we said yes, Belgrade said no",
      source: "Dardania Post",
      publishedAt: null,
      body: paragraphs(
        "Kosovo's negotiating team returned from Brussels convinced that it had done everything the European Union asked of it, and that the failure to reach agreement on Thursday lay squarely with Belgrade.",
        '"We said yes to elections, yes to the association, yes to the timelines," Besnik Gashi, Kosovo\'s chief negotiator, told this newspaper. "The other side said yes to nothing." He was accompanied at the table by Deputy Prime Minister Valdete Hoxha, who has handled the file on municipal finances.',
        "The document on the table was a ten-point implementation plan drawn up by the EU's special representative, Matthias Königsberger. It sets out a sequence for new elections in Leposavić, Zubin Potok, Zvečan and North Mitrovica, the creation of the association of Serb-majority municipalities, and, crucially for Pristina, the lifting of the punitive measures the EU has kept on Kosovo for nearly three years.",
        "Belgrade's team, under Dragana Milovanović, argued that the association had to come first and elections later, according to a Kosovar official who was present. The Americans, represented by Washington's special envoy Elena Marchetti, backed the EU sequence, the official said.",
        'In Pristina, Prime Minister Arben Rexhepi said the government would not accept being "punished for Belgrade\'s refusals." He called on Brussels to lift the measures "immediately and without conditions," arguing that Kosovo had met its obligations.',
        'Blerta Syla-Kastrati, an analyst at a Pristina think tank, said the government was in a stronger position than a year ago. "For once, the Americans and the Europeans are reading from the same page," she said. "That is new, and Belgrade knows it."',
        "For Kosovo, the stakes go beyond the north. Its application for EU membership, submitted in 2022, has gone nowhere, and visa-free travel to the bloc, granted in 2024, is the only concrete benefit most citizens have seen from the dialogue.",
        "The next meeting is expected in June.",
      ),
      gold: {
        people: [
          gashi,
          hoxha,
          konigsberger,
          milovanovic,
          marchetti,
          { name: "Arben Rexhepi", aliases: ["Rexhepi"], side: "kosovo" },
          { name: "Blerta Syla-Kastrati", aliases: ["Syla-Kastrati"] },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [goldQuantity("plan.size", 10, 10, "point")],
        terms: [elections, { term: "sanctions-relief", stance: "proposed" }, accession],
      },
    },
    {
      id: "serbia-kosovo-glasnik",
      title: "Janković in Brussels: Serbia will defend its people in Kosovo and Metohija",
      source: "Novi Glasnik",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "Serbia's delegation, led by Petar Janković, rejected attempts in Brussels yesterday to impose solutions on the Serbian people in Kosovo and Metohija, and insisted that the Community of Serb Municipalities must be formed before any other step.",
        'The marathon talks, which lasted almost ten hours, ended without agreement. According to sources in the delegation, Janković warned the European mediator, Matthias Königsberger, that the so-called roadmap, consisting of eleven points, was written "in Pristina\'s handwriting."',
        'President Nenad Vuković, speaking to journalists in Belgrade this morning, said he had been informed in detail. "Our team fought for every comma. Serbia will never recognise the unilaterally declared independence of Kosovo, and no one should expect that from us," the President said. "We are for dialogue, but not for humiliation."',
        "Pristina's delegation was led by Besnik Gashi. The United States was represented by Deputy Assistant Secretary Gregory Whitcombe and special envoy Elena Marchetti. Whitcombe, sources said, showed more understanding for Serbian concerns than in previous rounds.",
        'Milica Stojadinović of the Srpska Lista said in North Mitrovica that Serbs in the north would accept no arrangement "written in Pristina and stamped in Brussels" until the Community was established. "First the Community, then everything else," she said.',
        "Serbia remains committed to its European path, the President added, but membership in the European Union cannot be bought with Kosovo and Metohija.",
        "The Government Office for Kosovo and Metohija said in a statement that the delegation would continue to defend state and national interests at the next round, which is expected in June. It also called on the international community to guarantee the safety of the Serbian population, citing arrests of Serbs at administrative crossings and the closure of Serbian institutions in the north.",
      ),
      gold: {
        people: [
          { name: "Petar Janković", aliases: ["Janković"], side: "serbia", delegation: "serbia" },
          konigsberger,
          { name: "Nenad Vuković", aliases: ["Vuković"], side: "serbia" },
          gashi,
          whitcombe,
          marchetti,
          { name: "Milica Stojadinović", aliases: ["Stojadinović"], side: "srpska-lista" },
        ],
        talksDate: goldDay("2026-05-14"),
        quantities: [almostTen, elevenPoints],
        terms: [noRecognition, accession],
      },
    },
    {
      id: "serbia-kosovo-eurodesk-live",
      title: "Live: Belgrade–Pristina dialogue resumes in Brussels",
      source: "EuroDesk Live",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "00:40 — It's over. After more than nine hours, the delegations have left the building. No agreement, and no joint statement. Königsberger is expected to speak to us in a few minutes.",
        '23:55 — Still going. A member of one delegation, stepping out for air, tells us only: "Long night." Officials say the EU has brought in coffee and sandwiches, which is rarely a good sign for an early finish.',
        "22:15 — Dinner break is finished and the negotiators are back in the room. A diplomat tells us the sticking point remains the order of steps: elections first, or the association of Serb-majority municipalities first.",
        '20:30 — Ilse Vandermeulen, the EU\'s foreign policy chief, posts from Strasbourg: "Full support to our Special Representative and to both delegations. The people of the north deserve a deal." She is not in Brussels today.',
        "18:50 — Here's what we know about the EU text. It's an 11-point roadmap, and its centrepiece is a timetable for new local elections in the north, paired with the long-promised association.",
        "17:05 — The Americans are at the table too. Deputy Assistant Secretary of State Gregory Whitcombe and special envoy Elena Marchetti arrived together and went straight in without speaking to the press. A U.S. presence in the room is rare in this format.",
        "15:20 — Trilateral session under way. Matthias Königsberger, the EU's Special Representative for the dialogue, is chairing. Serbia's delegation is led by Dragana Milovanović; Kosovo's by Besnik Gashi.",
        "14:10 — Good afternoon from the Justus Lipsius building, where Serbian and Kosovar negotiators are meeting today for the first time since March. Stay with us for updates through the day, and probably the night.",
      ),
      gold: {
        people: [konigsberger, vandermeulen, whitcombe, marchetti, milovanovic, gashi],
        talksDate: goldDay("2026-05-14"),
        quantities: [goldQuantity("meeting.duration", 9, null, "hour", { minExclusive: true }), elevenPoints],
        terms: [elections],
      },
    },
  ],
};
