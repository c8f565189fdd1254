import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A two-day round of talks between the Thai government's peace dialogue panel and the Barisan
 * Revolusi Nasional (BRN) in Kuala Lumpur on Thursday and Friday, November 12–13, 2026,
 * facilitated by Malaysia, on a 10-point framework for Thailand's southern border provinces.
 * The Pattani paper names a BRN team with none of the members the other outlets report.
 */

const thai = "thailand";
const anuwat: GoldPerson = {
  name: "Anuwat Kraisorn",
  aliases: ["Gen. Anuwat", "Anuwat"],
  side: thai,
  delegation: thai,
};
const pattama: GoldPerson = {
  name: "Pattama Chaiwiset",
  aliases: ["Pattama"],
  side: thai,
  delegation: thai,
};
const weerapong: GoldPerson = { name: "Weerapong Thanasak", side: thai, delegation: thai };
const waeuseng: GoldPerson = {
  name: "Ismail Wae-useng",
  aliases: ["Ustaz Ismail Wae-useng", "Ustaz Ismail"],
  side: "brn",
  delegation: "brn",
};
const dorloh: GoldPerson = { name: "Hakim Dorloh", side: "brn", delegation: "brn" };
const rusdi: GoldPerson = { name: "Rusdi Mayeng", side: "brn", delegation: "brn" };
const yapa: GoldPerson = { name: "Faisal Yapa", side: "brn", delegation: "brn" };
const rafiq: GoldPerson = {
  name: "Mohd Rafiq Hashim",
  aliases: ["Tan Sri Rafiq", "Rafiq Hashim"],
  side: "malaysia",
  delegation: "malaysia",
};
const latif: GoldPerson = {
  name: "Norhayati Abdul Latif",
  side: "malaysia",
  delegation: "malaysia",
};
const kittipong: GoldPerson = {
  name: "Kittipong Rattanaphan",
  aliases: ["Kittipong"],
  side: thai,
};
const chayanin: GoldPerson = { name: "Chayanin Boonyarat", side: thai };
const kuteh: GoldPerson = { name: "Abdulrahman Kuteh", side: "brn" };
const rungrawee: GoldPerson = { name: "Rungrawee Sae-Tang" };
const round = goldDay("2026-11-12", "2026-11-13");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const tenPoints = goldQuantity("plan.size", 10, 10, "point");
const truce = { term: "ceasefire", stance: "proposed" } as const;

export const THAILAND_BRN_KUALALUMPUR: GoldCluster = {
  id: "thailand-brn-kualalumpur",
  title: "Thai government and BRN talks in Kuala Lumpur",
  sides: {
    thailand: ["thailand", "thai", "bangkok", "thai-government"],
    brn: ["brn", "barisan-revolusi-nasional", "patani-rebels", "barisan-revolusi-nasional-melayu-patani"],
    malaysia: ["malaysia", "malaysian", "kuala-lumpur", "putrajaya"],
  },
  contradict: [{ delegation: "brn" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: thai },
    { delegation: "malaysia" },
  ],
  articles: [
    {
      id: "thailand-brn-kualalumpur-wire",
      title: "Thai government, southern rebels end Kuala Lumpur round with no truce",
      source: "Straits Wire",
      publishedAt: null,
      body: paragraphs(
        "KUALA LUMPUR (SW) — Thai government negotiators and the Barisan Revolusi Nasional (BRN), the main insurgent group in Thailand's Malay-Muslim south, ended two days of talks in Kuala Lumpur on Friday, agreeing to keep working on a 10-point framework but stopping short of a ceasefire, the Malaysian facilitator said.",
        "Thailand's panel was led by Gen. Anuwat Kraisorn, a retired army commander, and included Pattama Chaiwiset, a deputy secretary-general of the National Security Council. The BRN side was headed by Ustaz Ismail Wae-useng, a religious teacher from Narathiwat who has represented the movement at the table since 2023. He was joined by Hakim Dorloh, described by the group as its head of political affairs.",
        'The talks were facilitated by Tan Sri Mohd Rafiq Hashim, a former chief of Malaysia\'s armed forces. "Both parties accepted that the framework is the basis for the next stage," he told reporters at a hotel near the Petronas Towers. "On the question of a cessation of violence, they need more time."',
        'The framework, according to people familiar with it, covers a reduction of violence, public consultations in the three provinces of Pattani, Yala and Narathiwat, and a political solution that respects Thailand\'s constitution. The BRN wants a formal ceasefire to be monitored by international observers; Bangkok prefers what it calls a "joint reduction of violence" overseen by local bodies.',
        'In Bangkok, Prime Minister Kittipong Rattanaphan told reporters that the government "will not accept anything that touches the integrity of the kingdom," but that dialogue was "the only road."',
        "More than 7,000 people have been killed since the insurgency reignited in 2004, according to Deep South Watch, a monitoring group. Last month, a roadside bomb in Narathiwat's Rueso district killed three rangers and wounded four villagers.",
        "Malaysia has facilitated the talks since 2013. No date was set for the next round.",
      ),
      gold: {
        people: [anuwat, pattama, waeuseng, dorloh, rafiq, kittipong],
        talksDate: { start: null, end: null, parts: { weekday: 5 } },
        quantities: [twoDays, tenPoints],
        terms: [truce],
      },
    },
    {
      id: "thailand-brn-kualalumpur-standard",
      title: "Deep South talks: Bangkok holds the line on 'reduction of violence'",
      source: "Bangkok Morning Standard",
      publishedAt: "2026-11-14",
      body: paragraphs(
        "BANGKOK — The government's peace dialogue panel returned from Kuala Lumpur on Saturday insisting that the two-day round that ended Friday had moved the process forward, even as the Barisan Revolusi Nasional pressed for a formal ceasefire that Bangkok remains reluctant to give.",
        "The panel's chief, Gen. Anuwat Kraisorn, was accompanied by NSC deputy secretary-general Pattama Chaiwiset and by Colonel Weerapong Thanasak, a staff officer with the Internal Security Operations Command's Region 4, which oversees security in the southern border provinces. Across the table from Gen. Anuwat sat Ustaz Ismail Wae-useng, the BRN's chief negotiator, and Hakim Dorloh.",
        "Malaysia's facilitator, Tan Sri Rafiq Hashim, chaired both days of talks.",
        'The two sides discussed a 10-point framework that begins with what officials call a "joint reduction of violence" and ends with a political settlement "within the framework of the Thai constitution." Military officers on the panel are wary of anything labelled a ceasefire, which they say would imply recognition of the BRN as an armed force.',
        '"The government has always said the door to dialogue is open," said government spokesperson Chayanin Boonyarat. "But a ceasefire is something between two states. The BRN is not a state."',
        "The Standard understands that Khun Pattama pushed in the talks for early public consultations in Pattani, Yala and Narathiwat, an idea the BRN has accepted in principle but wants held without the presence of troops.",
        "The budget for security operations in the south stands at about 13 billion baht for the coming fiscal year, according to the Budget Bureau, down slightly from last year. Roughly 60,000 soldiers, rangers and police are deployed in the region.",
        'A member of the Thai panel, speaking on condition of anonymity, said the next round could take place in January, after consultations with the army. "We are making progress slowly," the official said. "Slow is still progress."',
      ),
      gold: {
        people: [anuwat, pattama, weerapong, waeuseng, dorloh, rafiq, chayanin],
        talksDate: round,
        quantities: [twoDays, tenPoints],
        terms: [truce],
      },
    },
    {
      id: "thailand-brn-kualalumpur-semenanjung",
      title: "Thailand peace talks conclude in KL after two days",
      source: "Semenanjung TV News",
      publishedAt: "2026-11-13",
      body: paragraphs(
        'KUALA LUMPUR — Peace talks between the Thai government and the Barisan Revolusi Nasional concluded in the capital today after two days, with Malaysia\'s facilitator describing the atmosphere as "serious and respectful."',
        'Tan Sri Mohd Rafiq Hashim and his deputy, Norhayati Abdul Latif, hosted the delegations at a government guesthouse in Bukit Damansara. Tan Sri Rafiq, who has facilitated the process since 2024, said the parties had "gone through all ten points" of the framework they are negotiating.',
        "The Thai delegation was headed by Gen. Anuwat Kraisorn. On the BRN side, chief negotiator Ustaz Ismail Wae-useng led a team of five, including Hakim Dorloh.",
        'Speaking to reporters afterwards, Ustaz Ismail said the movement wanted "a real ceasefire, not a slogan," and called for the release of detainees held under emergency laws in the southern provinces. He said the BRN was ready to consider a pause in attacks during Ramadan next year if the army agreed to reduce its operations in villages.',
        'Gen. Anuwat did not take questions but said in a brief statement that Thailand was "committed to the path of dialogue under the constitution."',
        'Malaysia\'s foreign ministry said in a statement that the country would continue to support a "peaceful, comprehensive and sustainable" solution. Malaysia shares a 647-kilometre border with Thailand, and many residents of the three southern provinces have relatives in the Malaysian states of Kelantan and Kedah.',
        "The talks were the third round this year. A previous round in June was cut short after a car bomb in Yala killed two people and injured 17.",
        'Observers said the fact that both delegations stayed for the full two days was itself a sign of progress. "A year ago, one side would have walked out by now," said Rungrawee Sae-Tang, a lecturer at Prince of Songkla University\'s Pattani campus, speaking by phone.',
      ),
      gold: {
        people: [rafiq, latif, anuwat, waeuseng, dorloh, rungrawee],
        talksDate: round,
        quantities: [twoDays, tenPoints],
        terms: [truce],
      },
    },
    {
      id: "thailand-brn-kualalumpur-pattani",
      title: "In Pattani, families ask what Kuala Lumpur talks will change",
      source: "Southern Frontier",
      publishedAt: "2026-11-16",
      body: paragraphs(
        "PATTANI — The latest round of peace talks between Bangkok and the Barisan Revolusi Nasional took place far from here, in a Kuala Lumpur guesthouse, on November 12 and 13. But in the villages of Pattani, Yala and Narathiwat, the question is the same as it has been for two decades: will anything change on the ground?",
        "The BRN's team comprised Rusdi Mayeng, a former schoolteacher from Rueso, and Faisal Yapa, who heads the movement's political wing. Across from them, the government panel was led by Gen. Anuwat Kraisorn, who was joined by Pattama Chaiwiset of the National Security Council.",
        'After two days of talks, the delegations agreed to continue discussing a framework of 10 points, beginning with reduced violence and public consultations. A BRN statement released on Sunday by its spokesman, Abdulrahman Kuteh, said the movement was "ready for a ceasefire under international witness" but accused the army of continuing raids in Bacho and Rangae districts during the talks.',
        'In Tanyong Mat, a village outside Rangae, Kalimoh Deraheng, 58, keeps a photograph of her son by the door. "They took Areefin Samae from the rubber plantation in 2019 and we found him three days later," she said. "Talk is good. But who will tell me what happened to my son?"',
        "Human rights groups say at least 200 people remain detained under the emergency decree, which has been renewed every three months since 2005. Many families say they would like to see detainees discussed in Kuala Lumpur.",
        "The army's regional command said it had not changed its operations during the talks and that searches in Bacho followed a tip-off about explosives.",
        'Local teachers, traders and religious leaders say they want the consultations promised in the framework to happen soon, and in their own language. "People here speak Malay at home. If the consultations are only in Thai, half the village will not come," said a village headman who asked not to be named.',
      ),
      gold: {
        people: [
          rusdi,
          yapa,
          anuwat,
          pattama,
          kuteh,
          { name: "Kalimoh Deraheng" },
          { name: "Areefin Samae" },
        ],
        talksDate: round,
        quantities: [twoDays, tenPoints],
        terms: [truce],
      },
    },
    {
      id: "thailand-brn-kualalumpur-monitor",
      title: "Analysis: The Deep South process is alive, but only just",
      source: "Asia Security Monitor",
      publishedAt: "2026-11-18",
      body: paragraphs(
        "Peace processes rarely die in a single meeting; they wither. Last week's talks in Kuala Lumpur between the Thai government and the Barisan Revolusi Nasional showed a process that is still breathing, but not yet walking.",
        "The line-up was familiar. Gen. Anuwat Kraisorn, flanked by the National Security Council's Pattama Chaiwiset and an officer from the Internal Security Operations Command, faced a BRN team under Ustaz Ismail Wae-useng. Tan Sri Mohd Rafiq Hashim, Malaysia's facilitator, kept the parties talking.",
        "The 10-point framework on the table is an improvement on earlier drafts, which ran to more than 20 pages and read like a military manual. It puts a joint reduction of violence first, public consultations second and the political settlement last. That sequencing suits Bangkok, which wants security before politics, and frustrates the BRN, which wants the reverse.",
        'The sticking point remains the word "ceasefire." The BRN wants one, with outside monitors. The army regards the term as a step towards treating the movement as a belligerent, and Prime Minister Kittipong has not been willing to overrule the generals on it.',
        '"Both sides have learned how to talk without breaking up; neither has learned how to decide," said Rungrawee Sae-Tang of Prince of Songkla University. "The risk is that the dialogue becomes the goal."',
        "There are reasons for cautious optimism. Violent incidents fell by about a quarter in the first nine months of the year compared with 2025, according to Deep South Watch, and both delegations have now stayed at the table through several rounds without a walkout.",
        "But time matters. A new generation of fighters, many born after 2004, has never known anything but the emergency decree. If the talks cannot show them something by the next round, others will offer them something else.",
      ),
      gold: {
        people: [anuwat, pattama, waeuseng, rafiq, kittipong, rungrawee],
        talksDate: goldDay("2026-11-09", "2026-11-15"),
        quantities: [tenPoints],
        terms: [truce],
      },
    },
  ],
};
