import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Direct talks between Sudan's army (SAF) and the Rapid Support Forces in Manama on Wednesday,
 * May 13, 2026, hosted by Bahrain's foreign ministry, with US, Saudi, Egyptian and Emirati
 * officials in the room. The session ran about eleven hours. Four outlets put the mediators'
 * plan at fourteen points; the Arabian Courier calls it a ten-point draft.
 */

const alTayeb: GoldPerson = {
  name: "Osman Babiker al-Tayeb",
  aliases: ["al-Tayeb", "Al-Tayeb"],
  side: "saf",
  delegation: "saf",
};
const fadl: GoldPerson = {
  name: "Hashim Abdelrahim Fadl",
  aliases: ["Fadl"],
  side: "saf",
  delegation: "saf",
};
const mirghani: GoldPerson = { name: "Nafisa Mirghani", side: "saf", delegation: "saf" };
const bashar: GoldPerson = { name: "Adam Ishaq Bashar", aliases: ["Bashar"], side: "rsf", delegation: "rsf" };
const karamallah: GoldPerson = {
  name: "Mubarak Yousif Karamallah",
  aliases: ["Karamallah"],
  side: "rsf",
  delegation: "rsf",
};
const dawood: GoldPerson = { name: "Sara Abbakar Dawood", side: "rsf", delegation: "rsf" };
const alMannai: GoldPerson = {
  name: "Yusuf Abdulaziz al-Mannai",
  aliases: ["al-Mannai", "Al-Mannai"],
  side: "bahrain",
  delegation: "bahrain",
};
const whitaker: GoldPerson = { name: "Daniel Whitaker", aliases: ["Whitaker"], side: "us", delegation: "us" };
const castellanos: GoldPerson = { name: "Priya Castellanos", side: "us", delegation: "us" };
const maddox: GoldPerson = { name: "Owen Maddox", side: "us", delegation: "us" };
const hollis: GoldPerson = { name: "Brent Hollis", side: "us", delegation: "us" };
const alSahli: GoldPerson = {
  name: "Abdulmajeed al-Sahli",
  aliases: ["al-Sahli"],
  side: "saudi-arabia",
  delegation: "saudi-arabia",
};
const shalaby: GoldPerson = { name: "Tarek Shalaby", side: "egypt", delegation: "egypt" };
const alKetbi: GoldPerson = {
  name: "Saeed Rashid al-Ketbi",
  aliases: ["al-Ketbi"],
  side: "uae",
  delegation: "uae",
};
const idris: GoldPerson = { name: "Nabil Osman Idris", side: "saf" };
const daqash: GoldPerson = { name: "Hamid Suleiman Daqash", aliases: ["Daqash"], side: "rsf" };

const wednesday = goldDay("2026-05-13");
const hours = (min: number, max: number | null, minExclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", minExclusive ? { minExclusive: true } : {});
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const truce = { term: "ceasefire", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;
const noSanctionsRelief = { term: "sanctions-relief", stance: "ruled-out" } as const;

export const SUDAN_RSF_MANAMA: GoldCluster = {
  id: "sudan-rsf-manama",
  title: "Sudan army and RSF talks in Manama",
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "saf" },
    { delegation: "rsf" },
    { delegation: "us" },
    { delegation: "bahrain" },
    { delegation: "saudi-arabia" },
    { delegation: "egypt" },
    { delegation: "uae" },
    { term: "ceasefire", aliases: ["truce", "humanitarian-truce"] },
    { term: "humanitarian-corridor", aliases: ["aid-corridor", "humanitarian-corridors"] },
  ],
  sides: {
    bahrain: ["bahrain", "bahraini", "manama", "kingdom-of-bahrain"],
    uae: ["uae", "emirati", "emirates", "united-arab-emirates", "abu-dhabi"],
  },
  articles: [
    {
      id: "sudan-manama-meridian",
      title: "Sudan's warring sides meet face to face in Bahrain for first time in a year",
      source: "Meridian Press Agency",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "MANAMA, May 13 (MPA) — Delegations from Sudan's army and the paramilitary Rapid Support Forces met face to face in the Bahraini capital on Wednesday for the first time in more than a year, with mediators tabling a 14-point plan that begins with a humanitarian truce and the opening of aid corridors into Darfur and Kordofan.",
        "The session, hosted by Bahrain's foreign ministry at a government guesthouse on the edge of Manama, lasted nearly 11 hours and ended late in the evening without a signed text, three people who attended said.",
        "The army delegation was led by Lt. Gen. Osman Babiker al-Tayeb, a former head of military intelligence, who was joined by Maj. Gen. Hashim Abdelrahim Fadl and the legal adviser Nafisa Mirghani. The RSF sent Adam Ishaq Bashar, the group's senior political adviser, with Brig. Gen. Mubarak Yousif Karamallah at his side.",
        "Bahrain's undersecretary for foreign affairs, Yusuf Abdulaziz al-Mannai, chaired the talks. Washington's special envoy for Sudan, Daniel Whitaker, sat at the mediators' end of the table with Priya Castellanos, director for East Africa at the National Security Council. Saudi Arabia was represented by Abdulmajeed al-Sahli, Egypt by Maj. Gen. Tarek Shalaby of the General Intelligence Service, and the United Arab Emirates by Saeed Rashid al-Ketbi, an adviser at the Emirati foreign ministry.",
        '"Nobody walked out, and for Sudan right now that is a beginning," Mr. al-Mannai told reporters as the session broke up. He said the delegations would consult their leaderships before meeting again.',
        'In Port Sudan, where the army-aligned government has been based since 2023, military spokesman Brig. Nabil Osman Idris said the delegation had instructions to accept "no arrangement that rewards the militia for its crimes."',
        "The war, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes, according to United Nations figures. A UN appeal for $4.2 billion for Sudan this year is less than a fifth funded, and aid agencies say famine conditions have spread to at least 17 areas.",
        'The State Department said in a statement issued in Washington that the United States "will not consider easing sanctions on any party" until aid convoys could move freely across front lines.',
      ),
      gold: {
        people: [
          alTayeb,
          fadl,
          mirghani,
          bashar,
          karamallah,
          alMannai,
          whitaker,
          castellanos,
          alSahli,
          shalaby,
          alKetbi,
          idris,
        ],
        talksDate: wednesday,
        quantities: [hours(11, 11), points(14)],
        terms: [truce, corridors, noSanctionsRelief],
      },
    },
    {
      id: "sudan-manama-nile-live",
      title: "Live: Sudan's army and RSF at the table in Manama",
      source: "Nile Current Live",
      publishedAt: "2026-05-13",
      body: paragraphs(
        "09:12 — Good morning from Manama, where Sudan's army and the Rapid Support Forces are due to sit in the same room today for the first time in over a year. We will follow the talks here all day.",
        "09:40 — The first cars are pulling up at the foreign ministry guesthouse in the Qudaibiya district. Security is tight; journalists are being kept behind a barrier across the road.",
        "09:58 — The American delegation, headed by special envoy Daniel Whitaker, has just walked in. Behind him: Owen Maddox, a deputy director at the Treasury's Office of Foreign Assets Control, and Col. Brent Hollis, a liaison officer from US Africa Command.",
        "10:05 — The army delegation arrives. Lt. Gen. Osman Babiker al-Tayeb is leading it, and we can see Maj. Gen. Hashim Abdelrahim Fadl a step behind him.",
        "10:20 — The RSF team is in. Adam Ishaq Bashar heads it; his team includes the lawyer Sara Abbakar Dawood, who drafted the group's earlier truce proposals.",
        "10:31 — The host, Yusuf Abdulaziz al-Mannai of Bahrain's foreign ministry, opens the session. Also around the table, we are told: Egypt's Maj. Gen. Tarek Shalaby, the Saudi envoy Abdulmajeed al-Sahli and the Emirati representative, Saeed Rashid al-Ketbi.",
        "13:15 — A source close to the mediators says the 14-point plan on the table starts with a 30-day humanitarian truce, followed by corridors for aid convoys coming in from Chad through the Adré crossing.",
        '15:47 — Reaction from the RSF commander, Gen. Hamid Suleiman Daqash, who is not in Manama. In an audio message posted online he says his fighters "will respect any truce the other side respects."',
        '17:30 — "The fact that Abu Dhabi and Cairo are both in the room is the real news," says Rania Haddad of the Horn Policy Institute. "If they can agree on a ceasefire, the two generals will find it much harder to say no."',
        "20:05 — Still going, ten hours in. Trays of food were carried in about an hour ago.",
        '21:10 — It is over, after 11 hours. No signing ceremony. Al-Mannai tells the waiting cameras the delegations will "consult and come back."',
        '21:25 — Whitaker, leaving by a side door, stopped briefly: "Sanctions stay exactly where they are until the trucks move. That was said clearly today." That is all from us tonight.',
      ),
      gold: {
        people: [
          whitaker,
          maddox,
          hollis,
          alTayeb,
          fadl,
          bashar,
          dawood,
          alMannai,
          shalaby,
          alSahli,
          alKetbi,
          daqash,
          { name: "Rania Haddad" },
        ],
        talksDate: wednesday,
        quantities: [hours(11, 11), points(14)],
        terms: [truce, corridors, noSanctionsRelief],
      },
    },
    {
      id: "sudan-manama-levant-review",
      title: "Analysis: Manama gives Sudan's generals a room, not yet a deal",
      source: "Levant & Gulf Review",
      publishedAt: "2026-05-15",
      body: paragraphs(
        "It took thirteen months, three postponements and a good deal of Gulf money to get Sudan's two armies into the same room. When they finally sat down in Manama on Wednesday, the conversation lasted more than ten hours — and produced, by most accounts, a shared list of grievances rather than a ceasefire.",
        "Across the table from each other sat Lt. Gen. Osman Babiker al-Tayeb, the army's chief negotiator, and Adam Ishaq Bashar, who has spoken for the Rapid Support Forces in every round since 2023. The general, 61, is known in Port Sudan as a hardliner; Bashar, a former schoolteacher from Nyala, is regarded by diplomats as the RSF's most flexible voice.",
        "Al-Tayeb brought his deputy, Maj. Gen. Hashim Abdelrahim Fadl, and a lawyer, Nafisa Mirghani, who according to two participants did much of the talking on the aid provisions. Bashar's team comprised Brig. Gen. Mubarak Yousif Karamallah, a field commander from North Darfur, and Sara Abbakar Dawood, the movement's legal adviser.",
        "The 14-point plan drafted by the mediators is modest by design. Its first provisions would establish a humanitarian truce and open humanitarian corridors from Chad and South Sudan into Darfur; a prisoner exchange follows. Questions of who governs Khartoum are left for a later stage, and elections appear only as a distant aspiration.",
        "The Americans were more visible than in past rounds. A State Department team led by special envoy Daniel Whitaker took seats beside the Bahraini chair, Yusuf Abdulaziz al-Mannai, and Whitaker was accompanied by Priya Castellanos of the National Security Council. That matters, because Washington is one of the few capitals both sides still need.",
        "The other outside powers came too, each with its own stakes. Egypt, which backs the army, sent Maj. Gen. Tarek Shalaby of its intelligence service. The United Arab Emirates, which the army accuses of arming the RSF — a charge Abu Dhabi denies — sent Saeed Rashid al-Ketbi. Riyadh's envoy, Abdulmajeed al-Sahli, has co-sponsored Sudan talks since the first Jeddah round.",
        '"The danger is that the format becomes the outcome," said Martin Kessler, a former US special envoy for Sudan who now lectures in Washington. "Everyone in that room has a veto, and nobody has a plan B."',
        '"Both delegations were negotiating for an audience at home," said Salma Abdelgadir, a researcher at the Sudan Futures Lab in Nairobi. "The commanders on the ground will judge Manama by whether the shelling of the camps stops."',
        "The United Nations says roughly 25 million Sudanese face acute hunger. Mediators say a second round could come within a month; whether it does depends less on the men in Manama than on commanders in Darfur and Kordofan.",
      ),
      gold: {
        people: [
          alTayeb,
          bashar,
          fadl,
          mirghani,
          karamallah,
          dawood,
          whitaker,
          alMannai,
          castellanos,
          shalaby,
          alKetbi,
          alSahli,
          { name: "Martin Kessler" },
          { name: "Salma Abdelgadir" },
        ],
        talksDate: wednesday,
        quantities: [hours(10, null, true), points(14)],
        terms: [
          truce,
          corridors,
          { term: "prisoner-exchange", stance: "proposed" },
          { term: "elections", stance: "mentioned" },
        ],
      },
    },
    {
      id: "sudan-manama-arabian-courier",
      title: "Emirates backs Manama track as Sudan talks end without deal",
      source: "The Arabian Courier",
      publishedAt: "2026-05-14",
      body: paragraphs(
        "MANAMA — Sudan's army and the Rapid Support Forces ended an 11-hour session in Bahrain late Wednesday with no agreement but a commitment to keep talking, as Gulf and Western mediators pressed both sides to accept a 10-point draft centred on an immediate ceasefire.",
        "The draft, circulated by the Bahraini hosts, calls for a nationwide truce, humanitarian corridors into Darfur and the Kordofan states, and a joint committee to monitor violations, according to a copy seen by the Courier.",
        'The Emirati delegation was led by Saeed Rashid al-Ketbi, an adviser at the foreign ministry, with the political officer Mariam al-Suwaidi at his side. Speaking in Abu Dhabi on Thursday, Minister of State Ahmed Obaid al-Shamsi said the UAE "supports every effort that puts Sudanese civilians first" and dismissed as baseless the accusations levelled at it by the army\'s leadership in Port Sudan.',
        "Bahraini Undersecretary Yusuf Abdulaziz al-Mannai presided. The Saudi and Egyptian mediators, Abdulmajeed al-Sahli and Maj. Gen. Tarek Shalaby, sat with him, as did the US side: special envoy Daniel Whitaker and Owen Maddox, a Treasury sanctions official. Mr. Whitaker declined to speak to reporters on leaving the building.",
        "For the army, Lt. Gen. Osman Babiker al-Tayeb headed a three-member team. The RSF delegation was headed by Adam Ishaq Bashar and included Sara Abbakar Dawood, a lawyer who has represented the group at previous rounds.",
        "Diplomats in the Gulf said the choice of Manama was deliberate. Bahrain has no history in Sudan's conflict and, unlike Jeddah, carries none of the baggage of the failed talks of 2023. The kingdom has offered to cover the cost of follow-up rounds and to host a donors' meeting, with a target of $350 million, once a truce holds.",
        '"We are tired of statements," said Hassan el-Nur, a Sudanese businessman in Dubai whose family fled Omdurman three years ago. "My mother is 74 and still in a camp in Kassala. A ceasefire is the only news that matters to her."',
        "Officials said a second round could be held in Manama before the end of June, though no date has been set.",
      ),
      gold: {
        people: [
          alKetbi,
          { name: "Mariam al-Suwaidi", aliases: ["al-Suwaidi"], side: "uae", delegation: "uae" },
          { name: "Ahmed Obaid al-Shamsi", aliases: ["al-Shamsi"], side: "uae" },
          alMannai,
          alSahli,
          shalaby,
          whitaker,
          maddox,
          alTayeb,
          bashar,
          dawood,
          { name: "Hassan el-Nur", aliases: ["el-Nur"] },
        ],
        talksDate: wednesday,
        quantities: [hours(11, 11), points(10)],
        terms: [truce, corridors],
      },
    },
    {
      id: "sudan-manama-eastern-newswire",
      title: "Sudan army, RSF hold first direct talks in Bahrain",
      source: "Eastern Africa Newswire",
      publishedAt: null,
      body: paragraphs(
        "Sudan's army and the paramilitary Rapid Support Forces held their first direct talks in more than a year on Wednesday in Manama, where mediators put forward a plan of fourteen points that opens with a truce and corridors to let food convoys reach famine-hit areas of Darfur.",
        "Daniel Whitaker, the US special envoy for Sudan, attended alongside the Bahraini chair, Yusuf Abdulaziz al-Mannai. He was joined by Priya Castellanos, who covers East Africa at the White House National Security Council, and by Col. Brent Hollis, a Pentagon officer seconded to US Africa Command.",
        "Lt. Gen. Osman Babiker al-Tayeb, 61, led the army side, with Maj. Gen. Hashim Abdelrahim Fadl as his deputy. For the RSF, the talks brought together political adviser Adam Ishaq Bashar and Brig. Gen. Mubarak Yousif Karamallah, a commander whose units fought around El Fasher last year.",
        'In Washington, State Department spokeswoman Karen Ostrowski said the United States welcomed the meeting but that its position was unchanged. "Secretary Lowell Brennan has been clear: there will be no sanctions relief for any commander who blocks food from reaching civilians," she told reporters.',
        'Army spokesman Brig. Nabil Osman Idris said in Port Sudan that the delegation had gone to Bahrain "to listen, not to concede," and that any truce must include the withdrawal of RSF fighters from towns in El Gezira and North Kordofan.',
        "Saudi Arabia, Egypt and the United Arab Emirates also sent officials to the talks, which were held behind closed doors at a government guesthouse. Neither delegation spoke to reporters afterwards.",
        "The World Food Programme says nearly 25 million people in Sudan need food aid, and that convoys carrying 8,000 tonnes of supplies have been stuck at the border with Chad since March. The conflict, which erupted in April 2023, has displaced about a quarter of the population.",
      ),
      gold: {
        people: [
          whitaker,
          alMannai,
          castellanos,
          hollis,
          alTayeb,
          fadl,
          bashar,
          karamallah,
          { name: "Karen Ostrowski", side: "us" },
          idris,
        ],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [points(14)],
        terms: [truce, corridors, noSanctionsRelief],
      },
    },
  ],
};
