import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Armenia–Turkey normalization talks at the Austrian foreign ministry in Vienna on Wednesday,
 * May 13, 2026, hosted by Austria, with a US deputy assistant secretary of state and a US
 * embassy official observing. All outlets agree on the day and on a session of about six hours;
 * Bosphorus Daily reports a six-point roadmap where the others report eight points.
 */

const sevunts: GoldPerson = { name: "Aram Sevunts", side: "armenia", delegation: "armenia" };
const abgaryan: GoldPerson = { name: "Lilit Abgaryan", side: "armenia", delegation: "armenia" };
const melkonyan: GoldPerson = { name: "Garegin Melkonyan", side: "armenia", delegation: "armenia" };
const altindag: GoldPerson = { name: "Kerem Altındağ", side: "turkey", delegation: "turkey" };
const uysal: GoldPerson = { name: "Defne Uysal", side: "turkey", delegation: "turkey" };
const kilicarslan: GoldPerson = { name: "Serdar Kılıçarslan", side: "turkey", delegation: "turkey" };
const leitgeb: GoldPerson = { name: "Johanna Leitgeb", side: "austria", delegation: "austria" };
const aichhorn: GoldPerson = { name: "Florian Aichhorn", side: "austria", delegation: "austria" };
const ashwell: GoldPerson = { name: "Gregory Ashwell", side: "us", delegation: "us" };
const oyelaran: GoldPerson = { name: "Dana Oyelaran", side: "us", delegation: "us" };
const strand: GoldPerson = { name: "Kevin Strand", side: "us", delegation: "us" };
const sayin: GoldPerson = { name: "Tolga Erdem Sayın", side: "turkey" };
const poghosyan: GoldPerson = { name: "Anahit Poghosyan", side: "armenia" };
const wednesday = goldDay("2026-05-13");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const border = { term: "territorial-recognition", stance: "proposed" } as const;

export const ARMENIA_TURKEY_VIENNA: GoldCluster = {
  id: "armenia-turkey-vienna",
  title: "Armenia–Turkey normalization talks in Vienna",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "armenia" },
    { delegation: "turkey" },
    { delegation: "austria" },
    { delegation: "us" },
  ],
  sides: {
    armenia: ["armenia", "armenian", "yerevan"],
    austria: ["austria", "austrian", "vienna"],
    azerbaijan: ["azerbaijan", "azerbaijani", "baku"],
  },
  articles: [
    {
      id: "armtur-danube",
      title: "Armenia, Turkey envoys agree to study border reopening at Vienna talks",
      source: "Danube Wire Service",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "VIENNA, May 13 (DWS) — Armenian and Turkish envoys spent about six hours in talks at the Austrian foreign ministry on Wednesday and agreed to study an eight-point roadmap that would begin with the reopening of the Margara–Alican crossing on their shared border, closed since 1993.",
        "Armenia's special envoy for the normalization process, Aram Sevunts, the deputy speaker of parliament, was accompanied by Deputy Foreign Minister Lilit Abgaryan. Ambassador Kerem Altındağ, Ankara's special envoy, brought Defne Uysal, who runs the Turkish foreign ministry's directorate for the Caucasus and Central Asia.",
        "The session was chaired by Johanna Leitgeb, the secretary-general of the Austrian foreign ministry, whose government offered to host the round in March after two earlier meetings in Istanbul and Yerevan produced little beyond statements of goodwill.",
        "Washington sent Gregory Ashwell, a deputy assistant secretary of state in the Bureau of European and Eurasian Affairs, who observed the talks alongside Dana Oyelaran, the political counselor at the US Embassy in Vienna.",
        "According to a summary circulated by the hosts, the roadmap also provides for the opening of diplomatic missions, the restoration of the Kars–Gyumri railway and a joint commission to confirm the existing border on the basis of the 1921 Treaty of Kars.",
        '"We did not solve a hundred years of history in a day, and nobody expected us to," Mr. Sevunts told reporters on the steps of the ministry on Minoritenplatz. "But for the first time we have a text in front of us."',
        'Mr. Altındağ left without speaking to the press. In Ankara, foreign ministry spokesman Tolga Erdem Sayın said Turkey would continue the process "in close coordination with our Azerbaijani brothers," a reminder that Ankara has long tied the pace of normalization to a peace treaty between Armenia and Azerbaijan.',
        "The 311-kilometre border has been sealed since Turkey closed it in solidarity with Azerbaijan during the first Karabakh war. Trade between the two countries, routed through Georgia, is estimated at about $250 million a year.",
        "Two protocols signed in Zurich in 2009 to establish relations were never ratified. The envoys are expected to meet again in Vienna before the end of June, an Austrian diplomat said.",
      ),
      gold: {
        people: [sevunts, abgaryan, altindag, uysal, leitgeb, ashwell, oyelaran, sayin],
        talksDate: wednesday,
        quantities: [duration(6, 6), points(8)],
        terms: [border],
      },
    },
    {
      id: "armtur-caspian",
      title: "Analysis: Vienna gives Armenia and Turkey a text, not yet a deal",
      source: "The Caspian Review",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "Across the long table in the Austrian foreign ministry on Wednesday sat two men who have spent most of the past four years talking past each other. Aram Sevunts, Yerevan's envoy, had come with a folder of maps. Kerem Altındağ, his Turkish counterpart, had come with instructions to listen.",
        "That they left Vienna with a roadmap of eight points is, by the standards of this process, an achievement. The session ran to nearly six hours, according to two diplomats who were present, and for once neither side briefed against the other afterwards.",
        "Sevunts's team comprised Deputy Foreign Minister Lilit Abgaryan and Garegin Melkonyan, the lawyer who drafted much of Armenia's position on border demarcation. Altındağ sat with Defne Uysal at his side; she has handled the Caucasus file in Ankara since 2022 and is regarded in Yerevan as the more flexible of the two.",
        "The State Department's man in the room was Gregory Ashwell, a deputy assistant secretary for European and Eurasian affairs. He was joined by Dana Oyelaran, a political officer from the US Embassy in Vienna, and both said nothing in public. Austria's Johanna Leitgeb, the ministry's secretary-general, kept the agenda moving.",
        "The most delicate item is the mutual confirmation of the existing border under the Treaty of Kars, which Armenian nationalists see as a concession and Turkish officials see as a precondition for anything else. Its inclusion in the text suggests Yerevan has made a choice.",
        '"Ankara wants the border question settled on paper before it opens a single gate," said Emre Taşkıran, a foreign policy analyst in Ankara. "Yerevan wants gates first and paper later. The roadmap tries to do both at once."',
        'Douglas Whitmore, a former US ambassador to Turkey, was blunter. "When Nelson Trask and I sat in Zurich in 2009, we also thought the text was the hard part," he said. "It was the parliaments."',
        "There is also a European dimension. Armenia's stated ambition of EU accession, written into law last year, has made Brussels more attentive to the border, and Austria's role as host is partly a signal of that interest.",
        "What neither side controls is Baku. Turkish officials insist they will not move faster than a peace treaty between Armenia and Azerbaijan allows, and that treaty, initialled last August, remains unsigned.",
      ),
      gold: {
        people: [
          sevunts,
          altindag,
          abgaryan,
          melkonyan,
          uysal,
          ashwell,
          oyelaran,
          leitgeb,
          { name: "Emre Taşkıran" },
          { name: "Douglas Whitmore" },
          { name: "Nelson Trask" },
        ],
        talksDate: wednesday,
        quantities: [duration(6, 6), points(8)],
        terms: [border, { term: "eu-accession", stance: "mentioned" }],
      },
    },
    {
      id: "armtur-ararat",
      title: "Gyumri watches Vienna as envoys discuss railway and border",
      source: "Ararat Courier",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "YEREVAN — In Gyumri, where the rusting tracks of the old line to Kars still run west towards a border that has been closed for more than three decades, residents followed news from Vienna on Wednesday with a mixture of hope and fatigue.",
        "The talks on May 13, held at the Austrian foreign ministry, lasted more than five hours and ended with both delegations agreeing to take an eight-point roadmap back to their capitals, according to the Armenian foreign ministry.",
        "Deputy Speaker Aram Sevunts led the Armenian side, together with Deputy Foreign Minister Lilit Abgaryan, his deputy on the file. Garegin Melkonyan, the delegation's legal adviser, and a note-taker from the foreign ministry completed the team.",
        "Turkey was represented by Ambassador Kerem Altındağ. The American side — Deputy Assistant Secretary Gregory Ashwell and Dana Oyelaran of the US Embassy in Vienna — sat in as observers, while Secretary-General Johanna Leitgeb chaired for the Austrian hosts.",
        'Foreign ministry spokeswoman Anahit Poghosyan said in Yerevan that the roadmap "reflects Armenia\'s consistent position that normalization must be without preconditions." She confirmed that one of its points concerns the mutual recognition of the existing border, and that the restoration of the Kars–Gyumri railway is another.',
        "For Gyumri, the railway matters more than any communiqué. The line carried freight until 1993; today the station handles two passenger trains a day to Yerevan.",
        '"My father worked on that line for 31 years," said Hovhannes Mkrtchyan, 67, who sells spare parts near the station. "If they open it, I will believe it. Until then, Vienna is just a city on television."',
        "Business groups in Shirak province estimate that an open border could cut the cost of shipping goods to Europe by as much as 40 percent, though economists in Yerevan caution that such figures depend on Georgia's ports and on the state of Turkish roads in the east.",
        "The opposition was less enthusiastic. Several deputies said on Thursday that the government was negotiating under pressure and demanded that the full text be published before any further round.",
        "Officials said a follow-up meeting could take place in Vienna in June.",
      ),
      gold: {
        people: [
          sevunts,
          abgaryan,
          melkonyan,
          altindag,
          ashwell,
          oyelaran,
          leitgeb,
          poghosyan,
          { name: "Hovhannes Mkrtchyan" },
        ],
        talksDate: wednesday,
        quantities: [duration(5, null, true), points(8)],
        terms: [border],
      },
    },
    {
      id: "armtur-bosphorus",
      title: "Ankara's envoy returns from Vienna with six-point roadmap",
      source: "Bosphorus Daily",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "ISTANBUL — Turkey and Armenia have agreed on a six-point roadmap for normalizing relations, diplomatic sources said after Wednesday's talks in Vienna, the fourth round since the two neighbours appointed special envoys.",
        "Ambassador Kerem Altındağ led a delegation that included Defne Uysal, director-general for the Caucasus at the foreign ministry, and Serdar Kılıçarslan, an Interior Ministry expert on border management whose presence was read in Ankara as a sign that the opening of a crossing is now a practical question.",
        "Yerevan's team was headed by Aram Sevunts.",
        "The Austrian hosts split the chairing. Ambassador Florian Aichhorn, who heads the ministry's department for Eastern Europe, ran the morning session before Johanna Leitgeb, the secretary-general, took over after lunch. The meeting lasted six hours in all.",
        "Two American diplomats watched from the end of the table: Gregory Ashwell, the deputy assistant secretary of state responsible for the Caucasus, and Dana Oyelaran, who covers regional security at the US Embassy in Vienna. Neither took part in the discussion, the sources said.",
        "According to the sources, the six points include the opening of the Alican–Margara crossing to third-country nationals and holders of diplomatic passports, direct flights between Istanbul and Yerevan on more routes, and a joint commission that would confirm the existing border under the 1921 Treaty of Kars.",
        'Foreign ministry spokesman Tolga Erdem Sayın said the talks had been "constructive and forward-looking" and that Turkey would "continue to coordinate closely with Azerbaijan at every step."',
        'In Kars, the city closest to the border crossing, merchants said they had heard such promises before. "In 2009 we painted the shop signs in three languages," said Yavuz Karadere, who runs a cheese and honey business in the city centre. "Then nothing happened for seventeen years."',
        "Turkey closed the border in 1993 and has said it will not establish full relations with Armenia until Yerevan and Baku sign a peace treaty.",
        "Diplomats said the next round could take place in June.",
      ),
      gold: {
        people: [
          altindag,
          uysal,
          kilicarslan,
          sevunts,
          aichhorn,
          leitgeb,
          ashwell,
          oyelaran,
          sayin,
          { name: "Yavuz Karadere" },
        ],
        talksDate: wednesday,
        quantities: [duration(6, 6), points(6)],
        terms: [border],
      },
    },
    {
      id: "armtur-globalbrief",
      title: "Explainer: What came out of the Armenia–Turkey talks in Vienna?",
      source: "Global Brief",
      publishedAt: null,
      body: paragraphs(
        "Envoys from Armenia and Turkey met in Vienna on Wednesday for the latest round of a normalization process that began in 2022. Here is what we know.",
        "What happened? The two delegations met for roughly six hours at the Austrian foreign ministry and left with an eight-point roadmap, drafted largely by the Austrian hosts, which both sides will now study at home. Nothing has been signed.",
        "Who was there? For Armenia: Aram Sevunts, the special envoy and deputy speaker of parliament; Lilit Abgaryan, deputy foreign minister. For Turkey: Kerem Altındağ, the special envoy; Defne Uysal of the foreign ministry. For the hosts: Johanna Leitgeb, secretary-general of the Austrian foreign ministry. For the United States, as observers: Deputy Assistant Secretary of State Gregory Ashwell; Kevin Strand, director for the Caucasus at the National Security Council; and Dana Oyelaran of the US Embassy in Vienna.",
        'Who was not? Azerbaijan, whose support Turkey considers essential. In Baku, foreign ministry spokesman Elchin Mammadli said his government "welcomes any step that serves regional peace," without elaborating.',
        "What is in the roadmap? According to officials who have seen it, the eight points range from the opening of the Margara–Alican crossing and the restoration of the Kars–Gyumri railway to the establishment of diplomatic relations and a commission that would confirm the existing border on the basis of the 1921 Treaty of Kars.",
        'What does Washington say? In Washington, State Department spokesperson Matthew Corliss said the United States "strongly supports" normalization and was "glad to be present" in Vienna, but would leave the substance to the parties.',
        "Why does it matter? An open border would give landlocked Armenia a second route to Europe besides Georgia and would ease its dependence on Russia, which still has troops at a base in Gyumri. For Turkey, it would open a corridor towards Central Asia. Analysts have estimated the combined trade potential at up to $1 billion a year.",
        "Why has it taken so long? Turkey closed the border in 1993, during the war over Nagorno-Karabakh. A deal in 2009 collapsed when neither parliament ratified it. Ankara has since made clear that it will not move faster than a peace treaty between Armenia and Azerbaijan.",
        "What comes next? The envoys are expected back in Vienna within weeks. Austrian officials say they hope to have the first crossing opened before winter.",
      ),
      gold: {
        people: [
          sevunts,
          abgaryan,
          altindag,
          uysal,
          leitgeb,
          ashwell,
          strand,
          oyelaran,
          { name: "Elchin Mammadli", side: "azerbaijan" },
          { name: "Matthew Corliss", side: "us" },
        ],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [duration(6, 6), points(8)],
        terms: [border],
      },
    },
  ],
};
