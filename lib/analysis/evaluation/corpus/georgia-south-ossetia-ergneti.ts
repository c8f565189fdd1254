import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A meeting between Georgian and South Ossetian officials at Ergneti on the administrative
 * boundary line on Thursday, June 11, 2026, co-facilitated by the EU Monitoring Mission and the
 * OSCE, with a Russian border officer present. One wire report names a different South Ossetian
 * representative from the one the other outlets name.
 */

const ossetia = "south-ossetia";
const tsiklauri: GoldPerson = { name: "Levan Tsiklauri", side: "georgia", delegation: "georgia" };
const gelashvili: GoldPerson = { name: "Tamar Gelashvili", side: "georgia", delegation: "georgia" };
const lomidze: GoldPerson = { name: "Giorgi Lomidze", side: "georgia", delegation: "georgia" };
const bagaev: GoldPerson = { name: "Zaur Bagaev", side: ossetia, delegation: ossetia };
const dzhioeva: GoldPerson = { name: "Irina Dzhioeva", side: ossetia, delegation: ossetia };
const pliev: GoldPerson = { name: "Batraz Pliev", side: ossetia, delegation: ossetia };
const khugaev: GoldPerson = { name: "Soslan Khugaev", side: ossetia, delegation: ossetia };
const shestakov: GoldPerson = { name: "Andrei Shestakov", side: "russia", delegation: "russia" };
const lohmus: GoldPerson = { name: "Kristjan Lõhmus", side: "eu", delegation: "eu" };
const santangelo: GoldPerson = { name: "Fiorella Santangelo", side: "osce", delegation: "osce" };
const machavariani: GoldPerson = { name: "Ketevan Machavariani", side: "georgia" };
const kabisov: GoldPerson = { name: "Aslan Kabisov", side: ossetia };
const sulaberidze: GoldPerson = { name: "Natia Sulaberidze" };
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const terms = [
  { term: "prisoner-exchange", stance: "proposed" },
  { term: "humanitarian-corridor", stance: "proposed" },
] as const;

export const GEORGIA_SOUTH_OSSETIA_ERGNETI: GoldCluster = {
  id: "georgia-south-ossetia-ergneti",
  title: "Georgia–South Ossetia talks at Ergneti",
  sides: {
    georgia: ["georgia", "georgian", "tbilisi"],
    [ossetia]: ["south-ossetia", "south-ossetian", "tskhinvali", "ossetia", "ossetian"],
    eu: ["eu", "eumm", "european-union", "eu-monitoring-mission"],
  },
  contradict: [{ delegation: ossetia }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "georgia" },
    { delegation: "eu" },
    { delegation: "osce" },
    { delegation: "russia" },
  ],
  articles: [
    {
      id: "georgia-south-ossetia-ergneti-wire",
      title: "Georgia, South Ossetia discuss detainee swap at boundary meeting",
      source: "Black Sea Wire",
      publishedAt: "2026-06-11",
      body: paragraphs(
        "ERGNETI, Georgia, June 11 (BSW) — Georgian and South Ossetian officials met on Thursday in a tent on the boundary line that has divided them since the 2008 war, discussing a six-point package that would free detainees held on both sides and reopen a crossing for medical emergencies.",
        "The 90-minute meeting was co-chaired by Kristjan Lõhmus, the head of the European Union Monitoring Mission, and Fiorella Santangelo, the special representative of the OSCE chairpersonship for the South Caucasus.",
        "Levan Tsiklauri, Georgia's deputy state minister for reconciliation, led the Georgian delegation, with Tamar Gelashvili of the interior ministry. The South Ossetian side was headed by Zaur Bagaev, the Tskhinvali authorities' envoy for post-conflict issues, and included Irina Dzhioeva, who handles detainee cases. Col. Andrei Shestakov of Russia's border service, whose guards patrol the line, also took part.",
        'Under the package, Georgia would release two South Ossetian men convicted of smuggling, and Tskhinvali would free three Georgian villagers detained for "illegal border crossing" in a prisoner exchange supervised by the International Committee of the Red Cross. It also provides for a humanitarian corridor through the Odzisi crossing so that patients can reach hospitals in Tbilisi.',
        'Lõhmus told reporters the atmosphere had been "practical and calm" but that no agreement had been signed. "We have narrowed the differences on the exchange," he said.',
        "More than 1,000 people have been detained along the boundary line since 2008, according to Georgian figures, many of them farmers and herders who crossed unmarked sections of the line. Russian and South Ossetian forces have moved fences deeper into Georgian-controlled territory in several villages, a process Tbilisi calls creeping occupation.",
        'In Tbilisi, State Minister for Reconciliation Ketevan Machavariani said the government would "not accept any wording that implies recognition of the occupation regime".',
      ),
      gold: {
        people: [lohmus, santangelo, tsiklauri, gelashvili, bagaev, dzhioeva, shestakov, machavariani],
        talksDate: goldDay("2026-06-11"),
        quantities: [goldQuantity("meeting.duration", 90, 90, "minute"), points(6)],
        terms: [...terms, { term: "territorial-recognition", stance: "ruled-out" }],
      },
    },
    {
      id: "georgia-south-ossetia-ergneti-observer",
      title: "Families wait as Ergneti talks inch towards prisoner exchange",
      source: "Tbilisi Observer",
      publishedAt: "2026-06-12",
      body: paragraphs(
        "TBILISI — For Nana Beridze, whose husband has been held in Tskhinvali since February, Thursday's meeting at Ergneti was the first sign in months that he might come home.",
        '"They told us to wait for the exchange, and we have been waiting for four months," she said outside the reconciliation ministry, holding a photograph of her husband. "Tell them Zurab Beridze has a heart condition."',
        "The meeting, held on Thursday under the Incident Prevention and Response Mechanism set up in 2009, lasted an hour and a half. Deputy State Minister Levan Tsiklauri, who led the Georgian side, was accompanied by Giorgi Lomidze, an officer of the State Security Service who deals with missing persons cases.",
        "Across the table sat Zaur Bagaev, Tskhinvali's representative, who according to a Georgian participant raised the case of two Ossetian men serving sentences in Georgian prisons.",
        "The EU mission's head, Kristjan Lõhmus, and the OSCE's Fiorella Santangelo acted as co-facilitators. Officials said the document before the parties contains six points, covering the exchange of detainees, a humanitarian corridor at the Odzisi crossing and a joint hotline to report incidents along the line.",
        'The government insists that any deal must avoid language suggesting recognition of South Ossetia, which only Russia and a handful of other states recognise as independent. Minister Ketevan Machavariani repeated on Friday that territorial recognition was "not on the agenda and never will be".',
        '"The mechanism works best when it stays small and technical," said Natia Sulaberidze, an analyst at the Georgian Institute of Politics. "Every time politics enters the tent, people on the line pay for it."',
        "About 20 percent of Georgia's internationally recognised territory lies in South Ossetia and Abkhazia, where Russia keeps several thousand troops.",
      ),
      gold: {
        people: [
          { name: "Nana Beridze" },
          { name: "Zurab Beridze" },
          tsiklauri,
          lomidze,
          bagaev,
          lohmus,
          santangelo,
          machavariani,
          sulaberidze,
        ],
        talksDate: goldDay("2026-06-11"),
        quantities: [goldQuantity("meeting.duration", 1.5, 1.5, "hour"), points(6)],
        terms: [...terms, { term: "territorial-recognition", stance: "ruled-out" }],
      },
    },
    {
      id: "georgia-south-ossetia-ergneti-live",
      title: "Live: Ergneti boundary meeting",
      source: "Caucasus Live",
      publishedAt: "2026-06-11",
      body: paragraphs(
        "11:40 — We're at the Ergneti crossing, about 6 km south of Tskhinvali, where the first meeting of the incident prevention mechanism since March is due to begin at noon. EU monitors in blue vests are checking the tent.",
        "11:55 — The Georgian delegation arrives. Levan Tsiklauri, the deputy state minister for reconciliation, is leading, with Tamar Gelashvili of the interior ministry and Giorgi Lomidze of the security service.",
        "12:03 — The South Ossetian representatives cross from the other side. Zaur Bagaev leads them; beside him is Batraz Pliev, an officer of the Tskhinvali border guard. A Russian officer, Col. Andrei Shestakov, follows a few steps behind.",
        "12:10 — Proceedings open. The co-chairs are Kristjan Lõhmus of the EU Monitoring Mission and Fiorella Santangelo of the OSCE.",
        "12:45 — A reminder of what's at stake: Georgian officials say 11 of their citizens are currently held in Tskhinvali, most for crossing the line while tending cattle or collecting firewood.",
        "13:05 — A source in the tent tells us the draft under discussion has six points. The headline items are a prisoner exchange and a humanitarian corridor for medical evacuations via Odzisi.",
        '13:20 — From Tskhinvali, the de facto leader Aslan Kabisov says in a statement that South Ossetia "will not discuss its borders with anyone".',
        '13:40 — It\'s over after an hour and a half. The delegations leave by their own sides of the line. Lõhmus says the next meeting will take place "within weeks, not months".',
        "13:55 — No statement yet from the Georgian government. We'll update this page if one comes. That's all from Ergneti for today.",
      ),
      gold: {
        people: [tsiklauri, gelashvili, lomidze, bagaev, pliev, shestakov, lohmus, santangelo, kabisov],
        talksDate: goldDay("2026-06-11"),
        quantities: [goldQuantity("meeting.duration", 1.5, 1.5, "hour"), points(6)],
        terms,
      },
    },
    {
      id: "georgia-south-ossetia-ergneti-nodate",
      title: "Boundary talks end without deal on detainees",
      source: "Eurasia Newswire",
      publishedAt: null,
      body: paragraphs(
        "Talks between Georgia and the breakaway region of South Ossetia ended on Thursday without an agreement on the release of detainees, although both sides said an exchange remained possible, participants said.",
        "The meeting at Ergneti, on the boundary line north of the Georgian city of Gori, lasted less than two hours. It was co-facilitated by the European Union Monitoring Mission, whose head Kristjan Lõhmus chaired the session alongside Fiorella Santangelo of the OSCE.",
        "Georgia was represented by Levan Tsiklauri, a deputy state minister. The South Ossetian side sent Soslan Khugaev, an official of the region's security council, who told the meeting that Tskhinvali wanted the two Ossetian prisoners released first.",
        '"The sequence is the whole problem," a Western diplomat in Tbilisi said. "Each side wants the other to move first so that it can say it did not give in."',
        "The proposed prisoner exchange would involve five people in total. Georgia is also seeking a humanitarian corridor so that residents of the Akhalgori district can reach hospitals, an arrangement that worked informally until 2019, when the crossings were closed.",
        "Russia, which recognised South Ossetia's independence after the five-day war in August 2008, has about 3,500 troops in the region, according to Western estimates. The Kremlin said this week that it supported \"dialogue between Tbilisi and Tskhinvali\" but would not take part in any talks on the region's status.",
        "The mechanism meets irregularly and has been suspended several times since it was created in 2009, most recently for almost a year after a detained Georgian died in custody in 2022.",
      ),
      gold: {
        people: [lohmus, santangelo, tsiklauri, khugaev],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [goldQuantity("meeting.duration", null, 2, "hour", { maxExclusive: true })],
        terms,
      },
    },
    {
      id: "georgia-south-ossetia-ergneti-explainer",
      title: "Explainer: What the Ergneti meetings can and cannot do",
      source: "South Caucasus Review",
      publishedAt: "2026-06-14",
      body: paragraphs(
        "When Georgian and South Ossetian officials sat down at Ergneti on June 11, they were using one of the very few channels that still connect Tbilisi and Tskhinvali. The Incident Prevention and Response Mechanism was created in 2009 to deal with the practical fallout of the war: arrests along the line, cattle that wander across, water disputes and missing people.",
        "The format is deliberately modest. The European Union Monitoring Mission and the OSCE co-facilitate; at this round they were represented by Kristjan Lõhmus and Fiorella Santangelo. The Georgian team was led by Levan Tsiklauri. Zaur Bagaev, flanked by Irina Dzhioeva, spoke for South Ossetia, and a Russian border officer attended, as is customary.",
        "This time the parties were handed a six-point package. Two of its points matter most: a prisoner exchange that would free two Ossetians held in Georgia and three Georgians held in Tskhinvali, and a humanitarian corridor through Odzisi for people who need hospital care.",
        "Neither side wants the meetings to become political. Tbilisi will not sign anything that looks like recognition of the region, and Tskhinvali insists on being treated as an equal party. That leaves room only for small, concrete steps, which is exactly what the package offers.",
        "Critics say the mechanism has done little to stop what Georgians call borderisation, the steady advance of fences and signs into villages such as Khurvaleti and Gugutiantkari. Supporters reply that without it, incidents that now end in a phone call could end in gunfire.",
        '"Ergneti is not a peace process. It is a fire brigade," said Natia Sulaberidze of the Georgian Institute of Politics. "But you do not abolish the fire brigade because the house is still standing."',
        "A further meeting is expected in July. If the exchange goes ahead before then, it will be the largest since 2021.",
      ),
      gold: {
        people: [lohmus, santangelo, tsiklauri, bagaev, dzhioeva, sulaberidze],
        talksDate: goldDay("2026-06-11"),
        quantities: [points(6)],
        terms: [...terms, { term: "territorial-recognition", stance: "ruled-out" }],
      },
    },
  ],
};
