import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Papua New Guinea's national government and the Autonomous Bougainville
 * Government in Wellington on Wednesday, October 14, 2026, chaired by New Zealand with
 * Australian and US observers, on a seven-point roadmap for Bougainville's political future
 * after the 2019 independence referendum. The Port Moresby paper dates the session to Thursday.
 */

const kaupa: GoldPerson = { name: "Simon Kaupa", side: "png", delegation: "png" };
const raka: GoldPerson = { name: "Martin Raka", side: "png", delegation: "png" };
const wuhiaka: GoldPerson = { name: "Agnes Wuhiaka", side: "png", delegation: "png" };
const siriosi: GoldPerson = { name: "Clement Siriosi", side: "abg", delegation: "abg" };
const kapeta: GoldPerson = { name: "Rosalyn Kapeta", side: "abg", delegation: "abg" };
const noroho: GoldPerson = { name: "Thomas Noroho", side: "abg", delegation: "abg" };
const pemberton: GoldPerson = {
  name: "Aroha Pemberton-Tane",
  side: "new-zealand",
  delegation: "new-zealand",
};
const darrow: GoldPerson = { name: "Fiona Darrow", side: "australia", delegation: "australia" };
const albrecht: GoldPerson = { name: "Curtis Albrecht", side: "us", delegation: "us" };
const sapuri: GoldPerson = { name: "Walter Sapuri", side: "png" };
const ampaoi: GoldPerson = { name: "Francis Ampaoi", side: "abg" };
const menadue: GoldPerson = { name: "Kirsty Menadue" };
const wednesday = goldDay("2026-10-14");
const hours = (n: number) => goldQuantity("meeting.duration", n, n, "hour");
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");

export const BOUGAINVILLE_PNG_WELLINGTON: GoldCluster = {
  id: "bougainville-png-wellington",
  title: "Papua New Guinea and Bougainville talks in Wellington",
  sides: {
    png: [
      "png",
      "papua-new-guinea",
      "papua-new-guinean",
      "port-moresby",
      "png-government",
      "national-government",
    ],
    abg: ["abg", "bougainville", "bougainvillean", "autonomous-bougainville-government", "buka"],
    "new-zealand": ["new-zealand", "nz", "new-zealander", "wellington"],
    australia: ["australia", "australian", "canberra"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "png" },
    { delegation: "abg" },
    { delegation: "new-zealand" },
    { delegation: "australia" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "bougainville-png-wellington-wire",
      title: "PNG, Bougainville agree seven-point roadmap after marathon Wellington talks",
      source: "Pacific News Wire",
      publishedAt: null,
      body: paragraphs(
        "WELLINGTON (PNW) — Papua New Guinea's national government and the Autonomous Bougainville Government agreed on a seven-point roadmap for settling the region's political future after a marathon 11-hour session in Wellington on October 14, New Zealand's foreign ministry said.",
        "The national government's delegation was led by Simon Kaupa, the minister for Bougainville affairs, alongside Attorney-General Martin Raka. Bougainville's president, Clement Siriosi, led his own team, which included Vice-President Rosalyn Kapeta.",
        "The talks were chaired by Aroha Pemberton-Tane, New Zealand's special envoy for the Pacific. Australia and the United States sent observers: Fiona Darrow, a deputy secretary at Australia's Department of Foreign Affairs and Trade, and Curtis Albrecht, the State Department's deputy assistant secretary for Australia, New Zealand and the Pacific Islands.",
        "The roadmap sets out a timetable for tabling the result of Bougainville's 2019 referendum in the national parliament, a joint commission on the transfer of powers over policing and customs, and an agreement to resume negotiations on revenue from the Panguna copper mine, which has been closed since 1989.",
        "In the referendum, 97.7 per cent of voters chose independence over greater autonomy. The vote was non-binding under the Bougainville Peace Agreement of 2001, and ratification rests with PNG's parliament, where a two-thirds majority is required under the government's reading of the constitution. Bougainville's leaders reject that threshold.",
        '"We did not come to Wellington to be told to wait another five years," Siriosi said after the session. "We leave with dates on paper. That is new."',
        'In Port Moresby, Prime Minister Walter Sapuri said in a statement that the government "honours the Bougainville Peace Agreement in full" and would bring the referendum result before parliament "in accordance with the constitution." He did not say when.',
        "The civil war on Bougainville between 1988 and 1998 killed as many as 20,000 people, out of a population then of about 160,000. New Zealand hosted the first round of talks that led to the truce, at Burnham military camp near Christchurch in 1997.",
        "The delegations agreed to meet again in Buka, Bougainville's interim capital, early next year.",
      ),
      gold: {
        people: [kaupa, raka, siriosi, kapeta, pemberton, darrow, albrecht, sapuri],
        talksDate: { start: null, end: null, parts: { month: 10, day: 14 } },
        quantities: [hours(11), sevenPoints],
        terms: [],
      },
    },
    {
      id: "bougainville-png-wellington-broadcast",
      title: "Bougainville talks in Wellington run late into the evening",
      source: "Southern Cross Broadcasting",
      publishedAt: "2026-10-14",
      body: paragraphs(
        "Talks in Wellington between Papua New Guinea and Bougainville ran late into the evening today, with both sides emerging to say they had agreed a roadmap of seven points towards resolving the island region's future.",
        "The talks, hosted at the Ministry of Foreign Affairs and Trade on Lambton Quay, lasted more than 10 hours. They brought together Simon Kaupa, PNG's minister for Bougainville affairs, and Clement Siriosi, the president of the Autonomous Bougainville Government.",
        "Mr Kaupa's team also included Agnes Wuhiaka, a senior legal adviser to the national government. Rosalyn Kapeta, who accompanied Mr Siriosi, is Bougainville's vice-president and was once a teacher at a mission school in Arawa.",
        'New Zealand\'s special envoy for the Pacific, Aroha Pemberton-Tane, chaired the session. "Both delegations were patient with each other, and patient with me," she said. "That is how these things get done."',
        "Two observer delegations sat in. The US side was represented by Curtis Albrecht, a deputy assistant secretary of state, while Australia sent Fiona Darrow of its foreign affairs department. Neither spoke to media.",
        'The presence of Washington at talks on a small island region of about 300,000 people has drawn attention. "Everyone in the region knows Bougainville sits on one of the world\'s largest copper deposits, and everyone knows who would like to finance reopening it," said Dr Kirsty Menadue, a Pacific fellow at the Lowy Institute in Sydney. "The Americans are there to be seen to be there."',
        "The roadmap includes a timetable for PNG's parliament to consider the 2019 referendum result, in which 97.7 per cent of Bougainvilleans backed independence. Bougainville's leaders have set 2027 as their target date for independence.",
        "New Zealand has a long history with the peace process. Its soldiers led the unarmed Truce Monitoring Group that arrived on Bougainville in 1997, and the agreement that ended the fighting was signed in 2001.",
        "The delegations fly home tomorrow.",
      ),
      gold: {
        people: [kaupa, siriosi, wuhiaka, kapeta, pemberton, albrecht, darrow, menadue],
        talksDate: wednesday,
        quantities: [goldQuantity("meeting.duration", 10, null, "hour", { minExclusive: true }), sevenPoints],
        terms: [],
      },
    },
    {
      id: "bougainville-png-wellington-tribune",
      title: "Kaupa: Wellington roadmap keeps parliament in charge",
      source: "Port Moresby Tribune",
      publishedAt: "2026-10-16",
      body: paragraphs(
        "PORT MORESBY — The national government has agreed a seven-point plan with the Autonomous Bougainville Government that leaves the final decision on the region's independence with Parliament, Minister for Bougainville Affairs Simon Kaupa said on his return from New Zealand.",
        "Mr Kaupa, joined by Attorney-General Martin Raka and legal adviser Agnes Wuhiaka, spent 11 hours at the negotiating table in Wellington on Thursday. Across from them sat ABG President Clement Siriosi and his independence mission minister, Thomas Noroho.",
        '"Nothing in this plan takes away the powers of Parliament," Mr Kaupa told the Tribune at Jacksons International Airport. "The people of Bougainville voted, and the people\'s representatives in this Parliament will have their say. That is the law."',
        "The talks were chaired by New Zealand's Pacific envoy, Aroha Pemberton-Tane.",
        'Prime Minister Walter Sapuri welcomed the outcome in a statement, saying it showed "what Papua New Guineans can achieve when we talk to each other as one family." He said the government would release K45 million in restoration and development grants owed to the ABG before the end of the year.',
        "Under the plan, a bipartisan parliamentary committee will report on the referendum result within six months, after which the matter is to be tabled for a vote. Opposition MPs have questioned whether the government has the numbers; a two-thirds majority would require the support of at least 74 of the 111 members.",
        'Some MPs from the Highlands have warned that independence for Bougainville could encourage demands elsewhere, including in East New Britain and New Ireland. Mr Raka said the plan "contains nothing that sets a precedent for any other province."',
        "The Bougainville crisis began in 1988 over the Panguna mine, once responsible for nearly 45 per cent of the country's export earnings.",
      ),
      gold: {
        people: [kaupa, raka, wuhiaka, siriosi, noroho, pemberton, sapuri],
        talksDate: goldDay("2026-10-15"),
        quantities: [hours(11), sevenPoints],
        terms: [],
      },
    },
    {
      id: "bougainville-png-wellington-buka",
      title: "Siriosi returns with 'dates on paper' after Wellington talks",
      source: "Bougainville Voice",
      publishedAt: "2026-10-15",
      body: paragraphs(
        "BUKA — President Clement Siriosi says the Autonomous Bougainville Government has won a firm timetable from the national government after talks in Wellington that ended late Wednesday.",
        "President Siriosi, flanked by Vice-President Rosalyn Kapeta and Independence Mission Minister Thomas Noroho, negotiated for nearly 11 hours with the PNG side, headed by Minister for Bougainville Affairs Simon Kaupa.",
        "New Zealand's special envoy, Aroha Pemberton-Tane, chaired the meeting. Observers from Australia and the United States were also present.",
        "The ABG's chief spokesman, Francis Ampaoi, said the roadmap's seven points included a deadline for the national parliament to deal with the referendum result and a joint commission to plan the handover of powers over policing, customs and foreign relations.",
        '"For the first time we have a calendar that both governments have signed," Mr Ampaoi told the Voice. "Our people have waited since 2019. They will not accept waiting forever."',
        'At the Buka market, reactions were cautious. "My uncle, Peter Tasiria, died at Panguna in 1990 fighting for this," said Lucy Bauwa, a member of the Bougainville Women\'s Federation. "We want independence, but we want it in peace. Nobody here wants to go back to the crisis years."',
        "Former combatants in Central Bougainville have been asked by the ABG to hand in remaining weapons under a disposal programme that has collected about 1,200 firearms since 2021, according to the government.",
        "Mr Noroho is expected to brief the House of Representatives in Buka next week. The ABG has said independence should take effect no later than 2027, a date the national government has never accepted.",
      ),
      gold: {
        people: [
          siriosi,
          kapeta,
          noroho,
          kaupa,
          pemberton,
          ampaoi,
          { name: "Peter Tasiria" },
          { name: "Lucy Bauwa" },
        ],
        talksDate: wednesday,
        quantities: [hours(11), sevenPoints],
        terms: [],
      },
    },
    {
      id: "bougainville-png-wellington-review",
      title: "Opinion: Washington's quiet seat at Bougainville's table",
      source: "Coral Sea Review",
      publishedAt: "2026-10-19",
      body: paragraphs(
        "The most interesting person at last week's talks between Papua New Guinea and Bougainville in Wellington did not say a word in public. Curtis Albrecht, a deputy assistant secretary of state who handles the Pacific Islands, sat in as an observer, and his presence says as much about the region's future as the seven-point roadmap the parties agreed.",
        "The roadmap itself is modest. It sets dates for PNG's parliament to consider the 2019 referendum, in which almost 98 per cent of voters chose independence, and it creates a commission to plan a transfer of powers. The hard questions, including whether a two-thirds vote is needed and what happens if parliament says no, were left for later.",
        "But the cast in the room told its own story. Simon Kaupa, the minister for Bougainville affairs, led for Port Moresby. Bougainville's president, Clement Siriosi, led for Buka. New Zealand's envoy Aroha Pemberton-Tane chaired, with Australia's Fiona Darrow observing. And then there was Mr Albrecht.",
        "Washington's interest in Bougainville is not sentimental. The region holds the Panguna deposit, estimated at more than five million tonnes of copper, and a deep-water coastline that planners in several capitals have noticed. China's embassy in Port Moresby has courted Bougainvillean leaders for years, and Beijing-linked companies have expressed interest in Panguna.",
        '"A new state in the Pacific would have to decide very quickly whom it banks with, whom it trains its police with and who builds its wharves," said Kirsty Menadue of the Lowy Institute. "That is why everyone wants a chair at the table before there is a table."',
        "None of this is a reason to slow Bougainville down. Its people voted overwhelmingly, in a process the 2001 peace agreement promised them. The danger is that great-power attention turns a negotiation between two Melanesian governments into something else.",
        "Canberra and Wellington have done well to keep the process in the hands of the two parties. Washington should follow their lead: observe, fund the transition if asked, and otherwise stay out of the photograph.",
      ),
      gold: {
        people: [albrecht, kaupa, siriosi, pemberton, darrow, menadue],
        talksDate: goldDay("2026-10-12", "2026-10-18"),
        quantities: [sevenPoints],
        terms: [],
      },
    },
  ],
};
