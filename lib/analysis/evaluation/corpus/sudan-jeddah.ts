import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Army–RSF talks resuming in Jeddah on Saturday, March 14, 2026, under Saudi and US
 * mediation. The Continental Post has them resuming on Thursday; the Sahel Review names a
 * different RSF delegation.
 */

const tayeb: GoldPerson = {
  name: "Hashim Osman al-Tayeb",
  aliases: ["Hashim al-Tayeb", "al-Tayeb"],
  side: "saf",
  delegation: "saf",
};
const hamdan: GoldPerson = { name: "Siddig Hamdan", side: "saf", delegation: "saf" };
const adam: GoldPerson = { name: "Issa Bashir Adam", side: "rsf", delegation: "rsf" };
const karrar: GoldPerson = { name: "Hamid Karrar", side: "rsf", delegation: "rsf" };
const harbi: GoldPerson = { name: "Adel Al-Harbi", side: "saudi-arabia", delegation: "saudi-arabia" };
const pelletier: GoldPerson = { name: "Thomas Pelletier", side: "us", delegation: "us" };
const truce = [{ term: "ceasefire", stance: "proposed" }] as const;
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");

export const SUDAN_JEDDAH: GoldCluster = {
  id: "sudan-jeddah",
  title: "Sudan talks in Jeddah",
  contradict: [{ slot: "meeting.date" }, { delegation: "rsf" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "saf" },
    { delegation: "us" },
    { delegation: "saudi-arabia" },
  ],
  articles: [
    {
      id: "sudan-redsea",
      title: "Sudan's warring sides return to Jeddah as famine spreads",
      source: "Red Sea Observer",
      publishedAt: "2026-03-15",
      body: paragraphs(
        "JEDDAH, Saudi Arabia — Delegations from Sudan's army and the paramilitary Rapid Support Forces met in Jeddah on Saturday for the first time in months, as Saudi and American mediators pushed for a 30-day humanitarian truce to get food into areas on the brink of famine.",
        "The army delegation was led by Lt. Gen. Hashim Osman al-Tayeb, a deputy chief of staff, and included Ambassador Siddig Hamdan, a veteran diplomat. The RSF sent Issa Bashir Adam, a senior adviser to the group's commander, and Hamid Karrar, its head of political affairs.",
        "The session, chaired by Saudi Deputy Foreign Minister Adel Al-Harbi and the US special envoy for Sudan, Thomas Pelletier, lasted more than three hours, according to a Saudi official. The two delegations sat in the same room for part of the meeting, the official said, a first since the talks collapsed last year.",
        '"The parties listened to each other seriously," Mr. Al-Harbi said in a statement. "The suffering of the Sudanese people requires that they take courageous decisions."',
        'Mr. Pelletier said the mediators had proposed a truce that would allow aid convoys to reach the besieged city of El Fasher and parts of Kordofan. "We are not here for another declaration on paper. We need trucks moving," he said.',
        "The war, which erupted in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes, creating what the United Nations calls the world's largest displacement crisis.",
        'Clémentine Roux, the deputy head of the UN humanitarian office in Port Sudan, said on Friday that parts of North Darfur had run out of food stocks entirely. "Every week without access costs lives," she said.',
        "Previous agreements reached in Jeddah, including a declaration signed in May 2023 committing both sides to protect civilians, were never implemented. Neither delegation commented publicly after Saturday's session, and the talks are expected to continue this week.",
      ),
      gold: {
        people: [tayeb, hamdan, adam, karrar, harbi, pelletier, { name: "Clémentine Roux", side: "un" }],
        talksDate: goldDay("2026-03-14"),
        quantities: [duration(3, null, true)],
        terms: truce,
      },
    },
    {
      id: "sudan-meridian",
      title: "Sudan army, RSF open talks in Jeddah on truce",
      source: "Meridian Wire",
      publishedAt: "2026-03-14",
      body: paragraphs(
        "JEDDAH (Meridian Wire) — Sudan's army and the Rapid Support Forces opened a new round of US- and Saudi-brokered talks in Jeddah on Saturday, with mediators presenting a seven-point proposal centred on a 30-day humanitarian truce and safe passage for aid.",
        "Army negotiators, led by Lt. Gen. Hashim al-Tayeb, and an RSF team headed by Issa Bashir Adam held a four-hour session at a government guesthouse, a diplomat familiar with the proceedings said.",
        "The seven-point proposal, a copy of which was seen by Meridian Wire, calls for a halt to attacks on civilians, the opening of three humanitarian corridors, the withdrawal of fighters from hospitals and a joint committee to monitor compliance. It would also provide for the release of detained aid workers.",
        "Saudi Arabia's deputy foreign minister, Adel Al-Harbi, welcomed the delegations, and the US envoy for Sudan, Thomas Pelletier, attended the session. The African Union was represented by Amina Diallo, its special envoy for the Horn of Africa.",
        'An army spokesman said in Port Sudan that the military would "study any proposal that preserves the sovereignty of the state." The RSF said in a statement on its Telegram channel that it had come to Jeddah "with an open heart."',
        'Aid agencies have been pleading for access for months. "We have food ready, we have trucks ready, and we cannot get them to the people who need them," said Olumide Adeyemi, a spokesman for the UN refugee agency.',
        "The conflict has displaced more than 12 million people and pushed parts of the country into famine, according to UN agencies. Fighting has intensified in recent weeks around El Fasher in North Darfur and in the Kordofan region.",
      ),
      gold: {
        people: [
          tayeb,
          adam,
          harbi,
          pelletier,
          { name: "Amina Diallo", side: "au", delegation: "au" },
          { name: "Olumide Adeyemi", side: "un" },
        ],
        talksDate: goldDay("2026-03-14"),
        quantities: [duration(4, 4), sevenPoints],
        terms: truce,
      },
    },
    {
      id: "sudan-continental",
      title: "Hopes low as Sudan talks restart in Saudi Arabia",
      source: "Continental Post",
      publishedAt: null,
      body: paragraphs(
        "Talks between Sudan's army and the Rapid Support Forces resumed in the Saudi city of Jeddah on Thursday, but few people in Sudan expect them to bring an end to a war that is approaching its third anniversary.",
        "The army was represented by Lt. Gen. Hashim Osman al-Tayeb and Ambassador Siddig Hamdan, while the RSF delegation was led by Issa Bashir Adam, according to Saudi state media. The talks are being mediated by Saudi Arabia and the United States.",
        'In Omdurman, across the Nile from the capital, residents said they had stopped following the news from Jeddah. "Every time there are talks, the shelling gets worse," said Abdelaziz Mahjoub, a schoolteacher who fled Khartoum in 2023 and returned last year to find his house looted.',
        "Sudan analysts say both sides still believe they can win on the battlefield. The army has regained ground in the centre of the country, while the RSF controls most of Darfur and has pressed its siege of El Fasher.",
        '"Neither side has been hurt enough to make real concessions, and their foreign backers keep the weapons flowing," said Nadia El-Sayed, a Sudan researcher at a London-based think tank.',
        "Mediators are again pushing for a humanitarian truce that would allow aid to reach millions of people facing acute hunger. Similar truces announced in 2023 were broken within hours.",
        "The army and the RSF were allies in the 2021 coup that derailed Sudan's transition to civilian rule, before their rivalry over the integration of the paramilitary force into the military erupted into open war. Mediators have tried repeatedly since then to secure local pauses in the fighting around hospitals and markets, with little success.",
        "The United Nations says the war has created the world's largest humanitarian crisis, with more than 12 million people displaced inside Sudan and across its borders into Chad, Egypt and South Sudan.",
      ),
      gold: {
        people: [tayeb, hamdan, adam, { name: "Abdelaziz Mahjoub" }, { name: "Nadia El-Sayed" }],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [],
        terms: truce,
      },
    },
    {
      id: "sudan-sahel",
      title: "Jeddah talks: RSF fields new negotiator as mediators table truce plan",
      source: "Sahel Review",
      publishedAt: "2026-03-16",
      body: paragraphs(
        "The Rapid Support Forces sent a new face to the Jeddah talks with Sudan's army on Saturday: Mustafa Ibrahim Nour, a former provincial governor who joined the paramilitary group last year, led its delegation, two people who attended the meeting told the Sahel Review.",
        "The army's negotiators were headed, as in previous rounds, by Lt. Gen. Hashim Osman al-Tayeb. Saudi Arabia's Adel Al-Harbi and Thomas Pelletier, Washington's envoy for Sudan, chaired the session, which lasted several hours.",
        "The mediators tabled a seven-point plan that includes a 30-day humanitarian truce, the reopening of the Adre border crossing from Chad, and a mechanism to monitor violations, according to a copy seen by this newspaper.",
        "Mr. Nour's appointment surprised diplomats, who had expected Issa Bashir Adam, the group's usual negotiator, to lead the delegation. An RSF official said the change reflected \"a new phase\" but did not elaborate.",
        '"The choice of negotiator tells you something about how seriously each side takes the process," said Nadia El-Sayed, a researcher who has followed the talks since 2023. "Sending someone new can be a signal of flexibility, or of the opposite."',
        'The army\'s delegation said in a short statement that it would respond to the proposal "after consultations with the leadership."',
        "The humanitarian situation continues to worsen. The World Food Programme said last week that it had been forced to cut rations for refugees in eastern Chad because of funding shortfalls, and warned that the lean season would make matters worse.",
        'Diplomats said the talks would resume after a pause for consultations, possibly later this week. A Saudi official said the kingdom was "determined to keep the door open for as long as it takes."',
      ),
      gold: {
        people: [
          { name: "Mustafa Ibrahim Nour", side: "rsf", delegation: "rsf" },
          tayeb,
          harbi,
          pelletier,
          { name: "Issa Bashir Adam", side: "rsf" },
          { name: "Nadia El-Sayed" },
        ],
        talksDate: goldDay("2026-03-14"),
        quantities: [duration(3, 9), sevenPoints],
        terms: truce,
      },
    },
  ],
};
