import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Colombian government–ELN ceasefire talks in Havana on Thursday and Friday, June 11–12, 2026,
 * with Cuba and Norway as guarantors. The Andean Review puts the talks over the weekend after;
 * the Bogotá Ledger counts a five-point protocol where the others count six.
 */

const montano: GoldPerson = {
  name: "Vera Lucía Montaño",
  aliases: ["Vera Montaño"],
  side: "colombia",
  delegation: "colombia",
};
const galindo: GoldPerson = { name: "Ernesto Galindo", side: "colombia", delegation: "colombia" };
const buitrago: GoldPerson = { name: "Aureliano Buitrago", side: "eln", delegation: "eln" };
const restrepo: GoldPerson = { name: "Pablo Restrepo Quintero", side: "eln", delegation: "eln" };
const haugland: GoldPerson = { name: "Kristian Haugland", side: "norway", delegation: "norway" };
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const thursdayFriday = goldDay("2026-06-11", "2026-06-12");
const truce = [{ term: "ceasefire", stance: "proposed" }] as const;

export const CEASEFIRE_HAVANA: GoldCluster = {
  id: "ceasefire-havana",
  title: "Colombia–ELN ceasefire talks in Havana",
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [{ slot: "meeting.duration" }, { delegation: "colombia" }, { delegation: "eln" }],
  articles: [
    {
      id: "havana-caribe",
      title: "Colombia and ELN agree ceasefire protocol in Havana",
      source: "Caribe Press",
      publishedAt: "2026-06-12",
      body: paragraphs(
        "HAVANA, June 12 (Caribe Press) — Colombia's government and the National Liberation Army (ELN) ended two days of talks in Havana late on Friday with a six-point protocol for a nationwide ceasefire, negotiators and the Cuban and Norwegian guarantors said.",
        "The talks began on Thursday morning at a conference centre on the city's western edge. The government delegation was led by chief negotiator Vera Lucía Montaño and retired General Ernesto Galindo; the ELN sent its commander Aureliano Buitrago and Pablo Restrepo Quintero, a member of its central command.",
        "The protocol would freeze offensive operations, bar kidnappings and set up a monitoring mechanism run jointly by the United Nations and the Catholic Church, according to a text read out at a news conference.",
        "The ELN, which has waged an insurgency since the 1960s, has an estimated 6,000 fighters and operates along the border with Venezuela. Government officials said the protocol would be signed formally at a ceremony in Bogotá once the monitoring teams were in place.",
        'Ms. Montaño told reporters the talks had been "hard, sometimes bitter, but honest." Mr. Buitrago said the ELN would honour the agreement "as long as the government honours it too."',
        "Cuban officials said they would host the signing if both sides asked them to.",
        "A previous bilateral ceasefire expired on August 3, 2024, after the two sides failed to agree on its extension, and fighting resumed in the border region of Catatumbo within weeks.",
        'Norway\'s envoy Kristian Haugland said the guarantors were "cautiously optimistic." The next round is due to open in Havana on July 6.',
      ),
      gold: {
        people: [montano, galindo, buitrago, restrepo, haugland],
        talksDate: thursdayFriday,
        quantities: [twoDays, points(6)],
        terms: [...truce],
      },
    },
    {
      id: "havana-wire",
      title: "Government, ELN open talks on truce",
      source: "Continental Wire",
      publishedAt: null,
      body: paragraphs(
        "Colombian government and ELN negotiators sat down in Havana on June 11 for what both sides described as decisive talks on a ceasefire, the first face-to-face meeting in more than a year.",
        'Vera Montaño, who heads the government team, said on arrival that Bogotá wanted a truce "that holds in the villages, not only on paper." Aureliano Buitrago, the ELN commander, did not speak to reporters.',
        "The talks are being held at a conference centre in the west of the Cuban capital, with diplomats from Cuba and Norway acting as guarantors. Neither side has said how long they are expected to last.",
        "People familiar with the agenda said negotiators would try to agree on a protocol for a nationwide ceasefire, including a ban on kidnappings and a mechanism to monitor violations. The ELN has insisted that any truce be accompanied by social programmes in the regions where it operates, a demand the government has resisted.",
        "A previous ceasefire collapsed in 2024 amid mutual accusations of violations. Since then, fighting between the ELN and rival armed groups in the Catatumbo region has displaced tens of thousands of people, according to the United Nations.",
        "Officials in Bogotá declined to predict how long the talks would last.",
        "The guerrilla group, founded in 1964 by students and radical priests, is the last major insurgency still fighting the Colombian state. It has an estimated 6,000 fighters.",
        "President Alejandro Ferrán has set a deadline of June 30 for a ceasefire agreement, after which, he has said, the army will resume operations in the northeast.",
      ),
      gold: {
        people: [montano, buitrago, { name: "Alejandro Ferrán", side: "colombia" }],
        talksDate: { start: null, end: null, parts: { month: 6, day: 11 } },
        quantities: [],
        terms: [...truce],
      },
    },
    {
      id: "havana-ledger",
      title: "Five points, many doubts: the Havana protocol",
      source: "Bogotá Ledger",
      publishedAt: "2026-06-13",
      body: paragraphs(
        "The government and the ELN guerrillas wrapped up their talks in Havana yesterday with a five-point ceasefire protocol, after 48 hours of negotiations that officials described as tense but productive.",
        'Government negotiator Vera Lucía Montaño said the agreement would be "tested on the ground within days." The ELN delegation, headed by Aureliano Buitrago, said in a statement that it would order its fronts to halt offensive operations from Monday.',
        "Under the protocol, the ELN would halt kidnappings and attacks on infrastructure, while the army would suspend offensive operations against the group's fronts. A monitoring mechanism involving the United Nations and the Catholic Church would investigate alleged violations.",
        "Two of the five points deal with humanitarian questions: the release of people held by the group and the removal of landmines around rural schools. Government officials privately acknowledged that the ELN's command structure is loose, and that some fronts may ignore orders from the leadership.",
        "Still, the mood in the capital was cautiously hopeful. Several newspapers ran the news on their front pages, and the peso firmed slightly against the dollar as investors bet on calmer conditions in the oil-producing northeast.",
        "The previous day, the two delegations had spent hours arguing over the fate of the roughly 30 hostages the group is believed to hold, according to a person present at the talks.",
        'Critics were quick to point out that the ELN broke a similar commitment in 2024. "We have been here before," said Marta Liliana Ocampo, a senator from the opposition Democratic Centre party.',
      ),
      gold: {
        people: [montano, buitrago, { name: "Marta Liliana Ocampo" }],
        talksDate: thursdayFriday,
        quantities: [goldQuantity("meeting.duration", 48, 48, "hour"), points(5)],
        terms: [...truce],
      },
    },
    {
      id: "havana-weekly",
      title: "Can Havana end Colombia's last war?",
      source: "Hemisphere Weekly",
      publishedAt: "2026-06-19",
      body: paragraphs(
        "Last week's talks in Havana produced something the ELN and Bogotá have rarely managed: a document both sides signed. The talks, held on June 11-12, ended with a six-point ceasefire protocol that, on paper, silences the guns across the country.",
        "The war between the state and the ELN began in the 1960s. The 2016 peace deal with the FARC, the larger guerrilla army, left the ELN as the main holdout, and successive governments have tried and failed to bring it in.",
        "This time the government sent a heavyweight team: Vera Lucía Montaño, a former interior minister, and Ernesto Galindo, a retired general who once commanded troops against the group. The ELN's commander, Aureliano Buitrago, and Pablo Restrepo Quintero, a veteran of failed talks in Quito in 2018, sat opposite them.",
        "What happens next depends on the monitors. The next round, scheduled for July 6, is meant to decide who they will be and where they will deploy.",
        "The protocol's strength is its monitoring. A mission drawn from the United Nations and the Catholic Church, which has long had priests in the remote areas where the ELN operates, is supposed to verify compliance and investigate complaints.",
        "Its weakness is the ELN itself. The group is less a single army than a federation of fronts, some of them deeply involved in drug trafficking and illegal mining. Previous truces have frayed when a front acted on its own.",
        "Even so, this is the closest the two sides have come to a durable truce in more than a decade.",
      ),
      gold: {
        people: [montano, galindo, buitrago, restrepo],
        talksDate: thursdayFriday,
        quantities: [points(6)],
        terms: [...truce],
      },
    },
    {
      id: "havana-andean",
      title: "Colombia's guerrillas sign on to truce terms",
      source: "Andean Review",
      publishedAt: "2026-06-15",
      body: paragraphs(
        "Negotiators for Colombia's government and the ELN agreed on a six-point ceasefire protocol during talks over the weekend in Havana, the Cuban foreign ministry said on Sunday night.",
        "The two-day talks were led on the government side by Vera Lucía Montaño and on the rebel side by the ELN commander Aureliano Buitrago, with Norway's Kristian Haugland in the room as a guarantor.",
        "The agreement comes a year after a previous truce collapsed. Since then, fighting has displaced more than 50,000 people in the northeast, according to the United Nations.",
        "Under the protocol, both sides are to halt offensive operations within a week, and the ELN will stop kidnappings. A monitoring mechanism led by the United Nations will verify compliance.",
        "The talks were hosted by Cuba, which has long served as a venue for Colombia's peace processes, including the negotiations that led to the 2016 agreement with the FARC.",
        "The government's chief negotiator said in a radio interview that the protocol was \"a floor, not a ceiling,\" and that further rounds would deal with the group's political demands. Business leaders in the northeast, where the ELN has repeatedly bombed an oil pipeline, cautiously welcomed the news.",
        "Human rights groups urged both sides to publish the full text of the protocol so that communities in the conflict zones know what has been promised to them.",
        'Analysts said the real test would come in the next few weeks. "A protocol is a promise," said Julián Vargas, a researcher at the National University in Bogotá.',
      ),
      gold: {
        people: [montano, buitrago, haugland, { name: "Julián Vargas" }],
        talksDate: goldDay("2026-06-13", "2026-06-14"),
        quantities: [twoDays, points(6)],
        terms: [...truce],
      },
    },
  ],
};
