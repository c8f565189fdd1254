import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Mali's transitional government and the Azawad Liberation Front (FLA) in
 * Nouakchott on the evening of Wednesday, June 17, 2026, running past midnight, hosted by
 * Mauritania with the African Union in the room, on a seven-point roadmap. A Bamako paper names
 * a different rebel negotiator from the one every other outlet names.
 */

const mali = "mali";
const fla = "fla";
const sangare: GoldPerson = {
  name: "Abdoulaye Sangaré",
  aliases: ["Colonel Sangaré", "the colonel"],
  side: mali,
  delegation: mali,
};
const sissoko: GoldPerson = { name: "Kadiatou Sissoko-Diallo", side: mali, delegation: mali };
const dembele: GoldPerson = {
  name: "Boubacar Dembélé",
  aliases: ["General Dembélé"],
  side: mali,
  delegation: mali,
};
const bilal: GoldPerson = {
  name: "Bilal Ag Ahmedou",
  aliases: ["Ag Ahmedou", "Mr. Ag Ahmedou"],
  side: fla,
  delegation: fla,
};
const fadimata: GoldPerson = {
  name: "Fadimata Walet Inawelen",
  aliases: ["Walet Inawelen"],
  side: fla,
  delegation: fla,
};
const ahmoudou: GoldPerson = {
  name: "Ahmoudou Ag Intakwa",
  aliases: ["Ag Intakwa"],
  side: fla,
  delegation: fla,
};
const brahim: GoldPerson = {
  name: "Sidi Mohamed Ould Cheikh Brahim",
  aliases: ["Ould Cheikh Brahim"],
  side: "mauritania",
  delegation: "mauritania",
};
const sidina: GoldPerson = {
  name: "Ahmedou Ould Sidina",
  aliases: ["General Ould Sidina"],
  side: "mauritania",
  delegation: "mauritania",
};
const ndour: GoldPerson = {
  name: "Cheikh Tidiane Ndour",
  aliases: ["Mr. Ndour"],
  side: "au",
  delegation: "au",
};
const konate: GoldPerson = { name: "Issa Konaté", side: mali };
const inazoum: GoldPerson = { name: "Ahmed Ag Inazoum", side: fla };

const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const sevenPoints = goldQuantity("plan.size", 7, 7, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;
const corridor = { term: "humanitarian-corridor", stance: "proposed" } as const;
const recognition = { term: "territorial-recognition", stance: "ruled-out" } as const;

export const H5_A3: GoldCluster = {
  id: "mali-fla-nouakchott",
  title: "Mali and the Azawad Liberation Front in Nouakchott",
  sides: {
    mali: ["mali", "malian", "bamako", "malian-government", "transitional-government"],
    fla: ["fla", "azawad-liberation-front", "front-de-liberation-de-l-azawad", "azawad", "rebels"],
    mauritania: ["mauritania", "mauritanian"],
  },
  contradict: [{ delegation: fla }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: mali },
    { delegation: "mauritania" },
    { delegation: "au" },
    { term: "ceasefire" },
    { term: "prisoner-exchange" },
  ],
  articles: [
    {
      id: "mali-fla-nouakchott-wire",
      title: "Mali junta and northern rebels hold first talks in Mauritania",
      source: "Sahel Press Agency",
      publishedAt: "2026-06-18",
      body: paragraphs(
        "NOUAKCHOTT, June 18 (SPA) — Representatives of Mali's military-led government and the Azawad Liberation Front, the alliance of mostly Tuareg rebel groups that controls much of the country's far north, held their first direct talks late Wednesday in the Mauritanian capital, agreeing to study a seven-point roadmap drawn up by their hosts.",
        "The talks, which began after evening prayers at a government residence near the presidential palace, ran past midnight after about five hours, according to a Mauritanian official.",
        "Mali's delegation was led by Colonel Abdoulaye Sangaré, the minister of national reconciliation. With him were Kadiatou Sissoko-Diallo, a legal adviser at the presidency, and General Boubacar Dembélé, a senior intelligence officer.",
        "The rebel side was headed by Bilal Ag Ahmedou, a former schoolteacher from Kidal who has become the FLA's chief negotiator. He was joined by Fadimata Walet Inawelen, the movement's commissioner for humanitarian affairs, and Ahmoudou Ag Intakwa, a military commander from the Tinzaouaten area.",
        "Mauritania's foreign minister, Sidi Mohamed Ould Cheikh Brahim, chaired the meeting. The African Union's high representative for Mali and the Sahel, Cheikh Tidiane Ndour, attended as an observer.",
        "According to a copy seen by SPA, the roadmap opens with a ceasefire in the regions of Kidal and Gao, followed by an exchange of prisoners and the opening of a humanitarian corridor to towns in the north that have been cut off from supplies for months.",
        'In Bamako, government spokesman Issa Konaté said the talks "do not in any way call into question the territorial integrity of Mali," and that recognition of any Azawad entity was "not on the table and never will be."',
        'The FLA\'s spokesman, Ahmed Ag Inazoum, speaking by telephone from Kidal, said the movement had come "to stop the killing, not to give up our cause."',
        "Fighting in northern Mali has intensified since 2023, when UN peacekeepers withdrew after a decade. More than 350,000 people have fled across the border into Mauritania, where the Mbera camp now shelters over 110,000 refugees.",
      ),
      gold: {
        people: [sangare, sissoko, dembele, bilal, fadimata, ahmoudou, brahim, ndour, konate, inazoum],
        talksDate: goldDay("2026-06-17"),
        quantities: [hours(5, 5), sevenPoints],
        terms: [ceasefire, prisoners, corridor, recognition],
      },
    },
    {
      id: "mali-fla-nouakchott-newswire",
      title: "Mali, rebels agree to keep talking after Nouakchott meeting",
      source: "West Africa Newswire",
      publishedAt: null,
      body: paragraphs(
        "Mali's government and the Azawad Liberation Front agreed to meet again after talks in Nouakchott on June 17 that lasted more than four hours, Mauritanian mediators said, in the clearest sign yet that Bamako is willing to negotiate with the northern rebels.",
        "Colonel Abdoulaye Sangaré, Mali's reconciliation minister, and Bilal Ag Ahmedou, the rebels' chief negotiator, each spent time alone with the Mauritanian hosts before the two delegations met face to face, according to a diplomat briefed on the meeting.",
        "Neither side signed anything. But the diplomat said they had gone through the mediators' seven points one by one, and had come closest to agreement on a prisoner exchange. The FLA holds several dozen Malian soldiers captured since 2024; the army holds an unknown number of suspected rebels.",
        "A ceasefire was discussed but not agreed, the diplomat said. The army wants any truce to exclude operations against jihadist groups, while the FLA fears that exception would be used to justify drone strikes on its positions.",
        'Malian officials have repeatedly ruled out any recognition of Azawad, the name rebels give to the north. The FLA has said it would discuss "all options" but has not publicly dropped its demand for self-determination.',
        'In Washington, State Department spokesperson Megan Hollis said the United States "welcomes dialogue" and urged both sides "to protect civilians and allow humanitarian access." The United States has not had an ambassador in Bamako since 2024.',
        'Fatoumata Kéïta-Bah, a researcher at the Timbuktu Institute in Dakar, said the meeting was "a first crack in the wall." "For three years, Bamako called these men terrorists," she said. "Now it is sitting with them."',
        "Drone strikes and clashes killed at least 420 civilians in northern Mali last year, according to the Armed Conflict Location and Event Data project, known as ACLED.",
      ),
      gold: {
        people: [sangare, bilal, { name: "Megan Hollis", side: "us" }, { name: "Fatoumata Kéïta-Bah" }],
        talksDate: { start: null, end: null, parts: { month: 6, day: 17 } },
        quantities: [hours(4, null, { minExclusive: true }), sevenPoints],
        terms: [prisoners, ceasefire, recognition],
      },
    },
    {
      id: "mali-fla-nouakchott-sentinel",
      title: "Nouakchott: the government sets its red lines",
      source: "Bamako Sentinel",
      publishedAt: "2026-06-19",
      body: paragraphs(
        "BAMAKO — The government delegation that met representatives of the armed groups of the north in Nouakchott on Wednesday evening returned to Bamako on Thursday afternoon, with officials insisting that the state's red lines had not moved.",
        "The delegation, headed by the minister of national reconciliation, Colonel Abdoulaye Sangaré, and including the presidency's legal adviser Kadiatou Sissoko-Diallo, spent about five hours with the other side.",
        "Facing them, according to sources close to the delegation, was Hamma Ag Elmehdi, a former customs officer from Ménaka who is presented by the armed groups as their political coordinator. The Sentinel was unable to confirm who else sat on the rebel side of the table.",
        "The five-hour meeting was hosted by Mauritania's foreign minister, Sidi Mohamed Ould Cheikh Brahim, and by General Ahmedou Ould Sidina, the head of Mauritania's external intelligence service, who sources say has been carrying messages between the two sides since February.",
        'Government spokesman Issa Konaté, speaking on national television on Thursday, said: "Mali is one and indivisible. There will be no recognition, no autonomy and no partition. What we are discussing is the return of peace and of our prisoners."',
        "The seven-point document discussed in Nouakchott has not been published. According to our sources, it provides for a ceasefire and a prisoner exchange, and the government has insisted that any arrangement must include the return of the state administration to Kidal.",
        'In Gao, the reaction was mixed. "If it brings back our sons, let them talk," said Oumar Maïga, 52, whose nephew has been held by the armed groups since 2024. Others were less forgiving. A civil society collective in the city said the talks rewarded "those who brought war to the north."',
        "The government has presented the talks as a continuation of its inter-Malian dialogue launched in 2024, which recommended negotiations with armed groups willing to renounce partition.",
      ),
      gold: {
        people: [
          sangare,
          sissoko,
          { name: "Hamma Ag Elmehdi", aliases: ["Ag Elmehdi"], side: fla, delegation: fla },
          brahim,
          sidina,
          konate,
          { name: "Oumar Maïga" },
        ],
        talksDate: goldDay("2026-06-17"),
        quantities: [hours(5, 5), sevenPoints],
        terms: [recognition, ceasefire, prisoners],
      },
    },
    {
      id: "mali-fla-nouakchott-explainer",
      title: "Opinion: Nouakchott is a beginning. Bamako should not waste it",
      source: "The Sahel Review",
      publishedAt: "2026-06-22",
      body: paragraphs(
        "Last Wednesday, for the first time since the collapse of the Algiers accord, Mali's rulers and the rebels of the north sat in the same room. It happened in Nouakchott, not Algiers, and it happened quietly. Both facts matter.",
        "Mauritania has earned its place as host. It shelters more refugees from northern Mali than any other country, and its foreign minister, Sidi Mohamed Ould Cheikh Brahim, has spent months shuttling between Bamako and the rebel leadership. Across from the colonel who led Bamako's team, Abdoulaye Sangaré, sat Bilal Ag Ahmedou, a soft-spoken teacher turned negotiator, and the movement's humanitarian commissioner, Fadimata Walet Inawelen.",
        "What did they discuss? A seven-point roadmap that begins, sensibly, with the things that can be done quickly: a ceasefire around Kidal and Gao, an exchange of prisoners, and a humanitarian corridor to towns that have not seen a relief convoy since last year.",
        "What they did not discuss is just as telling. Bamako has ruled out any recognition of Azawad, and the rebels did not press the point. That is wise. A negotiation that starts with maps usually ends in a war over them.",
        '"We lost too many men at Tinzaouaten to pretend nothing happened," one rebel delegate told me after the meeting. "But Issouf Ag Rhissa would have wanted us here anyway." Memories of that battle, in which dozens of Malian soldiers and their Russian auxiliaries were killed, still shape how both sides see each other.',
        "The African Union, represented in Nouakchott by Cheikh Tidiane Ndour, should now help Mauritania turn one evening into a process. And the junta should resist the temptation to treat every concession as a humiliation.",
        "The costs of not talking are plain. The war has emptied whole districts of the north, closed hundreds of schools and pushed food prices in Timbuktu up by half. A ceasefire that holds for even six months would save more lives than any drone campaign.",
        "Nouakchott was a beginning. It should not be allowed to become another footnote.",
      ),
      gold: {
        people: [brahim, sangare, bilal, fadimata, { name: "Issouf Ag Rhissa", side: fla }, ndour],
        talksDate: goldDay("2026-06-17"),
        quantities: [sevenPoints],
        terms: [ceasefire, prisoners, corridor, recognition],
      },
    },
    {
      id: "mali-fla-nouakchott-radio",
      title: "Mali and FLA rebels hold overnight talks in Nouakchott",
      source: "Radio Sahara International",
      publishedAt: "2026-06-18",
      body: paragraphs(
        "Mali's transitional government and the Azawad Liberation Front held overnight talks in the Mauritanian capital, breaking up in the early hours of Thursday after roughly four and a half hours, our correspondent in Nouakchott reports.",
        "The Malian side was led by the reconciliation minister, Colonel Abdoulaye Sangaré. He arrived with General Boubacar Dembélé, whom diplomats describe as the officer in charge of the army's prisoner files.",
        "For the FLA, the delegation was headed by Bilal Ag Ahmedou. Ahmoudou Ag Intakwa, who accompanied Ag Ahmedou, commands rebel units around Tinzaouaten, near the Algerian border.",
        "The meeting was chaired by Mauritania's foreign minister, Sidi Mohamed Ould Cheikh Brahim. Also present was the African Union's Cheikh Tidiane Ndour. Mr. Ndour told our correspondent that the atmosphere had been \"serious and correct, sometimes tense.\"",
        "According to a participant, the mediators presented a seven-point roadmap. Its first three points are a ceasefire, a prisoner exchange and a humanitarian corridor to the north.",
        'The question of Azawad\'s status did not come up. Bamako has ruled out any recognition of the territory the rebels claim, and government spokesman Issa Konaté repeated on Thursday morning that "the integrity of Mali is not negotiable."',
        "The FLA was formed in late 2024 from the merger of several groups that had signed the 2015 Algiers peace accord, which Mali's junta scrapped in January 2024. The army, supported by Russian paramilitaries, retook the town of Kidal in November 2023.",
        "No date has been set for a second meeting. Mauritanian officials say they hope to bring the delegations back before the rainy season, which usually cuts roads in the north from July.",
      ),
      gold: {
        people: [sangare, dembele, bilal, ahmoudou, brahim, ndour, konate],
        talksDate: goldDay("2026-06-17", "2026-06-18"),
        quantities: [hours(4.5, 4.5), sevenPoints],
        terms: [ceasefire, prisoners, corridor, recognition],
      },
    },
  ],
};
