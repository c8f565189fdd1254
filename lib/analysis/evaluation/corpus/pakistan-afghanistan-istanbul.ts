import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson, type GoldTerm } from "../gold";

/*
 * Border ceasefire talks between Pakistan and Afghanistan's Taliban government in Istanbul on
 * Saturday, November 14, 2026, hosted by Turkey's deputy foreign minister with a Turkish
 * intelligence official and Qatar's minister of state mediating. The session lasted about 13
 * hours and the mediators tabled a seven-point monitoring mechanism. The Ariana Herald in Kabul
 * dates the talks to Sunday, November 15.
 */

const awan: GoldPerson = {
  name: "Tariq Mehmood Awan",
  aliases: ["Awan", "General Awan"],
  side: "pakistan",
  delegation: "pakistan",
};
const qureshi: GoldPerson = {
  name: "Ayesha Sultana Qureshi",
  aliases: ["Qureshi"],
  side: "pakistan",
  delegation: "pakistan",
};
const durrani: GoldPerson = {
  name: "Faisal Habib Durrani",
  aliases: ["Durrani"],
  side: "pakistan",
  delegation: "pakistan",
};
const samim: GoldPerson = {
  name: "Noorullah Samim",
  aliases: ["Mawlawi Samim", "Samim"],
  side: "afghanistan",
  delegation: "afghanistan",
};
const nuristani: GoldPerson = {
  name: "Abdul Basir Nuristani",
  aliases: ["Nuristani"],
  side: "afghanistan",
  delegation: "afghanistan",
};
const wardak: GoldPerson = {
  name: "Fazl Ahmad Wardak",
  aliases: ["Wardak"],
  side: "afghanistan",
  delegation: "afghanistan",
};
const aydinoglu: GoldPerson = {
  name: "Levent Aydınoğlu",
  aliases: ["Aydınoğlu"],
  side: "turkey",
  delegation: "turkey",
};
const koc: GoldPerson = { name: "Cem Ertuğrul Koç", side: "turkey", delegation: "turkey" };
const dosari: GoldPerson = {
  name: "Abdulaziz bin Fahad Al-Dosari",
  aliases: ["Al-Dosari"],
  side: "qatar",
  delegation: "qatar",
};
const chaudhry: GoldPerson = { name: "Naveed Akhtar Chaudhry", side: "pakistan" };
const aslam: GoldPerson = { name: "Mehreen Aslam", side: "pakistan" };
const sadiq: GoldPerson = { name: "Inamullah Sadiq", side: "afghanistan" };

const saturday = goldDay("2026-11-14");
const duration = (min: number, max: number | null) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire: GoldTerm = { term: "ceasefire", stance: "proposed" };
const prisoners: GoldTerm = { term: "prisoner-exchange", stance: "proposed" };
const corridor: GoldTerm = { term: "humanitarian-corridor", stance: "proposed" };

export const PAKISTAN_AFGHANISTAN_ISTANBUL: GoldCluster = {
  id: "pakistan-afghanistan-istanbul",
  title: "Pakistan and Afghanistan border ceasefire talks in Istanbul",
  sides: {
    pakistan: ["pakistan", "pakistani", "islamabad"],
    afghanistan: ["afghanistan", "afghan", "taliban", "kabul", "islamic-emirate"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "pakistan" },
    { delegation: "afghanistan" },
    { delegation: "turkey" },
    { delegation: "qatar" },
  ],
  articles: [
    {
      id: "pak-afg-bosphorus-post",
      title: "Mediators table ceasefire monitoring plan after marathon Pakistan-Afghanistan session",
      source: "The Bosphorus Post",
      publishedAt: "2026-11-15",
      body: paragraphs(
        "ISTANBUL — Turkish and Qatari mediators on Saturday proposed extending the ceasefire between Pakistan and Afghanistan's Taliban government for another month, at the end of a marathon 13-hour session in which they urged both sides to accept a seven-point mechanism for monitoring violations along their disputed border.",
        "The talks, held at a foreign ministry guesthouse on the Asian shore of the Bosphorus, were the first face-to-face meeting between the two delegations since a round in Doha broke down in September.",
        "Across the table from Pakistan's Lt. Gen. Tariq Mehmood Awan, the army's chief of general staff, sat Mawlawi Noorullah Samim, the Taliban administration's deputy interior minister. Awan was accompanied by Ayesha Sultana Qureshi, the foreign ministry's additional secretary for Afghanistan, and Samim by Abdul Basir Nuristani, a senior foreign ministry official in Kabul.",
        "Deputy Foreign Minister Levent Aydınoğlu chaired on behalf of Turkey, with Cem Ertuğrul Koç of the National Intelligence Organisation (MIT) at his side. Qatar was represented by Abdulaziz bin Fahad Al-Dosari, a minister of state at the foreign ministry in Doha, which brokered the first truce between the two neighbours in 2025.",
        "The seven-point text, seen by the Post, would set up a joint monitoring cell in Istanbul staffed by officers from both countries and the mediators, a military hotline, and an exchange of border guards and fighters detained during the clashes. It also calls for the reopening of the Torkham and Chaman crossings to trade within two weeks of signature.",
        "Both delegations took the proposal home for consultations, officials said.",
        '"Nobody walked out, and in this region that counts as progress," Aydınoğlu told reporters shortly after 10 p.m.',
        "Clashes along the 2,600-kilometre frontier in October killed at least 23 Pakistani soldiers and dozens of Afghan fighters and civilians, according to figures released by both sides. Islamabad accuses Kabul of sheltering fighters of the Tehreek-e-Taliban Pakistan, or TTP, which has claimed a string of attacks in Khyber Pakhtunkhwa. The Taliban deny the charge.",
        '"Ankara wants to show it can deliver where others could not, and Doha wants to protect the ceasefire it built," said Murat Ilter Demir, who teaches international relations at Istanbul Bilgi University. "Neither mediator can make Kabul act against the TTP. What they can do is make it costly to be the side that walks away."',
        "A further round is expected before the end of the month, though no date has been set.",
      ),
      gold: {
        people: [awan, samim, qureshi, nuristani, aydinoglu, koc, dosari, { name: "Murat Ilter Demir" }],
        talksDate: saturday,
        quantities: [duration(13, 13), points(7)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "pak-afg-frontier-chronicle",
      title: "Analysis: What the army brought home from Istanbul",
      source: "The Frontier Chronicle",
      publishedAt: "2026-11-16",
      body: paragraphs(
        "PESHAWAR — For Pakistan's military establishment, Saturday's talks in Istanbul were about a single question: will the Taliban government in Kabul act against the militants who cross the border to attack Pakistani soldiers? After nearly 13 hours at the table, the answer is still no more than a maybe.",
        "The general who led the delegation, Lt. Gen. Tariq Mehmood Awan, is the army's chief of general staff and a former corps commander in Peshawar. He took a small team with him: Brig. Faisal Habib Durrani, a military intelligence officer who has spent most of his career on the western border, and Ayesha Sultana Qureshi, the foreign office's additional secretary for Afghanistan.",
        "Facing them were the Taliban's deputy interior minister, Mawlawi Noorullah Samim, and Fazl Ahmad Wardak, a senior official of the Taliban's General Directorate of Intelligence. The mediators, Turkish deputy foreign minister Levent Aydınoğlu and Qatar's Abdulaziz bin Fahad Al-Dosari, kept the two sides in the room well into the evening.",
        "What Islamabad wanted was written verification. The seven-point text tabled by the mediators offers some of that: a monitoring cell, a hotline and joint visits to sites where cross-border attacks are reported. What it does not offer is any commitment by Kabul to hand over TTP commanders, which Pakistan has demanded since 2023.",
        '"We have been patient for three years. Patience is not a policy," Defence Minister Naveed Akhtar Chaudhry told a television channel in Islamabad on Sunday, adding that the ceasefire "cannot become a shield for terrorists."',
        '"The army has accepted that it cannot bomb its way to a settlement with Kabul," said Sidra Rafique, a researcher at the Islamabad Policy Research Institute. "The mediators give both sides a way to climb down without either having to say so."',
        'At Torkham, where the crossing has been shut for 34 days, more than 5,000 lorries are parked along the highway. "Haji Mirwais Khan lost a whole consignment of pomegranates last week," said Gul Mohammad Shinwari, who runs a transport company in Landi Kotal. "Every day closed costs us more than the fighting ever did."',
        "Trade between the two countries fell by about 40 percent in the last fiscal year, according to the State Bank of Pakistan, to roughly $1.1 billion.",
        "For now, the ceasefire that the mediators have proposed to extend is the only thing standing between the border districts and another round of shelling. Whether it survives will depend less on the seven points than on what happens in the mountains of Kunar and Bajaur over the coming weeks.",
      ),
      gold: {
        people: [
          awan,
          durrani,
          qureshi,
          samim,
          wardak,
          aydinoglu,
          dosari,
          chaudhry,
          { name: "Sidra Rafique" },
          { name: "Gul Mohammad Shinwari" },
        ],
        talksDate: saturday,
        quantities: [duration(13, 13), points(7)],
        terms: [ceasefire],
      },
    },
    {
      id: "pak-afg-ariana-herald",
      title: "Islamic Emirate delegation returns from Istanbul talks with Pakistan",
      source: "Ariana Herald",
      publishedAt: "2026-11-16",
      body: paragraphs(
        "KABUL — The Islamic Emirate's delegation to the talks with Pakistan in Istanbul returned to Kabul on Monday. The talks, held on Sunday, November 15, were described by officials here as long but useful.",
        "The delegation was headed by Deputy Interior Minister Mawlawi Noorullah Samim. He was joined by Abdul Basir Nuristani, a director-general at the Ministry of Foreign Affairs, and Fazl Ahmad Wardak of the General Directorate of Intelligence. The Pakistani side was led by Lt. Gen. Tariq Mehmood Awan.",
        "The negotiations lasted more than 12 hours, according to a member of the delegation. Turkey's deputy foreign minister, Levent Aydınoğlu, and Qatar's minister of state, Abdulaziz bin Fahad Al-Dosari, acted as mediators and presented a seven-point plan on monitoring the ceasefire between the two countries.",
        "According to the delegation member, Mawlawi Samim told the mediators that the Islamic Emirate was ready to extend the ceasefire but would not accept responsibility for security inside Pakistan. The delegation also asked for a humanitarian corridor at Torkham so that returning refugees, medicine and food can cross even when the border is closed to trade.",
        '"The Islamic Emirate does not allow anyone to use the soil of Afghanistan against any other country, and we expect the same from our neighbours," chief spokesman Inamullah Sadiq said in a statement on Monday. He said Pakistani air strikes in Paktika and Khost in October had killed civilians, including women and children.',
        "More than 1.2 million Afghans have returned from Pakistan since the start of its deportation campaign in 2023, according to the International Organization for Migration, many of them through Torkham with few belongings.",
        '"People in Nangarhar want two things: the shelling to stop and the gate to open," said Rustam Tokhi, a Kabul-based political analyst. "The seven points are acceptable to Kabul as long as nobody reads them as an admission."',
        "Officials said the next round of talks would again be held in Istanbul. The Pakistani delegation and the mediators have not yet confirmed a date.",
      ),
      gold: {
        people: [samim, nuristani, wardak, awan, aydinoglu, dosari, sadiq, { name: "Rustam Tokhi" }],
        talksDate: goldDay("2026-11-15"),
        quantities: [duration(12, null), points(7)],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "pak-afg-gulf-live",
      title: "Live: Pakistan and Afghanistan hold ceasefire talks in Istanbul",
      source: "Gulf Broadcasting Live",
      publishedAt: "2026-11-14",
      body: paragraphs(
        "08:40 (Istanbul) — Good morning from Istanbul, where delegations from Pakistan and Afghanistan are arriving for a new round of talks on the border ceasefire agreed after last month's clashes.",
        "09:15 — Talks are under way. Qatar's delegation is headed by Minister of State Abdulaziz bin Fahad Al-Dosari, who flew in from Doha overnight. Turkey's deputy foreign minister, Levent Aydınoğlu, is chairing.",
        "09:40 — Who is in the room: for Pakistan, Lt. Gen. Tariq Mehmood Awan, the chief of general staff, and Ayesha Sultana Qureshi from the foreign ministry. For Kabul, the deputy interior minister, Mawlawi Noorullah Samim, with Abdul Basir Nuristani.",
        '11:30 — From Islamabad, foreign ministry spokeswoman Mehreen Aslam says in a statement that Pakistan has come to Istanbul "to secure verifiable commitments, not to sign another piece of paper."',
        "14:05 — Background: the ceasefire has broadly held since it was agreed at the end of the October clashes, in which dozens of soldiers and fighters were killed on both sides, but Pakistan says militants have crossed the border at least 11 times since.",
        "16:20 — Sources close to the mediators tell us a seven-point mechanism has been put on the table. It includes a joint monitoring cell, a hotline between military commanders, and a proposed exchange of detained border guards and fighters.",
        '19:45 — Kabul\'s chief spokesman, Inamullah Sadiq, posts that the Afghan delegation is "working patiently for a lasting ceasefire."',
        "22:05 — Doors open. The talks lasted 13 hours. Al-Dosari tells our correspondent the parties will take the proposals back to their capitals and report to the mediators within ten days.",
        '22:15 — Aydınoğlu, asked whether the ceasefire will be extended, says only: "That is the proposal. Now it is for Islamabad and Kabul."',
        "22:30 — That is where we will leave our live coverage for today. Thanks for following.",
      ),
      gold: {
        people: [dosari, aydinoglu, awan, qureshi, samim, nuristani, aslam, sadiq],
        talksDate: saturday,
        quantities: [duration(13, 13), points(7)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "pak-afg-asia-pacific-wire",
      title: "Pakistan, Taliban hold new border talks in Istanbul",
      source: "Asia Pacific Wire",
      publishedAt: null,
      body: paragraphs(
        "Pakistan and Afghanistan's Taliban government held a new round of talks in Istanbul on Saturday aimed at shoring up a ceasefire along their border, with Turkish and Qatari mediators presenting a seven-point proposal for monitoring it.",
        "Pakistan's delegation, led by Lt. Gen. Tariq Mehmood Awan, included Ayesha Sultana Qureshi, the foreign ministry's point person on Afghanistan, and Brig. Faisal Habib Durrani. The Afghan side was headed by Noorullah Samim, the deputy interior minister, who was accompanied by intelligence official Fazl Ahmad Wardak.",
        "The mediators were Turkish Deputy Foreign Minister Levent Aydınoğlu, joined by intelligence official Cem Ertuğrul Koç, and Abdulaziz bin Fahad Al-Dosari, Qatar's minister of state.",
        "The talks went on for about 13 hours, according to a Turkish official.",
        "Under the proposal, the ceasefire would be extended by a month and monitored by a joint cell based in Istanbul. The two sides would exchange prisoners taken during the October fighting, and a humanitarian corridor would be kept open at the Torkham crossing for refugees and aid even while trade remains suspended.",
        '"Pakistan\'s patience is not unlimited," Defence Minister Naveed Akhtar Chaudhry said in Islamabad before the talks opened. "If attacks continue from Afghan soil, we will respond."',
        'In Kabul, Taliban spokesman Inamullah Sadiq said the delegation had "full authority" to agree on measures that respect Afghanistan\'s sovereignty. "As Mawlawi Jalaluddin Sarwari told the elders in Khost, a neighbour is not chosen," he added.',
        "The border, known as the Durand Line, was drawn in 1893 and has never been recognised by any Afghan government. Since October, the closure of the main crossings has stranded thousands of lorries and pushed up food prices in Kabul by as much as 30 percent, according to the World Food Programme.",
        "The Tehreek-e-Taliban Pakistan, a separate group allied with the Afghan Taliban, has stepped up attacks in Pakistan's northwest since 2022. Pakistan says the group's leaders shelter in Afghanistan, which Kabul denies.",
        "Officials said both delegations would report back to their governments before the mediators set a date for another round.",
      ),
      gold: {
        people: [awan, qureshi, durrani, samim, wardak, aydinoglu, koc, dosari, chaudhry, sadiq],
        talksDate: { start: null, end: null, parts: { weekday: 6 } },
        quantities: [duration(13, 13), points(7)],
        terms: [ceasefire, prisoners, corridor],
      },
    },
  ],
};
