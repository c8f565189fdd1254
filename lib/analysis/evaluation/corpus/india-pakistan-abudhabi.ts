import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Indian and Pakistani security officials meet in Abu Dhabi on Tuesday, April 14, 2026, after
 * clashes along the Line of Control, with the UAE hosting and a US team in the room. The parties
 * work from a seven-point de-escalation framework. The Karachi Courier dates the meeting to Monday.
 */

const menon: GoldPerson = { name: "Rajeev Anand Menon", side: "india", delegation: "india" };
const bains: GoldPerson = { name: "Harpreet Singh Bains", side: "india", delegation: "india" };
const raghunathan: GoldPerson = { name: "Kavita Raghunathan", side: "india", delegation: "india" };
const pillai: GoldPerson = { name: "Arvind Pillai", side: "india", delegation: "india" };
const lodhi: GoldPerson = { name: "Tariq Hameed Lodhi", side: "pakistan", delegation: "pakistan" };
const khattak: GoldPerson = { name: "Faisal Nawaz Khattak", side: "pakistan", delegation: "pakistan" };
const zafar: GoldPerson = { name: "Mehreen Zafar", side: "pakistan", delegation: "pakistan" };
const cheema: GoldPerson = { name: "Usman Ghani Cheema", side: "pakistan", delegation: "pakistan" };
const alKetbi: GoldPerson = {
  name: "Hamad Obaid Al Ketbi",
  aliases: ["Al Ketbi"],
  side: "uae",
  delegation: "uae",
};
const whitford: GoldPerson = {
  name: "Daniel Whitford",
  aliases: ["Daniel R. Whitford"],
  side: "us",
  delegation: "us",
};
const eberhardt: GoldPerson = { name: "Monica Eberhardt", side: "us", delegation: "us" };
const okafor: GoldPerson = { name: "Grant Okafor", side: "us", delegation: "us" };
const castellanos: GoldPerson = { name: "Lauren Castellanos", side: "us", delegation: "us" };
const vora: GoldPerson = { name: "Aditi Vora", side: "india" };
const chaudhry: GoldPerson = { name: "Zahid Mumtaz Chaudhry", side: "pakistan" };
const benedetti: GoldPerson = { name: "Carla Benedetti", side: "us" };
const halvorsen: GoldPerson = { name: "Richard Halvorsen" };
const sabharwal: GoldPerson = { name: "Nikhil Sabharwal" };
const irfan: GoldPerson = { name: "Huma Irfan" };
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const truce = { term: "ceasefire", stance: "proposed" } as const;
const swap = { term: "prisoner-exchange", stance: "proposed" } as const;

export const INDIA_PAKISTAN_ABUDHABI: GoldCluster = {
  id: "india-pakistan-abudhabi",
  title: "India–Pakistan security talks in Abu Dhabi",
  sides: {
    india: ["india", "indian", "new-delhi", "delhi"],
    pakistan: ["pakistan", "pakistani", "islamabad"],
    uae: ["uae", "emirati", "emirates", "united-arab-emirates", "abu-dhabi"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "india" },
    { delegation: "pakistan" },
    { delegation: "uae" },
    { delegation: "us" },
    { term: "ceasefire" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "india-pakistan-abudhabi-meridian",
      title: "India, Pakistan hold first talks since border clashes, agree seven-point framework",
      source: "Meridian Press Agency",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "ABU DHABI, April 14 (MPA) — Senior Indian and Pakistani security officials held their first face-to-face talks since last month's clashes along the Line of Control on Tuesday, agreeing to work from a seven-point framework that begins with a recommitment to the ceasefire, officials said.",
        "The Indian delegation was led by Deputy National Security Adviser Rajeev Anand Menon and included Lt. Gen. Harpreet Singh Bains, the army's director general of military operations, and Kavita Raghunathan, a joint secretary at the Ministry of External Affairs. Pakistan's team was headed by National Security Adviser Tariq Hameed Lodhi, with Maj. Gen. Faisal Nawaz Khattak, his army's director general of military operations, at his side.",
        "The meeting, hosted by the United Arab Emirates at a government guesthouse on the edge of the capital, lasted nearly six hours. Hamad Obaid Al Ketbi, the Emirati minister of state who has shuttled between the two capitals since March, chaired the opening session.",
        "Washington's special envoy for South Asia, Daniel R. Whitford, sat in on the talks, accompanied by Monica Eberhardt, a deputy assistant secretary in the State Department's Bureau of South and Central Asian Affairs. A US official said the American role was \"to help, not to referee.\"",
        "The framework, according to two officials who have seen it, calls for the ceasefire understanding along the 740-kilometre Line of Control to be restored, for a hotline between the two military operations directorates to be reopened, and for a prisoner exchange covering two captured soldiers and about 180 fishermen held in each other's jails.",
        'In New Delhi, foreign ministry spokeswoman Aditi Vora said India had attended "at the invitation of a friendly country" and that the meeting did not amount to third-party mediation, a position India has held for decades.',
        'Pakistan\'s Foreign Office spokesman, Zahid Mumtaz Chaudhry, called the session "a serious first step" and said Islamabad was ready to meet again "at any level, at any time."',
        "At least 23 people, including nine civilians, were killed in shelling and drone strikes on both sides of the Line of Control between March 6 and March 19, according to figures released by the two governments. The exchanges of fire were the worst since 2019, and thousands of villagers in the Neelum and Uri sectors spent days in bunkers.",
        "Neither side gave a date for a second round.",
      ),
      gold: {
        people: [menon, bains, raghunathan, lodhi, khattak, alKetbi, whitford, eberhardt, vora, chaudhry],
        talksDate: goldDay("2026-04-14"),
        quantities: [hours(6, 6), points(7)],
        terms: [truce, swap],
      },
    },
    {
      id: "india-pakistan-abudhabi-ledger",
      title: "Analysis: In Abu Dhabi, India talks to Pakistan — but not through anyone",
      source: "The Deccan Ledger",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "NEW DELHI — For a government that has spent half a century insisting that nobody stands between India and Pakistan, the picture from Abu Dhabi on Tuesday was awkward: Emirati hosts at the head of the table and American officials a few chairs away.",
        "South Block's answer is that the hosts hosted and the Americans listened. Officials here describe the six-hour session as bilateral in everything but its postcode.",
        "The men who did the talking know each other. Rajeev Anand Menon, the deputy national security adviser, first met his Pakistani counterpart, Tariq Hameed Lodhi, in back-channel contacts a decade ago. Menon did not come alone. With him were the army's operations chief, Lt. Gen. Harpreet Singh Bains, whose hotline to Rawalpindi fell silent in March, and Kavita Raghunathan, the diplomat who runs the foreign ministry's Pakistan desk. A naval officer, Commander Arvind Pillai, kept the record.",
        "Across the table, Lodhi was flanked by his own operations chief, Maj. Gen. Faisal Nawaz Khattak, and by Mehreen Zafar, an additional secretary at Pakistan's foreign ministry.",
        "The American delegation, headed by special envoy Daniel Whitford, included Col. Grant Okafor, who directs South Asia policy at the National Security Council. Indian officials insist that neither man spoke during the substantive sessions.",
        "What came out is a framework of seven points that is, on paper, modest: restore the ceasefire, reopen the military hotline, exchange prisoners, and return to the table within 60 days. It is just as notable for what it leaves out. The Indus Waters Treaty, which India placed in abeyance in 2025, does not appear. And officials in New Delhi ruled out any talk of a demilitarized zone on the Siachen glacier, an idea that Pakistani commentators floated before the meeting.",
        '"The framework is a floor, not a ceiling," said Nikhil Sabharwal, a senior fellow at Carnegie India. "Its value is that it exists at all, six weeks after both armies were firing artillery across the line."',
        'Richard Halvorsen, a former US ambassador to Pakistan, said Washington\'s presence was the real story. "Ten years ago neither capital would have let an American into that room," he said. "Now both wanted one there, for different reasons."',
        "The markets, at least, were relieved. The Sensex rose 1.8 percent on Wednesday, recovering part of the 4 percent it lost in the week the shelling began.",
      ),
      gold: {
        people: [
          menon,
          lodhi,
          bains,
          raghunathan,
          pillai,
          khattak,
          zafar,
          whitford,
          okafor,
          sabharwal,
          halvorsen,
        ],
        talksDate: goldDay("2026-04-14"),
        quantities: [hours(6, 6), points(7)],
        terms: [truce, swap, { term: "demilitarized-zone", stance: "ruled-out" }],
      },
    },
    {
      id: "india-pakistan-abudhabi-courier",
      title: "Pakistan, India agree on seven-point plan in UAE talks",
      source: "The Karachi Courier",
      publishedAt: "2026-04-15",
      body: paragraphs(
        "ISLAMABAD — Pakistan and India on Monday agreed to a seven-point plan to restore calm along the Line of Control, in talks in Abu Dhabi that officials here called the most substantive contact between the two countries in years.",
        "Pakistan's delegation comprised National Security Adviser Tariq Hameed Lodhi; the director general of military operations, Maj Gen Faisal Nawaz Khattak; Additional Foreign Secretary Mehreen Zafar; and Usman Ghani Cheema, a barrister who advises the foreign ministry on treaty law. The Indian side was led by Rajeev Anand Menon, India's deputy national security adviser.",
        "The talks, which went on for more than five hours, were opened by the UAE's Minister of State Hamad Obaid Al Ketbi. US special envoy Daniel Whitford attended, as did Lauren Castellanos, the deputy chief of mission at the US Embassy in Abu Dhabi.",
        'According to a Foreign Office readout, the plan provides for a restored ceasefire, an exchange of prisoners and fishermen, and regular contact between the two military operations directorates. "Pakistan has always said that dialogue, not force, is the answer," spokesman Zahid Mumtaz Chaudhry said at the weekly briefing in Islamabad.',
        'In the Neelum valley, where shells fell on 14 villages in March, the news was received cautiously. "My cousin Rashid Awan was killed by a drone while he was cutting grass," said Ghulam Nabi Mir, a schoolteacher in Athmuqam. "If this paper means it will not happen again, we will welcome it. We have had papers before."',
        'Huma Irfan, a research fellow at the Institute of Strategic Studies Islamabad, said the plan\'s value would depend on the hotline. "In 2021 a single phone call between the two DGMOs brought the firing down to almost zero for two years," she said. "That is the model."',
        "Pakistan's economy, which is midway through a $7 billion IMF programme, can ill afford a prolonged confrontation, economists say. Defence spending was raised by 20 percent in last year's budget.",
        "Officials said a second round could be held in the UAE before the monsoon.",
      ),
      gold: {
        people: [
          lodhi,
          khattak,
          zafar,
          cheema,
          menon,
          alKetbi,
          whitford,
          castellanos,
          chaudhry,
          { name: "Rashid Awan" },
          { name: "Ghulam Nabi Mir" },
          irfan,
        ],
        talksDate: goldDay("2026-04-13"),
        quantities: [hours(5, null, { minExclusive: true }), points(7)],
        terms: [truce, swap],
      },
    },
    {
      id: "india-pakistan-abudhabi-live",
      title: "Live: India and Pakistan meet in Abu Dhabi — Tuesday's updates",
      source: "Gulf24 Live",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "Welcome to our live coverage of Tuesday's talks between India and Pakistan in Abu Dhabi, the first since the March clashes along the Line of Control. All times are Gulf Standard Time.",
        "09:12 — First to arrive: the Americans. Special envoy Daniel Whitford steps out of a black SUV at the Qasr Al Bahr guesthouse, followed by Monica Eberhardt of the State Department and Col. Grant Okafor of the National Security Council. No comment to the cameras.",
        "09:30 — The Pakistani convoy pulls in. National Security Adviser Tariq Hameed Lodhi waves briefly. Behind him: Maj. Gen. Faisal Nawaz Khattak in uniform, and Mehreen Zafar of the foreign ministry.",
        "09:41 — India's team is here. Deputy NSA Rajeev Anand Menon leads, with Lt. Gen. Harpreet Singh Bains and Kavita Raghunathan a step behind.",
        "10:00 — Doors close. The UAE's Minister of State Hamad Obaid Al Ketbi welcomes the delegations, according to a pool report. Photographers are ushered out after two minutes.",
        "11:35 — A reminder of the stakes: at least 23 people died in two weeks of firing in March. Our correspondent in Muzaffarabad reports schools in the Leepa valley are still closed.",
        '13:20 — Lunch break. An Emirati official tells us the atmosphere is "businesslike, no raised voices."',
        "14:05 — Sources say the draft on the table has seven points, starting with the ceasefire and a prisoner swap. The swap would cover two soldiers and roughly 180 fishermen.",
        "15:48 — It's over. The talks end after almost six hours. Al Ketbi walks both lead negotiators to their cars.",
        '16:30 — In Washington, State Department spokesperson Carla Benedetti tells reporters the United States "welcomes the constructive engagement" and was "glad to be of use." She declines to say whether the US will attend a second round.',
        "17:05 — A joint statement confirms the seven-point framework and says the two directorates of military operations will speak by hotline every week. That's where we'll leave our coverage for today. Thank you for following.",
      ),
      gold: {
        people: [
          whitford,
          eberhardt,
          okafor,
          lodhi,
          khattak,
          zafar,
          menon,
          bains,
          raghunathan,
          alKetbi,
          benedetti,
        ],
        talksDate: goldDay("2026-04-14"),
        quantities: [hours(6, 6), points(7)],
        terms: [truce, swap],
      },
    },
    {
      id: "india-pakistan-abudhabi-qa",
      title: "Q&A: What India and Pakistan agreed in Abu Dhabi",
      source: "Asia Desk Wire",
      publishedAt: null,
      body: paragraphs(
        "Indian and Pakistani officials met in Abu Dhabi on Tuesday for their first talks since a fortnight of cross-border firing in March. Here is what we know.",
        "Who was there? India sent Rajeev Anand Menon, the deputy national security adviser, and Lt. Gen. Harpreet Singh Bains, who runs military operations; Pakistan, National Security Adviser Tariq Hameed Lodhi and Maj. Gen. Faisal Nawaz Khattak; the hosts, Minister of State Hamad Obaid Al Ketbi; and the United States, special envoy Daniel Whitford and Col. Grant Okafor of the National Security Council.",
        "Is this mediation? India says no. It has rejected third-party mediation on Kashmir since the 1972 Simla Agreement, and officials describe the Emiratis as hosts and the Americans as observers. Pakistan, which has long sought outside involvement, is happy to call it whatever gets results.",
        "What was agreed? A framework with seven points. The first restores the ceasefire understanding first reached in 2003 and reaffirmed in February 2021. Others reopen the hotline between the two armies' directorates of military operations and provide for a prisoner exchange, mainly of fishermen arrested at sea off the Sir Creek estuary.",
        "What was left out? Water. India suspended its participation in the Indus Waters Treaty in 2025, and Pakistan wants it restored. That dispute, which affects the irrigation of some 16 million hectares of Pakistani farmland, is not part of the framework.",
        "What happens next? Both sides are to report back to their capitals. A second meeting, again in the UAE, is expected within two months, though no date has been set.",
        "Why does it matter? Both countries are nuclear-armed, and the March exchanges — in which drones were used on a large scale for the first time — alarmed governments from Washington to Beijing. Even a limited framework lowers the risk that a single incident spirals.",
      ),
      gold: {
        people: [menon, bains, lodhi, khattak, alKetbi, whitford, okafor],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [points(7)],
        terms: [truce, swap],
      },
    },
  ],
};
