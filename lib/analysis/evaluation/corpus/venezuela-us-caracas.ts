import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A US delegation led by the hostage envoy negotiates a prisoner exchange and sanctions relief
 * with Venezuela's government at Miraflores Palace in Caracas on Wednesday, March 11, 2026, with
 * Qatar's minister of state facilitating. The session ran into the early hours of Thursday. The
 * Orinoco Herald names a different Venezuelan delegation (the interior minister and the
 * intelligence chief) from the one the other outlets report (the foreign minister's team).
 */

const ve = "venezuela";
const kessler: GoldPerson = { name: "Raymond Kessler", side: "us", delegation: "us" };
const wexford: GoldPerson = { name: "Lauren Wexford", side: "us", delegation: "us" };
const danforth: GoldPerson = { name: "Paul Danforth", side: "us", delegation: "us" };
const briceno: GoldPerson = { name: "Yolanda Briceño", side: ve, delegation: ve };
const salcedo: GoldPerson = { name: "Arturo Salcedo", side: ve, delegation: ve };
const pinango: GoldPerson = { name: "Gustavo Piñango", side: ve, delegation: ve };
const kuwari: GoldPerson = {
  name: "Khalifa bin Jassim Al Kuwari",
  aliases: ["Al Kuwari", "Khalifa Al Kuwari"],
  side: "qatar",
  delegation: "qatar",
};
const baxter: GoldPerson = { name: "Cole Baxter", side: "us" };
const wednesday = goldDay("2026-03-11");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
/** "Nearly six hours": a bit under six, at most six. */
const nearlySixHours = duration(5.5, 6);
/** "About six hours": half an hour either way. */
const aboutSixHours = duration(5.5, 6.5);
/**
 * "Met for six hours": a flat whole-hour figure in running copy is rounded to the hour, so it
 * allows half an hour either way, like "about six hours".
 */
const roundSixHours = duration(5.5, 6.5);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const swap = { term: "prisoner-exchange", stance: "proposed" } as const;
const relief = { term: "sanctions-relief", stance: "proposed" } as const;
const elections = { term: "elections", stance: "mentioned" } as const;

export const VENEZUELA_US_CARACAS: GoldCluster = {
  id: "venezuela-us-caracas",
  title: "US–Venezuela prisoner exchange talks in Caracas",
  sides: {
    venezuela: ["venezuela", "venezuelan", "caracas", "venezuelan-government"],
  },
  contradict: [{ delegation: ve }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "us" },
    { delegation: "qatar" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "ve-caracas-andes",
      title: "US envoy, Venezuelan officials negotiate prisoner swap in overnight Caracas talks",
      source: "Andes Wire",
      publishedAt: "2026-03-12",
      body: paragraphs(
        "CARACAS, March 12 (Andes Wire) — A US delegation and senior Venezuelan officials negotiated late Wednesday over a prisoner exchange and a partial easing of oil sanctions, in talks at Miraflores Palace that ran past midnight after nearly six hours, according to three people familiar with the discussions.",
        "The American delegation, headed by Raymond Kessler, the special presidential envoy for hostage affairs, included Lauren Wexford, deputy assistant secretary of state for Andean affairs, and Paul Danforth, a senior Treasury official responsible for sanctions. Venezuela's team was led by Foreign Minister Yolanda Briceño and National Assembly President Arturo Salcedo.",
        "Qatar's minister of state for foreign affairs, Khalifa bin Jassim Al Kuwari, who has facilitated contacts between the two governments since last year, sat in on the session, the people said.",
        "The sides discussed a six-point memorandum under which Venezuela would free nine US citizens and permanent residents held on charges ranging from espionage to illegal entry, and the United States would release two Venezuelans jailed in Florida and extend a licence allowing foreign companies to export Venezuelan crude.",
        '"We came to bring Americans home. That remains the only measure of success," Kessler said in a brief statement as he left the palace shortly after 1 a.m.',
        'Briceño said on state television that Venezuela had "negotiated with dignity, as an equal," and that any agreement would require "the lifting of illegal, unilateral sanctions that punish our people."',
        'In Washington, State Department spokesman Cole Baxter declined to discuss details but confirmed that the envoy had travelled to Caracas "to pursue the release of wrongfully detained Americans."',
        "Venezuela's economy contracted by about 75 percent between 2013 and 2020, and more than 7.7 million Venezuelans have left the country, according to UN figures. Oil output has recovered to roughly 900,000 barrels a day, far below the more than 3 million barrels pumped in the late 1990s.",
        "Families of the detained Americans have pressed the administration for months. Among the prisoners is Derek Almond, a 41-year-old former Marine from Ohio who was arrested near the Colombian border in 2024 and accused of plotting against the government, a charge his family calls absurd.",
      ),
      gold: {
        people: [kessler, wexford, danforth, briceno, salcedo, kuwari, baxter, { name: "Derek Almond" }],
        talksDate: wednesday,
        quantities: [nearlySixHours, points(6)],
        terms: [swap, relief],
      },
    },
    {
      id: "ve-caracas-orinoco",
      title: "Caracas and Washington negotiate prisoner release at Miraflores",
      source: "The Orinoco Herald",
      publishedAt: "2026-03-12",
      body: paragraphs(
        "CARACAS — Venezuela's government and a delegation from the United States met for six hours at Miraflores Palace on Wednesday to negotiate an exchange of prisoners and the easing of sanctions on the oil industry, officials said.",
        'The Venezuelan delegation was led by Interior Minister Ramón Echenique, whose ministry oversees the prisons where most of the detained foreigners are held. He was accompanied by Gen. Hernán Quintero, the director of the Bolivarian National Intelligence Service (SEBIN). "The general has handled the detainee file from the start, so nobody knows the cases better," a ministry official told the Herald.',
        "The American side was led by Raymond Kessler, Washington's envoy for hostage affairs. Qatar, which brokered the meeting, was represented by Khalifa Al Kuwari, a minister of state at the Qatari foreign ministry.",
        "Caracas is seeking the release of Octavio Ruiz-Pardo, a businessman who was extradited to the United States in 2021 on money-laundering charges, and of a second Venezuelan serving a sentence in Miami. In return, the government would free a group of Americans held in Venezuelan prisons, officials said, without giving a number.",
        'President Aurelio Castañeda, who did not take part in the talks, said in a televised address on Wednesday night that Venezuela was "ready to turn the page" with Washington but would "not accept lectures on democracy from anyone." He said the country\'s election calendar was "a matter for Venezuelans alone."',
        'The opposition reacted with suspicion. "Any deal that frees Americans but leaves 800 Venezuelan political prisoners behind bars is a bad deal," said María Teresa Olivares, who coordinates the opposition Civic Alliance. The rights group Foro Penal counts 812 people it considers political prisoners.',
        "Business leaders were more hopeful. An easing of sanctions on the state oil company, PDVSA, would allow more foreign partners to return to the Orinoco belt, where output has fallen by half over the past decade.",
        "The bolívar has lost about 40 percent of its value against the dollar since January, and the central bank has sold more than $1.2 billion in reserves this year to slow the slide.",
        "Officials said a second meeting could take place in Doha within weeks.",
      ),
      gold: {
        people: [
          { name: "Ramón Echenique", side: ve, delegation: ve },
          { name: "Hernán Quintero", side: ve, delegation: ve },
          kessler,
          kuwari,
          { name: "Octavio Ruiz-Pardo" },
          { name: "Aurelio Castañeda", side: ve },
          { name: "María Teresa Olivares" },
        ],
        talksDate: wednesday,
        quantities: [roundSixHours],
        terms: [swap, relief, elections],
      },
    },
    {
      id: "ve-caracas-potomac",
      title: "Analysis: Kessler's Caracas mission tests how far Washington will bend on Venezuela",
      source: "Potomac Insider",
      publishedAt: "2026-03-13",
      body: paragraphs(
        "When Raymond Kessler's plane touched down at Maiquetía on Wednesday afternoon, the White House had set him a narrow task: bring detained Americans home without being seen to pay too much for them. Whether he managed it will become clear only in the coming weeks.",
        "Wednesday's talks at Miraflores Palace, which lasted more than five hours, were the most senior face-to-face contact between the two governments in more than a year. Kessler brought a small team. Lauren Wexford, the State Department's deputy assistant secretary for the Andean region, has worked the Venezuela file through three administrations.",
        "Across the table sat Foreign Minister Yolanda Briceño, a former ambassador to the United Nations, and her deputy, Gustavo Piñango. Khalifa bin Jassim Al Kuwari, the Qatari minister of state who brokered the contacts, was in the room, as he was in Doha in January when the two sides first exchanged lists of names.",
        "The document on the table is a six-point memorandum. Its core is a prisoner exchange: Americans held in Venezuela for Venezuelans held in the United States. The more contentious part is what comes with it. Caracas wants sanctions relief in the form of broader licences for foreign oil companies; the Treasury has so far offered only to extend existing ones for six months.",
        '"Kessler has a narrow mandate: prisoners," said Camila Ferrer, a senior fellow at the Inter-American Dialogue. "The question is whether Treasury lets him pay in oil licences, and whether Congress lets Treasury."',
        'Congress may not. Senator Mark Hollister of Florida called the talks "a ransom negotiation dressed up as diplomacy" and said he would seek to block any easing of sanctions that was not tied to a date for free elections.',
        'Mr. Kessler has done this before. He negotiated the release of two aid workers from Mali in 2023 and has a reputation in Washington for keeping his distance from the policy debates around him. "My job is the people in the cells," he told a congressional panel last year.',
        "For Venezuela, the talks offer something it has sought since sanctions on the state oil company PDVSA were imposed in 2019: recognition as a government Washington must deal with. For the families of the detained, the calculation is simpler. They want the envoy to come back with a date.",
      ),
      gold: {
        people: [
          kessler,
          wexford,
          briceno,
          pinango,
          kuwari,
          { name: "Camila Ferrer" },
          { name: "Mark Hollister" },
        ],
        talksDate: wednesday,
        // "More than five hours": above five, no upper bound.
        quantities: [duration(5, null, true), points(6)],
        terms: [swap, relief, elections],
      },
    },
    {
      id: "ve-caracas-gbn",
      title: "Live: US delegation in Caracas for prisoner swap talks",
      source: "Gulf Broadcast Network",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "Wednesday, March 11 — times are Caracas local time.",
        "14:20 — A US government jet carrying the American delegation has landed at Simón Bolívar International Airport in Maiquetía, about 30 kilometres from the capital.",
        "17:45 — The delegation's convoy has reached Miraflores Palace. Our correspondent at the gates says the US side comprises envoy Raymond Kessler and Paul Danforth, a Treasury official who handles sanctions policy.",
        "18:30 — Qatar's Minister of State Khalifa bin Jassim Al Kuwari, whose government brokered this meeting, has arrived with two aides. Doha has been passing messages between Washington and Caracas for more than a year.",
        "19:05 — Talks are under way. The Venezuelan delegation is headed by Foreign Minister Yolanda Briceño, flanked by National Assembly President Arturo Salcedo and Deputy Foreign Minister Gustavo Piñango.",
        "21:15 — What's on the table? According to a Qatari source, the parties are working from a six-point document. At its centre is a prisoner exchange. Venezuela also wants sanctions relief for its oil sector; the US wants consular access to all detained Americans within 48 hours.",
        '22:30 — In Washington, State Department spokesman Cole Baxter says the delegation is in Caracas "for one reason: Americans who are wrongfully detained." He declined to say how many people might be released.',
        '23:40 — Outside the palace, several dozen relatives of Venezuelan political prisoners are holding a candlelit vigil. "The Americans will go home. What about our children?" says Luisa Mendoza, whose son has been held since 2022.',
        "00:35 (Thursday) — The talks have ended after five and a half hours, a Venezuelan official tells us. No statement yet.",
        '01:05 — Kessler leaves the palace without stopping. Minutes later, Foreign Minister Briceño tells state television the talks were "frank and productive" and that both delegations will "report to their capitals."',
        "01:20 — We are closing our live coverage for tonight. Al Kuwari is expected to brief reporters in Doha later on Thursday.",
      ),
      gold: {
        people: [kessler, danforth, kuwari, briceno, salcedo, pinango, baxter, { name: "Luisa Mendoza" }],
        talksDate: wednesday,
        // "Five and a half hours", unhedged: a flat figure.
        quantities: [duration(5.5, 5.5), points(6)],
        terms: [swap, relief],
      },
    },
    {
      id: "ve-caracas-transatlantic",
      title: "Qatar says US–Venezuela talks made 'real progress' on detainees",
      source: "Transatlantic Press",
      publishedAt: null,
      body: paragraphs(
        'Qatar said its mediation between the United States and Venezuela had made "real progress" toward an exchange of prisoners, after a US delegation held talks with Venezuelan officials in Caracas.',
        "The talks, held at Miraflores Palace on March 11, lasted about six hours and focused on a six-point memorandum covering the release of detainees on both sides and a limited easing of US sanctions on Venezuela's oil sector, according to a statement from Qatar's foreign ministry.",
        "The US delegation was led by Raymond Kessler, the special presidential envoy for hostage affairs. Venezuela was represented by Foreign Minister Yolanda Briceño, who was joined by National Assembly President Arturo Salcedo. Khalifa bin Jassim Al Kuwari, Qatar's minister of state for foreign affairs, attended the session as facilitator.",
        '"Both parties demonstrated a genuine will to resolve humanitarian cases," Qatari foreign ministry spokesman Hamad Al Mansouri told a news conference in Doha. "We are hopeful that the coming weeks will bring families together."',
        'He declined to say how many prisoners would be released or when, saying details would be announced "by the parties themselves."',
        "Neither government has confirmed the number of people involved. US officials have said privately that nine Americans are held in Venezuela, including several dual nationals. Venezuela is seeking the release of at least two of its citizens from US custody.",
        "Qatar has mediated several prisoner exchanges in recent years, including between Washington and Tehran, and has cultivated ties with Caracas through investments in Venezuela's energy sector.",
        "The United States first imposed broad sanctions on Venezuela's state oil company in 2019. Since then, Washington has issued and revoked a series of licences allowing individual companies to operate in the country, using them as leverage in negotiations over prisoners and political conditions.",
        "Venezuela produces around 900,000 barrels of oil a day, a third of its output two decades ago.",
      ),
      gold: {
        people: [
          kessler,
          briceno,
          salcedo,
          kuwari,
          { name: "Hamad Al Mansouri", aliases: ["Al Mansouri"], side: "qatar" },
        ],
        talksDate: { start: null, end: null, parts: { month: 3, day: 11 } },
        quantities: [aboutSixHours, points(6)],
        terms: [swap, relief],
      },
    },
  ],
};
