import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Sudan and South Sudan on the Abyei area and oil transit, hosted by the African Union
 * at its Addis Ababa headquarters on Thursday, February 12, 2026. No US officials attended; the State
 * Department commented from Washington. Most outlets report a nine-point AU framework; the Port
 * Sudan paper calls it an 11-point draft and names the petroleum minister as Juba's lead negotiator,
 * and the Juba broadcaster dates the talks to Wednesday, February 11.
 */

const ssd = "south-sudan";
const hamid: GoldPerson = { name: "Osman Babiker Hamid", side: "sudan", delegation: "sudan" };
const omer: GoldPerson = { name: "Ibrahim Fadlallah Omer", side: "sudan", delegation: "sudan" };
const suleiman: GoldPerson = { name: "Kamal Eldin Suleiman", side: "sudan", delegation: "sudan" };
const kuol: GoldPerson = { name: "Bol Ajang Kuol", side: ssd, delegation: ssd };
const manyang: GoldPerson = { name: "Achol Deng Manyang", side: ssd, delegation: ssd };
const atem: GoldPerson = { name: "Lual Mayen Atem", side: ssd, delegation: ssd };
const wani: GoldPerson = { name: "Peter Lado Wani", side: ssd, delegation: ssd };
const ansahBoateng: GoldPerson = { name: "Joseph Ansah-Boateng", side: "au", delegation: "au" };
const kibet: GoldPerson = { name: "Fatuma Kibet", side: "au", delegation: "au" };
const frye: GoldPerson = { name: "Daniel Frye", side: "us" };
const sirelkhatim: GoldPerson = { name: "Awadallah Sirelkhatim", side: "sudan" };
const nyang: GoldPerson = { name: "Gatluak Ruot Nyang", side: ssd };
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const dmz = { term: "demilitarized-zone", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;

export const SUDAN_SOUTH_SUDAN_ADDIS: GoldCluster = {
  id: "sudan-south-sudan-addis",
  title: "Sudan–South Sudan talks on Abyei and oil in Addis Ababa",
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }, { delegation: ssd }],
  consistent: [{ slot: "meeting.duration" }, { delegation: "sudan" }, { delegation: "au" }],
  sides: {
    sudan: ["sudan", "sudanese", "khartoum", "port-sudan", "sudanese-government", "government-of-sudan"],
    [ssd]: [ssd, "south-sudanese", "southsudan", "juba", "ssd"],
  },
  articles: [
    {
      id: "sudan-ssd-nile-horn",
      title: "Sudan, South Sudan agree AU framework on Abyei, oil transit",
      source: "Nile & Horn Wire",
      publishedAt: "2026-02-12",
      body: paragraphs(
        "ADDIS ABABA, Feb 12 (NHW) — Sudan and South Sudan agreed on Thursday to revive joint security arrangements in the disputed Abyei area and to review the fees Juba pays to ship its crude through Sudanese pipelines, under a nine-point framework tabled by African Union mediators.",
        "Sudan's delegation was led by Osman Babiker Hamid, chairman of the government's Abyei committee, and included Ibrahim Fadlallah Omer, undersecretary at the Ministry of Energy and Oil. South Sudan was represented by Bol Ajang Kuol, the president's adviser on security affairs, and Achol Deng Manyang, undersecretary at the petroleum ministry.",
        "The talks at the AU headquarters were chaired by Joseph Ansah-Boateng, a former Ghanaian foreign minister who heads the AU High-Level Implementation Panel. They lasted about four hours.",
        "The framework's nine points include reactivating the Safe Demilitarised Border Zone along the frontier, the return of joint monitors to Abyei, repairs to the pipeline and a new schedule of transit fees, according to two members of the mediation team.",
        '"Both delegations accepted that the status quo is costing them money and lives," Ansah-Boateng told reporters. "That is where every agreement starts."',
        'In Washington, State Department spokesman Daniel Frye said the United States "welcomes the constructive spirit shown in Addis Ababa" and urged both governments to protect civilians in Abyei, where intercommunal attacks killed more than 50 people last year.',
        "South Sudan, which won independence from Sudan in 2011, depends on oil for more than 90 percent of government revenue. Its exports, about 150,000 barrels a day before the main pipeline was damaged in 2024, must cross Sudan to reach the Red Sea at Port Sudan.",
        "Abyei's final status has been unresolved since the 2005 peace agreement that ended Sudan's north-south civil war. A referendum promised for 2011 never took place, and a UN force of about 4,000 troops patrols the area.",
        "The mediators said the two sides would meet again in March to draft implementing arrangements.",
      ),
      gold: {
        people: [hamid, omer, kuol, manyang, ansahBoateng, frye],
        talksDate: goldDay("2026-02-12"),
        quantities: [hours(4, 4), points(9)],
        terms: [dmz],
      },
    },
    {
      id: "sudan-ssd-explainer",
      title: "Explainer: What is on the table in the Abyei and oil talks",
      source: "Africa Policy Monitor",
      publishedAt: "2026-02-13",
      body: paragraphs(
        "What happened in Addis Ababa? Delegations from Sudan and South Sudan met at the African Union's headquarters on Thursday for talks on two issues that have soured relations since the south's independence in 2011: the contested Abyei area and the fees South Sudan pays to export its oil through Sudan.",
        "Who was at the table? Sudan's team is headed by Osman Babiker Hamid, a veteran diplomat who helped negotiate the 2012 cooperation agreements between the two countries. South Sudan's is led by Bol Ajang Kuol, the presidential security adviser. The talks were chaired by Joseph Ansah-Boateng of the AU High-Level Implementation Panel, assisted by Fatuma Kibet, the AU Commission's director for political affairs. No US officials were in the room, although Washington, a guarantor of the 2005 peace agreement, is following the process closely.",
        "What is in the plan? The AU framework has nine points. The most important provide for the reactivation of the demilitarised zone along the border, joint policing in Abyei town, the repair of the pipeline and a review of transit charges.",
        "Why does oil matter so much? Under the 2012 deal, South Sudan agreed to pay Sudan about $24 for every barrel shipped, including a transitional payment of $3 billion. South Sudan has no other route to the sea, and Sudan's war-battered government badly needs the revenue.",
        "Who lives in Abyei? The area is home to the Ngok Dinka, who are broadly aligned with Juba, and is used for seasonal grazing by Misseriya herders, who look to Sudan. Clashes between the communities and armed groups have killed hundreds since 2021.",
        'What do analysts say? "Both governments are broke, and both need the pipeline working. That is a better basis for a deal than goodwill," said Hiba Elamin, a researcher at the Rift Valley Institute. "The question is whether anyone in Abyei itself was asked."',
        "What about Sudan's own war? The talks take place as Sudan's army continues to fight the Rapid Support Forces, with no ceasefire in sight after nearly three years of war. Mediators say the Abyei file has been kept deliberately separate.",
      ),
      gold: {
        people: [hamid, kuol, ansahBoateng, kibet, { name: "Hiba Elamin" }],
        talksDate: goldDay("2026-02-12"),
        quantities: [points(9)],
        terms: [dmz, { term: "ceasefire", stance: "mentioned" }],
      },
    },
    {
      id: "sudan-ssd-red-sea",
      title: "Addis talks: Juba sends oil minister as Abyei file reopens",
      source: "The Red Sea Chronicle",
      publishedAt: "2026-02-13",
      body: paragraphs(
        "PORT SUDAN — Sudan's negotiators returned from Addis Ababa on Friday after talks with South Sudan on Thursday over Abyei and oil transit, at which the African Union presented what officials here called an 11-point draft.",
        "Sudan's delegation, headed by Osman Babiker Hamid and including Maj. Gen. Kamal Eldin Suleiman of military intelligence, pressed for the pipeline repairs and the transit fee schedule to be settled before any discussion of Abyei's administration, according to a member of the team.",
        "South Sudan's side was led by Petroleum Minister Peter Lado Wani, who arrived in Addis Ababa on Wednesday evening. Wani told the mediators that Juba wanted the fees reduced to reflect the lower volumes flowing through the damaged line, the delegation member said.",
        "The AU mediator, Joseph Ansah-Boateng, kept the sides at the table for more than three hours. The 11-point draft, seen by the Chronicle, includes the return of both armies' units behind a demilitarised zone and the formation of a joint Abyei police service.",
        '"The armed forces will not accept any arrangement in Abyei that ignores the rights of the Misseriya," army spokesman Brig. Gen. Awadallah Sirelkhatim said in a statement issued in Port Sudan.',
        'In al-Muglad, the Misseriya heartland, community leaders were sceptical. "Until Sheikh Hamdan Babikir sits down with the Ngok Dinka chiefs, nothing written in Addis Ababa will hold in Abyei," said Adam Hussein Dafallah, a former member of the local council.',
        "Sudan earned an estimated $500 million a year in transit and processing fees before the war that began in April 2023. Oil ministry figures show that throughput at the Bashayer terminal fell by almost 60 percent last year.",
        "Officials said a second round was expected in March, once both delegations had consulted their governments.",
      ),
      gold: {
        people: [
          hamid,
          suleiman,
          wani,
          ansahBoateng,
          sirelkhatim,
          { name: "Hamdan Babikir", aliases: ["Sheikh Hamdan Babikir"] },
          { name: "Adam Hussein Dafallah" },
        ],
        talksDate: goldDay("2026-02-12"),
        quantities: [hours(3, null, { minExclusive: true }), points(11)],
        terms: [dmz],
      },
    },
    {
      id: "sudan-ssd-juba-frontline",
      title: "South Sudan, Sudan discuss Abyei and oil in Addis Ababa",
      source: "Juba Frontline Radio",
      publishedAt: "2026-02-12",
      body: paragraphs(
        "JUBA — South Sudan and Sudan held talks at the African Union headquarters in Addis Ababa on Wednesday, February 11, on the future of the Abyei area and the flow of South Sudanese oil through Sudan.",
        "South Sudan's delegation was led by Bol Ajang Kuol, with Lual Mayen Atem, chief administrator of the Abyei Administrative Area, alongside him. Khartoum's negotiators were headed by Osman Babiker Hamid.",
        "AU mediator Joseph Ansah-Boateng presented a nine-point framework during a four-hour session. Among its provisions is a humanitarian corridor for refugees crossing into South Sudan at Joda, near Renk, and a demilitarised zone along the border that both armies would have to respect.",
        '"Abyei is not for sale, and it is not a bargaining chip for oil fees," Atem told Frontline by telephone from Addis Ababa. "Our people have waited since 2005 for the referendum they were promised."',
        'In Juba, Information Minister Gatluak Ruot Nyang said the government was "cautiously optimistic" and that the delegation would report to the cabinet on its return.',
        "More than one million people have crossed into South Sudan from Sudan since April 2023, according to the UN refugee agency, most of them through Joda. Aid workers in Renk say the transit centre there, built for 3,000 people, is holding several times that number.",
        "Oil production has become a daily worry for ordinary South Sudanese. Civil servants in several states have gone unpaid for months since the pipeline damage cut exports, and the South Sudanese pound has lost more than half its value against the dollar.",
        "The Ngok Dinka community in Abyei town greeted the news with caution. Residents told Frontline they wanted the joint monitors back on the roads before the dry-season migration of Misseriya cattle herders brings the two communities into contact again.",
        "The delegation is expected back in Juba at the weekend.",
      ),
      gold: {
        people: [kuol, atem, hamid, ansahBoateng, nyang],
        talksDate: goldDay("2026-02-11"),
        quantities: [hours(4, 4), points(9)],
        terms: [corridor, dmz],
      },
    },
    {
      id: "sudan-ssd-continental",
      title: "Sudan, South Sudan hold AU-mediated talks on Abyei",
      source: "Continental Newswire",
      publishedAt: null,
      body: paragraphs(
        "Sudan and South Sudan held African Union-mediated talks in the Ethiopian capital on Thursday on the disputed Abyei region and the transit of South Sudanese oil, agreeing on a nine-point framework to guide further negotiations.",
        "Bol Ajang Kuol, who led South Sudan's delegation, was accompanied by Achol Deng Manyang of the petroleum ministry. Osman Babiker Hamid, heading the Sudanese side, was joined by oil ministry undersecretary Ibrahim Fadlallah Omer.",
        "The talks, which lasted nearly four hours, were chaired by Joseph Ansah-Boateng, the head of the AU High-Level Implementation Panel, and Fatuma Kibet of the AU Commission. There were no American officials at the talks.",
        'In a statement issued in Washington, State Department spokesman Daniel Frye said the United States "stands ready to support" the implementation of any agreement and called on both governments to allow aid agencies unhindered access to Abyei.',
        "The framework provides for a demilitarised zone along the border and a humanitarian corridor for refugees fleeing Sudan's civil war, diplomats said. Details on transit fees were left to a technical committee.",
        "About 200,000 people live in the Abyei area, according to UN estimates, and the region has seen repeated deadly clashes between Ngok Dinka and Twic Dinka communities since 2022.",
        "South Sudan's oil exports have fallen sharply since a rupture in the pipeline through Sudan, cutting the government's revenue and delaying salaries. Sudan, which collects transit fees on every barrel, has also lost income.",
        "Both delegations left Addis Ababa without speaking to reporters. A diplomat briefed on the talks said the atmosphere had been businesslike, and that the mediators hoped to bring the two sides back within weeks, while the dry-season movement of Misseriya cattle through Abyei is at its height.",
        "No date was set for the next round.",
      ),
      gold: {
        people: [kuol, manyang, hamid, omer, ansahBoateng, kibet, frye],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [hours(4, 4), points(9)],
        terms: [dmz, corridor],
      },
    },
  ],
};
