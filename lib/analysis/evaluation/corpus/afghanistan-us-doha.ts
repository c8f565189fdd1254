import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US–Taliban talks in Doha on Sunday, June 7, 2026, on detained Americans and Afghanistan's
 * frozen central-bank reserves, with Qatar mediating on the basis of a four-point framework.
 * Most accounts give the session about six hours; the Washington analysis calls it an 11-hour
 * session. The opinion piece names a different Taliban delegation (Hotak and Sahak) from the
 * one the others report (Zadran, Safi, Niazi).
 */

const lindqvist: GoldPerson = { name: "Garrett Lindqvist", side: "us", delegation: "us" };
const farouqi: GoldPerson = { name: "Nadia Farouqi-Bell", side: "us", delegation: "us" };
const sulaiti: GoldPerson = {
  name: "Abdulrahman bin Faisal Al-Sulaiti",
  aliases: ["Al-Sulaiti"],
  side: "qatar",
  delegation: "qatar",
};
const zadran: GoldPerson = {
  name: "Sher Ahmad Zadran",
  aliases: ["Mawlawi Sher Ahmad Zadran"],
  side: "taliban",
  delegation: "taliban",
};
const safi: GoldPerson = { name: "Abdul Wali Safi", side: "taliban", delegation: "taliban" };
const niazi: GoldPerson = {
  name: "Hafiz Obaidullah Niazi",
  side: "taliban",
  delegation: "taliban",
};
const hotak: GoldPerson = {
  name: "Ghulam Rasool Hotak",
  aliases: ["Mullah Ghulam Rasool Hotak"],
  side: "taliban",
  delegation: "taliban",
};
const sahak: GoldPerson = { name: "Abdul Basir Sahak", side: "taliban", delegation: "taliban" };
const crane: GoldPerson = { name: "Meredith Crane", side: "us" };
const haqmal: GoldPerson = { name: "Inamullah Haqmal", side: "taliban" };
const sunday = goldDay("2026-06-07");
const hours = (n: number) => goldQuantity("meeting.duration", n, n, "hour");
const fourPoints = goldQuantity("plan.size", 4, 4, "point");
const swap = { term: "prisoner-exchange", stance: "proposed" } as const;
const noSanctionsRelief = { term: "sanctions-relief", stance: "ruled-out" } as const;

export const AFGHANISTAN_US_DOHA: GoldCluster = {
  id: "afghanistan-us-doha",
  title: "US–Taliban talks in Doha on detainees and frozen reserves",
  sides: {
    taliban: ["taliban", "afghan-taliban", "islamic-emirate", "afghanistan", "afghan", "kabul"],
  },
  contradict: [{ delegation: "taliban" }, { slot: "meeting.duration" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "plan.size" },
    { delegation: "us" },
    { delegation: "qatar" },
  ],
  articles: [
    {
      id: "afghanistan-gulf-dispatch",
      title: "US, Taliban hold Doha talks on detainees and frozen Afghan reserves",
      source: "Gulf Dispatch Agency",
      publishedAt: null,
      body: paragraphs(
        "DOHA (GDA) — US and Taliban officials met in Doha on Sunday for talks on the release of detained Americans and the fate of billions of dollars in Afghan central-bank reserves frozen since 2021, with Qatar putting forward a four-point framework, officials said.",
        "The session at a foreign ministry guesthouse lasted about six hours. The American delegation, headed by Garrett Lindqvist, the presidential envoy for hostage affairs, included Nadia Farouqi-Bell, a Treasury deputy assistant secretary who handles terrorist financing.",
        "The Taliban side was led by Sher Ahmad Zadran, a deputy foreign minister in the Kabul administration. He was joined by Abdul Wali Safi, the acting governor of Da Afghanistan Bank, the central bank.",
        'Qatar\'s minister of state for foreign affairs, Abdulrahman bin Faisal Al-Sulaiti, mediated. "Both sides listened more than they spoke, which is the right way to begin," he told reporters afterwards.',
        "Under the Qatari framework, according to two people familiar with it, the Taliban would free at least two Americans held in Afghanistan in exchange for an Afghan detainee held by the United States, and a first tranche of the frozen reserves would be released through the Afghan Fund, a Swiss-based trust, to pay for imports of wheat and medicine.",
        "About $7 billion of Afghan reserves were frozen in the United States after the Taliban seized power in August 2021. Roughly $3.5 billion was later moved into the Afghan Fund in Geneva, which has not yet disbursed money to stabilise the economy.",
        'In Washington, State Department spokesperson Meredith Crane said the United States would "not pay ransom in any form" and that any discussion of the reserves was "entirely separate" from the detainees. She said lifting UN sanctions on Taliban leaders was not on the table.',
        "The Taliban's chief spokesman, Inamullah Haqmal, said in Kabul that the movement wanted \"the return of the Afghan people's money, not charity.\" He gave no details of the talks.",
      ),
      gold: {
        people: [lindqvist, farouqi, zadran, safi, sulaiti, crane, haqmal],
        talksDate: { start: null, end: null, parts: { weekday: 0 } },
        quantities: [hours(6), fourPoints],
        terms: [swap, { term: "frozen-assets", stance: "proposed" }, noSanctionsRelief],
      },
    },
    {
      id: "afghanistan-meridian-live",
      title: "Live: US and Taliban negotiators meet in Doha",
      source: "Meridian Live",
      publishedAt: "2026-06-07",
      body: paragraphs(
        "10:02 AST — Good morning from Doha. US and Taliban delegations are expected at the Qatari foreign ministry's guesthouse in West Bay within the hour. On the agenda: Americans detained in Afghanistan and the country's frozen central-bank money.",
        "10:40 — The American convoy has arrived. Garrett Lindqvist, Washington's special envoy for hostage affairs, waved to the cameras but did not speak.",
        "10:55 — The Taliban team is here. Deputy Foreign Minister Sher Ahmad Zadran leads; with him is Hafiz Obaidullah Niazi, who runs the movement's political office in Doha.",
        "11:20 — Talks are under way. Qatar's Abdulrahman bin Faisal Al-Sulaiti is mediating, at times moving between rooms, according to a Qatari official.",
        "13:05 — Some background: at least three Americans are believed to be held in Afghanistan. The best known is George Whitfield, a 61-year-old aviation mechanic detained in Kabul in 2024. His family says he has lost 20 kilograms in custody.",
        "14:30 — The Taliban want the United States to free Afghans it still holds, and to release the reserves of Da Afghanistan Bank, most of which have been blocked since August 2021.",
        "15:50 — A source in the room says Qatar's four-point framework is the basis of discussion: the detainees, the reserves, consular access and a follow-up mechanism. The reserves would be released in stages through the Swiss-based Afghan Fund.",
        '17:25 — It\'s over, after nearly six hours. Al-Sulaiti, speaking briefly to reporters: "The parties have agreed to meet again. I will not go into details today."',
        '17:40 — Lindqvist, leaving the building: "We raised every American by name, and we will keep doing that until they are home."',
        "17:55 — No word yet from Kabul. We'll update this page if the Taliban's spokesman comments tonight.",
      ),
      gold: {
        people: [lindqvist, zadran, niazi, sulaiti, { name: "George Whitfield" }],
        talksDate: sunday,
        quantities: [hours(6), fourPoints],
        terms: [{ term: "frozen-assets", stance: "proposed" }],
      },
    },
    {
      id: "afghanistan-hindu-kush",
      title: "Islamic Emirate delegation presses for release of reserves at Doha meeting",
      source: "Hindu Kush Tribune",
      publishedAt: "2026-06-08",
      body: paragraphs(
        "KABUL — A delegation of the Islamic Emirate led by Deputy Foreign Minister Mawlawi Sher Ahmad Zadran held six hours of talks with American officials in Doha on Sunday, focusing on the country's frozen central-bank reserves and on prisoners held by both sides.",
        "The delegation included Abdul Wali Safi, acting governor of Da Afghanistan Bank, and Hafiz Obaidullah Niazi of the political office in Doha. Mr. Safi told the Americans that Afghan banks had lost access to correspondent accounts abroad and that the afghani had been kept stable only by shipments of cash for UN aid programmes.",
        "The American side was led by Garrett Lindqvist, the envoy for hostage affairs, who was accompanied by Nadia Farouqi-Bell of the Treasury Department. Qatar's Minister of State Abdulrahman bin Faisal Al-Sulaiti hosted the meeting.",
        'Speaking to the Tribune by telephone, spokesman Inamullah Haqmal said the four-point framework proposed by Qatar was "a reasonable basis" but that the Emirate would not accept conditions on how Afghan money is spent.',
        "More than half of Afghanistan's population of about 41 million needs humanitarian aid, according to the UN, and aid funding has fallen by more than 40 percent since 2024. Traders in Kabul's Mandawi market say the price of flour has risen sharply this spring.",
        "The Emirate is also seeking the release of Hajji Rafiullah Mangal, an Afghan held at Guantanamo Bay since 2007. An exchange involving Mangal and American detainees has been discussed in Doha before, without result.",
        'Khalid Noorzai, who taught economics at Kabul University until 2021, said the reserves were "the single most important lever" for bringing prices down. "If even one billion dollars were returned to the central bank under supervision, people would feel it in the bazaar within weeks," he said.',
        "Officials said a further meeting could take place in Doha after Eid, but no date had been agreed.",
      ),
      gold: {
        people: [
          zadran,
          safi,
          niazi,
          lindqvist,
          farouqi,
          sulaiti,
          haqmal,
          { name: "Hajji Rafiullah Mangal" },
          { name: "Khalid Noorzai" },
        ],
        talksDate: sunday,
        quantities: [hours(6), fourPoints],
        terms: [
          { term: "frozen-assets", stance: "proposed" },
          { term: "prisoner-exchange", stance: "mentioned" },
        ],
      },
    },
    {
      id: "afghanistan-capitol-desk",
      title: "Analysis: Washington tests what an Afghan deal is worth",
      source: "Capitol Foreign Desk",
      publishedAt: "2026-06-09",
      body: paragraphs(
        "WASHINGTON — The administration's decision to send a hostage envoy and a Treasury official to sit across from the Taliban in Doha over the weekend was, officials insist, about Americans in Afghan jails and nothing more. The agenda of the 11-hour session suggests otherwise.",
        "Garrett Lindqvist, who has handled hostage cases from Venezuela to the Sahel, led the American side. But it was the presence of Nadia Farouqi-Bell, a Treasury deputy assistant secretary, that drew attention among Afghanistan hands: she oversees the sanctions architecture that keeps Taliban leaders on UN travel-ban lists and the central bank cut off from the dollar system.",
        "Across the table sat Deputy Foreign Minister Sher Ahmad Zadran and the central bank's acting governor, Abdul Wali Safi. Qatar's Abdulrahman bin Faisal Al-Sulaiti, who has shepherded US-Taliban contacts since 2022, mediated.",
        'Officials say the sticking point is sequencing. Washington wants the detainees released first; Kabul wants a commitment on the roughly $3.5 billion held in the Afghan Fund. A senior administration official said the United States would "never agree" to lift sanctions as part of any detainee arrangement.',
        '"The administration has convinced itself it can separate the money from the prisoners, and the Taliban have convinced themselves it can\'t be done," said Priya Venkataraman, a senior analyst at the International Crisis Group. "The Qataris are betting both are wrong."',
        "On Capitol Hill, a bipartisan group of 14 senators wrote to the secretary of state in May warning against anything that resembled a ransom payment. Their letter cited the 2020 Doha agreement, under which the United States released 5,000 Taliban prisoners, as a cautionary tale.",
        'State Department spokesperson Meredith Crane said on Monday that the talks would continue "at the appropriate level" and declined to say whether the reserves had been discussed.',
        "For now, the administration's bet is that the Taliban need the money more than Washington needs the deal. Nobody in Doha has yet tested that assumption.",
      ),
      gold: {
        people: [lindqvist, farouqi, zadran, safi, sulaiti, { name: "Priya Venkataraman" }, crane],
        talksDate: goldDay("2026-06-06", "2026-06-07"),
        quantities: [hours(11)],
        terms: [{ term: "frozen-assets", stance: "proposed" }, noSanctionsRelief],
      },
    },
    {
      id: "afghanistan-policy-column",
      title: "Opinion: A prisoner swap is within reach. Don't let the reserves wreck it",
      source: "The Asia Policy Column",
      publishedAt: "2026-06-11",
      body: paragraphs(
        "When American and Taliban negotiators met in Doha on Sunday, June 7, they were closer to a deal on detainees than at any time since 2022. They may yet throw it away by tying it to an argument about money.",
        "The outlines are not secret. Qatar's four-point framework, presented by Minister of State Abdulrahman bin Faisal Al-Sulaiti, pairs the release of American detainees with the transfer of an Afghan prisoner held by the United States, and parks the question of the frozen reserves in a separate track.",
        "The Taliban sent Mullah Ghulam Rasool Hotak, a confidant of the movement's leadership in Kandahar, and his aide Abdul Basir Sahak, a sign, some read, that the real decision-makers want to be closer to the table. Washington's hostage envoy, Garrett Lindqvist, sat opposite them.",
        'The prisoner exchange should come first. The families have waited long enough. "When my husband, Michael Danforth, was taken, they told us it would be a matter of weeks," the wife of one detainee told me. "That was 19 months ago."',
        "The reserves are a harder problem. The $3.5 billion in the Afghan Fund belongs to the Afghan people, and using part of it to steady prices would do real good. But that question deserves its own negotiation, with its own safeguards, and it should not be allowed to hold hostages hostage.",
        "Nor should Washington dangle sanctions relief. The UN travel bans on senior Taliban figures exist in part because of how the movement treats Afghan women and girls, who remain barred from secondary school for a fifth year. Lifting them for a prisoner deal would tell every hostage-taker in the region what an American is worth.",
        "Qatar has done this before. In 2020 Doha hosted the agreement that set the terms of the US withdrawal, and since then it has brokered the release of several Western detainees. Its diplomats know how to keep two tracks apart.",
        "The administration should let them, take the swap that is on offer, and negotiate the money afterwards.",
      ),
      gold: {
        people: [sulaiti, hotak, sahak, lindqvist, { name: "Michael Danforth" }],
        talksDate: sunday,
        quantities: [fourPoints],
        terms: [swap, { term: "frozen-assets", stance: "mentioned" }, noSanctionsRelief],
      },
    },
  ],
};
