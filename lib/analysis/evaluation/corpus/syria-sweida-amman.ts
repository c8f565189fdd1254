import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * First direct talks between the Syrian government and the National Guard of Jabal al-Arab, the
 * coalition of Druze armed factions holding most of Sweida province, in Amman on Tuesday, May 12,
 * 2026. Jordan chaired and a US team co-mediated; the mediators tabled a 14-point roadmap. The
 * Sweida outlet Jabal Voice dates the talks to Monday, May 11.
 */

const halabi: GoldPerson = {
  name: "Marwan al-Halabi",
  aliases: ["al-Halabi", "Halabi"],
  side: "syria",
  delegation: "syria",
};
const fayyad: GoldPerson = { name: "Omar Fayyad", side: "syria", delegation: "syria" };
const sabbagh: GoldPerson = { name: "Rima Sabbagh", side: "syria", delegation: "syria" };
const darwish: GoldPerson = { name: "Yazan Darwish", side: "syria", delegation: "syria" };
const abuFakhr: GoldPerson = {
  name: "Kamal Abu Fakhr",
  aliases: ["Abu Fakhr"],
  side: "sweida",
  delegation: "sweida",
};
const radwan: GoldPerson = { name: "Salma Radwan", side: "sweida", delegation: "sweida" };
const nasreddine: GoldPerson = { name: "Wissam Nasreddine", side: "sweida", delegation: "sweida" };
const khreisat: GoldPerson = { name: "Nasser Khreisat", side: "jordan", delegation: "jordan" };
const whitacre: GoldPerson = { name: "Daniel Whitacre", side: "us", delegation: "us" };
const creighton: GoldPerson = { name: "Alison Creighton", side: "us", delegation: "us" };
const feld: GoldPerson = { name: "Marcus Feld", side: "us", delegation: "us" };
const whitfield: GoldPerson = { name: "Dana Whitfield", side: "us", delegation: "us" };
const zein: GoldPerson = { name: "Fares Zein", side: "syria" };
const abuShaqra: GoldPerson = { name: "Adnan Abu Shaqra", aliases: ["Abu Shaqra"], side: "sweida" };
const linwood: GoldPerson = { name: "Tara Linwood", side: "us" };

const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const fourteenPoints = goldQuantity("plan.size", 14, 14, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;
const detainees = { term: "prisoner-exchange", stance: "proposed" } as const;
const tuesday = goldDay("2026-05-12");

export const SYRIA_SWEIDA_AMMAN: GoldCluster = {
  id: "syria-sweida-amman",
  title: "Syrian government–Sweida talks in Amman",
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "syria" },
    { delegation: "sweida" },
    { delegation: "jordan" },
    { delegation: "us" },
    { term: "ceasefire" },
  ],
  sides: {
    syria: ["syria", "syrian", "damascus", "syrian-government"],
    sweida: [
      "sweida",
      "suwayda",
      "national-guard",
      "sweida-national-guard",
      "national-guard-of-jabal-al-arab",
      "jabal-al-arab",
      "druze",
    ],
    jordan: ["jordan", "jordanian", "amman"],
  },
  articles: [
    {
      id: "syria-sweida-amman-lws",
      title: "Damascus and Sweida's Druze factions hold first direct talks in Amman",
      source: "Levant Wire Service",
      publishedAt: null,
      body: paragraphs(
        "AMMAN (LWS) — Syria's government and the Joint Command of the National Guard of Jabal al-Arab, the coalition of Druze armed factions that has controlled most of Sweida province since last year's fighting, held their first direct talks on Tuesday, working through a 14-point roadmap drafted by Jordanian and US mediators.",
        "The meeting at a Jordanian foreign ministry guesthouse in the west of the capital lasted nearly six hours, two officials who attended said. Neither delegation spoke to reporters as it left.",
        "Deputy Foreign Minister Marwan al-Halabi led the Damascus delegation, accompanied by Brig. Gen. Omar Fayyad of the interior ministry's internal security command. The National Guard sent Kamal Abu Fakhr, a 61-year-old retired judge, with Salma Radwan, a Sweida lawyer, at his side.",
        "Nasser Khreisat, secretary-general of the Jordanian foreign ministry, chaired the session. Washington's special envoy for Syria, Daniel Whitacre, sat in as co-mediator with two aides: Alison Creighton, a deputy assistant secretary in the State Department's Bureau of Near Eastern Affairs, and Marcus Feld, the National Security Council's director for Syria.",
        "The roadmap, seen by LWS, opens with a ceasefire along the lines held since March, the reopening of the Damascus–Sweida highway as a humanitarian corridor for fuel, flour and medicine, and an exchange of detainees held by both sides, to be overseen by the International Committee of the Red Cross.",
        'In Damascus, government spokesman Fares Zein said the delegation had gone to Amman "to restore the authority of the state in every province, not to carve one out." The coalition\'s spiritual patron, Sheikh Adnan Abu Shaqra, who did not travel, said in a statement read out in the province\'s main square that the community wanted "guarantees written down, not promises."',
        "More than 1,000 people were killed in Sweida in July 2025 when clashes between Druze militias and Bedouin tribes drew in government forces, according to monitoring groups. The United Nations says about 150,000 people remain displaced, and an estimated 40 percent of the province's health centres are closed.",
        "A second round is expected in Amman within two weeks, a Jordanian official said, speaking on condition of anonymity because he was not authorised to brief the media.",
      ),
      gold: {
        people: [halabi, fayyad, abuFakhr, radwan, khreisat, whitacre, creighton, feld, zein, abuShaqra],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [hours(6, 6), fourteenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
    {
      id: "syria-sweida-amman-monitor",
      title: "Analysis: In Amman, Damascus and Sweida test whether a road can carry a peace",
      source: "Gulf & Levant Monitor",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "For a meeting both sides had insisted would not happen, Tuesday's encounter in Amman was notable mostly for its ordinariness: two delegations, a long table in a Jordanian government guesthouse, and a stack of drafts the mediators had been circulating for weeks.",
        "Across the table from Damascus's envoy, Deputy Foreign Minister Marwan al-Halabi, sat Kamal Abu Fakhr, the retired judge the Druze factions chose to speak for them. Mr. Abu Fakhr brought a small team: the lawyer Salma Radwan and Wissam Nasreddine, a former army colonel who defected in 2012 and now advises the National Guard on military matters. Mr. al-Halabi's team comprised Brig. Gen. Omar Fayyad and Rima Sabbagh, a foreign ministry legal adviser who drafted much of the government's response.",
        "The Americans were more visible than in any Syrian negotiation this year. Daniel Whitacre, the special envoy, co-chaired with Jordan's Nasser Khreisat. The envoy's deputy, Alison Creighton, spent much of the session shuttling between the two delegations with annotated copies of the text.",
        "The document itself runs to 14 points. The first four are the easy ones: a ceasefire, a humanitarian corridor along the highway from Damascus, an exchange of detainees and a joint committee to investigate last summer's killings. The rest — who polices Sweida, who collects its customs revenue and whether the National Guard's roughly 10,000 fighters are folded into the army — are where the talks could founder.",
        '"Damascus wants to talk about integration and Sweida wants to talk about guarantees, and the mediators are trying to build a text in which both words appear," said Hassan Mourad, a researcher at the Arab Reform Initiative. "The danger is that Jaber\'s men in the villages do not feel bound by any of it."',
        'Robert Kessling, who served as US ambassador in Damascus before the embassy closed in 2012, said Washington\'s heavier involvement reflected a fear of the conflict spilling south. "Nobody in Washington wants a third front near the Golan," he said. "That is why the envoy is in the room and not on the phone."',
        "Jordan has its own reasons to host. The kingdom shares roughly 100 kilometres of border with Sweida province, and its army says it seized more than 12 million Captagon pills on that stretch last year. A stable Sweida, officials in Amman argue, is a Jordanian security interest before it is a Syrian one.",
        "None of that guarantees a second round. But for a province that has spent ten months cut off from its own capital, a day of talks that ended without a walkout counts for something.",
      ),
      gold: {
        people: [
          halabi,
          abuFakhr,
          radwan,
          nasreddine,
          fayyad,
          sabbagh,
          whitacre,
          khreisat,
          creighton,
          { name: "Hassan Mourad" },
          { name: "Robert Kessling" },
        ],
        talksDate: tuesday,
        quantities: [fourteenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
    {
      id: "syria-sweida-amman-live",
      title: "Live: Syrian government and Sweida factions meet in Amman",
      source: "Regional Live Desk",
      publishedAt: "2026-05-12",
      body: paragraphs(
        "09:40 — Good morning from Amman, where delegations from the Syrian government and Sweida's Druze factions are due to meet today for the first time since the fighting of last summer.",
        "09:58 — A convoy with Syrian diplomatic plates has arrived. Deputy Foreign Minister Marwan al-Halabi stepped out first, followed by Brig. Gen. Omar Fayyad and a young aide carrying the files, later identified as Yazan Darwish, the delegation's note-taker.",
        "10:07 — The US team is here. Daniel Whitacre, the special envoy, walked in with Marcus Feld of the National Security Council and Lt. Col. Dana Whitfield, a liaison officer from US Central Command. Alison Creighton, the deputy assistant secretary who has led the drafting, was already inside, a State Department official said.",
        '10:15 — Kamal Abu Fakhr, who heads the National Guard delegation, arrives last. He is with Wissam Nasreddine, the coalition\'s military adviser. Asked whether he expected a deal, he said only: "We expect to be heard."',
        "10:30 — The talks are under way, chaired by Nasser Khreisat of the Jordanian foreign ministry.",
        "12:45 — Background: the National Guard of Jabal al-Arab was formed in August 2025 by merging more than a dozen local factions. It runs checkpoints on every road into Sweida city, and the government has had no police presence in the province since then.",
        '13:20 — From Washington, State Department spokesperson Tara Linwood told the daily briefing that the United States "supports a unified Syria in which every community is safe." She declined to say how long Mr. Whitacre would stay in Amman.',
        "15:10 — Sources in the room say the mediators' 14-point roadmap is being read line by line. The first item is a ceasefire; the second, a humanitarian corridor along the Damascus–Sweida highway; the third, an exchange of detainees.",
        '16:05 — It\'s over, after almost six hours. Mr. Khreisat says both sides will "report to their leaderships" and return to Amman.',
        '16:40 — Reaction from the province. Nawal Hamza, 44, who fled the town of Shahba last July, spoke to us by phone: "My son has been in a prison in Damascus for ten months. If they can bring him home, I will believe in this."',
      ),
      gold: {
        people: [
          halabi,
          fayyad,
          darwish,
          whitacre,
          feld,
          whitfield,
          creighton,
          abuFakhr,
          nasreddine,
          khreisat,
          linwood,
          { name: "Nawal Hamza" },
        ],
        talksDate: tuesday,
        quantities: [hours(6, 6), fourteenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
    {
      id: "syria-sweida-amman-jabal",
      title: "Sweida delegation returns from Amman talks with Damascus",
      source: "Jabal Voice",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "SWEIDA — The delegation of the National Guard of Jabal al-Arab returned to the province late on Tuesday after talks in the Jordanian capital on Monday with representatives of the Damascus government, the first such meeting since the massacres of July last year.",
        "The delegation was received at the Ariqa crossroads by several hundred residents and by Sheikh Adnan Abu Shaqra, who had given the team his blessing before it left.",
        'Kamal Abu Fakhr, who led the Sweida team, told Jabal Voice the talks had lasted more than five hours and had been "frank, sometimes angry, but serious." He was accompanied by the lawyer Salma Radwan and by Col. Wissam Nasreddine, who handled the military file.',
        "On the other side of the table was Marwan al-Halabi, the deputy foreign minister, whom many here remember as a senior official in the provincial administration before 2011. The session was run by Nasser Khreisat of the Jordanian foreign ministry, with the American envoy Daniel Whitacre and his deputy, Alison Creighton, seated beside him.",
        "According to Ms. Radwan, the fourteen-point document discussed in Amman provides for a ceasefire and the release of detainees on both sides, but leaves open the question the people of the mountain care about most: who will carry weapons in Sweida.",
        '"We did not go to Amman to hand over our guns. We went to make sure no one comes to take them by force," Mr. Abu Fakhr said.',
        'Not everyone in the province supports the talks. Fahd Qantar, a commander in the Men of Dignity movement, which has kept its distance from the National Guard, said on Wednesday that any agreement signed without a vote of the province\'s religious and family leaders would be "paper for the wind."',
        'In the market in Sweida city, where flour has risen 70 percent since January, Muna Abu Assaf, a schoolteacher, said she did not expect much. "We have had too many meetings and too few roads," she said.',
      ),
      gold: {
        people: [
          abuFakhr,
          radwan,
          nasreddine,
          abuShaqra,
          halabi,
          khreisat,
          whitacre,
          creighton,
          { name: "Fahd Qantar" },
          { name: "Muna Abu Assaf" },
        ],
        talksDate: goldDay("2026-05-11"),
        quantities: [hours(5, null, { minExclusive: true }), fourteenPoints],
        terms: [ceasefire, detainees],
      },
    },
    {
      id: "syria-sweida-amman-crescent",
      title: "Syria–Sweida talks: who was in Amman and what is on the table",
      source: "Crescent Broadcasting",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "Syria's government and the Druze-led coalition that runs Sweida province met face to face in Jordan this week. Here is what we know.",
        "What happened? Tuesday's talks in Amman were the first direct contact between Damascus and the National Guard of Jabal al-Arab, a coalition of armed factions formed after sectarian fighting in the province killed more than 1,000 people in July 2025. Jordan hosted; the United States co-mediated.",
        "Who was there? For Damascus: Deputy Foreign Minister Marwan al-Halabi; Brig. Gen. Omar Fayyad, of the internal security command; and Rima Sabbagh, a legal adviser. For Sweida: Kamal Abu Fakhr, a retired judge who heads the delegation, and the lawyer Salma Radwan. In the chair: Nasser Khreisat for Jordan. For the United States: special envoy Daniel Whitacre, deputy assistant secretary Alison Creighton and Marcus Feld, the NSC's Syria director.",
        "How long did it last? The six-hour meeting ended in the late afternoon without a joint statement.",
        "What is in the plan? The mediators' roadmap has 14 points. It starts with a ceasefire, a humanitarian corridor on the Damascus–Sweida highway and a detainee exchange, then moves to the harder questions of policing, revenue and the future of the coalition's fighters.",
        'What do the two sides say? Fares Zein, the government spokesman, said on state television that "the state does not negotiate its sovereignty, it negotiates arrangements." Sweida\'s negotiators have said little in public; Mr. Abu Fakhr told reporters only that the talks had been "a beginning."',
        "What could go wrong? Plenty. The International Crisis Group warned in a report last month that local commanders on both sides could wreck a deal, and Israel, which struck government forces near Sweida last year, has said it will not accept army units in the south of the province.",
        "What comes next? Jordanian officials say a second round could take place before the end of the month, probably again in Amman. The roadmap's authors hope to have the ceasefire and the highway agreed by then, leaving the rest for the summer.",
      ),
      gold: {
        people: [halabi, fayyad, sabbagh, abuFakhr, radwan, khreisat, whitacre, creighton, feld, zein],
        talksDate: tuesday,
        quantities: [hours(6, 6), fourteenPoints],
        terms: [ceasefire, corridor, detainees],
      },
    },
  ],
};
