import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson, type GoldTerm } from "../gold";

/*
 * Talks between the foreign ministers of the Democratic Republic of the Congo and Rwanda at the
 * State Department in Washington on Thursday, April 16, 2026, on a regional economic framework,
 * chaired by the US deputy secretary of state with Qatar and the African Union observing. The
 * Kinshasa Observer puts a different US official (an under secretary) in the chair, and EABN
 * gives the framework 11 points where everyone else counts 14.
 */

const lukusa: GoldPerson = { name: "Clémentine Lukusa", side: "drc", delegation: "drc" };
const mwamba: GoldPerson = { name: "Patrick Mwamba", side: "drc", delegation: "drc" };
const kasongo: GoldPerson = { name: "Serge Kasongo-Tshiala", side: "drc", delegation: "drc" };
const karangwa: GoldPerson = { name: "Jean-Bosco Karangwa", side: "rwanda", delegation: "rwanda" };
const uwase: GoldPerson = { name: "Aline Uwase", side: "rwanda", delegation: "rwanda" };
const ndahayo: GoldPerson = { name: "Eric Ndahayo", side: "rwanda", delegation: "rwanda" };
const ashdown: GoldPerson = { name: "Caroline Ashdown", side: "us", delegation: "us" };
const merriman: GoldPerson = { name: "Dwight Merriman", side: "us", delegation: "us" };
const redfield: GoldPerson = { name: "Thomas Redfield", side: "us", delegation: "us" };
const mansouri: GoldPerson = {
  name: "Khalid bin Rashid Al-Mansouri",
  aliases: ["Sheikh Khalid"],
  side: "qatar",
  delegation: "qatar",
};
const dialloSesay: GoldPerson = { name: "Amina Diallo-Sesay", side: "au", delegation: "au" };
const calloway: GoldPerson = { name: "Brent Calloway", side: "us" };
const lokondo: GoldPerson = { name: "Didier Lokondo", side: "drc" };
const mbalaKasongo: GoldPerson = { name: "Gérard Mbala-Kasongo", side: "drc" };
const mukamana: GoldPerson = { name: "Yvonne Mukamana", side: "rwanda" };
const bizimana: GoldPerson = { name: "Théoneste Bizimana", side: "rwanda" };

const thursday = goldDay("2026-04-16");
const duration = (min: number, max: number | null) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefireMentioned: GoldTerm = { term: "ceasefire", stance: "mentioned" };

export const DRC_RWANDA_WASHINGTON: GoldCluster = {
  id: "drc-rwanda-washington",
  title: "DRC and Rwanda talks on a regional economic framework in Washington",
  sides: {
    drc: [
      "drc",
      "dr-congo",
      "congo",
      "congolese",
      "democratic-republic-of-the-congo",
      "democratic-republic-of-congo",
      "kinshasa",
    ],
    rwanda: ["rwanda", "rwandan", "kigali"],
  },
  contradict: [{ slot: "plan.size" }, { delegation: "us" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "drc" },
    { delegation: "rwanda" },
    { delegation: "qatar" },
    { delegation: "au" },
  ],
  articles: [
    {
      id: "drc-rwanda-capitalwire",
      title: "Congo, Rwanda ministers haggle over minerals plan at State Department",
      source: "Capital Wire Service",
      publishedAt: null,
      body: paragraphs(
        "The foreign ministers of the Democratic Republic of the Congo and Rwanda met at the State Department on Thursday to negotiate a regional economic framework that US officials hope will tie the two neighbours' mineral trade together and take the heat out of a war that has displaced more than 7 million people in eastern Congo.",
        "Congolese Foreign Minister Clémentine Lukusa led Kinshasa's delegation, joined by Patrick Mwamba, an economic adviser to the presidency. Across the table sat her Rwandan counterpart, Jean-Bosco Karangwa, alongside Aline Uwase, Rwanda's minister of state for regional cooperation.",
        "Deputy Secretary of State Caroline Ashdown chaired the session, which lasted about five hours, according to two officials briefed on the talks. Dwight Merriman, the department's senior bureau official for African affairs, sat at her side. Qatar, which brokered the ceasefire between Kinshasa and the M23 rebels that has largely held since last year, sent Minister of State Khalid bin Rashid Al-Mansouri as an observer. The African Union was represented by its special envoy for the Great Lakes, Amina Diallo-Sesay.",
        "The draft on the table, a 14-point framework, would set up joint processing of tin, tantalum and gold near the border, a power line fed by methane from Lake Kivu, and a certification scheme meant to keep smuggled minerals out of Western supply chains. Officials said about $2.3 billion in private investment had been pledged on condition that both governments sign.",
        'State Department spokesman Brent Calloway told reporters at the daily briefing that sanctions relief for Rwandan officials "is not on the table today," dampening hopes in Kigali that the framework might open the way to lifting measures imposed on several senior officers.',
        '"We came to talk about roads, power lines and mines, not about who is to blame," Karangwa said as he left the building shortly after 3 p.m.',
        "In Kinshasa, government spokesman Didier Lokondo said the framework could move forward only once Rwandan troops had left Congolese soil, a demand Kigali has long rejected by denying that its soldiers are deployed there.",
        "Thursday's meeting was the first at ministerial level since the two countries signed a peace accord in Washington in June 2025. Fighting has eased since then, but United Nations investigators reported in March that armed groups still control at least 40 mining sites in North and South Kivu.",
        "A second round is expected in Doha before the end of May, officials said.",
      ),
      gold: {
        people: [
          lukusa,
          mwamba,
          karangwa,
          uwase,
          ashdown,
          merriman,
          mansouri,
          dialloSesay,
          calloway,
          lokondo,
        ],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(5, 5), points(14)],
        terms: [ceasefireMentioned, { term: "sanctions-relief", stance: "ruled-out" }],
      },
    },
    {
      id: "drc-rwanda-kinshasa-observer",
      title: "In Washington, Lukusa holds the line on troop withdrawal",
      source: "The Kinshasa Observer",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "KINSHASA — Foreign Minister Clémentine Lukusa went back to the negotiating table in Washington on Thursday with a message for Kigali: there will be no shared mines while foreign troops remain on Congolese soil.",
        "The talks, held at the State Department under the chairmanship of Thomas Redfield, the US under secretary of state for economic affairs, ran for five hours. According to a member of the delegation, Mr. Redfield opened the session by reading out the 14 points of the draft framework one by one before handing the floor to the two ministers.",
        "The Congolese delegation comprised Ms. Lukusa, presidential adviser Patrick Mwamba and Serge Kasongo-Tshiala, the deputy minister of mines, whose portfolio covers the copper and cobalt belt of Haut-Katanga as well as the coltan deposits of the east. Rwanda was represented by Foreign Minister Jean-Bosco Karangwa, who was accompanied by his country's ambassador in Washington, Eric Ndahayo.",
        "Qatar's minister of state, Khalid bin Rashid Al-Mansouri, followed the discussions from the end of the table. Sheikh Khalid, as he is known in the region, has shuttled between Doha, Kinshasa and Goma for the past year.",
        "Our sources say the Congolese side pressed for humanitarian corridors to Goma and Bukavu to be written into the framework, so that food and medicine can reach the two cities without passing through checkpoints held by the M23. The delegation also told the Americans that Kinshasa would oppose any sanctions relief for Rwandan officials while the question of troops remains open.",
        'President Gérard Mbala-Kasongo, speaking on Friday morning in Lubumbashi, backed his minister. "Our minerals are not a reward for aggression. They are the inheritance of 100 million Congolese," he told a crowd of supporters.',
        'In Goma, which the rebels have held since January 2025, the mood was sceptical. "Ask the women of Minova what shared prosperity means; ask Mama Furaha Bahati, who lost three sons," said Justin Kabeya, a coordinator of civil society groups in North Kivu. "Framework is a word for people in air-conditioned rooms."',
        "The price of a sack of flour in Goma has risen by 60 percent since the airport closed, traders said this week.",
        "Officials in Kinshasa said the delegation would be back in the capital on Sunday and would brief the Council of Ministers before any second round.",
      ),
      gold: {
        people: [
          lukusa,
          redfield,
          mwamba,
          kasongo,
          karangwa,
          ndahayo,
          mansouri,
          mbalaKasongo,
          { name: "Justin Kabeya" },
        ],
        talksDate: thursday,
        quantities: [duration(5, 5), points(14)],
        terms: [
          { term: "humanitarian-corridor", stance: "proposed" },
          { term: "sanctions-relief", stance: "ruled-out" },
        ],
      },
    },
    {
      id: "drc-rwanda-meridian",
      title: "Analysis: Washington bets that cobalt can do what ceasefires could not",
      source: "The Meridian Review",
      publishedAt: "2026-04-20",
      body: paragraphs(
        "The meeting last week was Caroline Ashdown's project from the start. The deputy secretary of state, a former trade negotiator who likes to say that supply chains outlast summits, chaired the session herself on April 16, keeping the Congolese and Rwandan foreign ministers in a windowless room on the seventh floor of the Truman Building for five hours.",
        "She had help. Dwight Merriman, who runs the department's Africa bureau in all but title, sat at her elbow and, by several accounts, drafted most of the text the two sides argued over.",
        "That text is a 14-point framework. Its logic is simple: if Congolese ore is processed in plants on both sides of the border, and if the revenue flows through a jointly audited mechanism, then neither government gains from the militias that now tax the mines. The idea is not new. What is new is that Washington has put its own weight, and the promise of American buyers, behind it.",
        "Clémentine Lukusa, Kinshasa's foreign minister, arrived with a brief to give little away. Across from her, Jean-Bosco Karangwa brought his minister of state, Aline Uwase, a former central bank economist who knows the tin and tantalum trade better than most people in either government.",
        'The Rwandans want something the framework does not offer: security guarantees against the FDLR, the militia founded by perpetrators of the 1994 genocide. "Kigali will not trade its border security for a share of a smelter," said Kofi Asante-Darko, a fellow at the Brookings Institution who has advised both governments.',
        'The Congolese, for their part, see in the framework a risk of legitimising Rwanda\'s grip on the mineral trade of the Kivus. Sophie Verhaegen, who follows the region at the Egmont Institute in Brussels, notes that sanctions relief for Rwandan officers is being discussed quietly in Washington, "which Kinshasa will read as a reward."',
        "Two observers in the room matter more than their status suggests. Qatar, represented by Minister of State Khalid bin Rashid Al-Mansouri, still holds the threads of the ceasefire it negotiated with the M23. And the African Union's envoy, Amina Diallo-Sesay, will have to sell whatever emerges to a continent wary of American deals on African minerals.",
        "None of this guarantees success. Chatham House estimates that less than a third of the region's tantalum is traced today. But for the first time in years, the argument is about money rather than guns, and that is progress of a kind.",
      ),
      gold: {
        people: [
          ashdown,
          merriman,
          lukusa,
          karangwa,
          uwase,
          { name: "Kofi Asante-Darko" },
          { name: "Sophie Verhaegen" },
          mansouri,
          dialloSesay,
        ],
        talksDate: thursday,
        quantities: [duration(5, 5), points(14)],
        terms: [
          { term: "security-guarantees", stance: "proposed" },
          { term: "sanctions-relief", stance: "mentioned" },
          ceasefireMentioned,
        ],
      },
    },
    {
      id: "drc-rwanda-potomac-live",
      title: "Live: Congo and Rwanda foreign ministers meet at the State Department",
      source: "Potomac Public Radio",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "9:48 a.m. ET — Good morning. We're outside the State Department's C Street entrance, where the Congolese and Rwandan delegations are due at 10 a.m. for talks on what the administration calls a regional economic integration framework.",
        "10:03 a.m. — The Rwandan motorcade has arrived. Foreign Minister Jean-Bosco Karangwa walked in without stopping for cameras, Minister of State Aline Uwase a step behind him.",
        "10:11 a.m. — Congo's foreign minister, Clémentine Lukusa, stopped briefly to tell reporters her country had come \"in good faith, but with a long memory.\" With her: Patrick Mwamba, the presidency's economic adviser.",
        "10:20 a.m. — The American delegation, headed by Deputy Secretary Caroline Ashdown, will chair. A State Department official tells us Dwight Merriman of the Africa bureau is sitting in as well.",
        "10:34 a.m. — Two observers confirmed: Qatar's minister of state Khalid bin Rashid Al-Mansouri, whose government mediated between Kinshasa and the M23, and Amina Diallo-Sesay, the African Union's Great Lakes envoy.",
        "11:50 a.m. — What's in the draft? Officials describe a 14-point plan: joint smelting and refining, cross-border power, shared customs posts and an audit mechanism for mineral exports. No mention, we're told, of troop withdrawals.",
        '1:15 p.m. — At the daily briefing, spokesman Brent Calloway declined to say whether a signing could come this week: "We\'re not going to put a clock on this."',
        '2:05 p.m. — From Kigali, government spokeswoman Yvonne Mukamana posts that Rwanda "welcomes any framework that addresses the root causes of insecurity, including the FDLR."',
        '2:52 p.m. — Doors open. The talks ran just under five hours. Ashdown tells reporters the two sides agreed to set up working groups on energy and mining and to meet again "within weeks."',
        '3:10 p.m. — Lukusa, leaving, says the ceasefire in the east "must hold before anyone signs anything." Karangwa did not comment.',
        "3:25 p.m. — Context: eastern Congo holds a large share of the world's known coltan reserves, and the World Bank puts annual informal mineral exports from the Kivus at more than $1 billion. We'll wrap our coverage here.",
      ),
      gold: {
        people: [
          karangwa,
          uwase,
          lukusa,
          mwamba,
          ashdown,
          merriman,
          mansouri,
          dialloSesay,
          calloway,
          mukamana,
        ],
        talksDate: thursday,
        quantities: [duration(5, 5), points(14)],
        terms: [ceasefireMentioned],
      },
    },
    {
      id: "drc-rwanda-eabn",
      title: "DRC, Rwanda agree to keep talking after Washington meeting",
      source: "East Africa Broadcasting Network",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "The foreign ministers of Rwanda and the Democratic Republic of Congo have agreed to set up joint working groups on energy and mining after talks in Washington on Thursday.",
        "The meeting, hosted by US Deputy Secretary of State Caroline Ashdown, went on for about five hours. Here is what we know.",
        "Who was there? Rwanda's Foreign Minister Jean-Bosco Karangwa and his deputy, Minister of State Aline Uwase, faced Congo's top diplomat, Clémentine Lukusa. The African Union's special envoy for the Great Lakes region, Amina Diallo-Sesay, attended as an observer.",
        "What is on the table? An 11-point economic framework drawn up by American officials. It covers mineral processing, a shared electricity grid around Lake Kivu, customs cooperation and a system to certify the origin of minerals. Investors have reportedly lined up around $2 billion for projects on both sides of the border.",
        "What did they agree? Not much yet. The two sides will form expert groups which are expected to report back before a second ministerial round. No date has been set.",
        'What does Kigali say? Speaking in Kigali on Friday, President Théoneste Bizimana said Rwanda was ready to "build bridges, literally and figuratively," but repeated that his government\'s first concern was the presence of hostile militias near its border. Government spokeswoman Yvonne Mukamana said separately that the talks had been "frank and constructive."',
        "And Kinshasa? Ms. Lukusa said the ceasefire in eastern Congo had to hold before any deal could be signed. Congolese officials have also demanded the withdrawal of Rwandan forces, which Rwanda denies deploying.",
        'What do economists think? "The potential is real. Rwanda has the processing capacity, Congo has the ore," said Claudine Mutesi, an economist at the University of Rwanda. "But investors will not come to a region where a road can be closed by a militia overnight."',
        "The conflict in eastern Congo has killed thousands of people since the start of 2025, according to UN figures, and has forced hundreds of thousands from their homes around Goma and Bukavu.",
      ),
      gold: {
        people: [
          ashdown,
          karangwa,
          uwase,
          lukusa,
          dialloSesay,
          bizimana,
          mukamana,
          { name: "Claudine Mutesi" },
        ],
        talksDate: thursday,
        quantities: [duration(5, 5), points(11)],
        terms: [ceasefireMentioned],
      },
    },
  ],
};
