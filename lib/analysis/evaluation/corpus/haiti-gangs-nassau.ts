import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Caribbean-brokered talks in Nassau on Monday, May 11, 2026, between Haiti's Transitional
 * Presidential Council and opposition and civil-society figures on an eight-point election
 * roadmap, chaired by CARICOM's Eminent Persons Group, hosted by the Bahamian foreign minister,
 * with the US special envoy for Haiti in the room. The Port-au-Prince Gazette dates the talks to
 * Sunday, May 10.
 */

const pierreLouis: GoldPerson = { name: "Rosemond Pierre-Louis", side: "haiti", delegation: "haiti" };
const jacquet: GoldPerson = { name: "Wilner Jacquet", side: "haiti", delegation: "haiti" };
const sanon: GoldPerson = { name: "Ketly Sanon", side: "haiti", delegation: "haiti" };
const opp = "haiti-opposition";
const dorvil: GoldPerson = { name: "Jean-Claude Dorvil", side: opp, delegation: opp };
const thelusma: GoldPerson = { name: "Marie-Ange Thélusma", side: opp, delegation: opp };
const valcourt: GoldPerson = { name: "Ernst Valcourt", side: opp, delegation: opp };
const lamarre: GoldPerson = { name: "Fednel Lamarre", side: opp, delegation: opp };
const rhoden: GoldPerson = { name: "Carlton Rhoden", side: "caricom", delegation: "caricom" };
const harewood: GoldPerson = { name: "Yvette Harewood", side: "caricom", delegation: "caricom" };
const knowles: GoldPerson = { name: "Patrice Knowles", side: "bahamas", delegation: "bahamas" };
const reinholt: GoldPerson = { name: "Thomas Reinholt", side: "us", delegation: "us" };
const kessler: GoldPerson = { name: "Nadia Kessler", side: "us", delegation: "us" };
const dorsainvil: GoldPerson = { name: "Lionel Dorsainvil", side: "haiti" };
const beaubrun: GoldPerson = { name: "Jacques-Antoine Beaubrun", side: "haiti" };
const casimir: GoldPerson = { name: "Anel Casimir", side: opp };
const hammond: GoldPerson = { name: "Derek Hammond", side: "us" };

const monday = goldDay("2026-05-11");
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const eightPoints = goldQuantity("plan.size", 8, 8, "point");
const elections = { term: "elections", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;

export const HAITI_NASSAU: GoldCluster = {
  id: "haiti-gangs-nassau",
  title: "Haiti election timetable talks in Nassau",
  sides: {
    haiti: [
      "haiti",
      "haitian",
      "haitian-government",
      "transitional-council",
      "transitional-presidential-council",
      "presidential-council",
      "cpt",
    ],
    [opp]: [opp, "opposition", "haitian-opposition", "civil-society", "opposition-civil-society"],
    caricom: ["caricom", "caribbean-community", "eminent-persons-group"],
    bahamas: ["bahamas", "bahamian", "the-bahamas"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "haiti" },
    { delegation: opp },
    { delegation: "caricom" },
    { delegation: "bahamas" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "nassau-antilles-press",
      title: "Haiti's leaders and opposition work through election roadmap in Nassau",
      source: "Antilles Press Agency",
      publishedAt: "2026-05-11",
      body: paragraphs(
        "NASSAU, Bahamas, May 11 (APA) — Haiti's Transitional Presidential Council and a coalition of opposition parties and civil-society groups worked through an eight-point roadmap toward the country's first elections in a decade on Monday, in Caribbean-brokered talks in the Bahamian capital that lasted six and a half hours.",
        "Council member Rosemond Pierre-Louis led the council's delegation, which also included Justice Minister Wilner Jacquet. The opposition and civil-society team comprised Jean-Claude Dorvil, coordinator of the Democratic Convergence Platform; Marie-Ange Thélusma of the National Women's Coalition; and the Rev. Ernst Valcourt, president of a federation of Protestant churches.",
        "The talks were chaired by Carlton Rhoden, a retired Jamaican judge who heads the Caribbean Community's Eminent Persons Group, and hosted by Bahamian Foreign Minister Patrice Knowles. Washington's special envoy for Haiti, Thomas Reinholt, attended as an observer.",
        "The roadmap sets out the appointment of a new Provisional Electoral Council within 60 days, a revised voter register, a first round of presidential and legislative elections in February 2027 and a run-off two months later. It also calls for humanitarian corridors so that some 1.3 million people displaced by gang violence can reach registration centres.",
        '"Nobody signed anything today, and nobody walked out either. In this process, that counts," Rhoden told reporters at the end of the session.',
        'Dorvil said the opposition had won a commitment that the electoral council would not be appointed by the transitional council alone. "We have been promised elections three times since 2021. This time we want our names on the guarantee," he said.',
        'In Port-au-Prince, the council\'s president, Lionel Dorsainvil, said in a written statement that the government was "determined to hand power to an elected president" and thanked CARICOM for its "patience and friendship."',
        "Armed groups control most of the capital and the main roads leading out of it. More than 5,000 people were killed in gang-related violence last year, according to United Nations figures, and the UN-backed Gang Suppression Force has yet to reach its authorised strength.",
        "The council, installed in 2024, has twice missed its own deadlines for a vote. Diplomats in Nassau said a further round of talks could take place in June.",
      ),
      gold: {
        people: [pierreLouis, jacquet, dorvil, thelusma, valcourt, rhoden, knowles, reinholt, dorsainvil],
        talksDate: monday,
        quantities: [eightPoints, hours(6.5, 6.5)],
        terms: [elections, corridors],
      },
    },
    {
      id: "nassau-pap-gazette",
      title: "Nassau talks: opposition wins a say over the next electoral council",
      source: "Port-au-Prince Gazette",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "PORT-AU-PRINCE — Opposition leaders flew home from the Bahamas on Monday night claiming a partial victory, after talks with the Transitional Presidential Council in Nassau on Sunday produced an eight-point roadmap that gives them a role in choosing the next electoral council.",
        "The council sent Rosemond Pierre-Louis, one of its nine members and a former agronomist from Les Cayes who has become its unofficial negotiator, together with Ketly Sanon, the council's chief of staff. Pierre-Louis did most of the talking, according to two people in the room.",
        "Jean-Claude Dorvil led the opposition side. Student leader Fednel Lamarre, who accompanied him at the insistence of the university movement, was the youngest person at the table, at 26.",
        "Judge Carlton Rhoden of the Caribbean Community chaired the session, which ran for more than six hours. The US side was represented by special envoy Thomas Reinholt, who, according to one participant, intervened twice to keep the talks from breaking down over the date of the first round.",
        "The roadmap's eight points include a new Provisional Electoral Council, a census of displaced voters and elections in early 2027. It does not mention the constitutional referendum that the council had promised last year, which several opposition parties reject.",
        'Not everyone went to Nassau. Former senator Anel Casimir, who leads a rival opposition bloc, boycotted the talks and called them "a Caribbean holiday paid for by people who will not be voting."',
        'Prime Minister Jacques-Antoine Beaubrun, speaking at the National Palace annex on Tuesday, said the government would "respect every point of the roadmap, and every date."',
        'In the displacement camp at the Lycée Marie-Jeanne, few people had heard of the talks. "Elections? Tell them to come and vote here, where Ti Sonson\'s boys decide who eats," said Rose-Mireille Augustin, 34, who fled Carrefour-Feuilles with her three children in 2023.',
        "The Gazette understands that the council and the opposition will meet again in June, possibly in Kingston. The date of the first round, which the roadmap sets for February, remains the most likely point of friction.",
      ),
      gold: {
        people: [
          pierreLouis,
          sanon,
          dorvil,
          lamarre,
          rhoden,
          reinholt,
          casimir,
          beaubrun,
          { name: "Rose-Mireille Augustin" },
        ],
        talksDate: goldDay("2026-05-10"),
        quantities: [hours(6, null, { minExclusive: true }), eightPoints],
        terms: [elections],
      },
    },
    {
      id: "nassau-ibc",
      title: "Haiti talks in Nassau end with roadmap, but no signatures",
      source: "Island Broadcasting Corporation",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "Haiti's transitional leaders and their critics have agreed to keep talking, after a day of negotiations in Nassau on Monday ended without a signed deal but with an election roadmap both sides say they can live with.",
        "The talks, held at a government conference centre on West Bay Street, went on for nearly seven hours.",
        "IBC News understands the roadmap has eight points, starting with a new electoral council and ending with a handover of power to an elected president in 2027.",
        "Around the table: council member Rosemond Pierre-Louis and the council's chief of staff, Ketly Sanon, for the government side; Marie-Ange Thélusma and Jean-Claude Dorvil for the opposition and civil society.",
        "The American delegation, headed by Thomas Reinholt, the US special envoy for Haiti, included Nadia Kessler, who coordinates Haiti policy at the State Department.",
        "The chair was Carlton Rhoden of the CARICOM Eminent Persons Group, joined by fellow group member Yvette Harewood, a former Barbadian ambassador to Washington.",
        'Bahamas Foreign Minister Patrice Knowles, who hosted the talks, told IBC News the government was proud to offer "neutral ground, a quiet room and good coffee." She said the Bahamas had a direct interest in a stable Haiti, noting that Bahamian authorities had repatriated more than 3,000 Haitian migrants so far this year.',
        'Ms. Thélusma said the roadmap had to include safe passage for voters. "A polling station nobody can reach is not a polling station," she said. Negotiators discussed humanitarian corridors to camps around the capital, according to a participant.',
        'Nathalie Célestin, who studies Haitian politics at Florida International University, said the talks had "bought time, which is the only currency the council has left." She added that nearly 60 percent of Haitians now live below the poverty line.',
        "Another round is expected in June. IBC News will have more on this story on the evening bulletin.",
      ),
      gold: {
        people: [
          pierreLouis,
          sanon,
          thelusma,
          dorvil,
          reinholt,
          kessler,
          rhoden,
          harewood,
          knowles,
          { name: "Nathalie Célestin" },
        ],
        talksDate: monday,
        quantities: [hours(6.5, 7), eightPoints],
        terms: [elections, corridors],
      },
    },
    {
      id: "nassau-meridian-wire",
      title: "Haitian factions discuss 8-point election plan in Bahamas",
      source: "Meridian Newswire",
      publishedAt: null,
      body: paragraphs(
        "Haiti's transitional authorities and opposition groups discussed an 8-point plan for elections at talks in Nassau on May 11, the first direct negotiations between the two camps since the council took office.",
        "Among those at the table were council member Rosemond Pierre-Louis, Justice Minister Wilner Jacquet, opposition coordinator Jean-Claude Dorvil and Protestant church leader Ernst Valcourt. CARICOM mediator Carlton Rhoden chaired the talks, and US special envoy Thomas Reinholt observed.",
        "The plan foresees a first round of voting in February 2027 and the appointment of a nine-member electoral council. Participants said the two sides also discussed humanitarian corridors to allow displaced people in the capital to register.",
        'Valcourt, whose churches run shelters for displaced families in the capital, said the opposition would not accept a timetable that left people in the camps without a vote. "If the roads are closed, the elections are closed," he said after the session, adding that church volunteers were ready to help register voters in areas the state could not reach.',
        'In Washington, State Department spokesman Derek Hammond said the United States "welcomes Haitian-led efforts toward free and fair elections" and would provide $45 million to support voter registration, subject to congressional approval.',
        "Haiti has not held a national election since 2016. The last elected president was assassinated in 2021, and the terms of all elected senators have since expired, leaving the country without a single elected official at national level.",
        "Gangs have expanded their control beyond Port-au-Prince into the Artibonite and Centre departments in the past year, blocking the main highways north and displacing hundreds of thousands of people.",
        "The talks were hosted by the government of the Bahamas, which has offered to hold further rounds.",
      ),
      gold: {
        people: [pierreLouis, jacquet, dorvil, valcourt, rhoden, reinholt, hammond],
        talksDate: { start: null, end: null, parts: { month: 5, day: 11 } },
        quantities: [eightPoints],
        terms: [elections, corridors],
      },
    },
    {
      id: "nassau-observer-qa",
      title: "Q&A: Why Haiti's future was argued over in Nassau",
      source: "The Nassau Observer",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "Haitian politicians spent Monday in a conference room on West Bay Street, trying to agree on how and when their country should vote. Here are the questions readers have been asking us.",
        "Why were the talks held here? Port-au-Prince is too dangerous for most delegates to meet safely, and both sides rejected venues in the United States. The Bahamas, with a large Haitian community and a direct stake in stability, offered its services through CARICOM.",
        "Who hosted? Foreign Minister Patrice Knowles welcomed the delegations and stayed for the whole session. Mrs. Knowles has made Haiti a personal priority since taking office.",
        "Who chaired? A familiar figure in regional diplomacy. He is Carlton Rhoden, a retired Jamaican appeal court judge who leads CARICOM's Eminent Persons Group and has spent much of the last two years travelling between Kingston, Port-au-Prince and Washington.",
        "Who negotiated? On one side, Rosemond Pierre-Louis of the Transitional Presidential Council, joined by Justice Minister Wilner Jacquet. On the other, opposition coordinator Jean-Claude Dorvil and Marie-Ange Thélusma, a women's rights campaigner who spoke for civil society.",
        "Were the Americans involved? Yes. Thomas Reinholt, the US special envoy for Haiti, was in the room, though officials insist he was there to observe. The envoy met each delegation separately before the plenary began.",
        "How long did it take? Roughly six and a half hours, including a working lunch.",
        "What was on the table? An eight-point roadmap: a new electoral council, a new voter register, corridors for aid and voters in gang-held areas, a first round of elections in February 2027, and a timetable for the handover of power.",
        'Was anything agreed? Not formally. "We will sign when the people we represent have read it," Mr. Dorvil said afterwards.',
        "What does it mean for the Bahamas? Officials hope a credible path to elections will slow the flow of migrants. Bahamian authorities intercepted 41 boats from Haiti in the first four months of the year.",
      ),
      gold: {
        people: [knowles, rhoden, pierreLouis, jacquet, dorvil, thelusma, reinholt],
        talksDate: monday,
        quantities: [hours(6.5, 6.5), eightPoints],
        terms: [elections, corridors],
      },
    },
  ],
};
