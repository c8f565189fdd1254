import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * First formal talks between Syria's transitional government and the Kurdish-led Autonomous
 * Administration of North and East Syria, held in Erbil on Thursday, April 16, 2026, with the US
 * special envoy for Syria and France's envoy in the room. Most outlets describe a 14-point
 * framework; the Hawler Daily Review, which saw a draft, puts it at 11 points.
 */

const qassab: GoldPerson = { name: "Maher Qassab", side: "syria", delegation: "syria" };
const tallawi: GoldPerson = {
  name: "Fawaz al-Tallawi",
  aliases: ["al-Tallawi"],
  side: "syria",
  delegation: "syria",
};
const shuhadeh: GoldPerson = { name: "Rania Shuhadeh", side: "syria", delegation: "syria" };
const sheikho: GoldPerson = { name: "Nesrin Sheikho", side: "aanes", delegation: "aanes" };
const hesso: GoldPerson = { name: "Siyamend Hesso", side: "aanes", delegation: "aanes" };
const mamo: GoldPerson = { name: "Shervan Mamo", side: "aanes", delegation: "aanes" };
const hassouni: GoldPerson = {
  name: "Mutlaq al-Hassouni",
  aliases: ["Sheikh Mutlaq", "al-Hassouni"],
  side: "aanes",
  delegation: "aanes",
};
const vandermeer: GoldPerson = { name: "Curtis Vandermeer", side: "us", delegation: "us" };
const brisco: GoldPerson = { name: "Alana Brisco", side: "us", delegation: "us" };
const oduya: GoldPerson = { name: "Raymond Oduya", side: "us", delegation: "us" };
const travert: GoldPerson = { name: "Anne-Sophie Travert", side: "france", delegation: "france" };
const sabri: GoldPerson = { name: "Adnan Sabri", side: "syria" };
const haddad: GoldPerson = { name: "Luay Haddad", side: "syria" };
const hesen: GoldPerson = { name: "Dilbirin Hesen", side: "aanes" };
const sindi: GoldPerson = { name: "Karwan Sindi", side: "krg" };
const ostrowski: GoldPerson = { name: "Megan Ostrowski", side: "us" };
const rashid: GoldPerson = { name: "Kawa Rashid", side: "aanes" };

const talksDay = goldDay("2026-04-16");
const duration = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const detainees = { term: "prisoner-exchange", stance: "proposed" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;
const elections = { term: "elections", stance: "mentioned" } as const;

export const KURDS_DAMASCUS_ERBIL: GoldCluster = {
  id: "kurds-damascus-erbil",
  title: "Syrian government and Kurdish-led administration talks in Erbil",
  sides: {
    syria: [
      "syria",
      "syrian",
      "damascus",
      "syrian-government",
      "syrian-transitional-government",
      "transitional-government",
    ],
    aanes: [
      "aanes",
      "kurdish",
      "kurds",
      "kurdish-led",
      "kurdish-led-administration",
      "autonomous-administration",
      "sdf",
      "syrian-democratic-forces",
      "qamishli",
      "north-east-syria",
      "northeast-syria",
    ],
    france: ["france", "french", "paris"],
    krg: ["krg", "kurdistan-regional-government", "kurdistan-region"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "syria" },
    { delegation: "aanes" },
    { delegation: "us" },
    { delegation: "france" },
  ],
  articles: [
    {
      id: "erbil-levant-wire",
      title: "Damascus and Kurdish-led administration hold first formal talks in Erbil",
      source: "Levant News Service",
      publishedAt: null,
      body: paragraphs(
        "ERBIL, Iraq (LNS) — Syria's transitional government and the Kurdish-led administration that runs much of the country's north-east held their first formal talks on Thursday in Erbil, the capital of Iraq's Kurdistan region, working through a 14-point framework for bringing the region's institutions and armed forces under the Syrian state.",
        "Deputy Foreign Minister Maher Qassab led the Damascus delegation. The team sent by the Autonomous Administration of North and East Syria comprised Nesrin Sheikho, co-chair of its executive council; Siyamend Hesso, a member of the general command of the Syrian Democratic Forces (SDF); and Shervan Mamo, a political adviser.",
        "Washington's special envoy for Syria, Curtis Vandermeer, sat in on the session alongside France's envoy, Anne-Sophie Travert. The two had spent weeks shuttling between Damascus and Qamishli to arrange the meeting, according to diplomats in the region.",
        "The session lasted nearly nine hours, a Kurdish official said, speaking on condition of anonymity because he was not authorised to brief reporters.",
        "The framework opens with a permanent ceasefire along the front lines east of Aleppo and along the Euphrates, followed by a prisoner exchange overseen by the International Committee of the Red Cross and a timetable for folding the SDF's estimated 60,000 fighters into the national army.",
        '"We did not come to Erbil to surrender anything. We came to find out whether Damascus is ready to be a partner," Sheikho told reporters as she left the venue, a government guesthouse on the edge of the city.',
        "The Kurdish-led side has asked for security guarantees from the United States and France before any of its units are redeployed, a point Qassab said the government was willing to discuss.",
        'In Damascus, information ministry spokesman Luay Haddad said the talks had been "useful" but that "the unity of Syrian territory is not a subject for negotiation." Interim President Adnan Sabri has said repeatedly that Syria will not accept a federal system.',
        "Elections, which the transitional authorities have promised within four years, came up only briefly, the Kurdish official said.",
        "The administration controls roughly a quarter of Syria's territory, including most of its oil fields, and guards detention camps holding some 40,000 people with suspected links to the Islamic State group. Around 900 US troops remain in the north-east.",
      ),
      gold: {
        people: [qassab, sheikho, hesso, mamo, vandermeer, travert, haddad, sabri],
        talksDate: { start: null, end: null, parts: { weekday: 4 } },
        quantities: [duration(9, 9), points(14)],
        terms: [ceasefire, detainees, guarantees, elections],
      },
    },
    {
      id: "erbil-hawler-review",
      title: "Qamishli's negotiators bring home an 11-point draft and few promises",
      source: "Hawler Daily Review",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "QAMISHLI — The negotiators the Autonomous Administration sent to Erbil on Thursday came home on Friday morning with an 11-point draft, a handful of assurances and, by their own account, a much clearer idea of what Damascus will not give.",
        "The delegation was headed by Nesrin Sheikho, the veteran co-chair of the executive council. She was flanked by Gen. Siyamend Hesso, who commanded SDF units during the siege of Kobani in 2014, and by Sheikh Mutlaq al-Hassouni, a tribal elder from Deir ez-Zor whose presence was meant to show that the administration speaks for Arabs as well as Kurds.",
        "Across the table sat Maher Qassab, Syria's deputy foreign minister, with Brig. Gen. Fawaz al-Tallawi, the defence ministry officer who served as his deputy. Rania Shuhadeh, a lawyer who advises the presidency on constitutional questions, completed the government team.",
        "The Americans and the French were in the room as well. Curtis Vandermeer, the US envoy, and Anne-Sophie Travert of France took turns steering the afternoon session, according to two members of the Kurdish delegation.",
        "The draft, which the Review has seen, runs to 11 points. The first three concern a ceasefire and a prisoner exchange covering around 300 detainees on each side; the last asks the United States and France to act as guarantors of any security arrangements in the north-east.",
        'The general was blunt on his return. "Our fighters will not hand over their positions on the word of men who were shelling Tabqa eighteen months ago," Hesso said at a briefing in Qamishli.',
        'Sheikh Mutlaq was more conciliatory. "The tribes want schools and salaries, not another war," he said, adding that Damascus had agreed to study the return of displaced families to villages along the Khabur river.',
        'Dilbirin Hesen, the administration\'s spokeswoman, said the talks had been serious "but we are not yet near an agreement."',
        'In the city\'s covered market, few people had followed the details. "My son has worn a uniform since he was 17," said Rezan Ali, 52, who sells dried fruit. "Ask Zilan\'s mother how many of her children came home from Raqqa. Then tell me about points on paper."',
        'In Erbil, Karwan Sindi, spokesman for the Kurdistan Regional Government, said the region was "ready to host as many rounds as it takes." A second round is expected in May.',
      ),
      gold: {
        people: [
          sheikho,
          hesso,
          hassouni,
          qassab,
          tallawi,
          shuhadeh,
          vandermeer,
          travert,
          hesen,
          { name: "Rezan Ali" },
          sindi,
        ],
        talksDate: talksDay,
        quantities: [points(11)],
        terms: [ceasefire, detainees, guarantees],
      },
    },
    {
      id: "erbil-mashreq-analysis",
      title: "Analysis: In Erbil, Damascus and the Kurds test how far integration can go",
      source: "The Mashreq Monitor",
      publishedAt: "2026-04-19",
      body: paragraphs(
        "For more than a decade the Kurdish-led north-east and the government in Damascus have eyed each other across checkpoints. On April 16, in a guesthouse outside Erbil, they finally sat down to write something together.",
        "The talks brought together Deputy Foreign Minister Maher Qassab, a career diplomat who served in Moscow and Brasília before the old regime fell, and Nesrin Sheikho, the administration's most experienced negotiator. Qassab brought Brig. Gen. Fawaz al-Tallawi; Sheikho came with Shervan Mamo, her long-time political adviser.",
        "The mediation was, in practice, Western. A State Department team led by Curtis Vandermeer, the special envoy for Syria, included Alana Brisco, his deputy, who drafted much of the text. France's envoy, Anne-Sophie Travert, pressed the Kurdish side on the future of the detention camps, two participants said.",
        "The session ran for more than eight hours and ended with agreement on little beyond a commitment to meet again. But the 14-point framework on the table is more ambitious than anything previously attempted: a permanent ceasefire, a prisoner exchange, the gradual integration of the SDF into the army as territorial brigades, and a shared formula for oil revenue that some estimate at $1.2 billion a year.",
        "The sticking point is sequence. The Kurdish-led side wants security guarantees from Washington and Paris before it hands over heavy weapons. Damascus wants the weapons first.",
        '"Both sides are negotiating with one eye on Ankara," said Samira Haddadin, a Syria researcher at Chatham House. "Sabri needs a deal he can sell to his own coalition, and the Kurds need one that survives the Americans going home."',
        "Turkey, which regards the SDF's core as an extension of the PKK, was not represented in Erbil, though a Turkish diplomat was seen at the hotel where the delegations stayed.",
        "Elections, promised by the transitional government for 2029, were mentioned only in passing, according to a person who read the minutes. For now, the question is whether a ceasefire that has largely held since January can be turned into something permanent.",
        '"The framework is a list of hard things in a sensible order," said Tomasz Wierzbicki, a former UN official who worked on Syria for eight years. "The order is the only thing anyone agreed on."',
      ),
      gold: {
        people: [
          qassab,
          sheikho,
          tallawi,
          mamo,
          vandermeer,
          brisco,
          travert,
          { name: "Samira Haddadin" },
          { name: "Tomasz Wierzbicki" },
        ],
        talksDate: talksDay,
        quantities: [duration(8, null, { minExclusive: true }), points(14)],
        terms: [ceasefire, detainees, guarantees, elections],
      },
    },
    {
      id: "erbil-tigris-live",
      title: "Live: Syrian government and Kurdish-led administration meet in Erbil",
      source: "Tigris Broadcasting Live",
      publishedAt: "2026-04-16",
      body: paragraphs(
        "09:30 — Good morning from Erbil, where delegations from Damascus and from the Kurdish-led administration in north-east Syria are due to meet for the first time at a government guesthouse in the Ankawa district.",
        "09:45 — The Damascus delegation has arrived. It is headed by Deputy Foreign Minister Maher Qassab, accompanied by Rania Shuhadeh, a constitutional lawyer who advises the presidency.",
        "09:55 — Nesrin Sheikho, co-chair of the administration's executive council, walks in without speaking to reporters. Gen. Siyamend Hesso of the SDF is beside her.",
        "10:05 — Joining them at the table: the American delegation, headed by special envoy Curtis Vandermeer, and France's envoy Anne-Sophie Travert. Our producer counts one more US official, Col. Raymond Oduya, a liaison officer from US Central Command, who also takes a seat in the room.",
        "12:40 — Sources tell us the envoys have tabled a 14-point framework. Point one is a ceasefire; point two, a prisoner exchange.",
        '14:15 — Karwan Sindi, spokesman for the Kurdistan Regional Government, says Erbil "offers the table, not the menu" and will take no side in the talks.',
        '15:30 — In Washington, State Department spokeswoman Megan Ostrowski tells reporters the United States "supports a unified Syria that protects the rights of all its communities."',
        "16:45 — Background: the SDF controls about a quarter of Syria, including the Omar and Conoco oil fields. Some 11,000 of its fighters were killed in the campaign against the Islamic State group, according to the force's own figures.",
        "18:10 — Still no sign of a break. A security guard tells us dinner has been sent in for 40 people.",
        '18:55 — The talks have ended after almost nine hours. Qassab, leaving first, says only: "We will meet again."',
        "19:10 — Sheikho, a few minutes later: \"It was difficult, it was long, and it was necessary.\" That's where we'll leave our coverage for today.",
      ),
      gold: {
        people: [qassab, shuhadeh, sheikho, hesso, vandermeer, travert, oduya, sindi, ostrowski],
        talksDate: talksDay,
        quantities: [points(14), duration(9, 9)],
        terms: [ceasefire, detainees],
      },
    },
    {
      id: "erbil-courant-explainer",
      title: "Erbil talks explained: who was at the table and what is on it",
      source: "The Daily Courant",
      publishedAt: "2026-04-18",
      body: paragraphs(
        "Syria's new authorities and the Kurdish-led administration in the north-east met face to face on Thursday in Erbil, in northern Iraq. Here is what we know.",
        "Who was there? For Damascus, Deputy Foreign Minister Maher Qassab, with Brig. Gen. Fawaz al-Tallawi of the defence ministry at his side. For the Autonomous Administration of North and East Syria, Nesrin Sheikho, who co-chairs its executive council, and Shervan Mamo, her adviser. The United States sent its special envoy for Syria, Curtis Vandermeer; France sent its own envoy, Anne-Sophie Travert. Both sat in the room throughout.",
        "Who wasn't? Interim President Adnan Sabri followed events from Damascus. The SDF's commander-in-chief, Gen. Kawa Rashid, stayed in Hasakah, which aides said was a deliberate signal that the talks were political rather than military.",
        "How long did it last? Just under nine hours, with a break for lunch.",
        "What is being discussed? A framework of fourteen points, drafted largely by the two envoys. It starts with a permanent ceasefire and a prisoner exchange, moves on to merging the SDF into the army and the administration's civil servants into state ministries, and ends with the management of oil and wheat revenue.",
        "What do the Kurds want? Above all, security guarantees. They fear that once American forces leave, they will be exposed to Turkish drones and to government units they fought as recently as 2025. They also want Kurdish recognised as an official language in the north-east.",
        "What does Damascus want? Control of the border crossings, the oil fields and the prisons holding suspected Islamic State fighters. Officials describe a single army and a single flag as non-negotiable.",
        "What about elections? They came up, but only as a distant prospect; the transitional government has set no date.",
        "What happens next? A second round is pencilled in for May, possibly again in Erbil. Nobody expects a signed agreement before the summer.",
      ),
      gold: {
        people: [qassab, tallawi, sheikho, mamo, vandermeer, travert, sabri, rashid],
        talksDate: talksDay,
        quantities: [duration(9, 9), points(14)],
        terms: [ceasefire, detainees, guarantees, elections],
      },
    },
  ],
};
