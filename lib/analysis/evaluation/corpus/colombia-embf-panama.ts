import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Two days of talks between Colombia's government and the Estado Mayor de Bloques y Frente
 * (EMBF), a coalition of FARC dissident fronts, in Panama City on Saturday and Sunday, July 18–19,
 * 2026, hosted by Panama with Norway and a US team as guarantors and observers. Most outlets report
 * a 12-point agenda; the Guaviare regional paper reports ten points.
 */

const montoya: GoldPerson = {
  name: "Vera Lucía Montoya Restrepo",
  aliases: ["Vera Montoya", "Montoya"],
  side: "colombia",
  delegation: "colombia",
};
const penaloza: GoldPerson = {
  name: "Álvaro Peñaloza",
  side: "colombia",
  delegation: "colombia",
};
const urrego: GoldPerson = { name: "Camila Urrego", side: "colombia", delegation: "colombia" };
const lozada: GoldPerson = { name: "Tatiana Lozada", side: "colombia", delegation: "colombia" };
const arboleda: GoldPerson = { name: "Julián Arboleda", side: "colombia" };
const cuellar: GoldPerson = {
  name: "Efraín Cuéllar Rojas",
  aliases: ["Cuéllar", "Jairo Sierra"],
  side: "embf",
  delegation: "embf",
};
const vanegas: GoldPerson = { name: "Leidy Johana Vanegas", side: "embf", delegation: "embf" };
const buitrago: GoldPerson = { name: "Néstor Buitrago", side: "embf", delegation: "embf" };
const caicedo: GoldPerson = { name: "Walter Caicedo", side: "embf" };
const arauz: GoldPerson = { name: "Marisol Arauz", side: "panama", delegation: "panama" };
const solbakken: GoldPerson = { name: "Ingrid Solbakken", side: "norway", delegation: "norway" };
const ferrante: GoldPerson = { name: "Nicole Ferrante", side: "us", delegation: "us" };
const castellanos: GoldPerson = { name: "Rubén Castellanos", side: "us", delegation: "us" };
const tanaka: GoldPerson = { name: "Paul Tanaka", side: "us", delegation: "us" };
const mulrooney: GoldPerson = { name: "Kevin Mulrooney", side: "us" };

const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;
const weekend = goldDay("2026-07-18", "2026-07-19");

export const COLOMBIA_EMBF_PANAMA: GoldCluster = {
  id: "colombia-embf-panama",
  title: "Colombia–EMBF dissident talks in Panama City",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "colombia" },
    { delegation: "embf" },
    { delegation: "panama" },
    { delegation: "norway" },
    { delegation: "us" },
    { term: "ceasefire" },
  ],
  sides: {
    colombia: ["colombia", "colombian", "colombian-government", "bogota", "government"],
    embf: [
      "embf",
      "estado-mayor-de-bloques-y-frente",
      "estado-mayor",
      "farc-dissidents",
      "dissidents",
      "dissident",
    ],
    panama: ["panama", "panamanian"],
  },
  articles: [
    {
      id: "colombia-embf-panama-andean",
      title: "Colombia, FARC dissident coalition agree 12-point agenda in Panama",
      source: "Andean Wire",
      publishedAt: null,
      body: paragraphs(
        "PANAMA CITY (AW) — Colombia's government and the largest remaining coalition of former FARC fighters closed two days of talks in the Panamanian capital at the weekend with a 12-point agenda that both sides said would carry the negotiations through the change of government in Bogotá next month.",
        "The Estado Mayor de Bloques y Frente (EMBF), a coalition of dissident fronts that broke away from a larger dissident structure in 2024, has an estimated 3,300 fighters in Guaviare, Meta, Caquetá and the Catatumbo region on the Venezuelan border.",
        'The government delegation, headed by Vera Lucía Montoya Restrepo, included retired general Álvaro Peñaloza and the lawyer Camila Urrego. The EMBF team comprised Efraín Cuéllar Rojas, known in the movement as "Jairo Sierra"; Leidy Johana Vanegas, its legal coordinator; and Néstor Buitrago, commander of one of the group\'s fronts in Guaviare.',
        "Panama's foreign minister, Marisol Arauz, hosted the round. Norway's special envoy, Ingrid Solbakken, and a State Department team led by Nicole Ferrante, deputy assistant secretary for Andean affairs, attended as guarantors and observers. Ms. Ferrante was joined by Paul Tanaka, political counselor at the US embassy in Bogotá.",
        "The agenda opens with an extension of the bilateral ceasefire that expires on August 31, followed by a humanitarian corridor to allow demining teams and aid into rural areas of Guaviare where, according to the Ombudsman's Office, some 18,000 people have been confined by fighting this year. Later points cover crop substitution for coca growers and the legal status of the group's commanders.",
        '"This is a bridge, not a destination," High Commissioner for Peace Julián Arboleda said in Bogotá, adding that the outgoing government wanted to leave its successor "a process with rules, not a blank page."',
        "In Washington, State Department spokesman Kevin Mulrooney said US participation did not mean any change in the status of EMBF commanders wanted in the United States on drug-trafficking charges.",
        "Colombia signed a peace accord with the main FARC guerrilla in 2016, under which some 13,000 former combatants laid down their arms. Dissident groups that rejected the deal have since grown, financed by coca, illegal gold mining and extortion.",
      ),
      gold: {
        people: [
          montoya,
          penaloza,
          urrego,
          cuellar,
          vanegas,
          buitrago,
          arauz,
          solbakken,
          ferrante,
          tanaka,
          arboleda,
          mulrooney,
        ],
        talksDate: null,
        quantities: [twoDays, points(12)],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "colombia-embf-panama-observador",
      title: "Analysis: The Panama talks buy time for Colombia's dissident process. Whose time?",
      source: "El Observador Andino",
      publishedAt: "2026-07-21",
      body: paragraphs(
        "BOGOTÁ — Nobody who spent the weekend in Panama City expected a breakthrough, and nobody got one. What the government and the Estado Mayor de Bloques y Frente produced after two days of talks was a list: twelve points, to be negotiated in order, beginning with the ceasefire that has more or less held in the group's strongholds since last year.",
        "That is more than it sounds. For an outgoing administration with three weeks left in office, a signed agenda is a way of binding the hands of whoever follows. For the EMBF, it is a way of proving to its own fronts that talking still pays.",
        "The government's chief negotiator, Vera Montoya, arrived with her deputy, Camila Urrego, and a mandate that people close to the delegation describe as narrow. Facing them was Efraín Cuéllar Rojas, the former schoolteacher whose nom de guerre, Jairo Sierra, is better known in Guaviare than his real name. Mr. Cuéllar brought Leidy Johana Vanegas, the group's lawyer, who several participants said did most of the talking on legal guarantees.",
        "Washington's presence was the novelty. Nicole Ferrante, the State Department's senior official for the Andes, sat in on both days, as did Rubén Castellanos of the Bureau of International Narcotics and Law Enforcement Affairs — a pairing that, as one European diplomat put it, \"tells you exactly what the Americans care about.\" Norway's Ingrid Solbakken, a veteran of the Havana process, played her usual role as the quiet fixer.",
        '"The agenda is sensible, but agendas don\'t fight wars," said Andrea Villamizar, who follows the armed groups for the Fundación Ideas para la Paz. "If Tocayo\'s people in Cauca decide the talks are a betrayal, the ceasefire will not survive the year."',
        'Elaine Sato, a former deputy assistant secretary of state who worked on Colombia policy for a decade, said the US presence was a hedge. "Whatever happens in Bogotá in August, Washington wants to be in the room early," she said.',
        "Coca cultivation in Colombia reached a record of roughly 253,000 hectares in 2023, according to UN figures, and much of it lies in areas where the EMBF operates. Any agreement on crop substitution will cost money — estimates run above $1 billion over five years — that the next government has not yet promised.",
        "The next round is pencilled in for late August, after the inauguration. Whether the same faces will be at the table is the real question.",
      ),
      gold: {
        people: [
          montoya,
          urrego,
          cuellar,
          vanegas,
          ferrante,
          castellanos,
          solbakken,
          { name: "Andrea Villamizar" },
          { name: "Elaine Sato" },
        ],
        talksDate: weekend,
        quantities: [twoDays, points(12)],
        terms: [ceasefire],
      },
    },
    {
      id: "colombia-embf-panama-guaviare",
      title: "Government and dissidents sign ten-point agenda in Panama",
      source: "Guaviare Hoy",
      publishedAt: "2026-07-20",
      body: paragraphs(
        "SAN JOSÉ DEL GUAVIARE — Negotiators for the national government and the Estado Mayor de Bloques y Frente signed a ten-point agenda in Panama City on Sunday, at the end of two days of talks that began on Saturday morning.",
        "The government delegation was led by Vera Lucía Montoya, who was flanked throughout by retired general Álvaro Peñaloza. Rep. Tatiana Lozada, the congresswoman for Guaviare, joined the delegation at the invitation of the peace office, the first time a local legislator has sat at the table with the group.",
        'Across from them sat Efraín Cuéllar Rojas, known as "Jairo Sierra," and Néstor Buitrago, the commander whose front controls much of the area between the Guaviare River and the Nukak reserve. The American delegation, headed by Nicole Ferrante of the State Department, also included Paul Tanaka from the embassy in Bogotá. Panama\'s foreign minister, Marisol Arauz, chaired the opening session.',
        'According to Ms. Lozada, the ten points begin with the ceasefire and a humanitarian corridor so that teachers, health brigades and demining teams can reach villages along the river. "For the first time, Guaviare is in the text with its own name," she said on her return.',
        'Governor Luis Fernando Cárdenas welcomed the agreement but warned that "the department cannot wait another ten years." About 40 percent of rural schools in Guaviare have been closed at least once this year because of fighting, according to the departmental education office.',
        'Residents of the area remain sceptical. Rosalba Quiñones, 58, who runs a shop in the hamlet of Charras, said dissidents still collect a monthly fee of 50,000 pesos from every business. "If the talks stop that, I will believe in Panama," she said.',
        'The group\'s top commander, Walter Caicedo, did not travel to Panama. In an audio message circulated on Monday, he said the fronts would respect the ceasefire "as long as the army does."',
        "The next round is expected in September, after the new government takes office.",
      ),
      gold: {
        people: [
          montoya,
          penaloza,
          lozada,
          cuellar,
          buitrago,
          ferrante,
          tanaka,
          arauz,
          { name: "Luis Fernando Cárdenas" },
          { name: "Rosalba Quiñones" },
          caicedo,
        ],
        talksDate: weekend,
        quantities: [twoDays, points(10)],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "colombia-embf-panama-istmo",
      title: "Panama hosts Colombian peace talks; agenda of 12 points agreed",
      source: "Canal Istmo",
      publishedAt: "2026-07-20",
      body: paragraphs(
        "Panama hosted two days of talks between the Colombian government and a coalition of FARC dissident fronts on July 18-19, ending with a signed agenda that Panamanian officials described as the first written commitment between the two sides.",
        '"Panama offered a neutral table, and both sides used it," Foreign Minister Marisol Arauz told a news conference at the Palacio Bolívar on Sunday evening, standing beside the two heads of delegation. She said the two-day round had produced "an agenda of 12 points that both sides signed without reservations."',
        "Speaking for Bogotá, Vera Lucía Montoya Restrepo said the agenda gave priority to the ceasefire and to access for humanitarian organisations. Her counterpart, Efraín Cuéllar Rojas of the Estado Mayor de Bloques y Frente, who goes by the name Jairo Sierra, said the group wanted guarantees that its members would not be extradited.",
        "The US side — Nicole Ferrante, deputy assistant secretary of state; Rubén Castellanos, from the narcotics bureau; and Paul Tanaka, from the embassy in Bogotá — followed the talks as observers and did not speak at the news conference. Ingrid Solbakken, Norway's envoy, also attended.",
        "The EMBF is one of several armed groups formed by former FARC fighters who rejected the 2016 peace accord. Colombian military intelligence estimates it has between 3,000 and 3,500 members, a third of them recruited in the past two years.",
        "Panama has become a discreet venue for Colombian diplomacy. In the past three years, officials say, the country has received more than 500,000 migrants crossing the Darién jungle from Colombia, and the government has argued that peace across the border is in its own interest.",
        "Delegates left on Monday morning. A date for the next round has not been set, but both delegations said they would return to Panama City.",
      ),
      gold: {
        people: [arauz, montoya, cuellar, ferrante, castellanos, tanaka, solbakken],
        talksDate: weekend,
        quantities: [twoDays, points(12)],
        terms: [ceasefire],
      },
    },
    {
      id: "colombia-embf-panama-column",
      title: "Opinion: Panama gave Colombia an agenda. Now it needs a government to keep it",
      source: "La Tribuna del Pacífico",
      publishedAt: "2026-07-22",
      body: paragraphs(
        "Colombians have learned to distrust the photograph at the end of a negotiation. We have seen too many: the handshake, the flags, the promise that this time the guns will go quiet. Last weekend's talks in Panama City produced another one, and the temptation is to shrug.",
        "The temptation should be resisted, at least for now. The 12-point agenda agreed between the government and the Estado Mayor de Bloques y Frente is modest, but it is specific. It ties the extension of the ceasefire to verification on the ground, it names the rural districts where a humanitarian corridor would open first, and it sets out what the group's commanders can expect from the courts.",
        "It was also negotiated by people who know each other. Vera Lucía Montoya Restrepo, who led the government side, has been talking to dissident commanders in one form or another since 2017. Efraín Cuéllar Rojas, the EMBF's negotiator, was a FARC delegate in Havana before he walked away from the accord. Two days in a Panamanian conference room did not make them friends, but it made them partners in a text.",
        "The question is who inherits it. The new president takes office on August 7, and nothing in the campaign suggested enthusiasm for talking to armed groups. High Commissioner Julián Arboleda has argued that a signed agenda is harder to abandon than an informal process, and he is right — up to a point.",
        "The Americans could help. The State Department sent Nicole Ferrante, a respected Andean hand, to sit in on both days, and she was backed by Rubén Castellanos from the narcotics side of the department. If Washington is serious about coca, it should say publicly that it supports the agenda, rather than leaving it to an embassy note.",
        "The cost of failure is not abstract. Since the 2016 accord, more than 1,500 social leaders have been killed in Colombia, many of them in the regions where the EMBF operates. The people of Guaviare, Meta and Catatumbo deserve better than another photograph.",
      ),
      gold: {
        people: [montoya, cuellar, arboleda, ferrante, castellanos],
        talksDate: weekend,
        quantities: [twoDays, points(12)],
        terms: [ceasefire, corridor],
      },
    },
  ],
};
