import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Haiti's interim government and an opposition alliance hold three days of talks in Kingston,
 * Jamaica, from Friday, June 12, to Sunday, June 14, 2026, mediated by CARICOM with Jamaica as host
 * and US and Canadian officials in the room. A Port-au-Prince broadcaster names a different
 * opposition delegation from the rest of the coverage.
 */

const opp = "haiti-opposition";
const desir: GoldPerson = {
  name: "Évelyne Désir-Auguste",
  aliases: ["Désir-Auguste"],
  side: "haiti",
  delegation: "haiti",
};
const theodore: GoldPerson = { name: "Wilner Théodore", side: "haiti", delegation: "haiti" };
const joseph: GoldPerson = { name: "Patrick Joseph-Marcelin", side: "haiti", delegation: "haiti" };
const valcourt: GoldPerson = { name: "Jean-Robert Valcourt", side: opp, delegation: opp };
const saintCyr: GoldPerson = { name: "Mireille Saint-Cyr", side: opp, delegation: opp };
const jeune: GoldPerson = { name: "Ducasse Jeune", side: opp, delegation: opp };
const thorne: GoldPerson = { name: "Reginald Thorne", side: "caricom", delegation: "caricom" };
const bascombe: GoldPerson = { name: "Ingrid Bascombe-Lyle", side: "caricom", delegation: "caricom" };
const whyte: GoldPerson = { name: "Andrea Whyte-Lindo", side: "jamaica", delegation: "jamaica" };
const whitford: GoldPerson = { name: "Douglas Whitford", side: "us", delegation: "us" };
const marchetti: GoldPerson = { name: "Elena Marchetti", side: "us", delegation: "us" };
const lacasse: GoldPerson = {
  name: "Geneviève Lacasse-Ouellet",
  side: "canada",
  delegation: "canada",
};
const bazelais: GoldPerson = { name: "Lionel Bazelais", side: "haiti" };
const talks = goldDay("2026-06-12", "2026-06-14");
const days = goldQuantity("meeting.duration", 3, 3, "day");
const points = goldQuantity("plan.size", 14, 14, "point");
const elections = { term: "elections", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;
const sanctions = { term: "sanctions-relief", stance: "ruled-out" } as const;

export const H5_C3: GoldCluster = {
  id: "haiti-transition-kingston",
  title: "Haiti transition talks in Kingston",
  sides: {
    haiti: ["haiti", "haitian", "haitian-government", "interim-government", "port-au-prince"],
    [opp]: [opp, "opposition", "haitian-opposition", "ati", "alliance"],
    caricom: ["caricom", "caribbean-community"],
    jamaica: ["jamaica", "jamaican"],
    canada: ["canada", "canadian", "ottawa"],
  },
  contradict: [{ delegation: opp }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "haiti" },
    { delegation: "caricom" },
    { delegation: "jamaica" },
    { delegation: "us" },
    { delegation: "canada" },
  ],
  articles: [
    {
      id: "haiti-transition-kingston-wire",
      title: "Haiti's government, opposition back election roadmap after Kingston talks",
      source: "Caribbean Wire Service",
      publishedAt: "2026-06-14",
      body: paragraphs(
        "KINGSTON, Jamaica, June 14 (CWS) — Haiti's interim government and its main opposition alliance endorsed a 14-point roadmap to elections on Sunday, at the end of three days of talks in the Jamaican capital brokered by the Caribbean Community.",
        "The government delegation was led by Foreign Minister Évelyne Désir-Auguste and included Justice Minister Wilner Théodore. The Alliance for an Inclusive Transition, a coalition of some 20 parties and civic groups, was represented by its coordinator, Jean-Robert Valcourt, and spokeswoman Mireille Saint-Cyr.",
        "CARICOM's mediators were led by Sir Reginald Thorne, a former Barbadian foreign minister. Jamaica's foreign minister, Andrea Whyte-Lindo, opened the talks on Friday and hosted the closing session. The American delegation, headed by the US special envoy for Haiti, Douglas Whitford, attended throughout, as did Canada's ambassador for the Caribbean, Geneviève Lacasse-Ouellet.",
        "The roadmap sets a target of holding the first round of presidential and legislative elections by February 7, 2027, and creates a new provisional electoral council of nine members. It also calls for a humanitarian corridor along Route Nationale 2, the main road to the southern peninsula, which gangs have blocked for most of the past year.",
        '"This is the first time in two years that Haitians have sat at the same table and agreed on a calendar," Thorne told reporters. "The calendar now has to survive Port-au-Prince."',
        "The opposition had asked Washington to lift sanctions imposed last year on two of its leaders, accused of financing armed groups. Whitford said the United States would not discuss sanctions relief as part of the talks.",
        "In Port-au-Prince, interim Prime Minister Lionel Bazelais welcomed the agreement in a televised address and said the government would publish the full text on Monday.",
        "Gang violence killed more than 5,000 people in Haiti last year, according to the United Nations, and about 1.3 million people have been forced from their homes. A UN-authorised Gang Suppression Force has begun deploying around the capital, but large parts of the West and Artibonite departments remain under gang control.",
      ),
      gold: {
        people: [desir, theodore, valcourt, saintCyr, thorne, whyte, whitford, lacasse, bazelais],
        talksDate: talks,
        quantities: [days, points],
        terms: [elections, corridor, sanctions],
      },
    },
    {
      id: "haiti-transition-kingston-chronicle",
      title: "Kingston talks end with a calendar for Haiti — and plenty of doubts",
      source: "The Kingston Chronicle",
      publishedAt: "2026-06-15",
      body: paragraphs(
        "For three days, a conference room in a New Kingston hotel was the closest thing Haiti has had to a functioning parliament. When the round ended on Sunday evening, the country's interim government and its opposition had signed off on a roadmap of fourteen points and a date for elections.",
        "Across the table from Foreign Minister Évelyne Désir-Auguste, who was joined by the prime minister's chief of staff, Patrick Joseph-Marcelin, sat the opposition's Jean-Robert Valcourt. With him was Pasteur Ducasse Jeune, an evangelical minister from Les Cayes whose congregation runs shelters for people displaced by the fighting.",
        "The mediation was run by CARICOM's Eminent Persons Group. Its chair, Sir Reginald Thorne, was assisted by Ingrid Bascombe-Lyle, a former attorney-general of Trinidad and Tobago who drafted most of the text. Jamaica's Foreign Minister Andrea Whyte-Lindo, who had offered Kingston as a venue in April, hosted the opening and closing sessions.",
        "The United States sent a State Department team led by Special Envoy Douglas Whitford. Deputy Assistant Secretary Elena Marchetti, who accompanied him, stayed on in Kingston on Monday for meetings with Jamaican officials on the deployment of Jamaican police to the Gang Suppression Force.",
        "The roadmap's central promise is an election by February 7, 2027. It also provides for a humanitarian corridor along the southern highway, monitored by the UN, so that food and fuel can reach Les Cayes and Jérémie.",
        'Not every request made it into the text. The opposition\'s appeal for the lifting of US sanctions on two of its figures was turned down flatly. "Sanctions are not on this table and will not be," Whitford said on Saturday.',
        'Jamaicans have followed the talks closely. About 1,500 Haitians have arrived in Jamaica by boat since 2023, and many in Kingston saw the meeting as a chance for the region to do more than watch. "We are neighbours. When Haiti burns, the smoke reaches us," said Whyte-Lindo.',
        "Whether the roadmap holds depends less on the diplomats than on the armed groups, which were not invited and which control most roads out of Port-au-Prince.",
      ),
      gold: {
        people: [desir, joseph, valcourt, jeune, thorne, bascombe, whyte, whitford, marchetti],
        talksDate: talks,
        quantities: [days, points],
        terms: [elections, corridor, sanctions],
      },
    },
    {
      id: "haiti-transition-kingston-radio",
      title: "Kingston: the opposition's delegation and what it signed",
      source: "Radio Caraïbes Nouvelles",
      publishedAt: "2026-06-15",
      body: paragraphs(
        "PORT-AU-PRINCE — The opposition Alliance for an Inclusive Transition was represented in Kingston by Frantz Augustin, the alliance's secretary general, and Nadège Morisset, a lawyer from Cap-Haïtien, according to two members of the alliance's executive committee interviewed by our newsroom.",
        "Jean-Robert Valcourt, the alliance's coordinator, did not make the trip. He remained in Pétion-Ville, where he followed the talks by telephone, our sources said, after his travel documents were held up at the immigration office on Thursday.",
        "The talks, which ran from Friday to Sunday, brought the opposition face to face with a government delegation headed by Foreign Minister Évelyne Désir-Auguste and Justice Minister Wilner Théodore. CARICOM's chief mediator, Sir Reginald Thorne, chaired all three days. Also present was the US side, represented by Special Envoy Douglas Whitford and his deputy, Elena Marchetti.",
        "The 14-point roadmap the parties endorsed sets elections for February 2027 and opens a humanitarian corridor on Route Nationale 2. The alliance did not obtain its key demand, the lifting of American sanctions against two of its leaders, which Washington refused to consider.",
        '"We signed because the country cannot wait, not because we are satisfied," Augustin told Radio Caraïbes Nouvelles by telephone from Kingston on Sunday night.',
        'Reaction in the capital was mixed. In Delmas, where residents have lived under the threat of gangs for three years, a street vendor said she no longer believed in agreements. Nathalie Cadet-Moïse, a sociologist at Quisqueya University, was blunter: "As long as Wilfrid Noël controls the road to the south, a roadmap is a drawing."',
        "The government's spokesman said the interim prime minister, Lionel Bazelais, would meet the alliance's leaders in Port-au-Prince this week to begin applying the agreement. A new electoral council is to be named within 30 days.",
        "Haiti has not held a national election since 2016. The last elected president was assassinated in July 2021, and the terms of the last elected senators expired in January 2023.",
      ),
      gold: {
        people: [
          { name: "Frantz Augustin", side: opp, delegation: opp },
          { name: "Nadège Morisset", side: opp, delegation: opp },
          { name: "Jean-Robert Valcourt", side: opp },
          desir,
          theodore,
          thorne,
          whitford,
          marchetti,
          { name: "Wilfrid Noël" },
          { name: "Nathalie Cadet-Moïse" },
          bazelais,
        ],
        talksDate: talks,
        quantities: [days, points],
        terms: [elections, corridor, sanctions],
      },
    },
    {
      id: "haiti-transition-kingston-gns",
      title: "Haiti rivals agree election roadmap in Jamaica",
      source: "Global News Syndicate",
      publishedAt: null,
      body: paragraphs(
        "Haiti's interim government and a broad opposition alliance have agreed on a 14-point roadmap that sets a date for the country's first elections in a decade, Caribbean mediators said at the close of talks in Kingston, Jamaica.",
        'The agreement came after three days of talks chaired by Sir Reginald Thorne of the Caribbean Community. Thorne said both delegations had accepted the roadmap "without reservation" and would present it to their constituencies.',
        "Haiti's delegation was led by Foreign Minister Évelyne Désir-Auguste. She told reporters that the government was committed to handing power to elected officials by February 7, 2027. Jean-Robert Valcourt, the coordinator of the opposition Alliance for an Inclusive Transition, signed for the opposition alongside his spokeswoman, Mireille Saint-Cyr.",
        "Canada, which has pledged 80 million Canadian dollars in security assistance to Haiti, was represented at the talks by Ambassador Geneviève Lacasse-Ouellet, who attended as an observer.",
        "The roadmap includes a humanitarian corridor on the main southern highway and a provisional electoral council. It does not mention the gangs, whose leaders have threatened to disrupt any vote in the areas they control.",
        "Maria Consuelo Ibarra, the head of the UN's political office in Port-au-Prince, who did not attend the talks, said in a statement that the United Nations stood ready to provide logistical support for the elections, including the printing of about 6 million ballots.",
        "The agreement will be tested quickly. The provisional electoral council must be appointed within a month, and previous councils have collapsed amid disputes over who controls them. Haiti has had four prime ministers since 2021.",
        "Haiti's last elections were held in 2016, and the country has been without an elected president since the assassination of its head of state five years later.",
      ),
      gold: {
        people: [thorne, desir, valcourt, saintCyr, lacasse, { name: "Maria Consuelo Ibarra" }],
        talksDate: null,
        quantities: [days, points],
        terms: [elections, corridor],
      },
    },
    {
      id: "haiti-transition-kingston-oped",
      title: "Opinion: Kingston gave Haiti a calendar. Now it needs a road",
      source: "Americas Quarterly Review",
      publishedAt: "2026-06-17",
      body: paragraphs(
        "The talks in Kingston that ended on Sunday were, by the modest standards of Haitian politics, a success. Over three days, the interim government and its fiercest critics agreed to a 14-point roadmap, a date for elections and the outline of an electoral council. Nobody walked out. Nobody was arrested on the way home.",
        "Credit goes first to the mediators. Sir Reginald Thorne, who chaired the talks for CARICOM, and his colleague Ingrid Bascombe-Lyle kept the drafting inside the room and the leaks to a minimum. Jamaica's foreign minister, Andrea Whyte-Lindo, who hosted the opening and closing sessions, lent her capital and her patience. And Washington's envoy, Douglas Whitford, who sat in on every session, made clear that the money for the security mission depends on a political deal.",
        "But look at what the roadmap promises and ask how it will be delivered. Elections by February 2027 require voter lists in a country where an estimated 1.3 million people have fled their homes. A humanitarian corridor on Route Nationale 2 requires someone to clear the road of the gangs that have held it, on and off, since 2021. Neither Évelyne Désir-Auguste, who signed for the government, nor Jean-Robert Valcourt, who signed for the opposition, commands a single armed unit.",
        "The refusal to consider lifting sanctions on two opposition figures was right. Sanctions relief offered as a reward for signing a calendar would have told every politician in Port-au-Prince that links to armed groups are a bargaining chip.",
        "What Haiti needs now is less diplomacy and more logistics: buses for election workers, police stations reopened in the Artibonite, salaries paid on time to the 14,000 officers of the national police. The international community has spent more than $1 billion on Haitian elections and security since 2022. It should spend the next year making sure the roadmap is more than paper.",
        "The author is a former elections adviser to the Organization of American States.",
      ),
      gold: {
        people: [thorne, bascombe, whyte, whitford, desir, valcourt],
        talksDate: talks,
        quantities: [days, points],
        terms: [elections, corridor, sanctions],
      },
    },
  ],
};
