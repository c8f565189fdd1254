import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Two days of talks between Libya's House of Representatives and the High State Council in
 * Bouznika, Morocco, on Thursday and Friday, May 14-15, 2026, hosted by Morocco with the UN
 * mission and a US envoy in the room, on a roadmap to elections. Most outlets count 11 points in
 * the roadmap; a Tripoli paper counts nine.
 */

const hor = "hor";
const hcs = "hcs";
const mansouri: GoldPerson = {
  name: "Salem Ashour al-Mansouri",
  aliases: ["al-Mansouri", "Mr. al-Mansouri"],
  side: hor,
  delegation: hor,
};
const bennour: GoldPerson = { name: "Fathia Bennour", side: hor, delegation: hor };
const kaabar: GoldPerson = { name: "Idris Kaabar", side: hor, delegation: hor };
const ferjani: GoldPerson = {
  name: "Hisham al-Ferjani",
  aliases: ["al-Ferjani", "Mr. al-Ferjani"],
  side: hcs,
  delegation: hcs,
};
const zlitni: GoldPerson = { name: "Rim Zlitni", side: hcs, delegation: hcs };
const sharif: GoldPerson = {
  name: "Anwar el-Sharif",
  aliases: ["el-Sharif"],
  side: hcs,
  delegation: hcs,
};
const alaoui: GoldPerson = {
  name: "Karim Alaoui-Tazi",
  aliases: ["Mr. Alaoui-Tazi"],
  side: "morocco",
  delegation: "morocco",
};
const vasquez: GoldPerson = {
  name: "Elena Vasquez-Moreau",
  aliases: ["Ms. Vasquez-Moreau"],
  side: "un",
  delegation: "un",
};
const brackett: GoldPerson = {
  name: "Nathaniel Brackett",
  aliases: ["Mr. Brackett", "Ambassador Brackett"],
  side: "us",
  delegation: "us",
};
const reyes: GoldPerson = { name: "Joanna Reyes-Whitfield", side: "us", delegation: "us" };
const bukhatwa: GoldPerson = { name: "Ramadan Bukhatwa", side: hor };
const zentani: GoldPerson = { name: "Walid Zentani" };
const haddad: GoldPerson = { name: "Leila Haddad-Mercer" };

const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const elections = { term: "elections", stance: "proposed" } as const;
const assets = { term: "frozen-assets", stance: "proposed" } as const;
const truce = { term: "ceasefire", stance: "mentioned" } as const;
const talksDays = goldDay("2026-05-14", "2026-05-15");

export const H5_A2: GoldCluster = {
  id: "libya-hor-hcs-bouznika",
  title: "Libya's rival chambers in Bouznika",
  sides: {
    hor: ["hor", "house-of-representatives", "house", "parliament", "eastern-parliament", "tobruk"],
    hcs: ["hcs", "high-state-council", "high-council-of-state", "state-council", "council"],
    morocco: ["morocco", "moroccan", "rabat"],
    un: ["un", "united-nations", "unsmil", "un-mission"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: hor },
    { delegation: hcs },
    { delegation: "morocco" },
    { delegation: "un" },
    { delegation: "us" },
    { term: "elections" },
    { term: "frozen-assets" },
  ],
  articles: [
    {
      id: "libya-hor-hcs-bouznika-wire",
      title: "Libya's rival legislatures agree roadmap to elections after Morocco talks",
      source: "Maghreb Wire Service",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "BOUZNIKA, Morocco, May 15 (MWS) — Delegations from Libya's two rival legislative bodies wrapped up two days of talks in this Moroccan coastal town on Friday, agreeing on an 11-point roadmap that would lead to presidential and parliamentary elections within 14 months.",
        "The House of Representatives, which sits in the east of the country, sent a delegation led by Salem Ashour al-Mansouri, a lawmaker from Benghazi, alongside Fathia Bennour, the chamber's legal rapporteur, and Idris Kaabar, an MP from Tobruk.",
        "The Tripoli-based High State Council was represented by Hisham al-Ferjani, the council's second deputy chairman, with Rim Zlitni and Anwar el-Sharif.",
        "Morocco's foreign minister, Karim Alaoui-Tazi, hosted the round. The acting head of the UN Support Mission in Libya, Elena Vasquez-Moreau, and the US special envoy for Libya, Nathaniel Brackett, were in the room for both days.",
        '"For the first time, the two chambers have put their signatures on the same sequence of steps," Mr. Alaoui-Tazi told a news conference after the closing session. "The dates are now in Libyan hands."',
        "The roadmap calls for a unified interim government to organise the vote, a single budget, and the gradual release of some of the Libyan Investment Authority's frozen assets, estimated at about $68 billion and held under UN sanctions since 2011, to finance reconstruction.",
        "It also reaffirms the October 2020 ceasefire between forces loyal to the east and the west, which has largely held despite repeated clashes around Tripoli.",
        'Ramadan Bukhatwa, the speaker of the House of Representatives, welcomed the agreement in a statement from Benghazi but said the eastern chamber would "study each clause before ratification."',
        "Libya was due to hold elections in December 2021, but the vote was postponed indefinitely amid disputes over candidates' eligibility. Oil production, the country's economic lifeline, has hovered around 1.3 million barrels a day this year.",
      ),
      gold: {
        people: [mansouri, bennour, kaabar, ferjani, zlitni, sharif, alaoui, vasquez, brackett, bukhatwa],
        talksDate: talksDays,
        quantities: [twoDays, points(11)],
        terms: [elections, assets, truce],
      },
    },
    {
      id: "libya-hor-hcs-bouznika-newswire",
      title: "Libyan rivals sign roadmap; questions remain over the interim government",
      source: "Continental Newswire",
      publishedAt: null,
      body: paragraphs(
        "Two days of talks between Libya's rival legislative chambers in the Moroccan town of Bouznika ended with both sides initialling a roadmap toward national elections, though diplomats cautioned that the hardest questions had been postponed.",
        "The agreement, whose 11 points were read out at the closing ceremony, sets a timetable for a new electoral law, a unified interim government and a path to a vote that does not wait for a constitutional referendum. The delegations did not agree on who would lead the interim government, which would replace the rival administrations in Tripoli and the east.",
        'Salem Ashour al-Mansouri, who headed the delegation of the House of Representatives, said the text was "the best that could be achieved in the time we had." His counterpart from the High State Council, Hisham al-Ferjani, said the two sides had "stopped talking past each other."',
        'The American delegation, headed by special envoy Nathaniel Brackett and including Deputy Assistant Secretary of State Joanna Reyes-Whitfield, observed the talks. Mr. Brackett said Washington was prepared to support the release of part of Libya\'s frozen assets abroad if an interim government met "basic standards of transparency."',
        'In Tripoli, Walid Zentani, a spokesman for the Government of National Unity, said the administration "respects any Libyan consensus" but warned against "parallel processes that ignore the executive." The unity government, which controls the west of the country, was not represented in Bouznika.',
        'Al-Mansouri also struck a warning note about the economy. "Even Omar Benrajab at the central bank tells us he cannot guarantee salaries past August," he said. "That is the clock we are working against."',
        "The UN mission, whose acting head Elena Vasquez-Moreau attended both days, said it would convene a technical committee in Tunis next month to draft the electoral law.",
        "Libya's public payroll covers more than 2.3 million people, roughly a third of the population, according to World Bank estimates.",
      ),
      gold: {
        people: [mansouri, ferjani, brackett, reyes, zentani, { name: "Omar Benrajab" }, vasquez],
        talksDate: null,
        quantities: [twoDays, points(11)],
        terms: [elections, assets],
      },
    },
    {
      id: "libya-hor-hcs-bouznika-courier",
      title: "Bouznika roadmap: what Tripoli's negotiators brought home",
      source: "The Tripoli Courier",
      publishedAt: "2026-05-16",
      body: paragraphs(
        "TRIPOLI — The High State Council's negotiators returned to the capital on Saturday from Morocco with a nine-point roadmap that they say commits the eastern-based parliament, for the first time, to a fixed sequence ending in elections.",
        "The council's team, which comprised Hisham al-Ferjani, Rim Zlitni and Anwar el-Sharif, spent the two-day round that ended Friday across the table from the House of Representatives delegation headed by Salem Ashour al-Mansouri.",
        'Mr. al-Ferjani, speaking at Mitiga airport on his return, said the text was "balanced" and that the council would vote on it within two weeks. He was accompanied by el-Sharif, a former judge who sits on the council\'s legal committee.',
        "According to a copy seen by the Courier, the nine points include a new electoral law to be drafted within 90 days, the formation of a unified executive, a single national budget, and a joint request to the UN Security Council to unfreeze part of the assets of the Libyan Investment Authority.",
        'The document does not address the future of the armed forces in the east, a subject that the council\'s members say must be dealt with before any vote. "Elections under the guns of one side are not elections," said one council member who did not travel to Morocco and asked not to be named.',
        "The talks were hosted by Morocco's foreign minister, Karim Alaoui-Tazi. Observers from the United Nations and the United States also attended.",
        "Reaction in the capital was muted. Many residents said they had seen too many agreements to celebrate another. Bread prices in Tripoli have risen by nearly 40 percent since last year, and power cuts of six hours a day have returned with the early summer heat.",
        'Leila Haddad-Mercer, a Libya specialist at Chatham House, said the agreement was "thin but real." "The danger," she said, "is that everyone signs and nobody implements, which is what happened after Skhirat in 2015."',
      ),
      gold: {
        people: [ferjani, zlitni, sharif, mansouri, alaoui, haddad],
        talksDate: talksDays,
        quantities: [twoDays, points(9)],
        terms: [elections, assets],
      },
    },
    {
      id: "libya-hor-hcs-bouznika-explainer",
      title: "Explainer: Libya's Bouznika roadmap and why it may not be enough",
      source: "Mediterranean Affairs Review",
      publishedAt: "2026-05-20",
      body: paragraphs(
        "Libya has a new roadmap. Last week's talks in Bouznika, a resort town between Rabat and Casablanca, produced a text signed by both of the country's rival chambers. Here is what it says and what it leaves out.",
        "Who negotiated? The House of Representatives, elected in 2014 and based in the east, and the High State Council, a consultative body in Tripoli made up largely of members of the 2012 parliament. Salem Ashour al-Mansouri and Fathia Bennour represented the House; Hisham al-Ferjani led for the council. Morocco hosted, and the UN mission and a US envoy watched from the side of the room.",
        "How long did it take? Two days of closed-door talks, after nearly a year of preparatory contacts.",
        "What is in it? The text, now cut to 11 points after the mediators merged several clauses on the second day, sets out a path to elections: a new electoral law, a unified interim government, a single budget and a joint appeal for the gradual release of Libya's frozen assets abroad.",
        "What is not? Any agreement on who leads the interim government, any mechanism to unify the armed forces, or any role for the Government of National Unity in Tripoli, whose leaders were not invited.",
        'Will it hold? "The chambers can agree on paper because neither one commands the men with guns," said Khaled Turki Rashed of the Sadeq Institute in Tripoli. "The test is whether the armed groups in the west and the forces in the east accept a government they did not choose."',
        "What happens next? Each chamber must ratify the text. The UN mission plans a technical committee in Tunis in June. If that holds, the roadmap foresees a vote in about 14 months, which would be the first national election since 2014.",
        "Why does it matter beyond Libya? The country holds Africa's largest proven oil reserves, and migrant departures from its coast toward Italy rose by 18 percent in the first quarter of this year.",
      ),
      gold: {
        people: [mansouri, bennour, ferjani, { name: "Khaled Turki Rashed" }],
        talksDate: goldDay("2026-05-11", "2026-05-17"),
        quantities: [twoDays, points(11)],
        terms: [elections, assets],
      },
    },
    {
      id: "libya-hor-hcs-bouznika-atlas",
      title: "Libyan chambers close Morocco talks with an eleven-point roadmap",
      source: "Atlas Broadcasting Network",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "Libya's two rival legislative chambers ended talks in the Moroccan town of Bouznika on Friday with an eleven-point roadmap toward elections, after two days of negotiations on Thursday and Friday under Moroccan mediation.",
        'Foreign Minister Karim Alaoui-Tazi, who chaired the sessions, called the outcome "a Libyan agreement, written by Libyans." Beside him at the closing ceremony sat Elena Vasquez-Moreau of the UN mission and Nathaniel Brackett, Washington\'s special envoy.',
        "The House of Representatives delegation was headed by Salem Ashour al-Mansouri. Idris Kaabar, who accompanied al-Mansouri, told our correspondent that the eastern chamber had secured its main demand, a unified government before any vote.",
        "Across the table, the High State Council's delegation was led by Hisham al-Ferjani. Rim Zlitni, a member of the council's delegation, said the hardest discussions had been about the release of frozen assets held abroad since 2011.",
        'Ambassador Brackett said the United States would work with the UN Security Council on the assets question. "Libyans deserve to see their own money spent on their own country," he said.',
        "The agreement follows the 2020 ceasefire, which has largely held along the front line between Sirte and al-Jufra, and several failed attempts to agree election rules, most recently in 2023.",
        "Libya has had rival administrations in the east and west for most of the past decade. About 125,000 people remain internally displaced, according to the International Organization for Migration.",
        "The text now goes to both chambers for ratification. Our correspondent in Bouznika says diplomats expect the House to vote first, possibly within ten days.",
      ),
      gold: {
        people: [alaoui, vasquez, brackett, mansouri, kaabar, ferjani, zlitni],
        talksDate: talksDays,
        quantities: [twoDays, points(11)],
        terms: [elections, assets, truce],
      },
    },
  ],
};
