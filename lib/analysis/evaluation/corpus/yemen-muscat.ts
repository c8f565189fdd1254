import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Saudi–Houthi talks in Muscat under Omani mediation, Sunday and Monday, April 19–20, 2026.
 * The Gulf Wire Agency and the Kingdom Herald put the roadmap at twelve points; the Arabian
 * Review says it has been trimmed to nine. The U.S. envoy comments from Washington and is never
 * in the room; the UN envoy is not part of the format.
 */

const razihi: GoldPerson = {
  name: "Hamoud Abdullah al-Razihi",
  aliases: ["Hamoud al-Razihi", "al-Razihi", "Razihi"],
  side: "houthis",
  delegation: "houthis",
};
const hamdani: GoldPerson = {
  name: "Yahya Saleh al-Hamdani",
  aliases: ["Yahya al-Hamdani", "al-Hamdani", "Hamdani"],
  side: "houthis",
  delegation: "houthis",
};
const mutairi: GoldPerson = {
  name: "Nawaf bin Saud al-Mutairi",
  aliases: ["Nawaf al-Mutairi", "al-Mutairi", "Mutairi"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const rawahi: GoldPerson = {
  name: "Hamad bin Salim al-Rawahi",
  aliases: ["Hamad al-Rawahi", "al-Rawahi", "Rawahi"],
  side: "oman",
  delegation: "oman",
};
const okafor: GoldPerson = { name: "Daniel Okafor", aliases: ["Okafor"], side: "us" };
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const prisoners = (min: number, max: number | null, minExclusive = false) =>
  goldQuantity("count.prisoners", min, max, "person", minExclusive ? { minExclusive: true } : {});
const truceAndSwap = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;

export const YEMEN_MUSCAT: GoldCluster = {
  id: "yemen-muscat",
  title: "Saudi–Houthi talks in Muscat",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "count.prisoners" },
    { delegation: "houthis" },
    { delegation: "saudi-arabia" },
    { delegation: "oman" },
    { term: "ceasefire", aliases: ["truce"] },
    { term: "prisoner-exchange", aliases: ["prisoner-swap", "detainee-exchange"] },
  ],
  sides: {
    houthis: ["houthi", "houthis", "ansar-allah", "ansarallah", "sanaa"],
    oman: ["oman", "omani", "muscat", "sultanate-of-oman"],
    un: ["un", "united-nations"],
    "yemen-government": [
      "yemen-government",
      "yemeni-government",
      "government-of-yemen",
      "presidential-leadership-council",
      "plc",
      "aden",
    ],
  },
  articles: [
    {
      id: "yemen-gwa",
      title: "Saudi, Houthi negotiators end Muscat round with roadmap 'closer'",
      source: "Gulf Wire Agency",
      publishedAt: "2026-04-20",
      body: paragraphs(
        "MUSCAT, April 20 (GWA) – Saudi and Houthi negotiators ended two days of talks in the Omani capital on Monday without signing anything, but both sides said a 12-point roadmap to end Yemen's war was closer than at any time since the truce of 2022, according to three people briefed on the meetings.",
        "The Houthi delegation was led by Hamoud Abdullah al-Razihi, the movement's chief negotiator, and included Yahya Saleh al-Hamdani, who heads its prisoner affairs committee. Across the table sat a Saudi team under Nawaf bin Saud al-Mutairi, the kingdom's ambassador to Yemen. Omani officials, led by Foreign Ministry undersecretary Hamad bin Salim al-Rawahi, shuttled between two rooms for much of the first day and brought the delegations together on the second.",
        "The roadmap, drafted largely in Muscat over the past year, would extend a nationwide ceasefire, reopen roads into the besieged city of Taiz and prepare a swap of some 1,400 detainees held by both sides, two of the sources said. Later phases foresee the payment of public-sector salaries in Houthi-held areas and a political process under U.N. auspices.",
        '"We discussed every point, without exception," al-Razihi told reporters as he left the Al Bustan complex late on Monday. "Some are finished. Others need decisions in Riyadh."',
        'Mutairi did not speak to the press. A Saudi foreign ministry statement said the kingdom "appreciates the sincere efforts of the Sultanate of Oman" and remained committed to "a comprehensive political solution" in Yemen.',
        'In Washington, the U.S. special envoy for Yemen, Daniel Okafor, said the United States "welcomes any step that reduces the threat to Red Sea shipping" but that the Houthis would be judged "by actions at sea, not words in Muscat." The group attacked dozens of merchant vessels between late 2023 and 2025.',
        'The internationally recognised government, which was not represented in Muscat, has complained of being sidelined. "Any deal that is made over the heads of Yemenis will not hold," Ahmed Bamatraf, an adviser to the Presidential Leadership Council, said in Aden on Sunday.',
        "No date has been set for another round, though one diplomat said the delegations could meet again after Eid al-Adha, which falls in late May.",
      ),
      gold: {
        people: [
          razihi,
          hamdani,
          mutairi,
          rawahi,
          okafor,
          { name: "Ahmed Bamatraf", side: "yemen-government" },
        ],
        talksDate: goldDay("2026-04-19", "2026-04-20"),
        quantities: [twoDays, goldQuantity("plan.size", 12, 12, "point"), prisoners(1400, 1400)],
        terms: truceAndSwap,
      },
    },
    {
      id: "yemen-arabian-review",
      title: "Yemen's slimmed-down roadmap: what Muscat settled, and what it did not",
      source: "The Arabian Review",
      publishedAt: "2026-04-24",
      body: paragraphs(
        "When the Saudi and Houthi delegations sat down in Muscat on April 19, the document in front of them was shorter than the one diplomats had been circulating since the autumn. The roadmap, once a sprawling text, has been trimmed to nine points, according to two people who have seen the latest draft, after Omani mediators folded the economic clauses into a single article and dropped a contested reference to the Red Sea.",
        "That is the good news. The less good news is that two days of talks, which broke up the following evening, left the hardest questions where they were.",
        "The rebels' chief negotiator, Hamoud al-Razihi, arrived with a familiar list: salaries for civil servants in the areas the movement controls, paid out of oil and gas revenues; the full reopening of Sanaa airport; and the release of central bank reserves frozen abroad. The kingdom's envoy, Ambassador Nawaf al-Mutairi, wants a permanent ceasefire along the Saudi border first, and money later. He has said so publicly, and he said so again in Muscat, according to one of the people present.",
        "The Omanis have been here before. Muscat hosted the first direct contacts between Riyadh and the Houthis in 2022, and a Houthi delegation travelled to Riyadh itself in September 2023, a visit that produced photographs and little else.",
        '"The sequencing is the whole negotiation," said Lina Haddadin, a researcher at an Amman-based institute who has followed the talks since they began. "Riyadh wants security now and pays later. Sanaa wants to be paid now. Nine points or twelve, that does not change."',
        "The prisoner file looks like the best candidate for early progress. The draft provides for the release of more than 1,300 detainees in a single operation overseen by the International Committee of the Red Cross, which handled a smaller exchange in 2023.",
        "Washington, which has its own reasons to want the Houthis off the shipping lanes, has kept its distance; its envoy, Daniel Okafor, has not been to Muscat since January.",
        "Diplomats expect the delegations to reconvene after Eid al-Adha. Whether they come back with the authority to close the gap is another question.",
      ),
      gold: {
        people: [razihi, mutairi, { name: "Lina Haddadin" }, okafor],
        talksDate: goldDay("2026-04-19", "2026-04-20"),
        quantities: [twoDays, goldQuantity("plan.size", 9, 9, "point"), prisoners(1300, null, true)],
        terms: [...truceAndSwap, { term: "frozen-assets", stance: "proposed" }],
      },
    },
    {
      id: "yemen-kingdom-herald",
      title: "Kingdom's delegation reaffirms commitment to peace in Yemen at Muscat meetings",
      source: "The Kingdom Herald",
      publishedAt: null,
      body: paragraphs(
        "The Kingdom's delegation to the Muscat meetings on Yemen, headed by Ambassador Nawaf bin Saud al-Mutairi, reaffirmed Saudi Arabia's firm commitment to a comprehensive political solution during talks with the Houthi side that began on April 19 under the generous sponsorship of the Sultanate of Oman.",
        "Also at the table were Major General Turki al-Shammari of the Joint Forces Command and Dr. Reem al-Qahtani, an adviser at the Ministry of Foreign Affairs, according to a source close to the delegation.",
        "Ambassador al-Mutairi conveyed the greetings of the leadership and stressed that the roadmap, comprising twelve points, represents a historic opportunity for the brotherly Yemeni people to turn the page on years of suffering. The Kingdom, he said, had proposed an extension of the ceasefire and the release of all prisoners on the basis of all for all.",
        "The Houthi team was led by Hamoud Abdullah al-Razihi. Yahya al-Hamdani, who is responsible for the group's prisoner file, joined the second session, the source added.",
        "Sayyid Hamad bin Salim al-Rawahi, who led the Omani mediation, received the two delegations at the start of the meetings and praised what he described as a positive and responsible atmosphere.",
        'In Riyadh, Minister of State Sultan bin Majid al-Dossary said the Kingdom had "spared no effort" to support Yemen\'s stability, noting that Saudi Arabia had deposited billions of dollars in the central bank in Aden and funded fuel for power stations across the country. "Our hand remains extended," he said.',
        "Observers noted that the meetings were held in a spirit of openness, and that the delegations agreed to continue consultations through the Omani channel.",
        "The Kingdom has repeatedly called on the Houthis to engage seriously with peace efforts and to stop threatening international navigation, which it said harms the interests of the Yemeni people first.",
      ),
      gold: {
        people: [
          mutairi,
          { name: "Turki al-Shammari", side: "saudi-arabia", delegation: "saudi-arabia" },
          { name: "Reem al-Qahtani", side: "saudi-arabia", delegation: "saudi-arabia" },
          razihi,
          hamdani,
          rawahi,
          { name: "Sultan bin Majid al-Dossary", aliases: ["al-Dossary"], side: "saudi-arabia" },
        ],
        talksDate: { start: null, end: null, parts: { month: 4, day: 19 } },
        quantities: [goldQuantity("plan.size", 12, 12, "point")],
        terms: truceAndSwap,
      },
    },
    {
      id: "yemen-mashriq-live",
      title: "Live: Saudi–Houthi talks open in Muscat",
      source: "Al-Mashriq Live",
      publishedAt: "2026-04-19",
      body: paragraphs(
        '21:10 — Houthi spokesman Mohammed Abdulkarim Jaafar, speaking to Al-Masirah television in Sanaa, says the group "came to Muscat to harvest, not to plant." He did not travel with the delegation.',
        "19:45 — Day one is over. A source at the Omani foreign ministry tells us the delegations spent most of the afternoon in separate rooms, with the Omanis carrying papers back and forth. They are due back at the table tomorrow morning.",
        "17:30 — On the agenda, according to a copy of the working paper seen by our correspondent: extending the ceasefire, reopening roads, and an exchange of roughly 1,400 prisoners, which would be the largest of the war.",
        "16:05 — Who is in the room? The Houthi delegation is headed by Hamoud Abdullah al-Razihi. With him is Yahya al-Hamdani, the man behind previous prisoner swaps. The Saudi side is led by Ambassador Nawaf al-Mutairi. Our correspondent says Oman's Hamad al-Rawahi greeted both teams at the entrance and then closed the doors.",
        '14:40 — A reminder of where things stand. The UN special envoy for Yemen, Henrik Lindqvist, is not taking part in this round. He told the Security Council last week that a Saudi–Houthi understanding would need to be "anchored in an inclusive Yemeni process" to last.',
        "13:15 — The Saudi delegation's convoy has just entered the grounds of the Al Bustan complex. Security is tight; journalists are being kept at the outer gate.",
        "12:20 — The plane carrying the Houthi negotiators from Sanaa landed at Muscat International a little after noon, Omani state media report.",
        "11:30 — Welcome to our live coverage. Saudi and Houthi negotiators are meeting today in the Omani capital, Muscat, for their first face-to-face talks since the winter. The aim, diplomats say, is to turn a shaky truce into a roadmap both sides can sign. Stay with us.",
      ),
      gold: {
        people: [
          { name: "Mohammed Abdulkarim Jaafar", aliases: ["Jaafar"], side: "houthis" },
          razihi,
          hamdani,
          mutairi,
          rawahi,
          { name: "Henrik Lindqvist", side: "un" },
        ],
        talksDate: goldDay("2026-04-19"),
        quantities: [prisoners(1400, 1400)],
        terms: truceAndSwap,
      },
    },
  ],
};
