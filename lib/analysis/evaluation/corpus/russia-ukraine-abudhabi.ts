import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * US-brokered talks between Ukraine and Russia in Abu Dhabi on Wednesday, March 11, 2026, hosted
 * by the United Arab Emirates with American envoys chairing the session. The Kyiv Observer
 * reports a 24-point US framework where everyone else reports 18 points; the Desert Wire copy
 * names Kyle Ostrander as the American who led the mediation, where the other outlets name
 * Nathaniel Coombs and Dana Whitfield.
 */

const coombs: GoldPerson = { name: "Nathaniel Coombs", side: "us", delegation: "us" };
const whitfield: GoldPerson = { name: "Dana Whitfield", side: "us", delegation: "us" };
const ostrander: GoldPerson = { name: "Kyle Ostrander", side: "us", delegation: "us" };
const marchuk: GoldPerson = { name: "Rostyslav Marchuk", side: "ukraine", delegation: "ukraine" };
const berezhna: GoldPerson = { name: "Halyna Berezhna", side: "ukraine", delegation: "ukraine" };
const dovhal: GoldPerson = { name: "Serhiy Dovhal", side: "ukraine", delegation: "ukraine" };
const krainov: GoldPerson = { name: "Vsevolod Krainov", side: "russia", delegation: "russia" };
const pyatnitsky: GoldPerson = { name: "Oleg Pyatnitsky", side: "russia", delegation: "russia" };
const tselikova: GoldPerson = { name: "Marina Tselikova", side: "russia", delegation: "russia" };
const alKaabi: GoldPerson = {
  name: "Hamad Obaid Al Kaabi",
  aliases: ["Al Kaabi"],
  side: "uae",
  delegation: "uae",
};
const osmanov: GoldPerson = { name: "Kirill Osmanov", side: "russia" };
const lysenko: GoldPerson = { name: "Taras Lysenko", side: "ukraine" };
const moran: GoldPerson = { name: "Kelsey Moran", side: "us" };
const castellane: GoldPerson = { name: "Fiona Castellane" };

const march11 = goldDay("2026-03-11");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const proposed = (term: string) => ({ term, stance: "proposed" }) as const;

export const RUSSIA_UKRAINE_ABUDHABI: GoldCluster = {
  id: "russia-ukraine-abudhabi",
  title: "Russia–Ukraine talks in Abu Dhabi",
  sides: {
    uae: ["uae", "emirati", "emirates", "united-arab-emirates", "abu-dhabi"],
  },
  contradict: [{ slot: "plan.size" }, { delegation: "us" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ukraine" },
    { delegation: "russia" },
    { delegation: "uae" },
  ],
  articles: [
    {
      id: "abudhabi-gulf-meridian",
      title: "Ukraine, Russia negotiators spend seven hours on US framework in Abu Dhabi",
      source: "Gulf Meridian Wire",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "ABU DHABI, March 11 (Gulf Meridian Wire) — Ukrainian and Russian negotiators spent nearly seven hours in the same room in Abu Dhabi on Wednesday as American mediators walked them through an 18-point framework for ending the war, officials from all three delegations said.",
        "Washington's special envoy, Nathaniel Coombs, chaired the session together with Dana Whitfield, a deputy assistant secretary of state for European and Eurasian affairs. The talks were held at a government guest palace on the Corniche, and Hamad Obaid Al Kaabi, the Emirati minister of state who has brokered several prisoner swaps between the two countries, sat with the mediators throughout.",
        "Ukraine's team was led by Rostyslav Marchuk, secretary of the National Security and Defense Council, and included Deputy Foreign Minister Halyna Berezhna. Russia was represented by presidential aide Vsevolod Krainov and Lt. Gen. Oleg Pyatnitsky, a deputy chief of the general staff.",
        "According to two officials who have seen the document, the framework opens with a ceasefire along the current line of contact, to be watched by a mission of unarmed monitors, and provides for an all-for-all exchange of prisoners of war. Later points deal with security guarantees for Ukraine, which Kyiv wants written into a treaty ratified by the US Senate.",
        '"Nobody walked out, and nobody expected to sign anything today," Mr. Coombs told reporters outside the venue late on Wednesday evening. "We now have a text that both sides are working from, and that is more than we had a month ago."',
        "In Moscow, Kremlin spokesman Kirill Osmanov said it was premature to speak of results and repeated Russia's demand that Ukrainian forces leave the parts of the Donetsk region they still hold. Kyiv has rejected that demand, and officials on both sides said territory had barely been discussed.",
        "The fighting continued as the delegations met. Ukraine's air force said Russia launched 146 drones and four missiles overnight, hitting energy facilities in the Odesa and Kharkiv regions and leaving about 300,000 households without power.",
        "An Emirati official said the delegations were expected to meet again before the end of the month. A venue has not been announced.",
      ),
      gold: {
        people: [coombs, whitfield, alKaabi, marchuk, berezhna, krainov, pyatnitsky, osmanov],
        talksDate: march11,
        quantities: [duration(7, 7), points(18)],
        terms: [proposed("ceasefire"), proposed("prisoner-exchange"), proposed("security-guarantees")],
      },
    },
    {
      id: "abudhabi-continental-live",
      title: "Live: Russia–Ukraine talks in Abu Dhabi",
      source: "Continental Broadcast Live",
      publishedAt: "2026-03-11",
      body: paragraphs(
        "13:05 GST — Motorcades are pulling up at the guest palace in Abu Dhabi for the third face-to-face meeting of Ukrainian and Russian negotiators this year, and the first in the Emirati capital since January.",
        "13:20 — The Ukrainian delegation has arrived. It is led by Rostyslav Marchuk, the security council secretary, who is accompanied by Deputy Foreign Minister Halyna Berezhna and Lt. Gen. Serhiy Dovhal. Dovhal, a deputy head of military intelligence, has handled prisoner exchanges since 2023. He did not stop for reporters.",
        "13:40 — Across the table will sit Vsevolod Krainov, the Kremlin aide heading Russia's team. He is joined by Marina Tselikova, a deputy foreign minister, and Lt. Gen. Oleg Pyatnitsky of the general staff.",
        "14:10 — The American delegation, headed by special envoy Nathaniel Coombs, has gone in. Mr. Coombs will chair the session alongside Dana Whitfield of the State Department. The Emirati minister of state, Hamad Obaid Al Kaabi, is hosting and will stay in the room.",
        "15:30 — What's on the table: an 18-point US framework. Our correspondent understands the first point is a ceasefire along the front line; others cover the exchange of all prisoners of war and the phased lifting of some Western sanctions on Russia.",
        '17:15 — From Kyiv: Taras Lysenko, head of the presidential office, writes on Telegram that the delegation has "clear instructions and clear red lines." He is not travelling to Abu Dhabi.',
        '18:40 — In Washington, White House press secretary Kelsey Moran tells reporters the president is being "briefed every hour" and is "not in a hurry to declare victory."',
        '19:05 — "Every round that ends without a walkout is a small win, but the hard points have not been touched yet," Fiona Castellane, a Russia analyst at Chatham House, says in a note to clients.',
        '20:55 — Talks break up after almost seven hours. Marchuk is first out of the building; he tells reporters the session was "difficult but concrete." Whitfield says the teams will "keep working on the text at expert level."',
        "21:20 — That's where we'll leave our live coverage for tonight. Thank you for following.",
      ),
      gold: {
        people: [
          marchuk,
          berezhna,
          dovhal,
          krainov,
          tselikova,
          pyatnitsky,
          coombs,
          whitfield,
          alKaabi,
          lysenko,
          moran,
          castellane,
        ],
        talksDate: march11,
        quantities: [duration(7, 7), points(18)],
        terms: [proposed("ceasefire"), proposed("prisoner-exchange"), proposed("sanctions-relief")],
      },
    },
    {
      id: "abudhabi-kyiv-observer",
      title: "Analysis: What Kyiv brought home from Abu Dhabi",
      source: "The Kyiv Observer",
      publishedAt: "2026-03-13",
      body: paragraphs(
        "KYIV — When Rostyslav Marchuk got back to Kyiv on Thursday, the secretary of the National Security and Defense Council went straight to Bankova, the street that has become shorthand for the presidential office. What he brought back from Abu Dhabi, officials say, is a text longer and more detailed than anything Ukraine has seen from Washington before.",
        "The US framework discussed in Abu Dhabi on Wednesday runs to 24 points, according to two members of the Ukrainian delegation who spoke to the Observer on condition of anonymity. It opens with a ceasefire along the existing front, followed by an exchange of all prisoners and the creation of a joint commission on missing persons.",
        "Mr. Marchuk, who did most of the talking on the Ukrainian side, was flanked by Deputy Foreign Minister Halyna Berezhna, who handled the legal language, and Lt. Gen. Serhiy Dovhal of military intelligence.",
        "The Russians, led by Kremlin aide Vsevolod Krainov, listened more than they spoke during a session that ran for more than six hours, the officials said. The American envoy, Nathaniel Coombs, repeatedly steered the discussion back to how a ceasefire would be sequenced and verified.",
        "The document ties security guarantees for Ukraine to a ceasefire holding for 90 days, and envisages presidential and parliamentary elections within 100 days after that. Both ideas have been floated before; what is new, the officials say, is the level of detail.",
        '"A long text is not necessarily a good text," said Oleksiy Hrab, a political analyst at the Razumkov Centre. "The more points there are, the more places there are for Moscow to stall."',
        'For the families of captured soldiers, only one point matters. "When Yuriy Hlushko came home in the last swap, he weighed 52 kilograms," said Olena Vasylenko, who heads an association of relatives of prisoners of war in Chernihiv. "There are thousands more like him still waiting."',
        "Any agreement touching on Ukraine's borders would have to be approved by parliament, and officials say the American mediators have accepted that. A second round is expected before April.",
      ),
      gold: {
        people: [
          marchuk,
          berezhna,
          dovhal,
          krainov,
          coombs,
          { name: "Oleksiy Hrab" },
          { name: "Yuriy Hlushko" },
          { name: "Olena Vasylenko" },
        ],
        talksDate: march11,
        quantities: [duration(6, null, true), points(24)],
        terms: [
          proposed("ceasefire"),
          proposed("prisoner-exchange"),
          proposed("security-guarantees"),
          proposed("elections"),
        ],
      },
    },
    {
      id: "abudhabi-desert-wire",
      title: "US envoy says Abu Dhabi talks made 'incremental' progress",
      source: "Desert Wire",
      publishedAt: null,
      body: paragraphs(
        "Ukrainian and Russian negotiators ended a seven-hour session in Abu Dhabi late Wednesday without agreeing on a ceasefire, but with both sides committed to further work on an 18-point framework drafted in Washington, according to the American official who led the mediation.",
        '"The progress is incremental, but it is progress," said Kyle Ostrander, a senior adviser to the secretary of state who headed the US side at the talks. "For the first time, the two delegations spent most of the day arguing about the same document rather than about each other."',
        "Ostrander, a career diplomat who once served as ambassador to Finland, has made several trips to Moscow and Kyiv since the start of the year. He declined to say when the next meeting would take place.",
        "Ukraine's delegation was headed by Rostyslav Marchuk. Across the table sat Vsevolod Krainov, a long-serving Kremlin aide, and Deputy Foreign Minister Marina Tselikova. The meeting was held at a guest palace of the Emirati government, with Minister of State Hamad Obaid Al Kaabi acting as host.",
        "The main obstacle remains the order of steps. Ukraine wants a ceasefire first and a political settlement afterwards; Russia insists on the reverse, a diplomat briefed on the talks said. The framework also provides for an exchange of all prisoners of war, officials on both sides said.",
        'Kremlin spokesman Kirill Osmanov said on Thursday that Moscow valued the Emirati mediation but that "a ceasefire is the end of the process, not its beginning."',
        "The United Arab Emirates has helped arrange more than a dozen exchanges since 2024, returning over 4,000 captives to both countries, according to Emirati figures. Officials in Abu Dhabi say they are prepared to host as many further rounds as the parties want.",
      ),
      gold: {
        people: [ostrander, marchuk, krainov, tselikova, alKaabi, osmanov],
        talksDate: { start: null, end: null, parts: { weekday: 3 } },
        quantities: [duration(7, 7), points(18)],
        terms: [proposed("ceasefire"), proposed("prisoner-exchange")],
      },
    },
    {
      id: "abudhabi-atlas-explainer",
      title: "Explainer: What is in the US framework discussed in Abu Dhabi?",
      source: "Atlas World Service",
      publishedAt: "2026-03-16",
      body: paragraphs(
        "Negotiators from Ukraine and Russia met in Abu Dhabi last week for a round of US-brokered talks built around a new American framework. Here is what we know about the document and the people negotiating it.",
        "What is the framework? The text was drafted over the winter by Washington's special envoy, Nathaniel Coombs, and his team. Diplomats who have seen it describe an 18-point framework running to about 40 pages, meant as a basis for negotiation rather than a finished agreement.",
        "What does it say? Its first point calls for a ceasefire along the current line of contact. The plan's 18 points go on to provide for an all-for-all prisoner exchange, the return of deported children, security guarantees for Ukraine backed by the United States and European partners, and elections in Ukraine once martial law is lifted. Russia would see some sanctions eased in stages, and a reconstruction fund would draw on frozen Russian central bank assets, estimated at around $300 billion.",
        "Who was in the room? The session was chaired by Coombs, who was accompanied by Dana Whitfield, a deputy assistant secretary of state. Ukraine sent Rostyslav Marchuk, its security council secretary, while Russia's team was led by Vsevolod Krainov. The United Arab Emirates hosted, with Minister of State Hamad Obaid Al Kaabi in attendance.",
        "What are the sticking points? Territory above all. Moscow wants Ukraine to withdraw from the roughly one-quarter of the Donetsk region it still controls, and Kyiv refuses. Russia holds about a fifth of Ukraine's territory in all.",
        '"The framework is ambitious on paper," said Fiona Castellane, a Russia analyst at Chatham House. "Its weakness is that the hardest questions — territory, and who enforces a ceasefire — are pushed to the end."',
        "What happens next? The delegations are expected to meet again in the Gulf before the end of March, and the White House has said it wants a signed framework by the summer.",
      ),
      gold: {
        people: [coombs, whitfield, marchuk, krainov, alKaabi, castellane],
        talksDate: goldDay("2026-03-09", "2026-03-15"),
        quantities: [points(18)],
        terms: [
          proposed("ceasefire"),
          proposed("prisoner-exchange"),
          proposed("security-guarantees"),
          proposed("elections"),
          proposed("sanctions-relief"),
          proposed("frozen-assets"),
        ],
      },
    },
  ],
};
