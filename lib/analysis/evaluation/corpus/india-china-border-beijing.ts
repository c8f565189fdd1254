import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson, type GoldTerm } from "../gold";

/*
 * The 25th round of the India-China Special Representatives' talks on the boundary question, held
 * in Beijing on Tuesday, September 15, 2026, for about six hours, with corps-commander-level
 * officers (14 Corps, South Xinjiang Military District) in both teams. Asia Pacific Broadcasting
 * dates the round to Monday, September 14; the South Asia Policy Review counts ten points in the
 * joint statement where the other outlets count six.
 */

const raghunathan: GoldPerson = { name: "Arvind Raghunathan", side: "india", delegation: "india" };
const bains: GoldPerson = { name: "Harpreet Singh Bains", side: "india", delegation: "india" };
const sethi: GoldPerson = { name: "Gaurav Sethi", side: "india", delegation: "india" };
const venkataraman: GoldPerson = { name: "Pradeep Venkataraman", side: "india", delegation: "india" };
const zhao: GoldPerson = {
  name: "Zhao Qiming",
  aliases: ["Zhao", "Mr Zhao"],
  side: "china",
  delegation: "china",
};
const liang: GoldPerson = { name: "Liang Haoran", aliases: ["Liang"], side: "china", delegation: "china" };
const xu: GoldPerson = { name: "Xu Jianhua", aliases: ["Xu"], side: "china", delegation: "china" };
const tan: GoldPerson = {
  name: "Tan Yuxiang",
  aliases: ["Tan", "General Tan"],
  side: "china",
  delegation: "china",
};
const bhatnagar: GoldPerson = { name: "Anirudh Bhatnagar", side: "india" };
const maLirong: GoldPerson = { name: "Ma Lirong", aliases: ["Ma"], side: "china" };

const tuesday = goldDay("2026-09-15");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const bufferZones: GoldTerm = { term: "demilitarized-zone", stance: "mentioned" };

export const INDIA_CHINA_BEIJING: GoldCluster = {
  id: "india-china-border-beijing",
  title: "India-China Special Representatives' border talks in Beijing",
  sides: {
    india: ["india", "indian", "new-delhi", "delhi"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [{ slot: "meeting.duration" }, { delegation: "india" }, { delegation: "china" }],
  articles: [
    {
      id: "india-china-asiawire",
      title: "India, China hold special representatives' border talks in Beijing",
      source: "AsiaWire",
      publishedAt: null,
      body: paragraphs(
        "India and China held a fresh round of talks on their disputed Himalayan border in Beijing on September 15, agreeing to expand trade through mountain passes and to keep their militaries talking, but announcing no breakthrough on the deeper question of where the boundary lies.",
        "The talks, the 25th round under the Special Representatives mechanism set up in 2003, went on for more than five hours at the Diaoyutai State Guesthouse. The two sides then issued a six-point joint statement.",
        "Arvind Raghunathan, India's national security adviser and its special representative on the boundary question, led the Indian side. The Chinese delegation, headed by Zhao Qiming, director of the Communist Party's foreign affairs commission office, included Maj. Gen. Tan Yuxiang, commander of the South Xinjiang Military District, whose troops face Indian forces in eastern Ladakh.",
        "Unusually for the Special Representatives' format, which is normally a diplomatic affair, Raghunathan brought a serving corps commander to the table: Lt. Gen. Harpreet Singh Bains, who commands the army's 14 Corps in Leh.",
        'The joint statement committed both sides to "maintain peace and tranquillity" along the Line of Actual Control, resume border trade through the Lipulekh, Shipki La and Nathu La passes, and hold the next round in India in 2027. It did not mention the demilitarised buffer zones created after the 2020 clashes, where neither army patrols.',
        '"The two sides agreed that the boundary question should not define the overall relationship," Chinese foreign ministry spokeswoman Ma Lirong told a regular news conference in Beijing later the same day.',
        'In New Delhi, foreign ministry spokesman Anirudh Bhatnagar said the talks had been "candid and forward-looking" and that India would continue to press for the restoration of patrolling rights in all friction areas.',
        "Relations between the nuclear-armed neighbours collapsed after a clash in the Galwan Valley in June 2020 killed 20 Indian soldiers and at least four Chinese troops. A disengagement agreement in October 2024 began a slow thaw, and direct flights resumed in 2025.",
        "The two countries share a 3,488-kilometre frontier, according to India. Each side still keeps an estimated 50,000 to 60,000 troops deployed along it.",
      ),
      gold: {
        people: [raghunathan, zhao, tan, bains, maLirong, bhatnagar],
        talksDate: { start: null, end: null, parts: { month: 9, day: 15 } },
        quantities: [hours(5, null, { minExclusive: true }), points(6)],
        terms: [bufferZones],
      },
    },
    {
      id: "india-china-ladakh-herald",
      title: "Fire and Fury chief at the table as NSA holds border talks in Beijing",
      source: "Ladakh Herald",
      publishedAt: "2026-09-16",
      body: paragraphs(
        "LEH — For the first time in the two-decade history of the Special Representatives' talks, the officer who commands the troops facing China in eastern Ladakh sat at the table in Beijing on Tuesday.",
        "Lt Gen Harpreet Singh Bains, the General Officer Commanding of the Leh-based 14 Corps, known as the Fire and Fury Corps, was part of an Indian team that comprised National Security Adviser Arvind Raghunathan, Joint Secretary (East Asia) Gaurav Sethi and Ambassador Pradeep Venkataraman. Opposite them sat Zhao Qiming, China's special representative, and his military adviser for the round, Maj Gen Tan Yuxiang, who commands the South Xinjiang Military District.",
        'General Bains and General Tan have met at least four times before, at the corps commander-level talks held at Chushul-Moldo since 2020. Officers here say the two men know each other\'s maps "line by line."',
        'The talks lasted about six hours. The six-point joint statement that followed speaks of "early harvest" measures, including the resumption of border trade and pilgrimages, but people in Ladakh were looking for something more local.',
        '"Our graziers have not been able to take their herds to the winter pastures near Demchok for five years," said Tsering Angchuk, a councillor from Chushul. "Every round of talks, we hope that one line will be about us."',
        "The demilitarised buffer zones agreed after the 2020 standoff at Galwan, Pangong Tso and Gogra-Hot Springs have kept soldiers apart but have also closed off land that herders used for generations. Of the six points, none mentions them by name.",
        'Retired Lt Gen Deepak Rawat, who commanded 14 Corps in 2021-22, said Bains\'s presence showed New Delhi wanted the military to "own" whatever comes out of the process. "In the past, the diplomats agreed and the army implemented. That has changed," he said.',
        "Temperatures in the high passes have already dropped below minus 10 degrees at night, and the army is completing its winter stocking of forward posts, a task involving some 400 truck convoys a week along the Manali-Leh and Srinagar-Leh highways.",
        "The next round of the Special Representatives' talks will be held in India.",
      ),
      gold: {
        people: [
          bains,
          raghunathan,
          sethi,
          venkataraman,
          zhao,
          tan,
          { name: "Tsering Angchuk" },
          { name: "Deepak Rawat" },
        ],
        talksDate: tuesday,
        quantities: [hours(6, 6), points(6)],
        terms: [bufferZones],
      },
    },
    {
      id: "india-china-policy-review",
      title: "Analysis: The Beijing border talks settled little, and that may be the point",
      source: "South Asia Policy Review",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "Read the joint statement from Tuesday's Special Representatives' meeting in Beijing and you will find ten points, most of them familiar. Peace and tranquillity on the border. Early harvest. Trans-border rivers. Pilgrimages. The next round in India. What you will not find is any hint that either government is ready to talk about where the line actually runs.",
        "That is not a failure. It reflects a shift in how both capitals now approach the question.",
        "Consider who was in the room. India's national security adviser, Arvind Raghunathan, led a delegation that included, unusually, a serving corps commander, Lt Gen Harpreet Singh Bains of 14 Corps. China mirrored the move: Zhao Qiming, the veteran diplomat who serves as Beijing's special representative, was accompanied not only by Vice Foreign Minister Liang Haoran and Xu Jianhua, the foreign ministry's director-general for boundary and ocean affairs, but by Maj Gen Tan Yuxiang, whose South Xinjiang Military District faces Bains's troops across the Line of Actual Control.",
        "Putting the generals in the same six-hour session as the diplomats means the process is being run as crisis management, not boundary-making. The aim is to stop the next Galwan, not to draw the final map.",
        '"The special representatives were created to find a political settlement. They have become a very senior hotline," said Tanvi Kohli, a senior fellow at the Observer Research Foundation in New Delhi. "That is useful, but it is not what was intended in 2003."',
        "The demilitarised buffer zones that both armies accepted after 2020 are the clearest example. They were meant to be temporary. Nobody in Beijing on Tuesday proposed dismantling them, and Indian officials privately concede they may last for years.",
        'Washington is watching. At her briefing in Washington on Wednesday, State Department spokesperson Kendra Oyelaran said the United States "supports direct dialogue between India and China to reduce tensions," a carefully bland line that reflects American interest in a stable India as a counterweight to China.',
        "Trade tells its own story. Bilateral trade reached roughly $128 billion last year, with India running a deficit of close to $100 billion, and New Delhi has quietly eased some restrictions on Chinese investment in electronics manufacturing since 2025.",
        "None of this means the dispute is closer to resolution. But the format has found a purpose, and for two nuclear-armed neighbours with more than 100,000 troops along a disputed frontier, a working hotline is not nothing.",
      ),
      gold: {
        people: [
          raghunathan,
          bains,
          zhao,
          liang,
          xu,
          tan,
          { name: "Tanvi Kohli" },
          { name: "Kendra Oyelaran", side: "us" },
        ],
        talksDate: tuesday,
        quantities: [points(10), hours(6, 6)],
        terms: [bufferZones],
      },
    },
    {
      id: "india-china-newsline-live",
      title: "India-China SR talks in Beijing: live updates",
      source: "NewsLine 24",
      publishedAt: "2026-09-15",
      body: paragraphs(
        "07:02 IST: Good morning and welcome to our live coverage of the Special Representatives' talks on the India-China boundary question, which begin shortly at the Diaoyutai State Guesthouse in Beijing.",
        "07:10 IST: NSA Arvind Raghunathan has arrived. He is joined by Lt Gen Harpreet Singh Bains, the 14 Corps commander, and Joint Secretary Gaurav Sethi, who heads the East Asia division in the external affairs ministry.",
        "07:18 IST: On the Chinese side: Special Representative Zhao Qiming, with Vice Foreign Minister Liang Haoran and a corps commander-level PLA officer, Maj Gen Tan Yuxiang of the South Xinjiang Military District.",
        "07:35 IST: Talks under way. Sources say both sides will review the implementation of the October 2024 disengagement agreement and discuss de-escalation, meaning a pullback of the roughly 50,000 troops each side keeps in the area.",
        '10:05 IST: MEA spokesperson Anirudh Bhatnagar, at his weekly briefing in New Delhi, declines to comment on the talks while they are in progress but says India\'s position on restoring patrolling "is well known."',
        "11:40 IST: Our Beijing correspondent reports that a joint statement is being drafted. Indian officials have pushed for language on the buffer zones, the demilitarised strips created at friction points after 2020.",
        "12:58 IST: The talks are over after nearly six hours.",
        "13:20 IST: The joint statement is out. Six points: maintain peace and tranquillity on the LAC; expand border trade at three passes; resume data sharing on trans-border rivers; expand the Kailash Mansarovar Yatra; work for an early harvest in the Sikkim sector; and meet again in India next year.",
        '13:45 IST: Chinese foreign ministry spokeswoman Ma Lirong, speaking at the regular briefing in Beijing, says the talks were "positive and constructive" and the two sides agreed to "properly handle" differences.',
        '14:10 IST: Former foreign secretary Shyam Rao Deshpande tells NewsLine 24: "Six hours, six points. It is steady, not dramatic. After 2020 we should be grateful for steady."',
        "14:30 IST: That's where we end our live coverage for today. Thank you for following along.",
      ),
      gold: {
        people: [
          raghunathan,
          bains,
          sethi,
          zhao,
          liang,
          tan,
          bhatnagar,
          maLirong,
          { name: "Shyam Rao Deshpande" },
        ],
        talksDate: tuesday,
        quantities: [hours(6, 6), points(6)],
        terms: [bufferZones],
      },
    },
    {
      id: "india-china-apb",
      title: "India and China commit to 'peace and tranquillity' after Beijing border talks",
      source: "Asia Pacific Broadcasting",
      publishedAt: "2026-09-16",
      body: paragraphs(
        "India and China have promised to keep their disputed border calm and expand trade, after high-level talks in Beijing on Monday.",
        "The meeting brought together India's national security adviser Arvind Raghunathan and Zhao Qiming, the senior Chinese diplomat who represents Beijing on the boundary question. Mr Raghunathan's team also included the commander of the Indian Army's 14 Corps, Lt Gen Harpreet Singh Bains, and India's ambassador to China, Pradeep Venkataraman.",
        "Mr Zhao, for his part, brought Xu Jianhua, who oversees boundary affairs at the foreign ministry, and a senior PLA officer, Maj Gen Tan Yuxiang. Military officers of that rank have until now mostly met in separate corps commander-level talks at border points in Ladakh.",
        'The talks went on for some six hours. In a six-point joint statement, the two sides agreed to maintain "peace and tranquillity" along the Line of Actual Control and to resume trade through three mountain passes.',
        "The statement avoided the most contentious issues, including the buffer zones where neither side's troops patrol.",
        '"These talks are about managing the dispute, not solving it," said Lin Shuwen, a South Asia specialist at the China Institutes of Contemporary International Relations in Beijing. "For now, that suits both governments."',
        "In New Delhi, Indian officials said they hoped for progress on restoring grazing access for herders in eastern Ladakh, which has been restricted since the 2020 standoff.",
        "India and China fought a brief war in 1962 and have never agreed on the exact line of their 3,488 km frontier. Clashes in the Galwan Valley in June 2020 left 20 Indian soldiers dead, along with four Chinese soldiers according to Beijing's own figures.",
        "Since a breakthrough agreement in October 2024, relations have steadily improved. Direct flights between the two countries resumed last year and Chinese visitors are again being issued Indian tourist visas.",
        "The two sides will meet again in India next year.",
      ),
      gold: {
        people: [raghunathan, zhao, bains, venkataraman, xu, tan, { name: "Lin Shuwen", aliases: ["Lin"] }],
        talksDate: goldDay("2026-09-14"),
        quantities: [hours(6, 6), points(6)],
        terms: [bufferZones],
      },
    },
  ],
};
