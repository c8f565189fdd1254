import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson, type GoldTerm } from "../gold";

/*
 * Swiss-facilitated talks near Geneva on Wednesday, November 4, 2026, between Cameroon's
 * government and the Southern Cameroons Negotiating Platform, an umbrella of Anglophone
 * separatist groups, with a US special envoy observing. The session lasted about seven hours and
 * the facilitators tabled a nine-point roadmap. The Bamenda Voice names a separatist delegation
 * (Julius Tanyi Ebai and Gladys Mokake Esong) that shares no one with the team the other
 * outlets describe, led by Ebenezer Ngwa Forbah.
 */

const abenaMvondo: GoldPerson = {
  name: "Jean-Claude Abena Mvondo",
  aliases: ["Abena Mvondo"],
  side: "cameroon",
  delegation: "cameroon",
};
const ngoBiyong: GoldPerson = {
  name: "Christiane Ngo Biyong",
  side: "cameroon",
  delegation: "cameroon",
};
const enow: GoldPerson = { name: "Peter Ashu Enow", side: "cameroon", delegation: "cameroon" };
const forbah: GoldPerson = {
  name: "Ebenezer Ngwa Forbah",
  aliases: ["Dr. Forbah", "Forbah"],
  side: "separatists",
  delegation: "separatists",
};
const mbuh: GoldPerson = { name: "Comfort Enanga Mbuh", side: "separatists", delegation: "separatists" };
const ndifor: GoldPerson = {
  name: "Emmanuel Fon Ndifor",
  aliases: ["Ndifor"],
  side: "separatists",
  delegation: "separatists",
};
const ebai: GoldPerson = {
  name: "Julius Tanyi Ebai",
  aliases: ["Ebai"],
  side: "separatists",
  delegation: "separatists",
};
const esong: GoldPerson = {
  name: "Gladys Mokake Esong",
  side: "separatists",
  delegation: "separatists",
};
const imhof: GoldPerson = {
  name: "Beatrice Imhof-Renggli",
  aliases: ["Imhof-Renggli"],
  side: "switzerland",
  delegation: "switzerland",
};
const gerber: GoldPerson = { name: "Matthias Gerber", side: "switzerland", delegation: "switzerland" };
const breckenridge: GoldPerson = {
  name: "Harold Breckenridge",
  aliases: ["Breckenridge"],
  side: "us",
  delegation: "us",
};
const okafor: GoldPerson = { name: "Janine Okafor", side: "us", delegation: "us" };
const atangana: GoldPerson = { name: "Thierry Mbarga Atangana", side: "cameroon" };
const tataw: GoldPerson = { name: "Lucas Ambe Tataw", side: "separatists" };
const kessler: GoldPerson = { name: "Nadine Kessler", side: "switzerland" };

const wednesday = goldDay("2026-11-04");
const duration = (min: number, max: number | null) => goldQuantity("meeting.duration", min, max, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire: GoldTerm = { term: "ceasefire", stance: "proposed" };
const corridor: GoldTerm = { term: "humanitarian-corridor", stance: "proposed" };
const prisoners: GoldTerm = { term: "prisoner-exchange", stance: "proposed" };

export const CAMEROON_ANGLOPHONE_GENEVA: GoldCluster = {
  id: "cameroon-anglophone-geneva",
  title: "Cameroon government and Anglophone separatist talks near Geneva",
  sides: {
    cameroon: ["cameroon", "cameroonian", "yaounde", "cameroon-government"],
    separatists: [
      "separatists",
      "separatist",
      "anglophone-separatists",
      "ambazonia",
      "ambazonian",
      "scnp",
      "southern-cameroons",
    ],
  },
  contradict: [{ delegation: "separatists" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "cameroon" },
    { delegation: "switzerland" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "cameroon-radio-helvetica",
      title: "Cameroon and Anglophone separatists hold first direct talks in Switzerland",
      source: "Radio Helvetica International",
      publishedAt: "2026-11-05",
      body: paragraphs(
        "GENEVA — Cameroon's government and a coalition of Anglophone separatist groups held their first direct talks in nearly a decade of conflict on Wednesday, meeting for about seven hours at a lakeside villa outside Geneva under Swiss facilitation.",
        "Switzerland's special envoy for the process, Ambassador Beatrice Imhof-Renggli, chaired the session. She was assisted by Matthias Gerber, a mediation adviser at the Federal Department of Foreign Affairs who has travelled to Yaoundé and Buea several times this year.",
        "The government delegation was led by the minister of territorial administration, Jean-Claude Abena Mvondo. The Southern Cameroons Negotiating Platform, an umbrella for several armed and political groups, sent a team headed by Ebenezer Ngwa Forbah, a former university lecturer in Buea who has lived in exile since 2018.",
        "The United States special envoy for Cameroon, Harold Breckenridge, attended as an observer, the first time Washington has had a seat in the room.",
        "The facilitators put a nine-point roadmap to both sides. According to a Swiss diplomat, it begins with a ceasefire in the North-West and South-West regions, followed by humanitarian corridors to reach villages that aid agencies have not been able to enter for months, and the reopening of schools.",
        'Nadine Kessler, a spokeswoman for the Swiss foreign ministry in Bern, said Switzerland was acting "at the request of both parties" and would not comment on the substance of the discussions.',
        'The conflict began in 2016 when protests by Anglophone lawyers and teachers against the use of French in courts and classrooms were met with a heavy crackdown. Separatists declared an independent state of "Ambazonia" in October 2017. More than 6,500 people have been killed and over 600,000 displaced, according to humanitarian groups.',
        "An earlier Swiss initiative, launched in 2019, stalled amid divisions among the separatists and reluctance in Yaoundé to negotiate with groups it calls terrorists.",
        "Both delegations are expected to remain in Switzerland for consultations on Thursday.",
      ),
      gold: {
        people: [imhof, gerber, abenaMvondo, forbah, breckenridge, kessler],
        talksDate: wednesday,
        quantities: [duration(7, 7), points(9)],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "cameroon-yaounde-morning-post",
      title: "Geneva: Government delegation reaffirms unity of the State",
      source: "Yaoundé Morning Post",
      publishedAt: "2026-11-05",
      body: paragraphs(
        "YAOUNDE — The government delegation to the Geneva talks reaffirmed on Wednesday that the unity and indivisibility of the Republic are not up for discussion, as it met representatives of armed separatist groups from the North-West and South-West regions under the auspices of the Swiss Confederation.",
        "The delegation comprised the Minister of Territorial Administration, Jean-Claude Abena Mvondo; Prof. Christiane Ngo Biyong, legal adviser at the Presidency of the Republic; and Peter Ashu Enow, a former Governor of the South-West Region, whose presence was intended to show that Anglophone Cameroonians stand with the institutions.",
        "Facing them were the representatives of the separatist groups, led by one Ebenezer Ngwa Forbah, alongside Comfort Enanga Mbuh.",
        "The meeting, facilitated by the Swiss ambassador Beatrice Imhof-Renggli, lasted seven hours. Washington's special envoy, Harold Breckenridge, was present as an observer.",
        "Sources close to the delegation say the Swiss facilitators presented a roadmap of nine points. Minister Abena Mvondo welcomed the proposal for a ceasefire and for humanitarian corridors, which he said the government had long offered to anyone prepared to lay down arms.",
        '"There is no question of secession, there will never be a question of secession," the Minister of Communication and government spokesman, Thierry Mbarga Atangana, told journalists in Yaoundé on Thursday. "The Head of State has extended a hand. The Geneva meeting is the proof of that."',
        "The government recalls that the Major National Dialogue of 2019 granted a special status to the two regions, including regional assemblies and a House of Chiefs. Since then, more than 1,200 ex-fighters have passed through the disarmament centres in Bamenda and Buea, according to official figures.",
        '"Yaoundé goes to Geneva from a position of strength, and it knows it," said Achille Ndzana, a political scientist at the University of Yaoundé II. "What the government wants from Switzerland is a ceasefire it can present as a surrender."',
        "The delegation is expected back in the capital at the weekend and will report to the Presidency.",
      ),
      gold: {
        people: [
          abenaMvondo,
          ngoBiyong,
          enow,
          forbah,
          mbuh,
          imhof,
          breckenridge,
          atangana,
          { name: "Achille Ndzana" },
        ],
        talksDate: wednesday,
        quantities: [duration(7, 7), points(9)],
        terms: [ceasefire, corridor],
      },
    },
    {
      id: "cameroon-bamenda-voice",
      title: "Who really sat at the Geneva table? Platform sources name new faces",
      source: "The Bamenda Voice",
      publishedAt: "2026-11-06",
      body: paragraphs(
        "BAMENDA — The men and women who sat across from Yaoundé's ministers in Geneva on Wednesday were not the faces many in the North-West expected.",
        "According to two sources close to the Southern Cameroons Negotiating Platform, the separatist delegation was led by Julius Tanyi Ebai, a former secondary-school principal from Mamfe who has lived in Norway since 2019. His deputy was Gladys Mokake Esong, a lawyer and women's rights campaigner from Kumba.",
        "Mr. Ebai is little known outside diaspora circles, but our sources say he has the confidence of at least three of the armed groups operating in Manyu and Meme divisions, whose commanders have refused to take part in earlier initiatives.",
        "The government team under Jean-Claude Abena Mvondo, the territorial administration minister, spent between six and seven hours in the room with them. The Swiss envoy, Beatrice Imhof-Renggli, chaired. A State Department team led by Washington's special envoy Harold Breckenridge, and including Janine Okafor, deputy assistant secretary of state for Central Africa, watched from the side of the room.",
        "The nine-point roadmap put forward by the Swiss opens with a ceasefire and an exchange of prisoners, including soldiers held by armed groups and fighters detained in Yaoundé's Kondengui prison.",
        'From Maryland, Lucas Ambe Tataw, who leads one of the largest diaspora factions, said his movement "takes note" of the talks but would not be bound by any agreement that did not put self-determination on the agenda.',
        'In Bamenda, the mood was cautious. "My neighbour Ernestine Bih has not seen her son since the army came to Bafut in 2020," said Divine Tangie Che, a teacher whose school has been closed for six years. "If Geneva brings him home, I will believe in Geneva."',
        "Schools across the two regions have been repeatedly targeted since separatists declared a boycott of classes in 2017. In October 2020, gunmen killed seven children at a school in Kumba, an attack that both sides blamed on the other.",
        "Neither the Platform nor the Swiss foreign ministry would confirm the composition of the delegation.",
      ),
      gold: {
        people: [ebai, esong, abenaMvondo, imhof, breckenridge, okafor, tataw, { name: "Divine Tangie Che" }],
        talksDate: wednesday,
        quantities: [duration(6, 7), points(9)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "cameroon-equatorial-news",
      title: "Cameroon, separatists end first round of Swiss-brokered talks",
      source: "Equatorial News Agency",
      publishedAt: null,
      body: paragraphs(
        "Cameroon's government and Anglophone separatist groups ended a first round of Swiss-brokered talks near Geneva on November 4 without a deal but with an agreement to study a roadmap that could lead to a ceasefire in the country's two English-speaking regions.",
        "The meeting lasted nearly seven hours, a participant said.",
        "Minister of Territorial Administration Jean-Claude Abena Mvondo led the government delegation, which also included Peter Ashu Enow, an Anglophone former regional governor. The separatist side, represented by the Southern Cameroons Negotiating Platform, was led by Ebenezer Ngwa Forbah and included Emmanuel Fon Ndifor, a barrister who has defended detained activists in military courts.",
        "Swiss ambassador Beatrice Imhof-Renggli facilitated the session. The US side, in the person of special envoy Harold Breckenridge, observed.",
        "The nine-point roadmap calls for a ceasefire monitored by an independent mechanism, humanitarian corridors to areas cut off by fighting, a prisoner exchange, the reopening of schools and a later political dialogue on the status of the regions. Both delegations will consult their principals before a second round.",
        '"This is the first time the separatists have come to the table as a single platform, and that alone makes it different from 2019," said Rosemary Fonkeng, a Cameroon analyst at the International Crisis Group. "The test will be whether the commanders on the ground accept what their representatives agree in Switzerland."',
        'Ndifor told reporters the separatists wanted the release of detainees held since 2017 as a first step. "Confidence is built by actions, not by communiqués," he said.',
        "Cameroon's Anglophone minority makes up about a fifth of the country's population of around 29 million. The conflict has killed thousands and emptied hundreds of villages. Humanitarian agencies estimate that about 1.7 million people in the two regions need assistance, and more than 3,000 schools remain closed.",
        "Cameroon's government has in the past rejected foreign mediation, saying the crisis is an internal matter. Officials in Yaoundé have described the Swiss role as facilitation rather than mediation.",
      ),
      gold: {
        people: [abenaMvondo, enow, forbah, ndifor, imhof, breckenridge, { name: "Rosemary Fonkeng" }],
        talksDate: { start: null, end: null, parts: { month: 11, day: 4 } },
        quantities: [duration(7, 7), points(9)],
        terms: [ceasefire, corridor, prisoners],
      },
    },
    {
      id: "cameroon-global-affairs-review",
      title: "Opinion: Geneva is Cameroon's last good chance. Don't waste it",
      source: "The Global Affairs Review",
      publishedAt: "2026-11-09",
      body: paragraphs(
        "Last Wednesday, in a villa above Lake Geneva, something happened that many of us who worked in Cameroon's North-West and South-West regions had stopped expecting: a government minister and the leaders of the Anglophone separatist movement sat in the same room and talked for seven hours.",
        "I have been to too many workshops on this conflict to mistake a meeting for a peace. But the composition of the room matters. Across from Jean-Claude Abena Mvondo, the minister Yaoundé sent, sat Ebenezer Ngwa Forbah and Comfort Enanga Mbuh of the Southern Cameroons Negotiating Platform. Dr. Forbah is a careful man with a long memory; Ms. Mbuh spent years documenting abuses by both sides before she joined the platform's leadership.",
        "Between them sat the Swiss, whose ambassador, Beatrice Imhof-Renggli, has spent three years coaxing both sides towards this moment, and the American envoy, Harold Breckenridge, whose presence signals that Washington is finally paying attention to a war it long treated as a footnote.",
        "The nine-point roadmap the Swiss tabled is sensible. It puts a ceasefire first, then humanitarian corridors into the areas where aid workers have been kidnapped or turned back, then schools. It leaves the hardest question, the political status of the two regions, for later. That is the right order.",
        "The danger lies elsewhere. Yaoundé still speaks of the talks as a favour granted, and its spokesmen repeat that the form of the State is not negotiable. In the diaspora, leaders such as Lucas Ambe Tataw have already signalled that they will denounce any deal short of independence. Between those two positions are the people who have paid for this war: more than 6,000 dead, according to most estimates, and a generation of children who have lost up to eight years of schooling.",
        "There is also the matter of money. The humanitarian appeal for Cameroon was less than 40 percent funded last year, and donors distracted by larger crises will not stay patient for long.",
        "Outsiders can help. The United States and the European Union should make clear that they will fund reconstruction and the reintegration of fighters once a ceasefire holds, and that they will not fund it before. Switzerland should keep the process small and discreet, as it has so far.",
        "Geneva will not end this conflict by itself. But it is the first process in years with both sides in the room and a credible facilitator in the chair. It deserves better than to become another footnote.",
        "The writer served with the United Nations humanitarian coordination office in Buea.",
      ),
      gold: {
        people: [abenaMvondo, forbah, mbuh, imhof, breckenridge, tataw],
        talksDate: wednesday,
        quantities: [duration(7, 7), points(9)],
        terms: [ceasefire, corridor],
      },
    },
  ],
};
