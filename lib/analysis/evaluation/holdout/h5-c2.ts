import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Pakistan's government and the Pakistani Taliban (TTP) meet in Kabul on Tuesday, May 12, 2026,
 * hosted by the Afghan Taliban authorities, for a session of about eleven hours. The mediators'
 * framework has seven points in most coverage; a Peshawar daily reports nine.
 */

const orakzai: GoldPerson = {
  name: "Faisal Mehmood Orakzai",
  side: "pakistan",
  delegation: "pakistan",
};
const yousafzai: GoldPerson = {
  name: "Naveed Ahmad Yousafzai",
  side: "pakistan",
  delegation: "pakistan",
};
const durrani: GoldPerson = { name: "Abdul Haq Durrani", side: "pakistan", delegation: "pakistan" };
const afridi: GoldPerson = {
  name: "Gul Mast Afridi",
  aliases: ["Malik Gul Mast Afridi"],
  side: "pakistan",
  delegation: "pakistan",
};
const bhittani: GoldPerson = { name: "Abdul Wadood Bhittani", side: "ttp", delegation: "ttp" };
const rabbani: GoldPerson = { name: "Fazal Rabbani", side: "ttp", delegation: "ttp" };
const dawar: GoldPerson = { name: "Umar Khitab Dawar", side: "ttp", delegation: "ttp" };
const zadran: GoldPerson = {
  name: "Hamdullah Zadran",
  side: "afghanistan",
  delegation: "afghanistan",
};
const saifullah: GoldPerson = { name: "Khalid Saifullah", side: "ttp" };
const bukhari: GoldPerson = { name: "Saima Tariq Bukhari", side: "pakistan" };
const javed: GoldPerson = { name: "Rana Azhar Javed", side: "pakistan" };
const sharifi: GoldPerson = { name: "Noorullah Sharifi", side: "afghanistan" };
const terms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;
const hours = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const H5_C2: GoldCluster = {
  id: "pakistan-ttp-kabul",
  title: "Pakistan–TTP talks in Kabul",
  sides: {
    pakistan: ["pakistan", "pakistani", "islamabad", "pakistani-government"],
    ttp: ["ttp", "tehrik-i-taliban-pakistan", "tehreek-e-taliban-pakistan", "pakistani-taliban"],
    afghanistan: ["afghanistan", "afghan", "kabul", "afghan-taliban", "islamic-emirate"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "pakistan" },
    { delegation: "ttp" },
    { delegation: "afghanistan" },
  ],
  articles: [
    {
      id: "pakistan-ttp-kabul-wire",
      title: "Pakistan, TTP agree to extend truce after marathon Kabul session",
      source: "Asia Pacific Wire",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "KABUL, May 12 (APW) — Pakistani officials and negotiators for the banned Tehrik-i-Taliban Pakistan (TTP) agreed late Tuesday to extend a month-old ceasefire and to keep talking about a seven-point framework put forward by their Afghan hosts, after a marathon 11-hour session in the Afghan capital.",
        "The Pakistani delegation was led by Lieutenant General Faisal Mehmood Orakzai, a former corps commander in Peshawar, and included Naveed Ahmad Yousafzai, the prime minister's adviser on tribal affairs, and the cleric Maulana Abdul Haq Durrani. The TTP side was headed by its chief negotiator, Qari Abdul Wadood Bhittani, and his deputy, Maulvi Fazal Rabbani.",
        "The talks were hosted at a government guesthouse by Mawlawi Hamdullah Zadran, a deputy minister in the Taliban administration, who shuttled between the two rooms for much of the day before bringing the delegations together in the evening.",
        "According to two participants, the framework covers an open-ended ceasefire, the release of prisoners held by both sides, the return of militants' families from Afghanistan and a mechanism to report violations. Pakistan has offered to free 102 detained TTP members in exchange for 11 soldiers and police officers held by the group.",
        "The TTP's demand that Pakistan reverse the 2018 merger of the former tribal areas into Khyber Pakhtunkhwa province remains the main obstacle. Islamabad has repeatedly said the merger is not negotiable.",
        '"The ceasefire holds and the door is open," Zadran told reporters as the session broke up. "That is what we wanted from today."',
        'In Islamabad, Foreign Office spokeswoman Saima Tariq Bukhari said the government\'s delegation had a mandate "within the four corners of the Constitution" and would report to the prime minister on Wednesday.',
        "The TTP's leader, Khalid Saifullah, who is believed to live in Afghanistan's Kunar province, did not attend. In a statement, the group said it remained \"committed to the path of dialogue\" as long as its fighters were not targeted.",
        "Attacks claimed by or attributed to the TTP killed more than 1,500 people in Pakistan last year, most of them members of the security forces, according to the Pakistan Institute for Conflict and Security Studies.",
      ),
      gold: {
        people: [orakzai, yousafzai, durrani, bhittani, rabbani, zadran, bukhari, saifullah],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
    {
      id: "pakistan-ttp-kabul-courier",
      title: "Jirga returns from Kabul with nine-point draft, no breakthrough on ex-Fata",
      source: "The Frontier Courier",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "PESHAWAR — The government's negotiating jirga returned from Kabul on Wednesday carrying a nine-point draft agreement with the outlawed TTP, but officials said Tuesday's talks had made no progress on the militants' central demand, the reversal of the tribal areas' merger with the province.",
        "The jirga comprised Lt. Gen. Faisal Mehmood Orakzai, who led it, Barrister Naveed Ahmad Yousafzai, and Malik Gul Mast Afridi, an elder from the Khyber district who has taken part in every round since 2022. Facing them was Qari Abdul Wadood Bhittani, the TTP's chief negotiator, flanked by Commander Umar Khitab Dawar, who runs the group's operations in North Waziristan.",
        "Participants said the session in Kabul lasted nearly 11 hours. Afghan officials, led by Deputy Minister Mawlawi Hamdullah Zadran, chaired the meeting and drafted the nine points, which range from a permanent ceasefire to a swap of prisoners and the return of about 6,000 TTP fighters' relatives to their villages.",
        '"The general was firm that there is no going back on the merger," said a member of the delegation who asked not to be named. "Everything else is on the table."',
        'Afridi, speaking to the Courier at his hujra in Jamrud, said elders had told both sides that the tribes "have buried too many sons" to accept another collapse of talks. "I reminded them of Captain Hamza Shinwari, who was 26 when he died at Tirah," he said. "His father was sitting in the next room."',
        'Officials in Islamabad are sceptical. Interior Minister Rana Azhar Javed told a news conference in Islamabad on Wednesday that the government would "judge the TTP by its actions, not its drafts," and that operations against groups outside the ceasefire would continue.',
        "Traders in Peshawar's Kissa Khwani bazaar said they hoped the truce would hold through the summer. Security costs have added as much as 15 percent to the price of goods trucked through the Khyber Pass since last year, according to the chamber of commerce.",
        "The next round is expected in Kabul in early June.",
      ),
      gold: {
        people: [orakzai, yousafzai, afridi, bhittani, dawar, zadran, { name: "Hamza Shinwari" }, javed],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(11, 11), points(9)],
        terms,
      },
    },
    {
      id: "pakistan-ttp-kabul-live",
      title: "Live: Pakistan–TTP talks in Kabul",
      source: "Khyber Broadcasting Network",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "10:05 — Vehicles carrying the Pakistani delegation have entered the guesthouse compound in Kabul's Wazir Akbar Khan district, where today's talks with the TTP are being held. Our correspondent counted six cars and an escort of Afghan interior ministry forces.",
        "10:20 — Lt. Gen. Faisal Mehmood Orakzai is leading the Pakistani side. He is joined by Naveed Ahmad Yousafzai and Maulana Abdul Haq Durrani, the cleric who helped broker the 2022 ceasefire.",
        "10:45 — The TTP team has arrived. Its chief negotiator, Qari Abdul Wadood Bhittani, greeted the Afghan hosts on the steps. Alongside him: Maulvi Fazal Rabbani and Umar Khitab Dawar.",
        '11:30 — The host, Mawlawi Hamdullah Zadran, says the Afghan side will present a seven-point framework. "We are not a party, we are a bridge," he tells reporters.',
        '14:10 — Islamabad reacts. Foreign Office spokeswoman Saima Tariq Bukhari says there will be no talks "with anyone who does not respect the Constitution of Pakistan."',
        "16:40 — Sources say the first hours were spent on a prisoner exchange. Pakistan holds roughly 100 TTP members; the group says it holds 11 Pakistani soldiers and policemen.",
        '18:15 — In Washington, State Department spokesman Thomas Kettering tells a briefing the US is "following the talks closely" and urges that any deal "not give safe haven to terrorists."',
        "19:50 — The ceasefire, in place since April 9, is the second item on the framework. A participant says both sides want it extended, though they differ on how long.",
        "21:20 — The delegations are now in the same room, after more than ten hours of talks, most of them spent with the Afghan mediators carrying messages between two separate halls.",
        '22:05 — Analyst Farhan Zaidi of the Islamabad Policy Research Institute, watching from Islamabad, tells us: "Length is not progress. The TTP has sat through long meetings before and then resumed attacks within weeks."',
        "22:40 — We are closing this live page. Our correspondent in Kabul will file a full report when the delegations emerge.",
      ),
      gold: {
        people: [
          orakzai,
          yousafzai,
          durrani,
          bhittani,
          rabbani,
          dawar,
          zadran,
          bukhari,
          { name: "Thomas Kettering", side: "us" },
          { name: "Farhan Zaidi" },
        ],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(10, null, { minExclusive: true }), points(7)],
        terms,
      },
    },
    {
      id: "pakistan-ttp-kabul-gns",
      title: "Kabul talks between Pakistan and TTP end with truce extension",
      source: "Global News Syndicate",
      publishedAt: null,
      body: paragraphs(
        "Pakistani officials and representatives of the Pakistani Taliban met in Kabul on Tuesday and agreed to extend a ceasefire, the Afghan Taliban administration said, after a marathon 11-hour session that stretched late into the night.",
        "Across the table from the Pakistani delegation, headed by retired general Faisal Mehmood Orakzai, sat Abdul Wadood Bhittani, the chief negotiator of the Tehrik-i-Taliban Pakistan. Bhittani's deputy, Fazal Rabbani, sat beside him. The general, who commanded troops in the tribal areas for a decade, was accompanied by a tribal affairs adviser, Naveed Ahmad Yousafzai.",
        'The meeting was chaired by Hamdullah Zadran, a deputy minister in the Afghan Taliban government. Afghan spokesman Noorullah Sharifi said afterwards that the parties had "accepted in principle" a seven-point framework that includes the ceasefire, a prisoner exchange and the return of displaced families to the former tribal areas.',
        "Pakistan has accused Afghanistan's rulers of sheltering TTP fighters, an accusation Kabul denies. Relations between the two neighbours have been strained by border clashes, including fighting in October 2025 that killed dozens of soldiers on both sides and closed the Torkham crossing for weeks.",
        "The TTP, which is separate from the Afghan Taliban but shares its ideology, has fought the Pakistani state since 2007. Its attacks have concentrated on police and army posts in Khyber Pakhtunkhwa and Balochistan.",
        "Previous talks, brokered by the Afghan Taliban in 2022, produced a ceasefire that collapsed after five months. Pakistani officials say this time they want a written verification mechanism, not verbal assurances.",
        "A Pakistani official said the next round would focus on the sequencing of prisoner releases. The official said Islamabad was prepared to free detainees in batches of 20, matched by releases on the other side.",
        "Neither side gave details of what would happen if the ceasefire were violated before the next meeting.",
      ),
      gold: {
        people: [orakzai, bhittani, rabbani, yousafzai, zadran, sharifi],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
    {
      id: "pakistan-ttp-kabul-explainer",
      title: "Explainer: What is in the Kabul framework, and can it last?",
      source: "South Asia Ledger",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "Tuesday's talks in Kabul between Pakistan and the Tehrik-i-Taliban Pakistan ended with an extended ceasefire and a framework that both sides say they will study. Here is what we know.",
        "Who was in the room? The Pakistani delegation was led by Lt. Gen. Faisal Mehmood Orakzai, with the tribal elder Malik Gul Mast Afridi among its members. The TTP sent its chief negotiator, Qari Abdul Wadood Bhittani. The Afghan Taliban's deputy minister Hamdullah Zadran acted as host and mediator. The TTP's emir, Khalid Saifullah, stayed away, as he has from every round.",
        "How long did it take? The session lasted about 11 hours, much of it spent with the delegations in separate halls and Afghan officials carrying messages between them.",
        "What is in the framework? Its seven points, as described by participants, are: an open-ended ceasefire; a prisoner exchange in stages; the return of militants' families; the reopening of markets in North and South Waziristan; a joint committee to investigate violations; a commitment from Kabul that its territory will not be used for attacks; and a timetable for further talks.",
        "What is not in it? The TTP's demand to undo the 2018 merger of the tribal areas into Khyber Pakhtunkhwa. Islamabad calls that a red line, and the framework does not mention it.",
        "Why now? Militant violence in Pakistan reached its highest level in a decade last year, and the army has lost more than 600 soldiers since January 2025, according to official figures. Meanwhile, Pakistan's economy, under an IMF programme worth $7 billion, can ill afford a long counter-insurgency campaign in the north-west.",
        '"Both sides need a pause, but for different reasons," said Mehreen Qazi, a researcher at the Centre for Research and Security Studies in Islamabad. "The army wants to rebuild its posts; the TTP wants its prisoners back."',
        "What next? A second round is planned for early June in Kabul. The ceasefire is due to be reviewed then.",
      ),
      gold: {
        people: [orakzai, afridi, bhittani, zadran, saifullah, { name: "Mehreen Qazi" }],
        talksDate: goldDay("2026-05-12"),
        quantities: [hours(11, 11), points(7)],
        terms,
      },
    },
  ],
};
