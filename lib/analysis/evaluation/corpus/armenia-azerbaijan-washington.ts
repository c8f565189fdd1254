import { goldDay, goldQuantity, paragraphs, type GoldArticle, type GoldCluster } from "../gold";

/*
 * Held-out cluster A: Armenian and Azerbaijani foreign ministers at Blair House, Washington,
 * chaired by a US special envoy. All envoys and officials below the heads of state are invented.
 *
 * Where the outlets part ways on purpose:
 * - the date: three put the talks on Thursday 12 March 2026, Capitol Dispatch on Wednesday;
 * - the Armenian delegation: Capitol Dispatch says the deputy minister went in the minister's
 *   place, the others seat the minister himself;
 * - the demilitarized zone: Meridian Wire's copy of the draft proposes one, the Yerevan Courier
 *   reports it was ruled out and left out of the text.
 * Where they only word things differently: "nearly seven hours", "more than six hours",
 * "seven hours", "the seven-hour session"; "14-point framework" against "more than a dozen
 * points"; a second US official named by one outlet; an Azerbaijani aide named by one outlet.
 */

const meridian: GoldArticle = {
  id: "am-az-meridian-wire",
  title: "Armenia, Azerbaijan narrow gaps on peace treaty after Washington talks",
  source: "Meridian Wire",
  publishedAt: "2026-03-13",
  body: paragraphs(
    "WASHINGTON, March 13 (Meridian Wire) - The foreign ministers of Armenia and Azerbaijan narrowed their differences over a draft peace treaty on Thursday after nearly seven hours of talks hosted by the United States, officials from both delegations said.",
    "Armenian Foreign Minister Vahagn Ter-Grigoryan and his Azerbaijani counterpart, Elchin Gasimzade, met at Blair House, the presidential guest residence across Pennsylvania Avenue from the White House. Nathaniel Corrigan, the US special envoy for Caucasus negotiations, chaired the session, and Leyla Abdullayeva, a senior foreign policy aide to Azerbaijan's president, sat at Gasimzade's side.",
    "The talks centred on a 14-point framework under which the two former Soviet republics would recognise each other's territorial integrity, reopen road and rail links closed for three decades and set up a joint commission to delimit their 1,000-km (620-mile) border.",
    '"We are closer than we have ever been, but closer is not the same as done," Ter-Grigoryan told reporters as he left the building shortly before 10 p.m.',
    'Gasimzade struck a similar note. "We came here in the spirit President Aliyev set out in Baku: peace on the basis of international law, and nothing less," he said.',
    "According to a copy of the framework seen by Meridian Wire, the draft proposes a demilitarized zone five kilometres deep on either side of a disputed stretch of the border near the Armenian spa town of Jermuk, to be patrolled by neither army and monitored by the joint commission. It would also require the withdrawal of third-party forces from the border, a clause aimed at a European Union civilian monitoring mission deployed on the Armenian side since 2023.",
    'Corrigan said the ministers had instructed their experts to resume work on the text next week and that a signing ceremony may follow "within weeks, not months". The State Department said in a statement that the United States stood ready to help build and operate a transit route across southern Armenia linking Azerbaijan with its Nakhchivan exclave.',
    "Armenia and Azerbaijan have fought two wars over Nagorno-Karabakh, a mountainous region internationally recognised as part of Azerbaijan but long controlled by ethnic Armenians. Azerbaijan retook the region in a lightning offensive in September 2023, and nearly all of its roughly 100,000 Armenian residents fled to Armenia.",
    "Prime Minister Nikol Pashinyan has staked his political future on a settlement ahead of parliamentary elections in June, while his opponents accuse him of giving away too much. Baku has demanded that Armenia remove from its constitution a preamble reference that it says amounts to a territorial claim, a change that would require a referendum.",
    'In Moscow, the Kremlin said it had taken note of the talks. Spokesman Dmitry Peskov told reporters that Russia remained "the principal guarantor of security in the South Caucasus" and that any deal should take its interests into account.',
  ),
  gold: {
    people: [
      { name: "Vahagn Ter-Grigoryan", side: "armenia", delegation: "armenia" },
      { name: "Elchin Gasimzade", side: "azerbaijan", delegation: "azerbaijan" },
      { name: "Nathaniel Corrigan", side: "us", delegation: "us" },
      { name: "Leyla Abdullayeva", side: "azerbaijan", delegation: "azerbaijan" },
      // Named only inside Gasimzade's quote.
      { name: "Ilham Aliyev", side: "azerbaijan" },
      { name: "Nikol Pashinyan", side: "armenia" },
      { name: "Dmitry Peskov", side: "russia" },
    ],
    talksDate: goldDay("2026-03-12"),
    quantities: [
      goldQuantity("meeting.duration", 6.5, 7, "hours"),
      goldQuantity("plan.size", 14, 14, "points"),
    ],
    terms: [
      { term: "territorial-recognition", stance: "proposed" },
      { term: "demilitarized-zone", stance: "proposed" },
    ],
  },
};

const capitolDispatch: GoldArticle = {
  id: "am-az-capitol-dispatch",
  title: "Caucasus envoys log long day at Blair House, but no deal",
  source: "Capitol Dispatch",
  publishedAt: "2026-03-12",
  body: paragraphs(
    "Envoys from Armenia and Azerbaijan spent more than six hours at Blair House on Wednesday working through a draft peace agreement, but left without the breakthrough the administration had hoped to showcase this week.",
    "Armenia was represented by Deputy Foreign Minister Narek Hovhannisyan. Foreign Minister Vahagn Ter-Grigoryan stayed behind in Yerevan for a confidence vote in parliament, according to two people familiar with the arrangements. Azerbaijan sent its foreign minister, Elchin Gasimzade.",
    "The session was chaired by Nathaniel Corrigan, a former ambassador to Georgia whom President Donald Trump named special envoy for the region in January.",
    '"Nobody walked out and nobody slammed a door. In this process, that counts for something," said a US official, who spoke on condition of anonymity to describe the closed-door meeting.',
    "The text under discussion runs to more than a dozen points. At its core, it commits both countries to recognising each other's borders on the basis of the 1991 Alma-Ata Declaration, under which the former Soviet republics accepted their Soviet-era boundaries.",
    "Sticking points remain. Armenian officials want the return of 23 Armenians held in Azerbaijani prisons, among them former Karabakh leaders, before any signing; Baku says their cases are a matter for its courts.",
    'Hovhannisyan, 44, a career diplomat who headed Armenia\'s side of the bilateral border commission until last year, kept his remarks brief. "We did not come to Washington to sign anything today. We came to make sure that when we do sign, it holds," he told reporters outside the building.',
    "It was the third round of talks since the leaders of both countries met at the White House last August and initialled a joint declaration committing them to end the conflict.",
    'Analysts cautioned against expecting quick results. "Both governments are negotiating with one eye on their domestic audiences," said Giorgi Kapanadze, a senior fellow at the Caucasus Policy Institute in Tbilisi. "Pashinyan faces elections in June, and Baku sees no reason to hurry while it holds the stronger hand."',
    "Azerbaijan's foreign ministry spokesman, Tural Huseynli, said in Baku that the atmosphere had been constructive but that Armenia's constitution remained \"the main obstacle to a lasting peace\". Officials on both sides said expert-level contacts would continue.",
  ),
  gold: {
    people: [
      { name: "Narek Hovhannisyan", side: "armenia", delegation: "armenia" },
      // Named, but explicitly not in the room.
      { name: "Vahagn Ter-Grigoryan", side: "armenia" },
      { name: "Elchin Gasimzade", side: "azerbaijan", delegation: "azerbaijan" },
      { name: "Nathaniel Corrigan", side: "us", delegation: "us" },
      { name: "Donald Trump", side: "us" },
      { name: "Giorgi Kapanadze" },
      // Named only inside Kapanadze's quote.
      { name: "Nikol Pashinyan", side: "armenia" },
      { name: "Tural Huseynli", side: "azerbaijan" },
    ],
    talksDate: goldDay("2026-03-11"),
    quantities: [
      goldQuantity("meeting.duration", 6, null, "hours", { minExclusive: true }),
      goldQuantity("plan.size", 12, null, "points", { minExclusive: true }),
    ],
    terms: [{ term: "territorial-recognition", stance: "proposed" }],
  },
};

const yerevanCourier: GoldArticle = {
  id: "am-az-yerevan-courier",
  title: "Minister hails 'real movement' but border buffer dropped from draft",
  source: "The Yerevan Courier",
  publishedAt: null,
  body: paragraphs(
    "Thursday's Washington Round Leaves Border Security Question Open",
    'Foreign Minister Vahagn Ter-Grigoryan said on his return from the United States that the latest round of peace talks with Azerbaijan had produced "real movement", but officials acknowledged that one of Yerevan\'s central demands had been dropped from the draft.',
    "Ter-Grigoryan, who led the Armenian delegation with Deputy Foreign Minister Narek Hovhannisyan at his side, met Azerbaijani Foreign Minister Elchin Gasimzade for seven hours on Thursday at Blair House in Washington. The meeting was chaired by Nathaniel Corrigan, the US special envoy for the Caucasus.",
    '"We have a 14-point document on the table, and every one of those points is now a question of wording rather than principle," Ter-Grigoryan told reporters at Zvartnots airport.',
    "The document commits both sides to mutual recognition of territorial integrity and to the opening of regional transport links under each country's jurisdiction. But it contains no demilitarized zone along the border, which Armenian negotiators had sought for more than a year. Azerbaijan ruled out a demilitarized zone at the previous round, an official in the Armenian delegation said, and the idea was not revived in Washington.",
    'Residents of border villages in Tavush and Syunik provinces have long demanded a buffer after shooting incidents that killed soldiers on both sides. "People in Sotk and Kapan want to sleep at night. A signature in Washington does not give them that," said Anna Grigoryan-Petrosyan, an opposition lawmaker from Syunik.',
    "Government officials said Prime Minister Nikol Pashinyan would brief parliament on the talks next week. Pashinyan has argued that a signed treaty is the only way to prevent another war and that Armenia cannot afford to wait for better terms.",
    "Hovhannisyan is expected to lead a team of experts back to the table. No date has been set, but diplomats said the next meeting may take place in Abu Dhabi, which hosted the two countries' leaders in 2025.",
    "Any treaty would have to be ratified by both parliaments, and Azerbaijan says it will not sign until Armenia amends its constitution, which refers to the 1989 declaration on the unification of Armenia and Nagorno-Karabakh.",
  ),
  gold: {
    people: [
      { name: "Vahagn Ter-Grigoryan", side: "armenia", delegation: "armenia" },
      { name: "Narek Hovhannisyan", side: "armenia", delegation: "armenia" },
      { name: "Elchin Gasimzade", side: "azerbaijan", delegation: "azerbaijan" },
      { name: "Nathaniel Corrigan", side: "us", delegation: "us" },
      { name: "Anna Grigoryan-Petrosyan" },
      { name: "Nikol Pashinyan", side: "armenia" },
    ],
    // No dateline: "on Thursday" cannot be resolved to a day.
    talksDate: { start: null, end: null, parts: { weekday: 4 } },
    quantities: [
      goldQuantity("meeting.duration", 7, 7, "hours"),
      goldQuantity("plan.size", 14, 14, "points"),
    ],
    terms: [
      { term: "territorial-recognition", stance: "proposed" },
      { term: "demilitarized-zone", stance: "ruled-out" },
    ],
  },
};

const atlanticReview: GoldArticle = {
  id: "am-az-atlantic-review",
  title: "Inside the Blair House talks: a treaty within reach, and the gaps that remain",
  source: "The Atlantic Review",
  publishedAt: "2026-03-15",
  body: paragraphs(
    "The dinner the night before was in Georgetown, at a townhouse restaurant chosen, one diplomat joked, because it had no windows onto the street. By the time the foreign ministers of Armenia and Azerbaijan sat down at Blair House on March 12, their aides had already spent weeks trading drafts.",
    "What emerged from the seven-hour session was not a treaty but something diplomats in Washington describe as the next best thing: a 14-point framework that both Vahagn Ter-Grigoryan, Armenia's foreign minister, and Elchin Gasimzade, his Azerbaijani counterpart, say they can take home.",
    'The American team was led by Nathaniel Corrigan, the special envoy, with Rebecca Sandoval-Price, a deputy assistant secretary of state for European and Eurasian affairs, handling the drafting. "Our job was to keep the pen moving," Sandoval-Price said in an interview. "The parties did the hard part."',
    "The framework's first points are familiar: mutual recognition of territorial integrity, the establishment of diplomatic relations and the reopening of transport links. Less familiar is a humanitarian chapter. Armenia proposed a prisoner exchange covering the Armenians still held in Baku and two Azerbaijani servicemen detained in Armenia, and Azerbaijani officials said they would study it.",
    "For the region, the stakes are hard to overstate. Azerbaijan's victory in the 44-day war in 2020, and its seizure of Nagorno-Karabakh three years later, upended a balance that had held since 1994. Russia, once the dominant broker, has watched its influence wane, and the Kremlin has accused Washington of meddling in what it regards as its backyard.",
    "Ilham Aliyev, Azerbaijan's president, has set out his terms publicly: no treaty until Armenia changes its constitution. Nikol Pashinyan, Armenia's prime minister, has promised a new constitution but says a referendum cannot be rushed. The two men may yet need another summit to close the remaining gaps.",
    '"The pieces are on the table," said Helen Marquardt-Sousa, who served as a mediator in the region for the Organization for Security and Co-operation in Europe and now teaches at Georgetown University. "The question is whether two leaders who have spent their careers preparing for war can sell a peace."',
    "Officials said the experts would meet again before the end of the month, with the aim of initialling the full text before Armenia votes in June.",
  ),
  gold: {
    people: [
      { name: "Vahagn Ter-Grigoryan", side: "armenia", delegation: "armenia" },
      { name: "Elchin Gasimzade", side: "azerbaijan", delegation: "azerbaijan" },
      { name: "Nathaniel Corrigan", side: "us", delegation: "us" },
      { name: "Rebecca Sandoval-Price", side: "us", delegation: "us" },
      { name: "Ilham Aliyev", side: "azerbaijan" },
      { name: "Nikol Pashinyan", side: "armenia" },
      { name: "Helen Marquardt-Sousa" },
    ],
    talksDate: goldDay("2026-03-12"),
    quantities: [
      goldQuantity("meeting.duration", 7, 7, "hours"),
      goldQuantity("plan.size", 14, 14, "points"),
    ],
    terms: [
      { term: "territorial-recognition", stance: "proposed" },
      { term: "prisoner-exchange", stance: "proposed" },
    ],
  },
};

export const ARMENIA_AZERBAIJAN_WASHINGTON: GoldCluster = {
  id: "am-az-washington",
  title: "Armenia–Azerbaijan foreign ministers at Blair House, Washington",
  articles: [meridian, capitolDispatch, yerevanCourier, atlanticReview],
  contradict: [{ slot: "meeting.date" }, { delegation: "armenia" }, { term: "demilitarized-zone" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "us" },
    { delegation: "azerbaijan" },
    { term: "territorial-recognition" },
  ],
  sides: {
    armenia: ["armenia", "armenian", "yerevan"],
    azerbaijan: ["azerbaijan", "azerbaijani", "azeri", "baku"],
  },
};
