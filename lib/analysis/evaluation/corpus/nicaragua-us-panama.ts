import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Direct US–Nicaragua talks in Panama City on Tuesday, September 8, 2026, hosted by Panama's
 * foreign ministry, on political prisoners, sanctions and the November election, around a
 * framework drafted by Panamanian diplomats. The San José paper counts twelve points in the
 * framework where the other outlets count fourteen.
 */

const nic = "nicaragua";
const marchetti: GoldPerson = { name: "Elaine Marchetti", side: "us", delegation: "us" };
const kettering: GoldPerson = { name: "Thomas Kettering", side: "us", delegation: "us" };
const olmedo: GoldPerson = { name: "Javier Olmedo", side: "us", delegation: "us" };
const centeno: GoldPerson = {
  name: "Bayardo Centeno Ruiz",
  aliases: ["Bayardo Centeno", "Centeno"],
  side: nic,
  delegation: nic,
};
const lacayo: GoldPerson = { name: "Mayra Lacayo", side: nic, delegation: nic };
const zeledon: GoldPerson = { name: "Orlando Zeledón", side: nic, delegation: nic };
const batista: GoldPerson = { name: "Itzel Batista", side: "panama", delegation: "panama" };
const ashcombe: GoldPerson = { name: "Gregory Ashcombe", side: "us" };
const arauz: GoldPerson = { name: "Fausto Arauz", side: nic };
const obando: GoldPerson = { name: "Lesbia Obando", side: nic };
const tuesday = goldDay("2026-09-08");
const hours = (n: number) => goldQuantity("meeting.duration", n, n, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const relief = { term: "sanctions-relief", stance: "proposed" } as const;
const vote = { term: "elections", stance: "proposed" } as const;

export const NICARAGUA_US_PANAMA: GoldCluster = {
  id: "nicaragua-us-panama",
  title: "US–Nicaragua talks in Panama City on prisoners and sanctions",
  sides: {
    nicaragua: ["nicaragua", "nicaraguan", "managua", "nicaraguan-government"],
    panama: ["panama", "panamanian"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "us" },
    { delegation: nic },
    { delegation: "panama" },
  ],
  articles: [
    {
      id: "nicaragua-us-panama-wire",
      title: "US and Nicaragua hold first direct talks in years in Panama",
      source: "Isthmus Press Agency",
      publishedAt: null,
      body: paragraphs(
        "PANAMA CITY (IPA) — Senior US and Nicaraguan officials met in Panama City on Tuesday for their first direct negotiations in more than five years, discussing the release of political prisoners and a possible easing of US sanctions on the basis of a 14-point framework drafted by Panama, officials said.",
        "The meeting at the Palacio Bolívar, the seat of Panama's foreign ministry, lasted nearly six hours. The State Department team was led by Elaine Marchetti, deputy assistant secretary for Central America, and included Thomas Kettering, a Treasury official who oversees the sanctions imposed on dozens of Nicaraguan officials since 2018.",
        "Foreign Minister Bayardo Centeno Ruiz headed the Nicaraguan delegation. He was accompanied by Deputy Foreign Minister Mayra Lacayo, who negotiated the 2023 transfer of 222 prisoners to the United States.",
        'Panama\'s foreign minister, Itzel Batista, hosted the session and moved between the two delegations for much of the afternoon. "Nobody expected miracles today, but both delegations stayed at the table, and that was the first test," she told reporters afterwards.',
        "Under the Panamanian framework, according to a diplomat who has seen it, Managua would free roughly 150 people that rights groups describe as political prisoners, restore the legal status of some of the more than 5,000 civic groups it has shut down, and admit independent observers for the general election in November. In return, Washington would lift visa bans on some officials and consider phased sanctions relief.",
        'In Washington, State Department spokesperson Gregory Ashcombe said the United States was "prepared to reward real steps," but that "any relief from sanctions will follow verifiable action, not precede it."',
        'President Fausto Arauz, in a televised address on Monday evening, said Nicaragua would "talk to anyone who respects us" and would "never negotiate its sovereignty in a foreign capital." He did not mention the prisoners.',
        "Relations between the two countries collapsed after the 2018 protests, in which more than 300 people were killed, most of them by police and pro-government groups, according to the Inter-American Commission on Human Rights. The United States has since sanctioned the country's gold sector, its police leadership and several of the president's relatives.",
        'Neither side said when the delegations would meet again. A Panamanian official said a second round could take place "within weeks" if both capitals approved the framework.',
      ),
      gold: {
        people: [marchetti, kettering, centeno, lacayo, batista, ashcombe, arauz],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(6), points(14)],
        terms: [relief, vote],
      },
    },
    {
      id: "nicaragua-us-panama-live",
      title: "Live: US–Nicaragua talks at Panama's foreign ministry",
      source: "Canal Istmo Live",
      publishedAt: "2026-09-08",
      body: paragraphs(
        "08:45 — Good morning from Casco Viejo, where police have closed the streets around the Palacio Bolívar ahead of today's talks between the United States and Nicaragua. Panama is hosting; its diplomats drafted the 14-point framework on the table.",
        "09:20 — The Nicaraguan convoy has arrived. Foreign Minister Bayardo Centeno Ruiz steps out first, flanked by Deputy Foreign Minister Mayra Lacayo and Gen. Orlando Zeledón, who runs the national penitentiary system.",
        '09:35 — Now the Americans. Washington\'s delegation is headed by Deputy Assistant Secretary of State Elaine Marchetti. She offers reporters a "good morning" and nothing more.',
        "09:50 — Foreign Minister Itzel Batista greets both delegations at the top of the stairs. Handshakes, no smiles.",
        "11:15 — Why bring the general? A source close to the Nicaraguan side tells us Zeledón is here because any release would run through his institution. Rights groups count about 150 political prisoners, at least 40 of them held in the La Modelo prison outside Managua.",
        '13:40 — A statement from Managua: government spokeswoman Lesbia Obando says the delegation "has the full confidence of President Arauz" and calls on Washington to lift what she calls "illegal coercive measures" against the Nicaraguan people.',
        "14:20 — A reminder of the numbers: US sanctions now cover more than 1,000 Nicaraguan officials through visa restrictions, and Nicaraguan gold, the country's top export at about $1.5 billion a year, has been under Treasury sanctions since 2022.",
        '15:10 — Some reaction from Washington. "Panama has managed something nobody else could: it got both sides into one room without preconditions," says Camila Betancourt-Ríos of the Inter-American Dialogue, who is following the talks from there. "Whether anyone walks out of La Modelo is the only measure that matters."',
        '15:45 — It\'s over, after almost six hours. Batista, speaking on the steps: "The delegations will return to their capitals to consult. We have agreed to keep talking."',
        '16:05 — Marchetti, leaving for the airport: "We talked about people today, not abstractions. We\'ll see what Managua does next."',
        "16:20 — That's where we'll leave our live coverage. Thanks for following along.",
      ),
      gold: {
        people: [
          centeno,
          lacayo,
          zeledon,
          marchetti,
          batista,
          obando,
          arauz,
          { name: "Camila Betancourt-Ríos" },
        ],
        talksDate: tuesday,
        quantities: [hours(6), points(14)],
        terms: [relief],
      },
    },
    {
      id: "nicaragua-us-panama-analysis",
      title: "Analysis: In Panama, Washington tests a prisoners-for-sanctions bargain with Managua",
      source: "The Hemisphere Desk",
      publishedAt: "2026-09-10",
      body: paragraphs(
        "WASHINGTON — For years, the administration's line on Nicaragua was that there was nothing to discuss until the prisoners were free. The six-hour session in Panama City on Tuesday suggests that line has quietly changed.",
        "The American delegation, headed by Elaine Marchetti, a career diplomat who served in Managua during the 2018 crackdown, was rounded out by Thomas Kettering of the Treasury's Office of Foreign Assets Control and Javier Olmedo, the National Security Council's director for Central America. Across the table sat Foreign Minister Bayardo Centeno Ruiz and his deputy, Mayra Lacayo.",
        "Their host, Panama's foreign minister Itzel Batista, had spent months shuttling between the two capitals to produce a 14-point framework that both sides could at least agree to read.",
        "The bargain at its heart is simple to describe and hard to deliver. Nicaragua would release political prisoners, allow some of the thousands of shuttered civic organisations to reopen and accept international observers at November's general election. The United States would, in stages, ease sanctions that have hit the gold trade and frozen the assets of senior officials.",
        "Administration officials insist the relief would come only after the releases. But Kettering's presence in Panama was read by Nicaragua watchers as a sign that Treasury has at least drawn up a menu of what could be lifted, and in what order.",
        '"Mr. Centeno came to find out what the price is, and the Americans came to find out whether anyone in Managua can say yes," said Rodrigo Pasos, a fellow at the Wilson Center\'s Latin America Program. "Both of them got part of an answer."',
        "The politics at home are awkward. Nicaragua remains a member of CAFTA-DR, the regional free-trade pact, and exports about $3 billion worth of goods a year to the United States, a figure that several members of Congress have proposed cutting by suspending the country's trade preferences.",
        "There is also the calendar. With the election less than two months away, any observers would need to be accredited within weeks, and Managua has expelled every international mission that has asked to come since 2021.",
        "For now, both sides are saying little. That, in a relationship that has run on insults for eight years, may be the most encouraging sign of all.",
      ),
      gold: {
        people: [marchetti, kettering, olmedo, centeno, lacayo, batista, { name: "Rodrigo Pasos" }],
        talksDate: tuesday,
        quantities: [hours(6), points(14)],
        terms: [vote, relief],
      },
    },
    {
      id: "nicaragua-us-panama-frontera",
      title: "Families of Nicaragua's prisoners wait on Panama talks",
      source: "Diario Frontera Sur",
      publishedAt: "2026-09-09",
      body: paragraphs(
        "SAN JOSÉ, Costa Rica — In the cramped offices of a Nicaraguan exile association in the San José suburb of La Uruca, relatives of political prisoners spent Tuesday refreshing their phones for news from Panama City.",
        "The talks brought together Nicaragua's foreign minister, Bayardo Centeno, and Elaine Marchetti of the US State Department, with Panamanian diplomats acting as hosts. They lasted about six hours. Mayra Lacayo, the deputy foreign minister, who accompanied Centeno, was seen leaving the building before him, carrying a stack of folders.",
        'According to a copy seen by Frontera Sur, the document Panama put before the two delegations contains 12 points. The first calls for the release of "persons deprived of liberty for political reasons"; later points cover the return of confiscated property, the reopening of universities closed since 2021 and observers for the November vote. In exchange, the United States would gradually lift sanctions.',
        '"My brother Félix Montenegro has been in La Modelo for 812 days for posting a video on Facebook," said Rosa Argüello, 47, who fled across the border in 2022. "If they let him walk out, I will believe in these talks. Until then, it is theatre."',
        "Costa Rica hosts more than 200,000 Nicaraguans who have left since 2018, according to the UN refugee agency, making it the largest exile community in the region. Many were stripped of their citizenship and property by the government in Managua.",
        'Medardo Sequeira, a former legislator who leads an opposition coalition from exile here, said the opposition had not been consulted. "Nobody asked the people whose names are on the lists," he said. "We support any door that opens a cell, but elections without the opposition are not elections."',
        "The Nicaraguan government did not respond to a request for comment. The State Department referred questions to remarks made by its spokesperson on Tuesday.",
        "Families here say they have been disappointed before. A similar release brokered by the Vatican freed several dozen prisoners, but within months police had arrested others in their place.",
      ),
      gold: {
        people: [
          centeno,
          marchetti,
          lacayo,
          { name: "Félix Montenegro" },
          { name: "Rosa Argüello" },
          { name: "Medardo Sequeira" },
        ],
        talksDate: tuesday,
        quantities: [hours(6), points(12)],
        terms: [relief, vote],
      },
    },
    {
      id: "nicaragua-us-panama-explainer",
      title: "Explainer: What is in the Panama framework for Nicaragua?",
      source: "Latin Affairs Weekly",
      publishedAt: "2026-09-12",
      body: paragraphs(
        "When US and Nicaraguan officials sat down at Panama's foreign ministry on Tuesday, September 8, it was the first time the two governments had negotiated face to face since relations broke down after the 2018 protests. Here is what we know about the document they discussed.",
        "Who was in the room? The US side was a State Department team led by Elaine Marchetti, the deputy assistant secretary responsible for Central America. Nicaragua sent its foreign minister, Bayardo Centeno Ruiz, and, more unusually, Gen. Orlando Zeledón, the head of the prison system. The general's presence was taken as a sign that Managua wanted to discuss releases in concrete terms. Panama's foreign minister, Itzel Batista, was the host and, in effect, the mediator.",
        "What does the framework say? It has 14 points. The first five concern people: the release of political prisoners, the return of exiles stripped of their nationality, and the restoration of confiscated homes and businesses. The next group deals with civic life, including the legal status of churches, universities and charities. Points 11 to 13 cover the November general election and the admission of international observers.",
        'What does Nicaragua get? The last point commits the United States to "review, in stages and in proportion to progress," the sanctions it has imposed since 2018. In practice, that means visa bans and asset freezes on officials and, potentially, the measures on gold exports, which earn the country about $1.5 billion a year.',
        'What are the obstacles? President Fausto Arauz has said repeatedly that Nicaragua does not hold political prisoners, only "criminals and traitors." Washington, for its part, has said it will not lift anything before prisoners are released, and Congress can block any easing of some trade measures.',
        "What happens next? The delegations have returned home to consult. Panama has offered to host a second round. Diplomats say the most realistic early outcome is a partial release of prisoners, perhaps 30 or 40, matched by the lifting of visa restrictions on a handful of officials.",
      ),
      gold: {
        people: [marchetti, centeno, zeledon, batista, arauz],
        talksDate: tuesday,
        quantities: [points(14)],
        terms: [vote, relief],
      },
    },
  ],
};
