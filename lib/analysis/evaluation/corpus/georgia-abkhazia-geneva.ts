import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * A round of the Geneva International Discussions on Tuesday, June 16, 2026, co-chaired by the
 * UN, the EU and the OSCE, with Georgian, Russian, Abkhaz and US delegations. The Black Sea
 * Chronicle dates the round to Wednesday, June 17; the Tbilisi Courier describes the co-chairs'
 * draft on the non-use of force as a nine-point text, where the others count seven.
 */

const gogoladze: GoldPerson = { name: "Levan Gogoladze", side: "georgia", delegation: "georgia" };
const chkhetiani: GoldPerson = { name: "Nino Chkhetiani", side: "georgia", delegation: "georgia" };
const gvazava: GoldPerson = { name: "Davit Gvazava", side: "georgia", delegation: "georgia" };
const stolyarov: GoldPerson = { name: "Pavel Stolyarov", side: "russia", delegation: "russia" };
const bessonov: GoldPerson = { name: "Ilya Bessonov", side: "russia", delegation: "russia" };
const ketsba: GoldPerson = { name: "Daur Ketsba", side: "abkhazia", delegation: "abkhazia" };
const chamagua: GoldPerson = { name: "Alkhas Chamagua", side: "abkhazia", delegation: "abkhazia" };
const hollister: GoldPerson = { name: "Jennifer Hollister", side: "us", delegation: "us" };
const deverell: GoldPerson = { name: "Mark Deverell", side: "us", delegation: "us" };
const ferreira: GoldPerson = { name: "Ana Lúcia Ferreira", side: "un", delegation: "un" };
const kreuzberger: GoldPerson = { name: "Matthias Kreuzberger", side: "eu", delegation: "eu" };
const baumgartner: GoldPerson = { name: "Reto Baumgartner", side: "osce", delegation: "osce" };
const gerasimova: GoldPerson = { name: "Alla Gerasimova", side: "russia" };

const june16 = goldDay("2026-06-16");
const duration = (min: number, max: number | null, exclusive = false) =>
  goldQuantity("meeting.duration", min, max, "hour", exclusive ? { minExclusive: true } : {});
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const noRecognition = { term: "territorial-recognition", stance: "ruled-out" } as const;
const ceasefire2008 = { term: "ceasefire", stance: "mentioned" } as const;

export const GEORGIA_ABKHAZIA_GENEVA: GoldCluster = {
  id: "georgia-abkhazia-geneva",
  title: "Geneva International Discussions on Georgia and Abkhazia",
  sides: {
    georgia: ["georgia", "georgian", "tbilisi"],
    abkhazia: ["abkhazia", "abkhaz", "abkhazian", "sukhumi", "sokhumi"],
    un: ["un", "united-nations"],
    eu: ["eu", "european-union"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: "georgia" },
    { delegation: "russia" },
    { delegation: "abkhazia" },
    { delegation: "us" },
    { delegation: "un" },
    { delegation: "eu" },
    { delegation: "osce" },
  ],
  articles: [
    {
      id: "geneva-alpine-wire",
      title: "Geneva talks on Georgia's breakaway regions debate draft on non-use of force",
      source: "Alpine Wire Service",
      publishedAt: "2026-06-16",
      body: paragraphs(
        "GENEVA, June 16 (AWS) — Georgian, Russian and Abkhaz participants in the Geneva International Discussions spent about eight hours on Tuesday debating a seven-point draft statement on the non-use of force, but did not agree to adopt it, the co-chairs said.",
        "The round, the 66th since the format was set up after the 2008 war, was co-chaired by Ana Lúcia Ferreira of the United Nations, the European Union's special representative for the South Caucasus, Matthias Kreuzberger, and Reto Baumgartner, who represents the OSCE's Swiss chairmanship.",
        "Georgia's delegation was led by First Deputy Foreign Minister Levan Gogoladze. Russia was represented by Deputy Foreign Minister Pavel Stolyarov, and the Abkhaz participants by Daur Ketsba, foreign minister in the breakaway region's de facto government. A State Department team led by Jennifer Hollister, deputy assistant secretary of state for the Caucasus, also took part.",
        "The draft, circulated by the co-chairs ahead of the round, would commit all participants to refrain from the use of force and to settle incidents through the existing prevention mechanisms in Gali and Ergneti. Georgia says it is already bound by a unilateral pledge made in 2010 and wants Russia to sign as a party to the conflict; Moscow and Sukhumi insist that Tbilisi sign with the Abkhaz and South Ossetian authorities instead.",
        "Georgian officials said the text explicitly rules out any recognition of the independence of Abkhazia or South Ossetia, which Russia recognised in August 2008.",
        '"There is a text on the table now, which has not been the case for a long time," Ms. Ferreira told reporters at the Palais des Nations. "Nobody has accepted it, but nobody has walked away from it either."',
        "Georgia says more than 250,000 people were displaced from Abkhazia and South Ossetia in the wars of the 1990s and 2008. Few have been able to return, and Russia keeps thousands of troops in both regions.",
        "The co-chairs said the next round would be held in Geneva in October.",
      ),
      gold: {
        people: [ferreira, kreuzberger, baumgartner, gogoladze, stolyarov, ketsba, hollister],
        talksDate: june16,
        quantities: [duration(8, 8), points(7)],
        terms: [noRecognition],
      },
    },
    {
      id: "geneva-tbilisi-courier",
      title: "Analysis: In Geneva, Tbilisi weighs a text it cannot quite accept",
      source: "Tbilisi Courier",
      publishedAt: "2026-06-18",
      body: paragraphs(
        "TBILISI — Levan Gogoladze has sat through more rounds of the Geneva International Discussions than any other Georgian diplomat. Tuesday's round, he told colleagues afterwards, was the first in years in which there was something on the table worth arguing about.",
        "That something is a nine-point draft declaration on the non-use of force, put forward by the co-chairs from the UN, the EU and the OSCE. It sets out commitments not to use force, to notify the other side of military exercises near the dividing lines and to keep a hotline open between Gali and Zugdidi around the clock.",
        "The first deputy foreign minister was flanked in Geneva by Nino Chkhetiani of the State Ministry for Reconciliation and Civic Equality and by Davit Gvazava, who chairs the Tbilisi-based government of Abkhazia in exile.",
        "Across the table sat Pavel Stolyarov and Col. Ilya Bessonov of the Russian defence ministry, alongside the Abkhaz team led by Daur Ketsba and his adviser Alkhas Chamagua.",
        "The talks ran for nearly eight hours, with the plenary broken up by separate sessions of the working groups on security and on humanitarian issues.",
        "The American delegation, headed by Jennifer Hollister, backed the Georgian position that Russia should sign any non-use-of-force document as a party to the conflict, according to a Georgian diplomat who was present.",
        'In Tbilisi, foreign ministry spokeswoman Ketevan Lomidze said on Wednesday that Georgia "remains committed to its unilateral pledge" and would study the draft carefully.',
        '"Signing a document with Sukhumi as an equal party is something no government in Tbilisi can afford," said Eka Natsvlishvili of the Georgian Institute of Politics. "Moscow knows that, which is why it keeps insisting on it."',
        "The Geneva format itself was born of the six-point ceasefire agreement that ended the five-day war in August 2008. Almost eighteen years on, the discussions have yet to produce a single signed document.",
      ),
      gold: {
        people: [
          gogoladze,
          chkhetiani,
          gvazava,
          stolyarov,
          bessonov,
          ketsba,
          chamagua,
          hollister,
          { name: "Ketevan Lomidze", side: "georgia" },
          { name: "Eka Natsvlishvili" },
        ],
        talksDate: june16,
        quantities: [duration(8, 8), points(9)],
        terms: [ceasefire2008],
      },
    },
    {
      id: "geneva-caucasus-newswire",
      title: "Abkhaz side rejects Geneva draft, demands binding treaty",
      source: "Caucasus Newswire",
      publishedAt: null,
      body: paragraphs(
        "Abkhaz participants in the Geneva International Discussions have rejected a draft statement on the non-use of force presented at the latest round of talks on June 16, saying only a legally binding treaty signed by Georgia would be acceptable.",
        "The seven points of the draft fall short of what Sukhumi has demanded for 15 years, Daur Ketsba, who led the Abkhaz participants, said in remarks carried by local media. He said Georgia must sign directly with Abkhazia.",
        'In Sukhumi, the region\'s leader, Timur Gunba, said the Abkhaz side "will not trade its security for a declaration."',
        "The talks at the UN's Geneva offices lasted more than seven hours. Georgia was represented by Levan Gogoladze, the first deputy foreign minister, and Russia by Deputy Foreign Minister Pavel Stolyarov. Matthias Kreuzberger, the EU's special representative and one of the three co-chairs, said the draft remained \"a basis for further work.\"",
        "The US side, represented by Jennifer Hollister and Mark Deverell, the State Department's director for Caucasus affairs, did not comment publicly.",
        'In Moscow, Russian foreign ministry spokeswoman Alla Gerasimova said Georgia\'s refusal to sign a binding agreement with Sukhumi and Tskhinvali "shows that Tbilisi is not serious about peace."',
        "Georgian officials have said the draft explicitly rules out recognition of the breakaway regions' independence, one reason the Abkhaz side objects to it.",
        "Russia recognised Abkhazia and South Ossetia as independent states after its war with Georgia in August 2008 and maintains military bases in both. Only a handful of other countries have followed, and Georgia considers both regions occupied territory.",
      ),
      gold: {
        people: [
          ketsba,
          { name: "Timur Gunba", side: "abkhazia" },
          gogoladze,
          stolyarov,
          kreuzberger,
          hollister,
          deverell,
          gerasimova,
        ],
        talksDate: { start: null, end: null, parts: { month: 6, day: 16 } },
        quantities: [duration(7, null, true), points(7)],
        terms: [noRecognition],
      },
    },
    {
      id: "geneva-black-sea-chronicle",
      title: "Moscow presses Tbilisi to sign binding pledge after Geneva round",
      source: "Black Sea Chronicle",
      publishedAt: "2026-06-18",
      body: paragraphs(
        "MOSCOW — Russia's deputy foreign minister, Pavel Stolyarov, returned from Switzerland on Thursday insisting that Georgia sign a legally binding agreement on the non-use of force with Abkhazia and South Ossetia, after a round of international discussions held in Geneva on Wednesday, June 17.",
        "Stolyarov headed the Russian delegation at the talks, which lasted some eight hours at the Palais des Nations. He was accompanied by Col. Ilya Bessonov, a defence ministry official responsible for the region.",
        "The Abkhaz delegation was headed by Daur Ketsba. Georgia sent First Deputy Foreign Minister Levan Gogoladze, joined by Nino Chkhetiani, an official of the ministry that handles relations with the breakaway regions.",
        'Stolyarov accused the Americans of "coaching" Tbilisi from the sidelines. The US team, headed by Jennifer Hollister, has consistently backed Georgia\'s demand that Russia be treated as a party to the conflict rather than a mediator.',
        "The discussions were co-chaired by the UN's Ana Lúcia Ferreira, the EU's Matthias Kreuzberger and the OSCE's Reto Baumgartner. The co-chairs said in a statement that the participants had held a \"substantive exchange\" and agreed to meet again in the autumn.",
        'Foreign ministry spokeswoman Alla Gerasimova said in Moscow that Russia "is not and has never been a party to the conflict" and that only direct commitments between Tbilisi, Sukhumi and Tskhinvali could guarantee security in the region.',
        "Moscow maintains that it has fulfilled its obligations under the 2008 ceasefire agreement brokered by France, which Tbilisi disputes. Georgia points out that Russian troops remain stationed in both regions.",
        "The Abkhaz leadership, which depends on Moscow for most of its budget, has said it will not discuss the return of displaced Georgians until a binding agreement is signed.",
      ),
      gold: {
        people: [
          stolyarov,
          bessonov,
          ketsba,
          gogoladze,
          chkhetiani,
          hollister,
          ferreira,
          kreuzberger,
          baumgartner,
          gerasimova,
        ],
        talksDate: goldDay("2026-06-17"),
        quantities: [duration(8, 8)],
        terms: [ceasefire2008],
      },
    },
    {
      id: "geneva-radio-leman",
      title: "Geneva talks: displaced Georgians watch a process that rarely moves",
      source: "Radio Léman International",
      publishedAt: "2026-06-17",
      body: paragraphs(
        "GENEVA — For the families who fled Abkhazia three decades ago, the Geneva International Discussions are an abstraction. But Tuesday's round at the Palais des Nations, the 66th, produced something rarer than usual: a document.",
        "The draft, a seven-article declaration on the non-use of force, was drawn up by the three co-chairs. Reto Baumgartner, the Swiss diplomat who represents the OSCE chairmanship, presented it to the participants, with the UN co-chair, Ana Lúcia Ferreira, at his side.",
        "The Georgian delegation, headed by Levan Gogoladze, included Davit Gvazava, whose government in exile claims to represent the Georgians of Abkhazia. Gvazava, 61, was born in Ochamchire and left in 1993. He has attended every round since 2008.",
        "Russia's Pavel Stolyarov and the Abkhaz team under Daur Ketsba objected that the text binds no one. The Abkhaz side also objects that it expressly excludes recognition of the region's independence.",
        'The United States, which takes part as a participant rather than as a mediator, was represented by Jennifer Hollister. In a brief statement, the State Department said it "supports every effort to reduce the risk of renewed hostilities."',
        '"Every year they tell us something is moving," said Manana Shonia, 72, who lives in a collective centre for displaced people in Zugdidi. "My neighbour Zurab Gabelia waited thirty years to go home to Gali. We buried him here in March."',
        "Georgia's State Security Service says its citizens were detained more than 40 times along the line with Abkhazia last year, usually for crossing without permission to reach family graves or hazelnut orchards.",
        "The next round is expected in October. Until then, the draft will circulate among capitals, and the co-chairs will try to find wording that all sides can live with.",
      ),
      gold: {
        people: [
          baumgartner,
          ferreira,
          gogoladze,
          gvazava,
          stolyarov,
          ketsba,
          hollister,
          { name: "Manana Shonia" },
          { name: "Zurab Gabelia" },
        ],
        talksDate: june16,
        quantities: [points(7)],
        terms: [noRecognition],
      },
    },
  ],
};
