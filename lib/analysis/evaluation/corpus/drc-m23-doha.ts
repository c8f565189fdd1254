import { goldDay, goldQuantity, paragraphs, type GoldArticle, type GoldCluster } from "../gold";

/*
 * Held-out cluster B: Congo's government and the AFC/M23 rebels in Doha, Qatar mediating and a
 * US observer in the room. Negotiators and spokespeople are invented; heads of state are real.
 *
 * Where the outlets part ways on purpose:
 * - the plan: a 12-point framework (Continental Press, Great Lakes Observer) against a 15-point
 *   proposal (Doha Tribune);
 * - Monday's session: a marathon 12 hours (three outlets, hedged differently) against a
 *   four-hour closing session (Kinshasa Mirror);
 * - the rebel delegation: headed by Théophile Mugabo Sebahire, or by Patrick Nsengimana;
 * - the ceasefire: in the framework (three outlets) against ruled out by Kinshasa (Mirror).
 * Where they only word things differently: "on Monday", "Monday, April 20", "Monday's session",
 * talks that "opened on Saturday" and closed Monday; who sat for Kinshasa and for Qatar.
 */

const continentalPress: GoldArticle = {
  id: "drc-continental-press",
  title: "Congo, M23 rebels agree framework in Doha after marathon session",
  source: "Continental Press Agency",
  publishedAt: "2026-04-21",
  body: paragraphs(
    "DOHA (CPA) - Congo's government and the M23 rebel alliance agreed on Monday on a 12-point framework for ending the fighting in the country's east, after a marathon 12-hour session brokered by Qatar, according to the mediators and both delegations.",
    "The framework proposes a permanent ceasefire monitored by a joint verification mechanism, the phased withdrawal of rebel forces from Goma and Bukavu, and the reopening of humanitarian corridors to the two cities, where aid agencies say more than a million people depend on food assistance.",
    'Sheikh Abdul-Rahman bin Jassim al-Thani, the Qatari minister of state who has led the mediation since last year, called it "the most serious commitment the parties have made to each other". Douglas Pemberton, a senior State Department adviser on Africa, attended as an observer for the United States.',
    "The Congolese delegation was led by Jean-Pierre Mbala Kalonji, a presidential envoy and former justice minister, with Christelle Mukendi-Lusamba, a deputy minister for regional integration. The M23 side was headed by Théophile Mugabo Sebahire, the movement's chief negotiator.",
    '"We did not come to Doha to give away what our soldiers defended," Mbala Kalonji told reporters after the session. "But we came to stop the dying, and today we have a text that can do that."',
    "Mugabo Sebahire said the movement would honour the text if Kinshasa did. The framework also proposes a prisoner exchange overseen by the International Committee of the Red Cross, a step both sides agreed in principle last year but never carried out.",
    "The M23, which Congo, the United Nations and Western governments say is backed by Rwanda, seized Goma in January 2025 and Bukavu weeks later. Rwanda denies arming the group and says its forces act in self-defence against Hutu militiamen linked to the 1994 genocide. UN Security Council Resolution 2773, adopted in February 2025, demanded that the rebels withdraw and that Rwandan troops leave Congolese territory.",
    "President Félix Tshisekedi, who has ruled out any power-sharing deal with the rebels, is expected to address the nation on the agreement later this week. The two sides are due to reconvene in Doha within 30 days to negotiate a final accord.",
  ),
  gold: {
    people: [
      { name: "Abdul-Rahman bin Jassim al-Thani", side: "qatar", delegation: "qatar" },
      { name: "Douglas Pemberton", side: "us", delegation: "us" },
      { name: "Jean-Pierre Mbala Kalonji", aliases: ["Mbala Kalonji"], side: "drc", delegation: "drc" },
      { name: "Christelle Mukendi-Lusamba", side: "drc", delegation: "drc" },
      { name: "Théophile Mugabo Sebahire", aliases: ["Mugabo Sebahire"], side: "m23", delegation: "m23" },
      { name: "Félix Tshisekedi", side: "drc" },
    ],
    talksDate: goldDay("2026-04-20"),
    quantities: [
      goldQuantity("meeting.duration", 12, 12, "hours"),
      goldQuantity("plan.size", 12, 12, "points"),
    ],
    terms: [
      { term: "ceasefire", stance: "proposed" },
      { term: "prisoner-exchange", stance: "proposed" },
    ],
  },
};

const dohaTribune: GoldArticle = {
  id: "drc-doha-tribune",
  title: "Qatar hails 'new page' as Congo talks yield 15-point proposal",
  source: "Doha Tribune",
  publishedAt: null,
  body: paragraphs(
    "Qatar's mediators presented the government of the Democratic Republic of the Congo and the AFC/M23 alliance with a 15-point proposal on Monday, April 20, at the end of nearly 12 hours of negotiations at a hotel in Doha's West Bay district.",
    'Sheikh Abdul-Rahman bin Jassim al-Thani, the minister of state who chaired the session, said both delegations had accepted the proposal as the basis for a final agreement. "This is a new page for the people of eastern Congo," Sheikh Abdul-Rahman said.',
    "Foreign ministry spokesman Hamad al-Kuwari told a weekly briefing that the text provides for a ceasefire to take effect within 72 hours of signature, a prisoner exchange and the return of displaced people to their homes. He declined to say whether it sets a deadline for the rebels to leave the cities they hold.",
    "Jean-Pierre Mbala Kalonji, who led Kinshasa's negotiators, and Théophile Mugabo Sebahire, head of the rebel delegation, shook hands in front of cameras but did not speak to reporters.",
    "Qatar has positioned itself as a mediator in conflicts from Afghanistan to Gaza. It brought President Félix Tshisekedi and Rwanda's President Paul Kagame together for a surprise meeting in Doha in March 2025, the first direct contact between the two leaders since the rebels' advance on Goma.",
    "The Doha track runs in parallel with a separate agreement between Congo and Rwanda signed in Washington, which commits Kigali to end support for armed groups and Kinshasa to neutralise the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu militia. Diplomats say the two processes may succeed only together.",
    "Aid groups welcomed the announcement but cautioned that previous truces in eastern Congo had collapsed within days. The United Nations says more than seven million people are displaced across the country, one of the largest such crises in the world.",
    "The proposal will now be submitted to President Tshisekedi and to the rebel leadership in Goma, al-Kuwari said, and the delegations are expected back in Doha for a signing ceremony.",
  ),
  gold: {
    people: [
      {
        name: "Abdul-Rahman bin Jassim al-Thani",
        aliases: ["Sheikh Abdul-Rahman"],
        side: "qatar",
        delegation: "qatar",
      },
      { name: "Hamad al-Kuwari", side: "qatar" },
      { name: "Jean-Pierre Mbala Kalonji", aliases: ["Mbala Kalonji"], side: "drc", delegation: "drc" },
      { name: "Théophile Mugabo Sebahire", aliases: ["Mugabo Sebahire"], side: "m23", delegation: "m23" },
      { name: "Félix Tshisekedi", side: "drc" },
      { name: "Paul Kagame", side: "rwanda" },
    ],
    // No dateline, but the day and month are given with the weekday.
    talksDate: { start: null, end: null, parts: { month: 4, day: 20, weekday: 1 } },
    quantities: [
      goldQuantity("meeting.duration", 11.5, 12, "hours"),
      goldQuantity("plan.size", 15, 15, "points"),
    ],
    terms: [
      { term: "ceasefire", stance: "proposed" },
      { term: "prisoner-exchange", stance: "proposed" },
    ],
  },
};

const greatLakesObserver: GoldArticle = {
  id: "drc-great-lakes-observer",
  title: "Rebels claim gains at Doha table as Kinshasa hedges",
  source: "Great Lakes Observer",
  publishedAt: "2026-04-22",
  body: paragraphs(
    "GOMA - Leaders of the M23 rebellion said on Tuesday that the 12-point framework agreed in Doha recognised their movement as a political actor, a reading Congo's government immediately disputed.",
    "The rebel delegation at Monday's session was headed by Patrick Nsengimana, the alliance's political coordinator, who negotiated for more than 10 hours with a government team led by presidential envoy Jean-Pierre Mbala Kalonji. Sheikh Abdul-Rahman bin Jassim al-Thani of Qatar chaired the talks, and Douglas Pemberton, a State Department adviser, sat in for Washington.",
    '"For the first time, Kinshasa has put its name to a document with us as equals," M23 spokesman Olivier Munyakazi told reporters in Goma. He said rebel forces would stay where they are until a final agreement is signed.',
    'Government spokesman Augustin Kabasele Tshimanga rejected that account. "Nothing in the framework grants legitimacy to a group that took Congolese cities by force," he said in Kinshasa. "President Kagame\'s proxies will not be rewarded for aggression."',
    "According to a copy seen by the Great Lakes Observer, the framework proposes a ceasefire, a prisoner exchange and the creation of humanitarian corridors, and leaves the question of the rebels' withdrawal from Goma and Bukavu to the final round.",
    "Fighting has continued in Masisi and Walikale territories despite a truce declared earlier this month, and the UN peacekeeping mission, MONUSCO, reported shelling near Sake over the weekend. Analysts said the framework's value would depend on the guns falling silent on the ground.",
    '"Both sides are selling the same piece of paper to very different audiences," said Nadine Uwimana-Bakari, a researcher at the Congo Research Forum in Kinshasa. "The rebels hear recognition. The government hears surrender of territory. Neither is in the text."',
    "Mbala Kalonji, 61, was due to brief lawmakers in Kinshasa on Thursday. The next round of talks is expected in Doha next month.",
  ),
  gold: {
    people: [
      { name: "Patrick Nsengimana", side: "m23", delegation: "m23" },
      { name: "Jean-Pierre Mbala Kalonji", aliases: ["Mbala Kalonji"], side: "drc", delegation: "drc" },
      { name: "Abdul-Rahman bin Jassim al-Thani", side: "qatar", delegation: "qatar" },
      { name: "Douglas Pemberton", side: "us", delegation: "us" },
      { name: "Olivier Munyakazi", side: "m23" },
      { name: "Augustin Kabasele Tshimanga", aliases: ["Kabasele Tshimanga"], side: "drc" },
      // Named only inside Kabasele Tshimanga's quote.
      { name: "Paul Kagame", side: "rwanda" },
      { name: "Nadine Uwimana-Bakari" },
    ],
    talksDate: goldDay("2026-04-20"),
    quantities: [
      goldQuantity("meeting.duration", 10, null, "hours", { minExclusive: true }),
      goldQuantity("plan.size", 12, 12, "points"),
    ],
    terms: [
      { term: "ceasefire", stance: "proposed" },
      { term: "prisoner-exchange", stance: "proposed" },
    ],
  },
};

const kinshasaMirror: GoldArticle = {
  id: "drc-kinshasa-mirror",
  title: "Doha talks end with no truce as Kinshasa holds firm",
  source: "Kinshasa Mirror",
  publishedAt: "2026-04-20",
  body: paragraphs(
    "KINSHASA - Congo's negotiators ruled out a ceasefire with the M23 rebels on Monday as talks in Qatar ended, insisting that the fighters must first withdraw from the cities they seized last year.",
    "The talks, which opened in Doha on Saturday, closed with a four-hour session on Monday chaired by Qatari mediators. Presidential envoy Jean-Pierre Mbala Kalonji led the government delegation, joined by deputy minister Christelle Mukendi-Lusamba.",
    '"There will be no ceasefire that freezes the occupation of Goma and Bukavu," government spokesman Augustin Kabasele Tshimanga said in Kinshasa. "A truce on those terms would only give the aggressor time to dig in."',
    "Officials said the government had accepted other parts of the mediators' text, including a prisoner exchange and guaranteed access for aid convoys, and would study the rest before the next round.",
    "President Félix Tshisekedi has come under pressure at home to take a hard line. Opposition leaders have accused him of negotiating from weakness, while the Catholic bishops' conference, CENCO, has urged a national dialogue that would include the rebels.",
    "The M23, which Kinshasa accuses of serving as a front for Rwanda, did not comment. A spokesman for the group said on Sunday that the movement would not negotiate under threats.",
    'Mukendi-Lusamba, who has represented Kinshasa in the Luanda and Nairobi processes, told state broadcaster RTNC that the government remained committed to Qatar\'s mediation. "Saint-Exupéry said a goal without a plan is just a wish," she said. "We have the plan. What we need is the will on the other side."',
    "Fighting in North Kivu and South Kivu provinces has displaced hundreds of thousands of people since the start of the year, according to the United Nations, and aid agencies say their warehouses in Goma are nearly empty.",
  ),
  gold: {
    people: [
      { name: "Jean-Pierre Mbala Kalonji", aliases: ["Mbala Kalonji"], side: "drc", delegation: "drc" },
      { name: "Christelle Mukendi-Lusamba", side: "drc", delegation: "drc" },
      { name: "Augustin Kabasele Tshimanga", aliases: ["Kabasele Tshimanga"], side: "drc" },
      { name: "Félix Tshisekedi", side: "drc" },
      // Named only inside Mukendi-Lusamba's quote.
      { name: "Antoine de Saint-Exupéry", aliases: ["Saint-Exupéry"] },
    ],
    // "opened in Doha on Saturday, closed ... on Monday": the talks ran 18–20 April.
    talksDate: goldDay("2026-04-18", "2026-04-20"),
    quantities: [goldQuantity("meeting.duration", 4, 4, "hours")],
    terms: [
      { term: "ceasefire", stance: "ruled-out" },
      { term: "prisoner-exchange", stance: "proposed" },
    ],
  },
};

export const DRC_M23_DOHA: GoldCluster = {
  id: "drc-m23-doha",
  title: "Congo–M23 talks in Doha under Qatari mediation",
  articles: [continentalPress, dohaTribune, greatLakesObserver, kinshasaMirror],
  contradict: [
    { slot: "plan.size" },
    { slot: "meeting.duration" },
    { delegation: "m23" },
    { term: "ceasefire", aliases: ["truce", "permanent-ceasefire"] },
  ],
  consistent: [
    { slot: "meeting.date" },
    { delegation: "drc" },
    { delegation: "qatar" },
    { delegation: "us" },
    { term: "prisoner-exchange" },
  ],
  sides: {
    drc: [
      "drc",
      "dr-congo",
      "congo",
      "congolese",
      "congo-government",
      "congolese-government",
      "democratic-republic-of-the-congo",
      "democratic-republic-of-congo",
      "kinshasa",
    ],
    m23: ["m23", "afc", "afc-m23", "m23-afc", "alliance-fleuve-congo", "rebels", "rebel"],
    rwanda: ["rwanda", "rwandan", "kigali"],
  },
};
