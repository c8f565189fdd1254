import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson, type GoldTerm } from "../gold";

/*
 * Algerian-mediated talks in Algiers between Mali's military government and the Permanent
 * Coordination of Azawad Movements (CPMA), an alliance of northern armed groups, over two days
 * on Sunday and Monday, May 17-18, 2026. No US or other Western officials took part. The Bamako
 * Sentinel dates the round to Tuesday and Wednesday, May 19-20; everything else (the two-day
 * length, the nine-point Algerian draft, who sat where) agrees across the outlets.
 */

const dembele: GoldPerson = { name: "Sékou Dembélé", side: "mali", delegation: "mali" };
const konate: GoldPerson = { name: "Oumar Konaté", side: "mali", delegation: "mali" };
const cisseMaiga: GoldPerson = { name: "Aïssata Cissé-Maïga", side: "mali", delegation: "mali" };
const sidiMokhtar: GoldPerson = {
  name: "Hamada Ag Sidi-Mokhtar",
  aliases: ["Ag Sidi-Mokhtar"],
  side: "azawad",
  delegation: "azawad",
};
const ouldBaba: GoldPerson = {
  name: "Attaher Ould Baba",
  aliases: ["Ould Baba"],
  side: "azawad",
  delegation: "azawad",
};
const intahmadou: GoldPerson = {
  name: "Fadimata Walet Intahmadou",
  aliases: ["Walet Intahmadou"],
  side: "azawad",
  delegation: "azawad",
};
const belkacemi: GoldPerson = { name: "Nadir Belkacemi", side: "algeria", delegation: "algeria" };
const hamidou: GoldPerson = { name: "Rachid Hamidou", side: "algeria", delegation: "algeria" };
const kante: GoldPerson = { name: "Modibo Kanté", side: "mali" };
const doumbia: GoldPerson = { name: "Souleymane Doumbia", side: "mali" };
const wanafa: GoldPerson = { name: "Ibrahim Ag Wanafa", aliases: ["Ag Wanafa"], side: "azawad" };
const benyahia: GoldPerson = { name: "Kamel Benyahia", side: "algeria" };

const sundayMonday = goldDay("2026-05-17", "2026-05-18");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const ninePoints = goldQuantity("plan.size", 9, 9, "point");
const ceasefire: GoldTerm = { term: "ceasefire", stance: "proposed" };
const prisoners: GoldTerm = { term: "prisoner-exchange", stance: "proposed" };
const noBufferZone: GoldTerm = { term: "demilitarized-zone", stance: "ruled-out" };

export const MALI_ALGIERS: GoldCluster = {
  id: "sahel-algiers",
  title: "Mali government and northern armed movements in Algiers",
  sides: {
    mali: ["mali", "malian", "bamako", "malian-government", "junta", "transitional-government"],
    azawad: [
      "azawad",
      "azawad-movements",
      "cpma",
      "northern-movements",
      "armed-movements",
      "northern-armed-movements",
      "rebels",
      "separatists",
    ],
    algeria: ["algeria", "algerian", "algiers"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "mali" },
    { delegation: "azawad" },
    { delegation: "algeria" },
  ],
  articles: [
    {
      id: "mali-algiers-tsp",
      title: "Mali junta, northern armed movements open Algerian-brokered talks",
      source: "Trans-Sahara Press",
      publishedAt: null,
      body: paragraphs(
        "Representatives of Mali's military government and an alliance of armed movements from the country's north opened talks in Algiers on Sunday, the first direct contact between the two sides since the collapse of a 2015 peace accord, Algerian officials said.",
        'Algeria\'s foreign minister, Nadir Belkacemi, opened the session at the Djenane El Mithak state residence, telling delegates that "the Sahel cannot afford another decade of war."',
        "The Malian delegation is headed by Col. Sékou Dembélé, the minister of national reconciliation, and includes Brig. Gen. Oumar Konaté, a deputy chief of the general staff. The Permanent Coordination of Azawad Movements (CPMA), an alliance of mostly Tuareg and Arab groups that holds much of the desert north and east of Kidal, sent its secretary-general, Hamada Ag Sidi-Mokhtar.",
        "Algerian mediators have circulated a nine-point draft that opens with a ceasefire and an exchange of prisoners held by both sides, according to a copy seen by Trans-Sahara Press. The talks are expected to continue into a second day.",
        'In Bamako, government spokesman Col. Modibo Kanté said on state television that the delegation had "no mandate to discuss the territorial integrity of Mali" and had travelled to Algiers "to listen, not to concede."',
        'The movements\' military commander, Ibrahim Ag Wanafa, did not travel to Algeria. In a voice message circulated among supporters, he said his fighters would respect "any truce that is respected by the other side."',
        'Mali\'s junta, which seized power in coups in 2020 and 2021, tore up the Algiers accord in January 2024, accusing Algeria of sheltering "terrorists" and meddling in Malian affairs. Relations sank further after Algerian air defences shot down a Malian drone near the border town of Tinzaouaten in April 2025.',
        "Since then the army, backed by Russian paramilitaries of the Africa Corps, has pushed into areas the movements controlled, while jihadist groups linked to al-Qaeda have blockaded towns across central Mali. More than 300,000 Malians are registered as refugees in neighbouring Mauritania, according to the UN refugee agency.",
        'Diplomats said the fact that both delegations agreed to sit in the same room was itself a result. A Western diplomat in Algiers, speaking on condition of anonymity, said expectations were "modest, and rightly so."',
      ),
      gold: {
        people: [belkacemi, dembele, konate, sidiMokhtar, kante, wanafa],
        talksDate: { start: null, end: null, parts: { weekday: 0 } },
        quantities: [ninePoints],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "mali-algiers-courier",
      title: "Algiers brings Bamako and the movements of the north back to the table",
      source: "Algiers Daily Courier",
      publishedAt: "2026-05-19",
      body: paragraphs(
        "ALGIERS — Algerian diplomacy has scored a quiet success. The two-day round that ended on Monday at the Djenane El Mithak residence brought Mali's transitional authorities and the armed movements of the north back into the same room for the first time in more than two years.",
        "Foreign Minister Nadir Belkacemi, who chaired both days of talks, was assisted by Rachid Hamidou, the ambassador and special envoy for the Sahel, who spent months travelling between Bamako, Kidal and Tamanrasset to prepare the meeting.",
        "Facing each other were, on one side, a government team led by Col. Sékou Dembélé and including the legal adviser Aïssata Cissé-Maïga; on the other, the delegation of the Permanent Coordination of Azawad Movements, made up of its secretary-general Hamada Ag Sidi-Mokhtar, Attaher Ould Baba of the Arab Movement of Azawad, and Fadimata Walet Intahmadou, a former schoolteacher from Ménaka.",
        "The mediation's memorandum, which runs to nine points, provides for a ceasefire to be monitored by a joint technical committee, an exchange of prisoners within 30 days and the gradual return of refugees from camps in Mauritania and Algeria. A source close to the mediation said the Malian side ruled out any demilitarised zone around Kidal and Anéfis, which the movements had asked for on the first day.",
        '"Algeria has no agenda in Mali other than its stability. Our border with Mali is 1,300 kilometres long, and every kilometre of it matters to us," Mr. Belkacemi told the Courier after the closing session.',
        "President Kamel Benyahia received the heads of both delegations separately at El Mouradia palace on Monday evening, the presidency said.",
        'For Lamine Rahmani, who teaches international relations at the University of Algiers 3, the choice of venue is a message in itself. "Bamako ended the 2015 accord with great fanfare. Coming back to Algiers, even for talks about talks, is an admission that there is no military solution in the north," he said.',
        "Neither delegation signed anything. Both are to report to their leaderships before a technical meeting, which the mediation hopes to convene in Tamanrasset in June.",
        "Algeria has hosted successive rounds of Malian peace talks since the 1990s, and the 2015 agreement, signed in the capital after eight months of negotiations, was long regarded as the flagship of Algerian diplomacy in the region.",
      ),
      gold: {
        people: [
          belkacemi,
          hamidou,
          dembele,
          cisseMaiga,
          sidiMokhtar,
          ouldBaba,
          intahmadou,
          benyahia,
          { name: "Lamine Rahmani" },
        ],
        talksDate: sundayMonday,
        quantities: [twoDays, ninePoints],
        terms: [ceasefire, prisoners, noBufferZone],
      },
    },
    {
      id: "mali-algiers-monitor",
      title: "Q&A: What happened at the Mali talks in Algiers, and what comes next",
      source: "Sahel Monitor",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "What happened in Algiers? Over two days, on May 17 and 18, Mali's military government and the main alliance of armed movements in the north held their first direct talks since the 2015 peace accord fell apart. Algeria mediated. Nobody signed anything, but both sides agreed to keep talking.",
        "Who was at the table? Algeria's foreign minister, Nadir Belkacemi, chaired. Mali's junta sent its reconciliation minister, Col. Sékou Dembélé, with Brig. Gen. Oumar Konaté of the general staff. The northern movements, grouped in the Permanent Coordination of Azawad Movements (CPMA), were represented by Hamada Ag Sidi-Mokhtar and Fadimata Walet Intahmadou, one of very few women to have negotiated for an armed group in the Sahel. No Western or Russian officials were present.",
        "And who was not? Gen. Souleymane Doumbia, Mali's transitional president, followed events from Bamako. The CPMA's military chief, Ibrahim Ag Wanafa, stayed in the north.",
        "What is on the table? A nine-point Algerian draft. Its core is a ceasefire and a prisoner exchange, followed by the return of displaced people and a joint committee on the reopening of roads between Gao, Kidal and the Algerian border.",
        "What about a buffer zone? The movements want a demilitarised zone around Kidal. Bamako has ruled it out, and the draft does not include one.",
        "And elections? The movements say they want a guarantee that the north can vote in the elections the junta has postponed several times since 2022. The draft mentions elections only in passing.",
        'What do experts make of it? "The junta came because the war is expensive and the Africa Corps is not winning it," said Oumar Sissoko of the Timbuktu Institute in Dakar. "In Kidal, people still quote old Elmehdi Ag Hamati: a truce signed in Algiers is only as good as the road to Gao." Claire Montfort, who covers the Sahel for the International Crisis Group, said the real test would be whether a ceasefire survives the first violation.',
        "Where does Russia stand? Moscow has several hundred Africa Corps personnel in Mali. The Kremlin has not commented on the talks.",
        "What comes next? Technical talks, possibly in the Algerian town of Tamanrasset in June, then another ministerial round. Until then, fighting continues: local officials reported at least 14 civilians killed in drone strikes near Anéfis during the week of the talks.",
      ),
      gold: {
        people: [
          belkacemi,
          dembele,
          konate,
          sidiMokhtar,
          intahmadou,
          doumbia,
          wanafa,
          { name: "Oumar Sissoko" },
          { name: "Claire Montfort" },
        ],
        talksDate: sundayMonday,
        quantities: [twoDays, ninePoints],
        terms: [ceasefire, prisoners, noBufferZone, { term: "elections", stance: "mentioned" }],
      },
    },
    {
      id: "mali-algiers-wabs",
      title: "Mali talks in Algiers end with promise to meet again",
      source: "West Africa Broadcast Service",
      publishedAt: "2026-05-18",
      body: paragraphs(
        "Talks between Mali's military authorities and armed groups from the north of the country ended late on Monday in Algiers after two days of negotiations, with both sides agreeing to study an Algerian proposal for a ceasefire.",
        '"We have not solved anything yet. But we have started," Algeria\'s foreign minister Nadir Belkacemi, who mediated, told reporters outside the conference hall.',
        'The Malian government delegation was led by Col. Sékou Dembélé, the minister of national reconciliation. The rebels\' chief negotiator, Hamada Ag Sidi-Mokhtar, flanked by Attaher Ould Baba of the Arab Movement of Azawad, told WABS that his side had come "with open hands" but would not disarm before a political agreement.',
        "Algeria's nine-point plan calls for a ceasefire, an exchange of prisoners and the reopening of the main road between Gao and the Algerian border, which has been closed to civilian traffic for most of the past year.",
        "Rachid Hamidou, Algeria's special envoy for the Sahel, sat beside the minister throughout. The two men are expected to travel to Bamako next week to brief Mali's transitional president, Gen. Souleymane Doumbia.",
        'In Bamako, the government spokesman, Col. Modibo Kanté, said the army would "continue to protect the population against terrorist groups" while the talks went on, a reference to both the separatist movements and the jihadists of JNIM.',
        "The conflict in northern Mali began in 2012 with a Tuareg uprising. Jihadist groups exploited the chaos and have since spread into central Mali, Burkina Faso and Niger.",
        'In Gao, residents said they hoped the talks would lift the blockade on the roads. "A bag of rice costs twice what it did two years ago," said Mariam Tounkara, a market trader. "We just want the trucks to come."',
        "Our correspondent in Algiers says the atmosphere on the second day was noticeably warmer than on the first, when the two delegations did not shake hands.",
      ),
      gold: {
        people: [
          belkacemi,
          dembele,
          sidiMokhtar,
          ouldBaba,
          hamidou,
          doumbia,
          kante,
          { name: "Mariam Tounkara" },
        ],
        talksDate: sundayMonday,
        quantities: [twoDays, ninePoints],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "mali-algiers-sentinel",
      title: "Algiers talks: government delegation returns with 'no concessions'",
      source: "Bamako Sentinel",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "BAMAKO — The government delegation that took part in the talks held in Algiers on Tuesday and Wednesday returned to the capital on Thursday, insisting that it had made no concessions to the armed groups of the north.",
        "Led by Col. Sékou Dembélé, the minister of national reconciliation, the delegation also included Brig. Gen. Oumar Konaté and Aïssata Cissé-Maïga, a jurist at the presidency who drafted most of Mali's written positions. They were met at Modibo Keïta International Airport by members of the government and a small crowd waving national flags.",
        "Across the table in Algiers sat the separatists of the so-called Permanent Coordination of Azawad Movements, led by Hamada Ag Sidi-Mokhtar. Also in their delegation was Alhousseini Ag Mohamed, a former mayor of Tessalit who joined the rebellion in 2023.",
        'The talks, chaired by the Algerian foreign minister, Nadir Belkacemi, lasted two days. According to a member of the Malian delegation, Colonel Dembélé firmly rejected the idea of a demilitarised zone around Kidal, which he described as "partition by another name." The government side did, however, agree to study the nine-point document put forward by the mediation, which includes a ceasefire and an exchange of prisoners.',
        'The transitional president, Gen. Souleymane Doumbia, who received the delegation at Koulouba palace on Thursday afternoon, said Mali would "never negotiate its unity." He added that elections would be held "when security allows," without giving a date.',
        'Not everyone in Bamako welcomed the return to Algiers. "Our army retook Kidal in 2023. Why go back to the mediator who gave us the 2015 accord?" asked Kadidia Sidibé, a political scientist at the University of Bamako. Others were more hopeful. "If the roads reopen, that is already a victory," said Seydou Coulibaly, a transporter who used to run lorries between Gao and Kidal.',
        "The government has not said when a second round might take place. Officials indicated that technical experts from both sides could meet in the coming weeks.",
      ),
      gold: {
        people: [
          dembele,
          konate,
          cisseMaiga,
          sidiMokhtar,
          { name: "Alhousseini Ag Mohamed", aliases: ["Ag Mohamed"], side: "azawad", delegation: "azawad" },
          belkacemi,
          doumbia,
          { name: "Kadidia Sidibé" },
          { name: "Seydou Coulibaly" },
        ],
        talksDate: goldDay("2026-05-19", "2026-05-20"),
        quantities: [twoDays, ninePoints],
        terms: [noBufferZone, ceasefire, prisoners, { term: "elections", stance: "mentioned" }],
      },
    },
  ],
};
