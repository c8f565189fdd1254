import { goldDay, goldQuantity, paragraphs, type GoldArticle, type GoldCluster } from "../gold";

/*
 * Held-out cluster D: Ethiopia's federal government and the TPLF in Pretoria, an African Union
 * envoy in the chair and a US observer. Negotiators and officials are invented; Abiy Ahmed,
 * Debretsion Gebremichael and Cyril Ramaphosa are real.
 *
 * Where the outlets part ways on purpose:
 * - the plan: a 10-point plan (three outlets) against an eight-point document (Horn Review);
 * - the TPLF delegation: led by Fetlework Gebremedhin, or by Amanuel Hailu Gebreyesus;
 * - elections in Tigray: in the plan (Pan-African Wire, Highveld Times) against ruled out by
 *   federal negotiators (Horn Review).
 * Where they only word things differently: "several hours", "nearly six hours", "more than five
 * hours", "six hours"; "on Wednesday", "June 10", "Wednesday's session"; a second federal
 * negotiator named by one outlet; the US observer named by two.
 */

const panAfricanWire: GoldArticle = {
  id: "et-pan-african-wire",
  title: "Ethiopia, Tigray leaders agree 10-point plan to shore up Pretoria truce",
  source: "Pan-African Wire Service",
  publishedAt: "2026-06-11",
  body: paragraphs(
    "PRETORIA (PAWS) - Ethiopia's federal government and the Tigray People's Liberation Front (TPLF) agreed on Wednesday on a 10-point plan to shore up the 2022 peace deal that ended a two-year war in the northern region, African Union mediators said.",
    "The plan, reached after several hours of talks at a government guesthouse in the South African capital, proposes regional elections in Tigray within 12 months, the completion of the disarmament of Tigrayan fighters and the withdrawal of Eritrean and Amhara forces from areas they still occupy.",
    "Ethiopia's delegation was led by national security adviser Dawit Alemayehu Woldemariam. The TPLF was represented by its deputy chairwoman, Fetlework Gebremedhin. The talks were chaired by Amina Chukwuemeka-Bello, the African Union's high representative for the Horn of Africa.",
    '"The guns have been silent for more than three years. Our task now is to make sure the peace reaches the people," Chukwuemeka-Bello told reporters.',
    'Fetlework said the plan met the TPLF\'s core demands. "Our people were promised they could go home. As Chairman Debretsion has said many times, a peace that leaves a million people in camps is not a peace," she said.',
    'Dawit said the federal government would "honour every commitment it has made" and called on the TPLF to complete the handover of heavy weapons to the national army.',
    "The war, which began in November 2020, killed hundreds of thousands of people, according to researchers at Ghent University, and left much of Tigray facing famine. The agreement signed in Pretoria in November 2022 stopped the fighting, but disputes over contested territory, the return of displaced people and a split within the TPLF have strained it since.",
    "Prime Minister Abiy Ahmed's office welcomed the outcome in a statement. The parties are to meet again in Addis Ababa or Mekelle next month to agree a timetable for the elections.",
  ),
  gold: {
    people: [
      {
        name: "Dawit Alemayehu Woldemariam",
        aliases: ["Dawit"],
        side: "ethiopia",
        delegation: "ethiopia",
      },
      { name: "Fetlework Gebremedhin", aliases: ["Fetlework"], side: "tplf", delegation: "tplf" },
      { name: "Amina Chukwuemeka-Bello", side: "au", delegation: "au" },
      // Named only inside Fetlework's quote, by his first name as Ethiopian usage has it.
      { name: "Debretsion Gebremichael", aliases: ["Debretsion"], side: "tplf" },
      { name: "Abiy Ahmed", aliases: ["Abiy"], side: "ethiopia" },
    ],
    talksDate: goldDay("2026-06-10"),
    quantities: [
      goldQuantity("meeting.duration", 3, 9, "hours"),
      goldQuantity("plan.size", 10, 10, "points"),
    ],
    terms: [{ term: "elections", stance: "proposed" }],
  },
};

const addisHerald: GoldArticle = {
  id: "et-addis-herald",
  title: "Pretoria talks: federal team and TPLF agree to extend truce monitoring",
  source: "The Addis Herald",
  publishedAt: "2026-06-10",
  body: paragraphs(
    "PRETORIA - Federal government and TPLF negotiators met for nearly six hours on Wednesday in Pretoria and agreed to extend the mandate of the African Union's monitoring team, according to people briefed on the talks.",
    "The federal delegation was headed by Dawit Alemayehu Woldemariam, the national security adviser, and included Justice Minister Hirut Kebede Tessema. The TPLF team was led by Fetlework Gebremedhin. Amina Chukwuemeka-Bello chaired the session for the African Union, while Marcus Oyelaran-Webb, the US special envoy for the Horn of Africa, attended as an observer.",
    "The two sides reaffirmed the ceasefire and agreed to open humanitarian corridors to western Tigray, where aid agencies say access has been blocked since late last year. A 10-point document setting out the next steps will be published once both leaderships have endorsed it, officials said.",
    'Hirut described the document as "a practical roadmap, not a new agreement", and said the federal government expected the TPLF to hand over its remaining heavy weapons within the timeframe agreed in Pretoria.',
    'Oyelaran-Webb said Washington supported the process and urged donors to fund the reintegration of former fighters. "Demobilisation without jobs is just unemployment with the uniform taken away," he said.',
    "The TPLF split last year into rival factions, and the interim regional administration in Mekelle has changed hands twice since. Eritrea, whose troops fought alongside federal forces during the war, was not a party to the Pretoria agreement and has not commented on the talks.",
    '"Both sides know that the alternative is another war nobody can afford," said Samuel Berhane Tekle, an analyst at the Horn Policy Institute in Nairobi. "The question is whether the commanders on the ground feel the same way."',
    "Aid agencies estimate that about a million people displaced by the war are still living in camps and host communities across Tigray.",
  ),
  gold: {
    people: [
      {
        name: "Dawit Alemayehu Woldemariam",
        aliases: ["Dawit"],
        side: "ethiopia",
        delegation: "ethiopia",
      },
      { name: "Hirut Kebede Tessema", aliases: ["Hirut"], side: "ethiopia", delegation: "ethiopia" },
      { name: "Fetlework Gebremedhin", aliases: ["Fetlework"], side: "tplf", delegation: "tplf" },
      { name: "Amina Chukwuemeka-Bello", side: "au", delegation: "au" },
      { name: "Marcus Oyelaran-Webb", side: "us", delegation: "us" },
      { name: "Samuel Berhane Tekle" },
    ],
    talksDate: goldDay("2026-06-10"),
    quantities: [
      goldQuantity("meeting.duration", 5.5, 6, "hours"),
      goldQuantity("plan.size", 10, 10, "points"),
    ],
    terms: [{ term: "ceasefire", stance: "proposed" }],
  },
};

const hornReview: GoldArticle = {
  id: "et-horn-review",
  title: "TPLF hardliner leads delegation as Pretoria talks sidestep a vote",
  source: "Horn Review",
  publishedAt: null,
  body: paragraphs(
    "Federal negotiators ruled out elections in Tigray before the disarmament of Tigrayan fighters is complete, delegates said after talks with the Tigray People's Liberation Front in Pretoria on June 10.",
    "The TPLF delegation was led by Amanuel Hailu Gebreyesus, a former commander who heads the party's security committee, a choice that surprised diplomats who had expected the movement's deputy chairwoman to attend. The federal side was led by Dawit Alemayehu Woldemariam.",
    "The eight-point document that emerged from more than five hours of talks commits both sides to the ceasefire, the return of displaced people to western Tigray and a joint committee on disputed land, but says nothing about a vote.",
    '"An election under the guns of unaccountable militias would be a farce," Amanuel told the Horn Review. Federal officials say fighters loyal to rival TPLF factions still hold heavy weapons in the south of the region.',
    "The National Election Board of Ethiopia said last month that it could not organise a vote in Tigray until security conditions allowed.",
    'Amina Chukwuemeka-Bello, the African Union envoy who chaired the talks, said the parties had "agreed on the sequence, if not yet the dates".',
    "Abiy Ahmed, who won the Nobel Peace Prize in 2019 for ending the conflict with Eritrea, has staked much of his reputation on the Pretoria process. Critics in Mekelle say his government has been slow to restore banking, fuel and telephone services to the region.",
    "Residents of Alamata and Humera, towns claimed by both Tigray and the neighbouring Amhara region, told the Horn Review they feared being left out of any deal. The joint committee is due to hold its first meeting within 30 days.",
  ),
  gold: {
    people: [
      { name: "Amanuel Hailu Gebreyesus", aliases: ["Amanuel"], side: "tplf", delegation: "tplf" },
      {
        name: "Dawit Alemayehu Woldemariam",
        aliases: ["Dawit"],
        side: "ethiopia",
        delegation: "ethiopia",
      },
      { name: "Amina Chukwuemeka-Bello", side: "au", delegation: "au" },
      { name: "Abiy Ahmed", aliases: ["Abiy"], side: "ethiopia" },
    ],
    talksDate: { start: null, end: null, parts: { month: 6, day: 10 } },
    quantities: [
      goldQuantity("meeting.duration", 5, null, "hours", { minExclusive: true }),
      goldQuantity("plan.size", 8, 8, "points"),
    ],
    terms: [
      { term: "elections", stance: "ruled-out" },
      { term: "ceasefire", stance: "proposed" },
    ],
  },
};

const highveldTimes: GoldArticle = {
  id: "et-highveld-times",
  title: "Pretoria deal tests South Africa's mediation credentials",
  source: "The Highveld Times",
  publishedAt: "2026-06-12",
  body: paragraphs(
    "Wednesday's Pretoria Deal Tests South Africa's Mediation Credentials",
    "South Africa hosted Wednesday's session between Ethiopia's federal government and the TPLF at a government guesthouse near the Union Buildings, and officials in Pretoria were quick to claim a share of the credit for the 10-point plan that came out of it.",
    '"Africa can solve African problems when Africans own the process," said Thandeka Mabuza-Nkosi, South Africa\'s deputy minister of international relations, who welcomed the delegations but did not take part in the talks.',
    "The session lasted six hours, with the African Union's Amina Chukwuemeka-Bello in the chair and Marcus Oyelaran-Webb, the US envoy, observing. Dawit Alemayehu Woldemariam led the federal team and Fetlework Gebremedhin the TPLF's.",
    "According to a summary shared by the South African presidency, the plan's provisions include regional elections in Tigray, a timetable for the withdrawal of Eritrean troops and security guarantees for Tigrayans returning to the disputed western zone.",
    "President Cyril Ramaphosa has made mediation a pillar of his foreign policy, and South Africa hosted the 2022 talks that ended the war in Tigray. But critics say Pretoria's record elsewhere is mixed, and that its diplomats have struggled to turn agreements into change on the ground.",
    'Analysts said the real test would be in Tigray itself. "May is when the rains begin to matter for the harvest, and June is when the hunger starts," said Lerato Dlamini-Ferreira, a researcher at the Institute for Security Studies in Pretoria. "People will judge this deal by whether food gets through."',
    "The next round is expected in Addis Ababa in July, diplomats said.",
  ),
  gold: {
    people: [
      // Welcomed the delegations, explicitly did not take part.
      { name: "Thandeka Mabuza-Nkosi", side: "south-africa" },
      { name: "Amina Chukwuemeka-Bello", side: "au", delegation: "au" },
      { name: "Marcus Oyelaran-Webb", side: "us", delegation: "us" },
      { name: "Dawit Alemayehu Woldemariam", side: "ethiopia", delegation: "ethiopia" },
      { name: "Fetlework Gebremedhin", side: "tplf", delegation: "tplf" },
      { name: "Cyril Ramaphosa", side: "south-africa" },
      { name: "Lerato Dlamini-Ferreira" },
    ],
    talksDate: goldDay("2026-06-10"),
    quantities: [
      goldQuantity("meeting.duration", 6, 6, "hours"),
      goldQuantity("plan.size", 10, 10, "points"),
    ],
    terms: [
      { term: "elections", stance: "proposed" },
      { term: "security-guarantees", stance: "proposed" },
    ],
  },
};

export const ETHIOPIA_TIGRAY_PRETORIA: GoldCluster = {
  id: "et-tigray-pretoria",
  title: "Ethiopia–TPLF talks in Pretoria under African Union mediation",
  articles: [panAfricanWire, addisHerald, hornReview, highveldTimes],
  contradict: [{ slot: "plan.size" }, { delegation: "tplf" }, { term: "elections", aliases: ["election"] }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ethiopia" },
    { delegation: "au" },
    { delegation: "us" },
    { term: "ceasefire" },
  ],
  sides: {
    ethiopia: [
      "ethiopia",
      "ethiopian",
      "federal",
      "federal-government",
      "ethiopian-government",
      "ethiopia-government",
      "addis-ababa",
    ],
    tplf: [
      "tplf",
      "tigray",
      "tigrayan",
      "tigray-people-s-liberation-front",
      "tigray-peoples-liberation-front",
      "tigrayan-authorities",
    ],
    "south-africa": ["south-africa", "south-african", "pretoria"],
  },
};
