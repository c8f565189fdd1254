import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Bolivia–Chile talks on sea access and the Silala waters at Peru's foreign ministry in Lima,
 * a two-day round on Monday and Tuesday, March 9–10, 2026, chaired by Peru's foreign minister
 * with a US State Department observer team and the OAS special envoy in the room. Four outlets
 * describe a seven-point roadmap; the Illimani Courier in La Paz reports nine points.
 */

const quispe: GoldPerson = {
  name: "Wilfredo Quispe Antezana",
  aliases: ["Wilfredo Quispe", "Quispe"],
  side: "bolivia",
  delegation: "bolivia",
};
const alanoca: GoldPerson = {
  name: "Ximena Alanoca Flores",
  aliases: ["Ximena Alanoca", "Alanoca"],
  side: "bolivia",
  delegation: "bolivia",
};
const aguirre: GoldPerson = {
  name: "Marcelo Aguirre Vaca",
  aliases: ["Marcelo Aguirre", "Aguirre"],
  side: "bolivia",
  delegation: "bolivia",
};
const irarrazaval: GoldPerson = {
  name: "Consuelo Irarrázaval",
  aliases: ["Irarrázaval"],
  side: "chile",
  delegation: "chile",
};
const bunster: GoldPerson = {
  name: "Ignacio Bunster",
  aliases: ["Bunster"],
  side: "chile",
  delegation: "chile",
};
const correa: GoldPerson = {
  name: "Paulina Correa Ahumada",
  aliases: ["Paulina Correa", "Correa"],
  side: "chile",
  delegation: "chile",
};
const mendivil: GoldPerson = {
  name: "Augusto Mendívil Zapata",
  aliases: ["Augusto Mendívil", "Mendívil"],
  side: "peru",
  delegation: "peru",
};
const huaman: GoldPerson = {
  name: "Carla Huamán Otárola",
  aliases: ["Carla Huamán", "Huamán"],
  side: "peru",
  delegation: "peru",
};
const solberg: GoldPerson = { name: "Kathryn Solberg", aliases: ["Solberg"], side: "us", delegation: "us" };
const arriaga: GoldPerson = {
  name: "Luis Arriaga-Benton",
  aliases: ["Arriaga-Benton"],
  side: "us",
  delegation: "us",
};
const falk: GoldPerson = { name: "Gregory Falk", aliases: ["Falk"], side: "us", delegation: "us" };
const quintanilla: GoldPerson = {
  name: "Marisol Quintanilla",
  aliases: ["Quintanilla"],
  side: "oas",
  delegation: "oas",
};
const villca: GoldPerson = { name: "Ernesto Villca", aliases: ["Villca"], side: "bolivia" };

const round = goldDay("2026-03-09", "2026-03-10");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const BOLIVIA_CHILE_LIMA: GoldCluster = {
  id: "bolivia-chile-lima",
  title: "Bolivia–Chile talks on sea access and water in Lima",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "bolivia" },
    { delegation: "chile" },
    { delegation: "peru" },
    { delegation: "us" },
    { delegation: "oas" },
  ],
  sides: {
    bolivia: ["bolivia", "bolivian", "la-paz"],
    chile: ["chile", "chilean", "santiago"],
    peru: ["peru", "peruvian", "lima"],
    oas: ["oas", "organization-of-american-states"],
  },
  articles: [
    {
      id: "bolivia-lima-pan",
      title: "Bolivia, Chile study roadmap on sea access and Silala waters",
      source: "Pacific Andean News",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "LIMA, March 10 (PAN) — Bolivia and Chile ended a two-day round of talks in the Peruvian capital on Tuesday by agreeing to study a seven-point roadmap on Bolivian access to the Pacific and the shared use of the Silala waters, the first framework the two neighbours have discussed since the International Court of Justice ruled on their sea dispute in 2018.",
        "Bolivian Foreign Minister Wilfredo Quispe Antezana, accompanied by Ximena Alanoca Flores, head of the state office for the maritime claim, led La Paz's delegation. Chile's team was headed by Undersecretary of Foreign Affairs Consuelo Irarrázaval, with her legal adviser Ignacio Bunster.",
        "Peru's foreign minister, Augusto Mendívil Zapata, chaired the sessions at the Torre Tagle palace. Deputy Assistant Secretary of State Kathryn Solberg attended as an observer for Washington, together with the US embassy's political counselor, Luis Arriaga-Benton. The Organization of American States was represented by its special envoy, Marisol Quintanilla, a Costa Rican diplomat.",
        '"Nobody expected a solution to a problem that is 147 years old in two days," Mendívil told reporters. "What we have is a method, and both delegations accepted it."',
        "According to Peruvian officials, the roadmap provides for technical working groups on port facilities at Arica, on a special customs regime for Bolivian cargo, and on compensation and monitoring for the Silala, a spring-fed river that rises in Bolivia and crosses into Chile's Antofagasta region.",
        'Chile has long ruled out ceding any sovereign territory. "Chile is here to talk about ports, water and trade, not about borders, which were settled by the 1904 treaty," Irarrázaval said after the closing session.',
        'In La Paz, President Ernesto Villca said Bolivia "will never renounce" its claim to a coastline, which it lost in the War of the Pacific of 1879–1884, but called the Lima talks "a door that has been closed for too long."',
        "The two countries have not had full diplomatic relations since 1978. Any arrangement involving land north of Arica would also require Peru's consent under a 1929 treaty, one reason Lima was chosen as host.",
      ),
      gold: {
        people: [quispe, alanoca, irarrazaval, bunster, mendivil, solberg, arriaga, quintanilla, villca],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms: [],
      },
    },
    {
      id: "bolivia-lima-illimani",
      title: "In Lima, Bolivia's negotiators bring the sea back to the table",
      source: "The Illimani Courier",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "LA PAZ — Bolivia's delegation returned from Lima on Wednesday with what officials called a nine-point document, the product of two days of negotiations with Chile on Monday and Tuesday under Peruvian chairmanship.",
        "Foreign Minister Wilfredo Quispe Antezana led the team. With him were Ximena Alanoca Flores, who directs the state's maritime claim office; Captain Marcelo Aguirre Vaca of the Bolivian Navy, the service that has trained on Lake Titicaca for more than a century; and the hydrologist Rolando Condori, who advised on the Silala.",
        "Chile's delegation was headed by Consuelo Irarrázaval, the undersecretary of foreign affairs, and included Paulina Correa Ahumada, director of the national frontiers and limits office. The talks were chaired by Peru's foreign minister, Augusto Mendívil Zapata.",
        "Two American observers sat along the wall: Kathryn Solberg, a deputy assistant secretary in the State Department's Western Hemisphere bureau, and Gregory Falk, a water-law specialist from the department's Office of the Legal Adviser. The OAS special envoy, Marisol Quintanilla, also followed the sessions.",
        "According to a member of the Bolivian team, the nine points include a free zone for Bolivian cargo at Arica, Bolivian participation in the management of a port terminal, and a joint commission to measure the flow of the Silala and settle what Chile should pay for its use.",
        'President Ernesto Villca received the delegation at the Casa Grande del Pueblo. "Our claim is not for sale and not for rent," he said, "but we will not leave a table that Bolivia spent a century asking for."',
        'In the Plaza Murillo, retired petty officer Justo Mamani, 71, wore his dress uniform for the occasion. "My friend Celestino Huarachi served thirty years in a navy without a sea, and he died without seeing it," he said. "I would like to see it."',
        "Bolivia's exports through Chilean ports reached about 2.4 million tonnes last year, officials say, much of it minerals and soy. Transport unions have long complained about delays and storage fees at Arica.",
      ),
      gold: {
        people: [
          quispe,
          alanoca,
          aguirre,
          { name: "Rolando Condori", aliases: ["Condori"], side: "bolivia", delegation: "bolivia" },
          irarrazaval,
          correa,
          mendivil,
          solberg,
          falk,
          quintanilla,
          villca,
          { name: "Justo Mamani" },
        ],
        talksDate: round,
        quantities: [twoDays, points(9)],
        terms: [],
      },
    },
    {
      id: "bolivia-lima-valparaiso",
      title: "Analysis: Santiago's careful yes in Lima",
      source: "Valparaíso Chronicle",
      publishedAt: "2026-03-16",
      body: paragraphs(
        "SANTIAGO — Chile went to Lima last week determined to talk about anything except sovereignty, and by the end of the two-day round on Monday and Tuesday it had largely succeeded.",
        "The undersecretary of foreign affairs, Consuelo Irarrázaval, led a deliberately technical delegation. Her team included Ignacio Bunster, the ministry's chief legal adviser, and Paulina Correa Ahumada, who runs the frontiers and limits office and knows the Silala file better than anyone in government.",
        "Facing them was Bolivian Foreign Minister Wilfredo Quispe Antezana, a former trade unionist from Oruro who has built his career on the maritime claim. Quispe, diplomats who were present say, was less combative than expected, and spent much of the first day on customs tariffs.",
        "Peru's Augusto Mendívil Zapata chaired, with his vice-minister, Carla Huamán Otárola, running the working sessions. Washington's observer, Deputy Assistant Secretary Kathryn Solberg, sat in with Luis Arriaga-Benton of the US embassy in Lima, as did Marisol Quintanilla, the special envoy of the Organization of American States.",
        "The seven-point roadmap they left with commits Chile to nothing it has not offered before in some form: port facilities, transit guarantees under the 1904 treaty, and a joint study of the Silala's flow. The novelty is the timetable, with working groups due to report by September.",
        'Foreign Minister Rodrigo Espinoza, who stayed in Santiago, told senators on Thursday that the government "did not and will not put a single square metre of Chilean territory on the table." President Andrés Montalva has said the same.',
        '"For Chile the point of Lima is to show the region it is reasonable without moving on the substance," said Teresa Ugarte, a professor of international law at the Andean Studies Centre in Lima. "For Bolivia, the point is simply that the conversation exists again."',
        "Polls suggest Chileans are in no mood for concessions: in a survey published in January, 68 percent opposed any sovereign access for Bolivia. With Congress due to debate funding for the northern ports in October, few politicians in Santiago want to be seen giving ground.",
      ),
      gold: {
        people: [
          irarrazaval,
          bunster,
          correa,
          quispe,
          mendivil,
          huaman,
          solberg,
          arriaga,
          quintanilla,
          { name: "Rodrigo Espinoza", side: "chile" },
          { name: "Andrés Montalva", side: "chile" },
          { name: "Teresa Ugarte" },
        ],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms: [],
      },
    },
    {
      id: "bolivia-lima-radio-andina",
      title: "Live: Bolivia–Chile talks in Lima, day two",
      source: "Radio Andina",
      publishedAt: "2026-03-10",
      body: paragraphs(
        "08:35 — Good morning from the Jirón Ucayali, outside Peru's foreign ministry, where Bolivia and Chile resume talks this morning for the second and final day of the two-day round. Yesterday's opening session ended after dark with no statements.",
        "08:50 — The US observers are arriving. Kathryn Solberg, deputy assistant secretary for Western Hemisphere affairs, walks in with Gregory Falk of the State Department's legal adviser's office. Neither stops for questions.",
        "09:02 — Bolivian Foreign Minister Wilfredo Quispe Antezana arrives with Captain Marcelo Aguirre Vaca, the navy officer on his team. Quispe waves at a small group of Bolivian residents holding a blue maritime flag.",
        "09:10 — The Chilean delegation is in: Undersecretary Consuelo Irarrázaval, with legal adviser Ignacio Bunster a few steps behind.",
        "09:20 — Host Augusto Mendívil Zapata and his vice-minister, Carla Huamán Otárola, greet the OAS special envoy, Marisol Quintanilla, at the door.",
        '11:45 — A statement from Washington: Assistant Secretary for Western Hemisphere Affairs Renée Calloway says the United States "supports a negotiated, durable solution that both peoples can accept" and praises Peru\'s role.',
        "13:30 — We are hearing from a Peruvian official that the mediators' seven-point roadmap is being read line by line. The points on port access at Arica and on the Silala are the hardest.",
        "16:05 — Traffic note: the ministry has closed two blocks of the Jirón Ucayali to cars until the evening.",
        '18:40 — The talks are over. Mendívil says both delegations accepted the roadmap "as a basis for work" and that the working groups will meet within 60 days.',
        '18:55 — Quispe, outside: "We came to Lima with a claim, and we leave with a process. That is more than Bolivia has had in years." Irarrázaval left without speaking.',
        "19:10 — That is it for our live coverage today. Thank you for following.",
      ),
      gold: {
        people: [
          solberg,
          falk,
          quispe,
          aguirre,
          irarrazaval,
          bunster,
          mendivil,
          huaman,
          quintanilla,
          { name: "Renée Calloway", aliases: ["Calloway"], side: "us" },
        ],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms: [],
      },
    },
    {
      id: "bolivia-lima-hemisphere-brief",
      title: "Explainer: why Bolivia and Chile are talking again, and why Peru is in the room",
      source: "Hemisphere Brief",
      publishedAt: null,
      body: paragraphs(
        "At a glance — Round: Lima, March 9–10, 2026. Host: Peru. Observers: the United States and the Organization of American States. Outcome: a roadmap of seven points and working groups on ports, transit and water.",
        "Why are they talking? Bolivia lost its 400-kilometre coastline to Chile in the War of the Pacific and has sought a way back to the sea ever since. In 2018 the International Court of Justice ruled, by 12 votes to 3, that Chile had no obligation to negotiate sovereign access. A second case, over the Silala river, ended in 2022. The Lima round, held over two days, is the first attempt since then to talk about both subjects at once.",
        "Who sat at the table? Bolivia sent Foreign Minister Wilfredo Quispe Antezana and Ximena Alanoca Flores, the official in charge of the maritime claim. Chile was represented by Undersecretary Consuelo Irarrázaval and Paulina Correa Ahumada of the frontiers office. Peru's foreign minister, Augusto Mendívil Zapata, chaired.",
        "And the outsiders? The State Department was represented by Kathryn Solberg, a deputy assistant secretary, and by Luis Arriaga-Benton, political counselor at the embassy in Lima. The OAS sent its special envoy, Marisol Quintanilla.",
        "Why Peru? Under a 1929 treaty, Chile cannot hand over to a third country any of the former Peruvian territory around Arica without Lima's agreement. Any corridor to the sea through that land needs Peru's blessing, which makes the host also a gatekeeper.",
        "What is in the roadmap? Its seven points set up working groups on a Bolivian customs zone in Arica, rail and road transit, and the measurement and pricing of the Silala's water. Sovereignty is not mentioned.",
        '"Washington\'s presence is a signal that the hemisphere would like this dispute off its agenda," said Howard Lin, a former US ambassador to Bolivia. "But the Americans are there to watch, not to write the text."',
        "What next? The working groups are due to report within six months. Any agreement that touches the 1904 treaty would need the approval of both congresses, which no government in Santiago has yet risked asking for.",
      ),
      gold: {
        people: [
          quispe,
          alanoca,
          irarrazaval,
          correa,
          mendivil,
          solberg,
          arriaga,
          quintanilla,
          { name: "Howard Lin" },
        ],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms: [],
      },
    },
  ],
};
