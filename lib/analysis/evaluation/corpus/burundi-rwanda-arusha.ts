import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Burundi and Rwanda hold a three-day round in Arusha, Thursday to Saturday, May 14–16, 2026,
 * hosted by Tanzania with the East African Community secretariat in the room, on reopening
 * their border. The Gitega paper names a different Burundian delegation from everyone else.
 */

const niyonkuru: GoldPerson = {
  name: "Audace Niyonkuru",
  aliases: ["Mr. Niyonkuru"],
  side: "burundi",
  delegation: "burundi",
};
const ndikumana: GoldPerson = {
  name: "Prime Ndikumana",
  aliases: ["Gen. Ndikumana"],
  side: "burundi",
  delegation: "burundi",
};
const nizigiyimana: GoldPerson = {
  name: "Espérance Nizigiyimana",
  aliases: ["Ms. Nizigiyimana"],
  side: "burundi",
  delegation: "burundi",
};
const uwamahoro: GoldPerson = {
  name: "Claudine Uwamahoro",
  aliases: ["Ms. Uwamahoro"],
  side: "rwanda",
  delegation: "rwanda",
};
const mugisha: GoldPerson = {
  name: "Eric Mugisha",
  aliases: ["Col. Mugisha"],
  side: "rwanda",
  delegation: "rwanda",
};
const habimana: GoldPerson = {
  name: "Patrick Habimana",
  aliases: ["Mr. Habimana"],
  side: "rwanda",
  delegation: "rwanda",
};
const mwakalinga: GoldPerson = {
  name: "Joseph Mwakalinga",
  aliases: ["Mr. Mwakalinga"],
  side: "tanzania",
  delegation: "tanzania",
};
const kamau: GoldPerson = {
  name: "Wanjiru Kamau-Odhiambo",
  aliases: ["Ms. Kamau-Odhiambo"],
  side: "eac",
  delegation: "eac",
};
const nduwimana: GoldPerson = { name: "Gervais Nduwimana", side: "burundi" };
const mukamana: GoldPerson = { name: "Yvonne Mukamana", side: "rwanda" };

const terms = [
  { term: "security-guarantees", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;
const days = (n: number) => goldQuantity("meeting.duration", n, n, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const round = goldDay("2026-05-14", "2026-05-16");

export const BURUNDI_RWANDA_ARUSHA: GoldCluster = {
  id: "burundi-rwanda-arusha",
  title: "Burundi and Rwanda border talks in Arusha",
  sides: {
    burundi: ["burundi", "burundian", "gitega"],
    rwanda: ["rwanda", "rwandan", "kigali"],
    tanzania: ["tanzania", "tanzanian", "dodoma"],
    eac: ["eac", "east-african-community"],
  },
  contradict: [{ delegation: "burundi" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "rwanda" },
    { delegation: "tanzania" },
    { delegation: "eac" },
    { term: "security-guarantees" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "burundi-rwanda-arusha-wire",
      title: "Burundi and Rwanda agree roadmap to reopen border",
      source: "Great Lakes Wire",
      publishedAt: "2026-05-16",
      body: paragraphs(
        "ARUSHA, Tanzania, May 16 (GLW) — Burundi and Rwanda agreed on Saturday on a six-point roadmap towards reopening their shared border, closed since January 2024, at the end of three days of talks hosted by Tanzania.",
        "Burundian Foreign Minister Audace Niyonkuru led his country's team, alongside the head of the national intelligence service, Gen. Prime Ndikumana. Rwanda was represented by Claudine Uwamahoro, minister of state for regional cooperation, and Col. Eric Mugisha of military intelligence.",
        "Tanzania's foreign minister, Joseph Mwakalinga, chaired the round at the Arusha International Conference Centre, with the secretary-general of the East African Community, Wanjiru Kamau-Odhiambo, in attendance.",
        "The roadmap commits both governments to mutual security guarantees, including a pledge that neither will allow armed groups hostile to the other to operate from its territory, and to a prisoner exchange covering nationals detained on charges of espionage. A joint verification team would report to the EAC within 90 days.",
        '"We leave Arusha with a map, not yet with a road," Mr. Niyonkuru told reporters. "But three years ago we did not even have the map."',
        'Ms. Uwamahoro said Rwanda had "always wanted an open border" and that the roadmap answered "the legitimate concerns of both peoples."',
        "Burundi closed the frontier after accusing Kigali of backing RED-Tabara, a rebel group that it blames for an attack near Bujumbura in December 2023 that killed 20 people. Rwanda denies supporting the group and has accused Burundi of working with the FDLR, a militia in eastern Congo founded by perpetrators of the 1994 genocide.",
        "Trade across the border was worth about $45 million a year before the closure, according to EAC figures, and thousands of families on both sides have been cut off from relatives and markets.",
      ),
      gold: {
        people: [niyonkuru, ndikumana, uwamahoro, mugisha, mwakalinga, kamau],
        talksDate: round,
        quantities: [days(3), points(6)],
        terms,
      },
    },
    {
      id: "burundi-rwanda-arusha-cps",
      title: "Tanzania hails 'turning point' as Great Lakes neighbours settle on roadmap",
      source: "Continental Press Service",
      publishedAt: null,
      body: paragraphs(
        "Burundi and Rwanda have settled on a roadmap to end a border closure that has split families and strangled cross-border trade, after three days of closed-door talks in the northern Tanzanian city of Arusha.",
        'Tanzanian Foreign Minister Joseph Mwakalinga, who mediated, called the outcome "a turning point for the region" and said both sides had agreed to meet again in Dar es Salaam once a joint verification team had reported.',
        "The roadmap, which runs to six points, provides for security guarantees on both sides of the frontier and for a prisoner exchange. It does not set a date for the border to reopen, a concession to Burundi, whose delegation argued that the question must wait until the verification team has visited the frontier.",
        "The Burundian team comprised Foreign Minister Audace Niyonkuru, intelligence chief Gen. Prime Ndikumana and Espérance Nizigiyimana, the ambassador to Tanzania. Rwanda's delegation, led by Minister of State Claudine Uwamahoro, included Patrick Habimana, its high commissioner in Dar es Salaam.",
        'In Kigali, government spokeswoman Yvonne Mukamana said Rwanda "welcomes any step that brings Burundians and Rwandans back together" but would judge Burundi "by what happens at the border, not by what is written in Arusha."',
        "The East African Community, whose treaty guarantees the free movement of goods and people, has been criticised for its silence on the closure. Its secretary-general, Wanjiru Kamau-Odhiambo, attended the talks but did not address the press.",
        "Some 50,000 Burundian refugees remain in Rwanda, most of whom fled the political crisis of 2015, according to the UN refugee agency.",
      ),
      gold: {
        people: [mwakalinga, niyonkuru, ndikumana, nizigiyimana, uwamahoro, habimana, mukamana, kamau],
        talksDate: null,
        quantities: [days(3), points(6)],
        terms,
      },
    },
    {
      id: "burundi-rwanda-arusha-live",
      title: "Live: Burundi-Rwanda talks, day three",
      source: "EastAfrica Live",
      publishedAt: "2026-05-16",
      body: paragraphs(
        "08:30 — Welcome to our live coverage of the third and final day of talks between Burundi and Rwanda in Arusha. The round opened on Thursday and the mediators hope to close it with a signed document today.",
        "09:05 — A reminder of who is at the table. For Burundi: Foreign Minister Audace Niyonkuru and Ambassador Espérance Nizigiyimana. For Rwanda: Minister of State Claudine Uwamahoro, with Col. Eric Mugisha and Patrick Habimana. In the chair, Tanzania's Joseph Mwakalinga.",
        "10:40 — Our reporter at the conference centre says the sticking point overnight was the prisoner exchange: Kigali wants its citizens released first, Gitega wants simultaneous releases.",
        '12:15 — In Gitega, President Gervais Nduwimana tells a rally that Burundi "will never again open its doors to those who arm our enemies," a line likely to be noticed in Arusha.',
        '14:20 — "Since they closed the border, my brother Jean-Bosco Hakizimana has not seen his children," says a woman selling bananas at the Gasenyi-Nemba crossing, one of the busiest before 2024. "We are tired of politics."',
        "15:45 — Breakthrough, according to a Tanzanian official: the delegations have agreed a six-point roadmap. It includes security guarantees and a timetable for the prisoner exchange.",
        "16:30 — EAC Secretary-General Wanjiru Kamau-Odhiambo, who has attended all three days, says the community will fund the joint verification team.",
        "17:10 — Signing ceremony. Mr. Niyonkuru and Ms. Uwamahoro shake hands while Mr. Mwakalinga looks on. After three days of talks, the two ministers leave without taking questions.",
        "17:30 — We're closing our live coverage here. Thank you for following.",
      ),
      gold: {
        people: [niyonkuru, nizigiyimana, uwamahoro, mugisha, habimana, mwakalinga, nduwimana, kamau],
        talksDate: round,
        quantities: [days(3), points(6)],
        terms,
      },
    },
    {
      id: "burundi-rwanda-arusha-observer",
      title: "Opinion: Arusha is a start, but the border is where it will be judged",
      source: "The Kivu Observer",
      publishedAt: "2026-05-18",
      body: paragraphs(
        "Anyone who has stood at the Ruhwa bridge since January 2024 knows what the closure of the Burundi-Rwanda border has cost: lorries rerouted through Tanzania, traders ruined, children cut off from their grandparents. Last week's talks in Arusha were the first serious attempt to undo that damage.",
        "The delegations were well chosen. Rwanda's Claudine Uwamahoro is a pragmatist who negotiated the country's entry into the EAC customs union; she was flanked by Col. Eric Mugisha, whose job is to know what armed groups are doing in the hills above Lake Tanganyika. Burundi sent Audace Niyonkuru and, crucially, Gen. Prime Ndikumana, the man who has run its intelligence service since 2020.",
        "What they produced over three days is a six-point roadmap, which the Tanzanian mediator, Joseph Mwakalinga, had the good sense to keep short. It promises security guarantees on both sides and a prisoner exchange, and it leaves the harder questions, such as the fate of the RED-Tabara fighters and of the 2015 coup suspects living in Kigali, for later.",
        'That is both its strength and its weakness. "A short text is easy to sign and easy to ignore," said Olivier Kabanda, who studies the region at the University of Rwanda. "The verification team will tell us within three months whether anyone meant it."',
        "There are reasons for caution. Burundi still has an estimated 10,000 soldiers deployed in eastern Congo, and relations between Kigali and Kinshasa remain poisonous. Presidents on both sides of the Akanyaru river have staked their reputations on not blinking first.",
        "But there are reasons for hope too. Both economies are hurting: Burundi's inflation ran above 20 percent last year, and Rwandan exporters have lost one of their nearest markets.",
        "The Arusha roadmap will be judged not in communiqués but at the Ruhwa bridge. When the barrier lifts, we will know it has worked.",
      ),
      gold: {
        people: [uwamahoro, mugisha, niyonkuru, ndikumana, mwakalinga, { name: "Olivier Kabanda" }],
        talksDate: goldDay("2026-05-11", "2026-05-17"),
        quantities: [days(3), points(6)],
        terms,
      },
    },
    {
      id: "burundi-rwanda-arusha-tribune",
      title: "Arusha round ends with roadmap; interior minister led Burundian side",
      source: "Gitega Tribune",
      publishedAt: "2026-05-17",
      body: paragraphs(
        "GITEGA — Burundi's delegation returned from Arusha on Sunday after three days of talks with Rwanda that opened on Thursday and ended on Saturday with a six-point roadmap on reopening the border.",
        "The Burundian side was led by Interior Minister Léonidas Bizimana, who was accompanied by the director-general of the national police, Gen. Évariste Ntakirutimana. Both men have overseen security along the northern frontier since the border was closed.",
        "Rwanda's delegation was headed by Claudine Uwamahoro, the minister of state for regional cooperation. The talks were chaired by the Tanzanian foreign minister, Joseph Mwakalinga.",
        'Speaking at Bujumbura airport, Mr. Bizimana said the roadmap\'s security guarantees "answer the concerns Burundi has raised for two years" and that no crossing would reopen until Rwanda had handed over people Burundi accuses of attacking its territory.',
        'The roadmap also includes a prisoner exchange, which the minister said would be handled "through the proper judicial channels." Burundian officials say at least 30 Rwandan nationals are in custody in Burundi on charges ranging from espionage to smuggling.',
        'The ruling party\'s secretary-general, Béatrice Ntahobari, welcomed the outcome but said Burundians should remember "who closed their hearts before the border was closed."',
        "Traders in the northern province of Kayanza said they hoped the crossing at Kanyaru-Haut would reopen before the coffee harvest, which accounts for nearly 30 percent of the country's export earnings.",
        "The closure has weighed on Burundi's economy. The World Bank estimates that growth fell below 3 percent last year, and fuel shortages have caused long queues in Bujumbura since February.",
        "A second round is expected in Dar es Salaam once a joint verification team, funded by the East African Community, has completed its work.",
      ),
      gold: {
        people: [
          { name: "Léonidas Bizimana", aliases: ["Mr. Bizimana"], side: "burundi", delegation: "burundi" },
          { name: "Évariste Ntakirutimana", side: "burundi", delegation: "burundi" },
          uwamahoro,
          mwakalinga,
          { name: "Béatrice Ntahobari", side: "burundi" },
        ],
        talksDate: round,
        quantities: [days(3), points(6)],
        terms,
      },
    },
  ],
};
