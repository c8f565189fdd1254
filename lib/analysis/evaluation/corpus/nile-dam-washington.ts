import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Ministerial talks between Egypt, Ethiopia and Sudan on rules for filling and operating the Grand
 * Ethiopian Renaissance Dam, held at the US Treasury in Washington on Tuesday, November 10, 2026,
 * chaired by the deputy Treasury secretary with a State Department official at his side and a
 * World Bank vice president observing. The session lasted about nine hours. Everyone counts a
 * 13-point American draft except the Horn Tribune in Addis Ababa, which reports a 10-point text.
 */

const soliman: GoldPerson = {
  name: "Ashraf Fawzy Soliman",
  aliases: ["Soliman"],
  side: "egypt",
  delegation: "egypt",
};
const elGamal: GoldPerson = { name: "Dina Raafat El-Gamal", side: "egypt", delegation: "egypt" };
const hegazy: GoldPerson = { name: "Karim Youssef Hegazy", side: "egypt", delegation: "egypt" };
const habtamu: GoldPerson = {
  name: "Habtamu Gebremedhin",
  aliases: ["Habtamu", "Dr. Habtamu"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const meskerem: GoldPerson = {
  name: "Meskerem Tadesse",
  aliases: ["Meskerem", "Ambassador Meskerem"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const yonas: GoldPerson = {
  name: "Yonas Berhe Woldemichael",
  aliases: ["Yonas"],
  side: "ethiopia",
  delegation: "ethiopia",
};
const elTayeb: GoldPerson = {
  name: "Osman Babiker El-Tayeb",
  aliases: ["El-Tayeb"],
  side: "sudan",
  delegation: "sudan",
};
const rania: GoldPerson = { name: "Rania Abdelrahim Hamid", side: "sudan", delegation: "sudan" };
const whitlock: GoldPerson = { name: "Graham Whitlock", aliases: ["Whitlock"], side: "us", delegation: "us" };
const castellanos: GoldPerson = { name: "Renée Castellanos", side: "us", delegation: "us" };
const vasquezLund: GoldPerson = {
  name: "Ingrid Vasquez-Lund",
  side: "world-bank",
  delegation: "world-bank",
};
const mansour: GoldPerson = { name: "Ahmed Khairy Mansour", side: "egypt" };
const tsion: GoldPerson = { name: "Tsion Alemayehu", aliases: ["Tsion"], side: "ethiopia" };
const osgood: GoldPerson = { name: "Bradley Osgood", side: "us" };

const tuesday = goldDay("2026-11-10");
const duration = (min: number, max: number | null) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");

export const NILE_DAM_WASHINGTON: GoldCluster = {
  id: "nile-dam-washington",
  title: "Egypt, Ethiopia and Sudan talks on the Grand Ethiopian Renaissance Dam in Washington",
  sides: {
    ethiopia: ["ethiopia", "ethiopian", "addis-ababa"],
    sudan: ["sudan", "sudanese", "port-sudan", "khartoum"],
    "world-bank": ["world-bank", "worldbank"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "egypt" },
    { delegation: "ethiopia" },
    { delegation: "sudan" },
    { delegation: "us" },
    { delegation: "world-bank" },
  ],
  articles: [
    {
      id: "nile-global-dispatch",
      title: "Nile states resume dam talks at US Treasury, no deal on drought rules",
      source: "Global Dispatch Wire",
      publishedAt: "2026-11-10",
      body: paragraphs(
        "WASHINGTON, Nov 10 (GDW) — Egypt, Ethiopia and Sudan resumed negotiations over the Grand Ethiopian Renaissance Dam at the US Treasury on Tuesday, with American mediators pressing the three governments to agree binding rules for how the giant reservoir on the Blue Nile is filled and operated in years of drought.",
        "The talks brought together Egypt's minister of water resources and irrigation, Ashraf Fawzy Soliman, Ethiopia's minister of water and energy, Habtamu Gebremedhin, and Sudan's irrigation minister, Osman Babiker El-Tayeb, for the first three-way meeting at ministerial level in more than two years.",
        "The American delegation, headed by Deputy Treasury Secretary Graham Whitlock, chaired the session. Ingrid Vasquez-Lund, a World Bank vice president, attended as an observer, a role the bank first played in the Washington process that collapsed in February 2020.",
        "The session ran for about nine hours, officials said. Negotiators worked from a 13-point draft prepared by US and World Bank technical staff, which sets out how much water Ethiopia would release downstream when the Blue Nile's annual flow falls below 35 billion cubic metres, and how the three countries would settle disputes over its operation.",
        '"Nobody in this room expected to finish today," Whitlock told reporters as he left the building shortly before 7 p.m. "But for the first time in a long while, all three countries are working from the same piece of paper."',
        "Ethiopia inaugurated the dam, Africa's largest hydropower project with an installed capacity of more than 5,000 megawatts, in September 2025 and completed the filling of its reservoir without a deal with its neighbours. Egypt, which relies on the Nile for about 97 percent of its fresh water, says a binding agreement is still needed to protect it during prolonged dry spells.",
        'In Cairo, foreign ministry spokesman Ahmed Khairy Mansour said Egypt wanted "a legally binding text, not a set of guidelines." In Addis Ababa, government spokesperson Tsion Alemayehu said Ethiopia would not accept "any arrangement that turns a sovereign project into a shared one."',
        'Sudan, whose Roseires Dam sits roughly 100 kilometres downstream of the Ethiopian structure, has asked for daily data on releases. El-Tayeb told reporters his delegation was "closer to both sides than either of them thinks."',
        "The ministers are due to meet again in Washington in early December, according to a Treasury statement.",
      ),
      gold: {
        people: [soliman, habtamu, elTayeb, whitlock, vasquezLund, mansour, tsion],
        talksDate: tuesday,
        quantities: [duration(9, 9), points(13)],
        terms: [],
      },
    },
    {
      id: "nile-valley-gazette",
      title: "Cairo's team holds out for binding drought clause after long day in Washington",
      source: "Nile Valley Gazette",
      publishedAt: "2026-11-11",
      body: paragraphs(
        "CAIRO — Egypt's negotiators left the US Treasury late Tuesday after more than eight hours of talks on the Grand Ethiopian Renaissance Dam, with officials saying the gap with Addis Ababa over how much water must flow downstream in dry years remained wide.",
        "The Egyptian delegation comprised Ashraf Fawzy Soliman, the minister of water resources and irrigation; Ambassador Dina Raafat El-Gamal, assistant foreign minister for Nile affairs; and Karim Youssef Hegazy, head of the ministry's Nile Water Sector, who has followed the file since the Declaration of Principles was signed in Khartoum in 2015.",
        "Across the table sat Ethiopia's water and energy minister, Habtamu Gebremedhin, and his chief negotiator, Ambassador Meskerem Tadesse. Sudan's irrigation minister, Osman Babiker El-Tayeb, completed the three-way format.",
        "Deputy Treasury Secretary Graham Whitlock chaired the meeting, flanked by Renée Castellanos, the State Department's acting assistant secretary for African affairs. Ingrid Vasquez-Lund, a vice president of the World Bank, followed the proceedings as an observer.",
        "According to a member of the delegation, the 13-point American draft goes further than any earlier text in defining a prolonged drought, set at four consecutive years in which the Blue Nile's flow falls below 37 billion cubic metres, and in obliging Ethiopia to release stored water during such periods. Cairo's main objection is to the final clause, which leaves disputes to consultation between the parties rather than binding arbitration.",
        "Mr. Soliman has told colleagues that Egypt will not accept a text that allows one country to decide on its own when a drought has begun, the delegation member said.",
        '"Washington has given this process something the African Union never could: a deadline and a pen," said Yara El-Naggar, a researcher at the Al-Ahram Center for Political and Strategic Studies. "The risk is that Addis Ababa sees the pen as belonging to Cairo."',
        "Egypt receives 55.5 billion cubic metres of Nile water a year under a 1959 agreement with Sudan that Ethiopia does not recognise, and the country's population passed 108 million this year.",
        'In Kafr el-Sheikh, in the northern Delta, rice farmer Mahmoud Abdel-Aal, 58, said the canal that feeds his four feddans ran dry for 11 days in August. "They talk in Washington," he said, "and we wait for the water."',
        "The delegation is expected back in Cairo on Thursday. Diplomats said a second round has been pencilled in for early December.",
      ),
      gold: {
        people: [
          soliman,
          elGamal,
          hegazy,
          habtamu,
          meskerem,
          elTayeb,
          whitlock,
          castellanos,
          vasquezLund,
          { name: "Yara El-Naggar" },
          { name: "Mahmoud Abdel-Aal" },
        ],
        talksDate: tuesday,
        quantities: [goldQuantity("meeting.duration", 8, null, "hour", { minExclusive: true }), points(13)],
        terms: [],
      },
    },
    {
      id: "nile-horn-tribune",
      title: "Ethiopia stands firm on dam sovereignty in Washington round",
      source: "The Horn Tribune",
      publishedAt: "2026-11-12",
      body: paragraphs(
        "ADDIS ABABA — Ethiopia held its ground in Washington this week, refusing any clause that would place the operation of the Grand Ethiopian Renaissance Dam under a downstream veto, according to members of the negotiating team who returned home on Thursday.",
        "The team was led by Dr. Habtamu Gebremedhin, the Minister of Water and Energy. Dr. Habtamu, flanked by chief negotiator Ambassador Meskerem Tadesse, was joined by Yonas Berhe Woldemichael, a senior dam engineer at Ethiopian Electric Power who presented flow records from the past seven rainy seasons.",
        "Tuesday's session at the US Treasury Department lasted roughly nine hours. The American side, represented by Deputy Treasury Secretary Graham Whitlock, circulated a 10-point draft on filling and annual operation, drawn up with technical staff from the World Bank.",
        "Ethiopian officials say the document is an improvement on the text Washington put forward in 2020, which Addis Ababa refused to initial. But they object to its drought provisions, which would require the dam to release a fixed volume of water whatever the level of the reservoir.",
        "Egypt was represented at the table by its irrigation minister, Ashraf Fawzy Soliman, and Sudan by Osman Babiker El-Tayeb, whose government has at times sided with Cairo and at times with Addis Ababa.",
        '"We will share data, we will share information, we will even share electricity," Ambassador Meskerem told the Tribune. "We will not share sovereignty."',
        '"The engineers who built this dam, people like the late Tesfaye Berhanu, designed it to release water. A turbine that does not turn earns nothing," said Dawit Hailemariam, a hydrologist at Addis Ababa University. "Egypt\'s fear of a dam that holds water back misunderstands what a hydropower dam is for."',
        "The dam's 13 turbines give it a capacity of 5,150 megawatts, and its reservoir holds 74 billion cubic metres when full. Construction cost about $4.8 billion, much of it raised from Ethiopian taxpayers and bond purchases. Nearly half of the country's 130 million people still have no connection to the grid.",
        'Government spokesperson Tsion Alemayehu said on Wednesday that Ethiopia remained "committed to a win-win outcome that respects the rights of all three peoples."',
      ),
      gold: {
        people: [habtamu, meskerem, yonas, whitlock, soliman, elTayeb, { name: "Dawit Hailemariam" }, tsion],
        talksDate: tuesday,
        quantities: [duration(9, 9), points(10)],
        terms: [],
      },
    },
    {
      id: "nile-intercontinental-financial",
      title: "Nile dam talks end without deal, leaving power-export plans in limbo",
      source: "Intercontinental Financial Wire",
      publishedAt: null,
      body: paragraphs(
        "Ethiopia, Egypt and Sudan ended a day of negotiations at the US Treasury on Tuesday without agreeing on rules for operating the Grand Ethiopian Renaissance Dam, a setback for Addis Ababa's plans to sell more of the plant's electricity abroad and for investors eyeing new regional transmission lines.",
        "The meeting lasted nearly nine hours. Treasury officials under Deputy Secretary Graham Whitlock chaired, and a State Department team led by Renée Castellanos, the acting assistant secretary for African affairs, sat alongside them. The World Bank, which would finance much of any cross-border grid, was represented by Ingrid Vasquez-Lund, its vice president for sustainable development, as an observer.",
        "Ethiopia's Minister of Water and Energy Habtamu Gebremedhin faced Egyptian Irrigation Minister Ashraf Fawzy Soliman. Sudan's Osman Babiker El-Tayeb brought with him Rania Abdelrahim Hamid, a dam-safety engineer who ran the Roseires reservoir for a decade. She told reporters that Sudan needed release schedules \"days, not hours\" in advance to keep its own turbines and irrigation canals working.",
        "Negotiators worked through a 13-point draft covering annual filling, releases in drought years, data sharing and the settlement of disputes.",
        "For Ethiopia, the stakes are partly financial. The country earns more than $90 million a year selling power to Djibouti and Sudan, and a 500-kilovolt line to Kenya is only partly used. Ethiopia has been restructuring its external debt since it missed a Eurobond payment in December 2023, and officials have told creditors that power exports are central to their recovery plan.",
        '"Lenders want predictability above all," said Fiona Marsh, an associate fellow at Chatham House. "An agreed operating rule is worth more to Ethiopia\'s credit story than another turbine."',
        "Egypt, meanwhile, is dealing with a slump in Suez Canal revenue and a pound that was sharply devalued in March 2024. A deal that guaranteed minimum flows would remove one risk that ratings agencies regularly cite.",
        'Treasury spokesman Bradley Osgood said in a statement that the department was "encouraged by the seriousness of all three delegations" and would host technical working groups before the ministers meet again.',
        "No date for the next ministerial round was announced.",
      ),
      gold: {
        people: [
          whitlock,
          castellanos,
          vasquezLund,
          habtamu,
          soliman,
          elTayeb,
          rania,
          { name: "Fiona Marsh" },
          osgood,
        ],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [duration(9, 9), points(13)],
        terms: [],
      },
    },
    {
      id: "nile-lnb-explainer",
      title: "Explained: what is at stake in the Nile dam talks in Washington",
      source: "Levant & Nile Broadcasting",
      publishedAt: "2026-11-13",
      body: paragraphs(
        "Ministers from the three Nile countries sat down in Washington this week to try again to settle one of Africa's longest-running water disputes. Here is what you need to know.",
        "What happened? On November 10, delegations from Egypt, Ethiopia and Sudan met at the US Treasury for talks on how the Grand Ethiopian Renaissance Dam should be filled and run. The talks lasted nine hours, from mid-morning into the evening, and ended without agreement.",
        "Who was in the room? Egypt sent its irrigation minister, Ashraf Fawzy Soliman. Ethiopia's team was headed by Water and Energy Minister Habtamu Gebremedhin, and Sudan's by Irrigation Minister Osman Babiker El-Tayeb, who brought along dam-safety engineer Rania Abdelrahim Hamid. The host was Washington's mediator, Deputy Treasury Secretary Graham Whitlock.",
        "Alongside the three delegations sat an observer from the World Bank, Vice President Ingrid Vasquez-Lund. She has worked on Nile basin projects since the early 2000s and is one of the few officials trusted by all three capitals.",
        "What is being negotiated? A draft of 13 points written by American and World Bank experts. Its core is a formula for how much water the dam must let through when rainfall in the Ethiopian highlands is low, plus rules for sharing data and resolving disputes.",
        "Why does it matter? The Blue Nile supplies most of the water that reaches Egypt, where more than 100 million people depend on the river. Ethiopia says the dam, begun in 2011, is vital to lift millions out of poverty. Sudan stands to gain from steadier flows but worries about the safety of its own dams if releases are not coordinated.",
        "Why Washington? The United States and the World Bank tried to broker a deal in 2019 and 2020. That effort collapsed when Ethiopia skipped the final session. Talks under African Union auspices followed but ended in December 2023 without result.",
        'What do the governments say? Egypt\'s foreign ministry spokesman, Ahmed Khairy Mansour, called for "a legally binding text." Ethiopia\'s government spokesperson, Tsion Alemayehu, said her country would not let others "hold a veto over Ethiopian development."',
        "What next? Technical teams will continue working in Washington, and the ministers are expected back in early December.",
      ),
      gold: {
        people: [soliman, habtamu, elTayeb, rania, whitlock, vasquezLund, mansour, tsion],
        talksDate: tuesday,
        quantities: [duration(9, 9), points(13)],
        terms: [],
      },
    },
  ],
};
