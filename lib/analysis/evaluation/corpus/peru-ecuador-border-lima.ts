import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A round of the Peru–Ecuador binational border commission in Lima on Wednesday, May 20, 2026,
 * facilitated by a Brazilian ambassador with a US State Department official attending, as the
 * two other surviving guarantors of the 1942 Rio Protocol. The session lasted about six hours.
 * Diario El Pacífico of Guayaquil dates it to Thursday, May 21; the broadcaster reports a
 * seven-point action plan where the others report nine points.
 */

const valdivieso: GoldPerson = {
  name: "Rocío Valdivieso Paredes",
  aliases: ["Rocío Valdivieso", "Valdivieso"],
  side: "peru",
  delegation: "peru",
};
const llerena: GoldPerson = {
  name: "Óscar Llerena Cáceres",
  aliases: ["Óscar Llerena", "Llerena"],
  side: "peru",
  delegation: "peru",
};
const zegarra: GoldPerson = {
  name: "Milagros Zegarra Tello",
  aliases: ["Zegarra"],
  side: "peru",
  delegation: "peru",
};
const andrade: GoldPerson = {
  name: "Mateo Andrade Carrión",
  aliases: ["Mateo Andrade", "Andrade"],
  side: "ecuador",
  delegation: "ecuador",
};
const jaramillo: GoldPerson = {
  name: "Patricia Jaramillo Vega",
  aliases: ["Patricia Jaramillo", "Jaramillo"],
  side: "ecuador",
  delegation: "ecuador",
};
const cordero: GoldPerson = {
  name: "Esteban Cordero Maldonado",
  aliases: ["Cordero"],
  side: "ecuador",
  delegation: "ecuador",
};
const figueiredo: GoldPerson = {
  name: "Renata Figueiredo Lemos",
  aliases: ["Renata Figueiredo", "Figueiredo"],
  side: "brazil",
  delegation: "brazil",
};
const ostrowski: GoldPerson = { name: "Daniel Ostrowski", side: "us", delegation: "us" };
const ugarte: GoldPerson = {
  name: "Javier Ugarte Rosas",
  aliases: ["Ugarte"],
  side: "peru",
};
const espinosa: GoldPerson = {
  name: "Gabriela Espinosa Ruales",
  aliases: ["Gabriela Espinosa", "Espinosa"],
  side: "ecuador",
};
const apolo: GoldPerson = { name: "Wilmer Apolo Sánchez", aliases: ["Apolo"], side: "peru" };
const duration = goldQuantity("meeting.duration", 6, 6, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const PERU_ECUADOR_LIMA: GoldCluster = {
  id: "peru-ecuador-border-lima",
  title: "Peru–Ecuador border commission in Lima",
  sides: {
    peru: ["peru", "peruvian", "lima"],
    ecuador: ["ecuador", "ecuadorian", "ecuadorean", "quito"],
    brazil: ["brazil", "brazilian", "brasilia", "itamaraty"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: "peru" },
    { delegation: "ecuador" },
    { delegation: "brazil" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "peru-pcp",
      title: "Peru, Ecuador agree joint push against illegal mining on shared border",
      source: "Pacific Coast Press",
      publishedAt: null,
      body: paragraphs(
        "Peru and Ecuador agreed on Wednesday to a nine-point action plan for their shared border, including joint patrols against illegal gold mining and a crackdown on fuel smuggling, after a round of their binational border commission in Lima that lasted about six hours.",
        "The Peruvian delegation was led by Vice Minister of Foreign Affairs Rocío Valdivieso Paredes and included retired general Óscar Llerena Cáceres, who chairs Peru's section of the commission. Ecuador's team was headed by Deputy Foreign Minister Mateo Andrade Carrión.",
        "Brazil's ambassador Renata Figueiredo Lemos facilitated the talks at the request of both governments. A State Department team led by Daniel Ostrowski, deputy assistant secretary for Andean affairs, also attended. Brazil and the United States, together with Argentina and Chile, were guarantors of the 1942 Rio de Janeiro Protocol that fixed most of the frontier.",
        '"The border is settled. What is not settled is who controls it on the ground, the states or the criminal economies," Valdivieso told reporters at the foreign ministry.',
        "The plan commits both countries to joint patrols in the Cordillera del Cóndor, where officials say illegal miners have cleared more than 2,000 hectares of forest since 2022, and to a shared registry of vehicles crossing at the Zarumilla and Huaquillas checkpoints.",
        "Bilateral trade reached about $3.1 billion last year, according to Peruvian figures, and officials on both sides said a new electricity interconnection would be discussed at the next round.",
        'In Quito, Foreign Minister Gabriela Espinosa Ruales said in a statement that the plan was "proof that the peace of 1998 is alive and productive." The two countries fought a brief border war in 1995 before signing the Brasília peace accord three years later.',
        "The commission will meet again in Ecuador in November.",
      ),
      gold: {
        people: [valdivieso, llerena, andrade, figueiredo, ostrowski, espinosa],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [duration, points(9)],
        terms: [],
      },
    },
    {
      id: "peru-voz-tumbes",
      title: "Tumbes wants results, not photographs, from Lima border round",
      source: "La Voz de Tumbes",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "TUMBES — Officials in this border region gave a cautious welcome to the action plan agreed yesterday in Lima by the binational commission that oversees Peru's frontier with Ecuador, saying they had heard similar promises before.",
        "Across the table from the Ecuadorians sat Peru's vice minister of foreign affairs, Rocío Valdivieso, with the commission's Peruvian chairman, retired general Óscar Llerena, and Milagros Zegarra Tello, who directs border affairs at the foreign ministry. Ecuador was represented by its deputy foreign minister, Mateo Andrade, and Colonel Patricia Jaramillo of the army's southern border command.",
        "The meeting ran for six hours at the Torre Tagle palace. Brazil's ambassador, Renata Figueiredo, acted as facilitator, and a US diplomat, Daniel Ostrowski, sat in as an observer.",
        "According to a summary released by the foreign ministry, the plan has nine points. For Tumbes the most important are the clean-up of the Zarumilla canal, which floods neighbourhoods of Aguas Verdes every rainy season, and tighter controls on the smuggling of subsidised Ecuadorian gas cylinders, which sell here for less than half the Peruvian price.",
        '"We have had commissions since 1998. What we have not had is a dredger in the canal," said the regional governor, Wilmer Apolo Sánchez, who was not invited to Lima. "The general knows this region; I hope he is heard."',
        'At the Aguas Verdes market, where nearly 40 percent of stallholders are Ecuadorian, traders were more interested in the exchange rate than in diplomacy. "When Doña Carmen Ruiz lost her stall in the floods of 2023, no minister came," said Edwin Saavedra, who sells shoes near the international bridge.',
        "Peru's foreign ministry spokesman, Javier Ugarte Rosas, said the commission would publish the full text of the plan next week.",
      ),
      gold: {
        people: [
          valdivieso,
          llerena,
          zegarra,
          andrade,
          jaramillo,
          figueiredo,
          ostrowski,
          apolo,
          { name: "Carmen Ruiz" },
          { name: "Edwin Saavedra" },
          ugarte,
        ],
        talksDate: goldDay("2026-05-20"),
        quantities: [duration, points(9)],
        terms: [],
      },
    },
    {
      id: "peru-pacifico",
      title: "Ecuador and Peru sign border plan in Lima; Quito presses on canal and migration",
      source: "Diario El Pacífico",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "GUAYAQUIL — Ecuador and Peru closed a new round of their binational border commission in Lima on Thursday, May 21, with a nine-point plan that the government in Quito hopes will reduce tension over water, smuggling and migration along the southern frontier.",
        "Deputy Foreign Minister Mateo Andrade Carrión headed the Ecuadorian delegation. He was joined by Esteban Cordero Maldonado, Ecuador's ambassador in Lima, and by Colonel Patricia Jaramillo Vega, who commands army units along the border with El Oro and Loja provinces.",
        "The Peruvian team was led by Vice Minister Rocío Valdivieso Paredes, a career diplomat who served as consul in Guayaquil during the 1990s.",
        "The session, which lasted some six hours, was facilitated by Brazilian ambassador Renata Figueiredo Lemos. Washington's representative, deputy assistant secretary of state Daniel Ostrowski, attended at the invitation of both countries.",
        "Ecuadorian officials said they had secured language on the Zarumilla canal, whose shared waters are crucial for rice growers around Huaquillas, and on the registration of Venezuelan migrants who cross the border in both directions, estimated at 1,200 a day.",
        '"Andrade did what we asked: he put the canal at the top of the list," said Rosa Elena Aguirre, who heads the El Oro rice growers\' association, speaking by phone from Arenillas.',
        'Foreign Minister Gabriela Espinosa, who remained in Quito for a cabinet meeting, called the agreement "practical diplomacy that people on both sides of the border can see and touch."',
        "Not everyone was convinced. Analysts at the Grupo FARO think tank noted that a similar plan signed in 2019 was never funded, and that Ecuador's budget for border infrastructure has fallen by 22 percent since then.",
        "The two countries fought over the Cordillera del Cóndor in 1981 and again in 1995, when dozens of soldiers died before the guarantor countries brokered a ceasefire. The final peace agreement was signed in Brasília in October 1998.",
      ),
      gold: {
        people: [
          andrade,
          cordero,
          jaramillo,
          valdivieso,
          figueiredo,
          ostrowski,
          { name: "Rosa Elena Aguirre" },
          espinosa,
        ],
        talksDate: goldDay("2026-05-21"),
        quantities: [duration, points(9)],
        terms: [{ term: "ceasefire", stance: "mentioned" }],
      },
    },
    {
      id: "peru-andes-broadcasting",
      title: "Peru and Ecuador adopt seven-point border plan",
      source: "Andes Broadcasting Network",
      publishedAt: "2026-05-20",
      body: paragraphs(
        "Peru and Ecuador have adopted a seven-point plan to tackle crime and smuggling along their border, officials said on Wednesday after a six-hour meeting of the two countries' border commission in Lima.",
        'The talks were led on the Peruvian side by Vice Minister Rocío Valdivieso Paredes. Her Ecuadorian counterpart, Mateo Andrade Carrión, told ABN the atmosphere had been "the best in years."',
        "Also at the table was Óscar Llerena Cáceres, a retired army general who served in the Cenepa valley in 1995 and now chairs the Peruvian section of the commission. Ecuador's delegation included Colonel Patricia Jaramillo Vega.",
        "Brazil, one of the guarantors of the 1942 border treaty, sent Ambassador Renata Figueiredo Lemos to facilitate. The American delegation was headed by Daniel Ostrowski, a State Department official responsible for the Andean countries.",
        "The plan's main points are joint patrols against illegal mining, a shared database of vehicles crossing the frontier, and cooperation on cleaning the Zarumilla canal. A foreign ministry spokesman, Javier Ugarte Rosas, said funding would be set out in a separate agreement.",
        "Illegal gold mining has become one of the most profitable criminal activities in both countries. Peru's environmental prosecutors estimate that it generates more than $4 billion a year nationally, and armed groups linked to the trade have been blamed for at least 30 killings in the Condorcanqui area since January.",
        '"Mining gangs do not carry passports," said Luis Alberto Huamán, a security researcher at the Pontifical Catholic University of Peru. "Neither country can deal with them alone."',
        "Ecuador's president has made border security a priority since declaring an internal armed conflict against criminal gangs in 2024, and Peru has extended a state of emergency in several border districts.",
      ),
      gold: {
        people: [
          valdivieso,
          andrade,
          llerena,
          jaramillo,
          figueiredo,
          ostrowski,
          ugarte,
          { name: "Luis Alberto Huamán" },
        ],
        talksDate: goldDay("2026-05-20"),
        quantities: [duration, points(7)],
        terms: [],
      },
    },
    {
      id: "peru-andean-review",
      title: "Analysis: Three decades after Cenepa, Peru and Ecuador manage their border like neighbours",
      source: "Andean Affairs Review",
      publishedAt: "2026-05-26",
      body: paragraphs(
        "When the Peruvian and Ecuadorian delegations met in Lima last Wednesday, the agenda would have seemed unthinkable in 1995: canal dredging, gas-cylinder smuggling, a shared vehicle database. The border itself, once worth a war, was not discussed at all.",
        "That is a measure of how far the relationship has come. It is also a reminder that the threats have changed. The nine-point action plan agreed after roughly six hours of talks is aimed not at each other's armies but at gold-mining gangs and smugglers who exploit a 1,500-kilometre frontier.",
        "The line-up reflected the shift. Rocío Valdivieso Paredes, Peru's vice minister, and Mateo Andrade Carrión, her Ecuadorian counterpart, are both economists by training. Each brought a soldier: the Peruvian chairman of the commission, retired general Óscar Llerena Cáceres, and, for Ecuador, Colonel Patricia Jaramillo Vega. The general, who fought in the Cenepa valley as a young captain, is said to get on well with his Ecuadorian colleague.",
        "The guarantors remain in the picture. Brazil's Renata Figueiredo Lemos facilitated the session, as Brazilian diplomats have done since the 1998 peace. Daniel Ostrowski, who handles the Andean portfolio at the State Department, attended for the United States; his presence was a reminder that Washington sees the region's mining economy as a security problem, not only an environmental one.",
        "After the 1995 war, military observers from the guarantor countries monitored a demilitarized zone in the Cordillera del Cóndor until the final settlement. Nobody now suggests reviving it. The question is whether civilian cooperation can be funded.",
        '"The peace was made by presidents. It has to be kept by mayors and customs officers," said Verónica Salgado Ríos, a former Ecuadorian negotiator who took part in the 1998 talks. "Lima and Quito are good at signing plans and bad at paying for them."',
        "The next meeting is due in Ecuador in November. By then, the rainy season will have tested whether the Zarumilla canal has been cleared.",
      ),
      gold: {
        people: [
          valdivieso,
          andrade,
          llerena,
          jaramillo,
          figueiredo,
          ostrowski,
          { name: "Verónica Salgado Ríos" },
        ],
        talksDate: goldDay("2026-05-20"),
        quantities: [duration, points(9)],
        terms: [{ term: "demilitarized-zone", stance: "mentioned" }],
      },
    },
  ],
};
