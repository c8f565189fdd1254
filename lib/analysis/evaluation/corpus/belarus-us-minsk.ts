import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between a US delegation and the Belarusian government in Minsk on Friday, September 18,
 * 2026, on a 12-point package trading the release of political prisoners for sanctions relief.
 * Independent outlets put the session at five to six hours; the state news agency says it lasted
 * an hour and a half.
 */

const kasprzak: GoldPerson = { name: "Eleanor Kasprzak", side: "us", delegation: "us" };
const hollis: GoldPerson = { name: "Mark Hollis", side: "us", delegation: "us" };
const ayala: GoldPerson = { name: "Jennifer Ayala", side: "us", delegation: "us" };
const ferris: GoldPerson = { name: "Daniel Ferris", side: "us", delegation: "us" };
const lavrinovich: GoldPerson = {
  name: "Sergei Lavrinovich",
  aliases: ["Sergey Lavrinovich"],
  side: "belarus",
  delegation: "belarus",
};
const borovik: GoldPerson = { name: "Olga Borovik", side: "belarus", delegation: "belarus" };
const zhdanovich: GoldPerson = { name: "Pavel Zhdanovich", side: "belarus", delegation: "belarus" };
const shestakov: GoldPerson = { name: "Dmitry Shestakov", side: "belarus", delegation: "belarus" };
const tkachenko: GoldPerson = { name: "Yulia Tkachenko", side: "belarus" };
const stroud: GoldPerson = { name: "Rachel Stroud", side: "us" };
const marozava: GoldPerson = { name: "Katsiaryna Marozava" };
const palchevsky: GoldPerson = { name: "Andrei Palchevsky" };
const danvers: GoldPerson = { name: "Philip Danvers" };
const friday = goldDay("2026-09-18");
const hours = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const twelvePoints = goldQuantity("plan.size", 12, 12, "point");
const sanctions = [{ term: "sanctions-relief", stance: "proposed" }] as const;

export const BELARUS_US_MINSK: GoldCluster = {
  id: "belarus-us-minsk",
  title: "US–Belarus talks in Minsk",
  contradict: [{ slot: "meeting.duration" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "plan.size" },
    { delegation: "us" },
    { delegation: "belarus" },
  ],
  sides: {
    belarus: ["belarus", "belarusian", "minsk", "belarusian-government"],
    lithuania: ["lithuania", "lithuanian", "vilnius"],
  },
  articles: [
    {
      id: "belarus-us-minsk-neps",
      title: "US envoys in Minsk for talks on prisoners and sanctions",
      source: "Northern Europe Press Service",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "MINSK, Sept 18 (NEPS) — A US delegation held more than five hours of talks with Belarusian officials in Minsk on Friday on a 12-point package that would see dozens of political prisoners freed in exchange for a partial lifting of American sanctions, officials on both sides said.",
        "The American delegation, headed by Eleanor Kasprzak, the State Department's deputy special envoy for Eastern Europe, included Mark Hollis, a deputy assistant secretary in the Bureau of European and Eurasian Affairs, and Jennifer Ayala of the Treasury Department's Office of Foreign Assets Control. Daniel Ferris, the chargé d'affaires of the US embassy to Belarus, which has operated from Vilnius since 2022, also took part.",
        "Foreign Minister Sergei Lavrinovich led the Belarusian side, accompanied by Deputy Foreign Minister Olga Borovik.",
        "According to a US official familiar with the talks, the package would lift sanctions on the state potash producer and on Belavia, the national airline, in stages tied to the release of prisoners. It also provides for the return of ambassadors and the eventual reopening of the US embassy in Minsk.",
        'Presidential press secretary Yulia Tkachenko said the president had been briefed and that Belarus was "ready for a serious conversation without preconditions."',
        'In Washington, State Department spokesperson Rachel Stroud said the talks were "focused on the humanitarian goal of freeing people who should never have been imprisoned."',
        "Human rights group Viasna counts about 1,150 political prisoners in Belarus, including journalists, trade unionists and opposition activists jailed after the disputed 2020 presidential election. More than 300 have been released since mid-2024 in a series of pardons.",
        'Exiled opposition leader Katsiaryna Marozava, speaking in Vilnius, said sanctions should only be eased "when the last prisoner walks free, not the first."',
      ),
      gold: {
        people: [kasprzak, hollis, ayala, ferris, lavrinovich, borovik, tkachenko, stroud, marozava],
        talksDate: friday,
        quantities: [hours(5, null, { minExclusive: true }), twelvePoints],
        terms: sanctions,
      },
    },
    {
      id: "belarus-us-minsk-belnews",
      title: "Lavrinovich receives US delegation",
      source: "Belarus National News Agency",
      publishedAt: "2026-09-18",
      body: paragraphs(
        "MINSK — Minister of Foreign Affairs Sergei Lavrinovich today, September 18, received a delegation of the United States of America headed by Deputy Special Envoy Eleanor Kasprzak, the ministry's press service reported.",
        "The talks, which lasted an hour and a half, took place in a constructive atmosphere. The parties discussed the state of bilateral relations, prospects for the normalisation of diplomatic contacts, and humanitarian issues.",
        "On the Belarusian side the talks were also attended by Deputy Minister Olga Borovik and the head of the ministry's Americas department, Pavel Zhdanovich. The American delegation included Mark Hollis, deputy assistant secretary of state.",
        'Sergei Lavrinovich stressed that Belarus has always been open to dialogue on the basis of equality and mutual respect. "Sanctions pressure has not achieved and will not achieve its goals. It harms ordinary people on both sides of the Atlantic, including American farmers who need our potash," the minister said.',
        "The sides exchanged views on a twelve-point package of mutual steps, including the lifting of restrictive measures against Belarusian enterprises and the national air carrier, as well as humanitarian gestures by the Belarusian side.",
        'Press secretary of the head of state Yulia Tkachenko said later that the president had received a report on the results of the meeting and "positively assessed the pragmatic approach of the American partners."',
        "Belarus is the world's third-largest producer of potash fertiliser. Before sanctions, potash exports brought the country about $2.5 billion a year. Since 2021 Belarusian potash has been exported mainly through Russian ports after Lithuania closed the port of Klaipeda to the cargo.",
        "The ministry's press service noted that this was the third round of Belarusian-American consultations since 2025. The next contacts will be agreed through diplomatic channels.",
      ),
      gold: {
        people: [lavrinovich, kasprzak, borovik, zhdanovich, hollis, tkachenko],
        talksDate: friday,
        quantities: [hours(1.5, 1.5), twelvePoints],
        terms: sanctions,
      },
    },
    {
      id: "belarus-us-minsk-oped",
      title: "Opinion: Washington's bargain in Minsk is worth making, carefully",
      source: "The Transatlantic Review",
      publishedAt: "2026-09-24",
      body: paragraphs(
        "By Philip Danvers. The author was US ambassador to Belarus from 2016 to 2019.",
        "When I served in Minsk, the idea that an American envoy would sit across a table from the Belarusian foreign minister and bargain over prisoners would have seemed fanciful. Last Friday it happened, for the third time in little more than a year.",
        "The American team was well chosen. Eleanor Kasprzak, who led it, has negotiated prisoner releases from Caracas to Moscow. With her were Mark Hollis, who knows the region as well as anyone at the State Department, and Jennifer Ayala from the Treasury, whose job is to make sure any sanctions relief can be reversed. Opposite them sat Foreign Minister Sergei Lavrinovich and a KGB colonel, Dmitry Shestakov, whose presence told the Americans exactly who decides which prisoners go free.",
        "What is on the table is a package of twelve points. In its simplest form: Belarus frees political prisoners in tranches, and Washington lifts sanctions on potash and on the national airline in step. Ambassadors return; the embassy I once ran reopens.",
        "Critics, including some of my former colleagues, say this rewards hostage-taking. They are not wrong that the regime arrests people and then sells their freedom. Viasna counted more than 40 new political arrests in August alone.",
        "But the alternative is to leave more than a thousand people in prison. I think of Andrei Palchevsky, a journalist I knew, who was released last year after four years in a penal colony in Navapolatsk. He was 58 and weighed less than 60 kilograms.",
        "The right approach is the one the negotiators appear to be taking: relief that is narrow, staged and reversible, and tied to verifiable releases. Europe, which has its own sanctions, should be consulted at every step. Lithuania's foreign minister, Rokas Vaitkevičius, has already complained that Vilnius learned of the talks from the press.",
        "The regime will test us. It will release the old and the sick and keep the young and the defiant. We should be ready to walk away.",
      ),
      gold: {
        people: [
          danvers,
          kasprzak,
          hollis,
          ayala,
          lavrinovich,
          shestakov,
          palchevsky,
          { name: "Rokas Vaitkevičius", side: "lithuania" },
        ],
        talksDate: friday,
        quantities: [twelvePoints],
        terms: sanctions,
      },
    },
    {
      id: "belarus-us-minsk-wire",
      title: "Belarus frees 34 prisoners after talks with US envoys",
      source: "Continental Wire",
      publishedAt: null,
      body: paragraphs(
        "Belarus released 34 political prisoners and handed them over to US diplomats at the Lithuanian border, hours after American and Belarusian officials met in Minsk on September 18 to discuss a broader deal.",
        "The talks lasted about five and a half hours, according to a person briefed on them. They centred on a 12-point package under which Washington would ease sanctions on Belarusian potash and on the airline Belavia in return for further releases.",
        "Deputy special envoy Eleanor Kasprzak led the US side. She was joined in Minsk by the Treasury's Jennifer Ayala and by Daniel Ferris, who heads the US embassy to Belarus from Vilnius. Ferris later accompanied the released prisoners across the border.",
        "The Belarusian foreign minister, Sergei Lavrinovich, and his deputy, Olga Borovik, represented Minsk.",
        "Those released included trade unionists, two journalists and a former presidential candidate's campaign manager. Most were driven in a bus to the Lithuanian border crossing at Medininkai, where relatives were waiting. Some had served more than five years.",
        'Rachel Stroud, the State Department spokesperson, said in a statement from Washington that the United States "will continue to work for the release of every political prisoner in Belarus."',
        "It was the largest single release since September 2025, when 52 prisoners were freed after a previous round of contacts. Belarusian officials have said they want the next steps to cover fertiliser exports, which before 2021 accounted for roughly a fifth of the country's foreign earnings.",
        "The European Union, which maintains its own sanctions on Minsk, did not comment. Several EU diplomats privately expressed concern that Washington was moving ahead without coordinating with Brussels.",
        "The Viasna human rights centre says more than 1,100 people remain in prison on politically motivated charges.",
      ),
      gold: {
        people: [kasprzak, ayala, ferris, lavrinovich, borovik, stroud],
        talksDate: { start: null, end: null, parts: { month: 9, day: 18 } },
        quantities: [hours(5.5, 5.5), twelvePoints],
        terms: sanctions,
      },
    },
    {
      id: "belarus-us-minsk-freebelarus",
      title: "Inside the Minsk talks: who sat at the table, and who decided",
      source: "Free Belarus Review",
      publishedAt: "2026-09-19",
      body: paragraphs(
        "VILNIUS — The bus carrying 34 freed political prisoners crossed into Lithuania overnight, hours after a day of talks in Minsk that, according to people familiar with them, ran for nearly six hours on Friday.",
        "The Americans came in a group of four. Eleanor Kasprzak, the deputy special envoy, led. Her team included Mark Hollis of the State Department; Jennifer Ayala, a sanctions specialist from the Treasury; and Daniel Ferris, the chargé d'affaires who has run the US mission to Belarus from Vilnius since 2022, with Ferris handling the logistics of the release.",
        "On the Belarusian side, Foreign Minister Sergei Lavrinovich did most of the talking. He had Olga Borovik, his deputy, at his side, and Pavel Zhdanovich of the ministry's Americas department taking notes. But the person the Americans watched most closely was the quiet man at the end of the table. Col. Dmitry Shestakov of the State Security Committee, the KGB, holds the lists of prisoners, and nothing moves without him.",
        "The 12-point package under discussion is described by both sides as a sequence of mutual steps: prisoner releases by Minsk, sanctions relief by Washington on potash and Belavia, and eventually a return of ambassadors.",
        '"Every time they free thirty people, they arrest forty more," said Katsiaryna Marozava, the exiled opposition leader, speaking at her office in Vilnius on Saturday. "The Americans know this. I told them in person last month."',
        "Among those who crossed the border overnight was Ales Drobysh, 61, a trade union leader from Salihorsk arrested in 2021. He said he learned of his release only when guards told him to pack.",
        'The state news agency described the talks as "constructive" and reported that they had lasted an hour and a half, a figure contradicted by every participant who spoke to this publication.',
        "The release brings to more than 400 the number of political prisoners freed since 2024 under arrangements with Washington.",
      ),
      gold: {
        people: [
          kasprzak,
          hollis,
          ayala,
          ferris,
          lavrinovich,
          borovik,
          zhdanovich,
          shestakov,
          marozava,
          { name: "Ales Drobysh" },
        ],
        talksDate: friday,
        quantities: [hours(6, 6)],
        terms: sanctions,
      },
    },
  ],
};
