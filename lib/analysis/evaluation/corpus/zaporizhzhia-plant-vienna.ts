import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks in Vienna on the safety of the Zaporizhzhia nuclear power plant, convened by the IAEA
 * with Ukrainian and Russian delegations and a US team observing, over two days on Wednesday
 * and Thursday, May 20–21, 2026. One outlet describes the protocol as five points, not seven.
 */

const vaalerHolm: GoldPerson = { name: "Ingrid Vaaler-Holm", side: "iaea", delegation: "iaea" };
const echeverria: GoldPerson = { name: "Tomás Echeverría", side: "iaea", delegation: "iaea" };
const pylypchuk: GoldPerson = { name: "Oksana Pylypchuk", side: "ukraine", delegation: "ukraine" };
const melnychuk: GoldPerson = { name: "Andriy Melnychuk", side: "ukraine", delegation: "ukraine" };
const yaremko: GoldPerson = { name: "Dmytro Yaremko", side: "ukraine", delegation: "ukraine" };
const lebedinsky: GoldPerson = { name: "Vadim Lebedinsky", side: "russia", delegation: "russia" };
const voronova: GoldPerson = { name: "Yelena Voronova", side: "russia", delegation: "russia" };
const whitfieldReyes: GoldPerson = { name: "Marcus Whitfield-Reyes", side: "us", delegation: "us" };
const kowalczyk: GoldPerson = { name: "Dana Kowalczyk", side: "us", delegation: "us" };
const ostrikov: GoldPerson = { name: "Pavel Ostrikov", side: "russia" };
const tkachuk: GoldPerson = { name: "Yuriy Tkachuk", side: "ukraine" };
const brunnhuber: GoldPerson = { name: "Katharina Brunnhuber" };
const round = goldDay("2026-05-20", "2026-05-21");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const terms = [
  { term: "demilitarized-zone", stance: "proposed" },
  { term: "ceasefire", stance: "proposed" },
  { term: "sanctions-relief", stance: "ruled-out" },
] as const;

export const ZAPORIZHZHIA_PLANT_VIENNA: GoldCluster = {
  id: "zaporizhzhia-plant-vienna",
  title: "Zaporizhzhia nuclear plant talks in Vienna",
  sides: {
    iaea: ["iaea", "international-atomic-energy-agency", "atomic-energy-agency"],
  },
  contradict: [{ slot: "plan.size" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "ukraine" },
    { delegation: "russia" },
    { delegation: "iaea" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "zaporizhzhia-plant-vienna-wire",
      title: "Ukraine, Russia end Vienna talks on nuclear plant without deal",
      source: "Danube Press Agency",
      publishedAt: "2026-05-21",
      body: paragraphs(
        "VIENNA, May 21 (DPA) — Ukrainian and Russian officials ended a two-day round of talks on the Zaporizhzhia nuclear power plant on Thursday without agreeing on a seven-point safety protocol put forward by the International Atomic Energy Agency, though both sides said they would return to the table.",
        "The talks at the agency's headquarters were chaired by Ingrid Vaaler-Holm, the IAEA's deputy director general for nuclear safety, who was assisted by the head of the agency's reactor safety division, Tomás Echeverría.",
        "The Ukrainian delegation was headed by Deputy Energy Minister Oksana Pylypchuk and included Andriy Melnychuk, an engineer from the state nuclear operator Energoatom, and Col. Dmytro Yaremko of the general staff. Russia's side was led by Vadim Lebedinsky, a deputy director general of the state nuclear corporation Rosatom, alongside Yelena Voronova of the foreign ministry's non-proliferation department.",
        "A State Department team led by Marcus Whitfield-Reyes, principal deputy assistant secretary for international security and nonproliferation, attended both days as observers, the US mission in Vienna said.",
        "The agency's protocol would create a demilitarized zone of roughly 30 kilometres around the plant, the largest in Europe with six reactors, and require a local ceasefire whenever engineers repair the high-voltage lines that feed its cooling systems. The plant has lost off-site power at least ten times since it was seized in March 2022.",
        "According to two diplomats, the Russian delegation asked that sanctions on Rosatom be lifted as part of any arrangement. Ukraine and the United States ruled out any sanctions relief, the diplomats said.",
        'Kremlin spokesman Pavel Ostrikov told reporters in Moscow that Russia was "ready to discuss the safety of the station, which is a Russian facility, but not its status".',
        'Vaaler-Holm said both sides had "engaged constructively on technical questions" and that she hoped to convene a further round in June.',
      ),
      gold: {
        people: [
          vaalerHolm,
          echeverria,
          pylypchuk,
          melnychuk,
          yaremko,
          lebedinsky,
          voronova,
          whitfieldReyes,
          ostrikov,
        ],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms,
      },
    },
    {
      id: "zaporizhzhia-plant-vienna-explainer",
      title: "Explainer: What was on the table in Vienna, and why it matters",
      source: "Europe Briefing",
      publishedAt: "2026-05-24",
      body: paragraphs(
        "The negotiations over Europe's largest nuclear power plant are among the few channels through which Kyiv and Moscow still talk directly. Here is what happened at the latest round, held in Vienna on May 20 and 21.",
        "Who was in the room? The International Atomic Energy Agency convened the meeting. Its deputy director general, Ingrid Vaaler-Holm, a Norwegian physicist, chaired both days. Ukraine sent a team led by Oksana Pylypchuk, the deputy energy minister, and an Energoatom engineer, Andriy Melnychuk. Russia's delegation was headed by Vadim Lebedinsky of Rosatom. The American delegation, headed by Marcus Whitfield-Reyes of the State Department, observed; he was accompanied by Dana Kowalczyk, a reactor specialist from the Department of Energy.",
        "What is being proposed? A seven-point protocol drafted by the agency. Its core is a demilitarized zone around the plant, from which heavy weapons and troops would be withdrawn, and a mechanism for a local ceasefire so that repair crews can reach damaged power lines.",
        "What did each side want? Ukraine wants the plant returned to its control in the long run and treats the protocol as a first step. Russia wants the agency to recognise its operation of the station and has asked for sanctions on Rosatom to be eased, which Kyiv and Washington have ruled out.",
        "How long did the talks last? Two days of talks, with the delegations meeting separately with the agency's experts for much of the second day before a closing joint session.",
        'Why does it matter? The plant\'s six reactors have been in cold shutdown since 2024, but they still need power to keep spent fuel cool. "We are one drone away from a very bad day," said Katharina Brunnhuber, a researcher at the Vienna Center for Disarmament and Non-Proliferation.',
        "What happens next? The agency says it hopes to reconvene the parties in June. Diplomats caution that the protocol is unlikely to be signed before there is progress in the wider negotiations on the war.",
      ),
      gold: {
        people: [vaalerHolm, pylypchuk, melnychuk, lebedinsky, whitfieldReyes, kowalczyk, brunnhuber],
        talksDate: round,
        quantities: [points(7), twoDays],
        terms,
      },
    },
    {
      id: "zaporizhzhia-plant-vienna-broadcast",
      title: "Nuclear watchdog hosts Ukraine and Russia for plant safety talks",
      source: "Atlantic World Service",
      publishedAt: null,
      body: paragraphs(
        "Ukraine and Russia have spent two days this week in talks at the headquarters of the UN's nuclear watchdog in Vienna, trying to agree on how to keep the occupied Zaporizhzhia plant safe while fighting continues around it.",
        "The talks brought together Ukraine's deputy energy minister, Oksana Pylypchuk, and Vadim Lebedinsky, a senior executive of Russia's state nuclear company, Rosatom. They did not shake hands in front of cameras, but officials said they sat at the same table for the joint sessions.",
        "The meeting was chaired by Ingrid Vaaler-Holm of the International Atomic Energy Agency. Washington's observer team was led by Marcus Whitfield-Reyes, a senior nonproliferation official, and included Dana Kowalczyk from the Department of Energy.",
        "Ukraine's team also included Col. Dmytro Yaremko, an officer responsible for the front line near the plant. Across from him sat Yelena Voronova, a Russian foreign ministry official who has attended previous rounds.",
        "At issue is a plan for a demilitarized zone around the plant and a ceasefire in the area whenever repair work is under way. Russia wants sanctions on Rosatom eased; the Ukrainian and American delegations have ruled that out.",
        'In Kyiv, foreign ministry spokesman Yuriy Tkachuk said Ukraine would "not trade the safety of millions of Europeans for sanctions relief for the company that is occupying our plant".',
        'Residents of Nikopol, across the Kakhovka reservoir from the plant, say shelling of the town has continued almost daily. "We see the reactors from our windows," said Halyna Rudenko, a retired teacher. "My grandson asks me every night if they will explode."',
      ),
      gold: {
        people: [
          pylypchuk,
          lebedinsky,
          vaalerHolm,
          whitfieldReyes,
          kowalczyk,
          yaremko,
          voronova,
          tkachuk,
          { name: "Halyna Rudenko" },
        ],
        talksDate: null,
        quantities: [twoDays],
        terms,
      },
    },
    {
      id: "zaporizhzhia-plant-vienna-courier",
      title: "Vienna talks: Kyiv's negotiators hold the line on sanctions",
      source: "The Dnipro Courier",
      publishedAt: "2026-05-22",
      body: paragraphs(
        "ZAPORIZHZHIA — Ukraine's negotiators returned from Vienna on Friday after talks on Wednesday and Thursday over the nuclear plant that has been occupied by Russian troops for more than four years, with officials in the regional administration saying Kyiv had given nothing away.",
        "Deputy Energy Minister Oksana Pylypchuk led the delegation, alongside Andriy Melnychuk, who worked at the plant as a shift supervisor until 2022, and Col. Dmytro Yaremko. Melnychuk, who still has relatives in Enerhodar, the plant's company town, was the only member of the team to speak to reporters.",
        '"Our people at the station are working under guns. Every point of the protocol has to start from that," he said.',
        "The Russian delegation, headed by Vadim Lebedinsky of Rosatom, pushed for the IAEA to recognise the Russian operating licence issued in 2022 and for the lifting of sanctions against Rosatom, according to a member of the Ukrainian team. Both demands were ruled out.",
        "The International Atomic Energy Agency's Ingrid Vaaler-Holm chaired the two days of talks. The agency's seven-point protocol includes a demilitarized zone around the plant and a ceasefire during repairs to the power lines.",
        "About 2,500 of the plant's original 11,000 staff remain in Enerhodar, according to Energoatom, which says many of them have been pressed into signing contracts with Rosatom.",
        '"Every month we wait, the station becomes more dangerous," said Serhiy Bondar, a former deputy chief engineer who now lives in Zaporizhzhia city. The regional governor, Mykhailo Kostenko, said on Friday that the city was ready to host inspectors and engineers if the agency\'s protocol is agreed.',
      ),
      gold: {
        people: [
          pylypchuk,
          melnychuk,
          yaremko,
          lebedinsky,
          vaalerHolm,
          { name: "Serhiy Bondar" },
          { name: "Mykhailo Kostenko", side: "ukraine" },
        ],
        talksDate: round,
        quantities: [twoDays, points(7)],
        terms,
      },
    },
    {
      id: "zaporizhzhia-plant-vienna-monitor",
      title: "Analysis: A narrow deal on a nuclear plant is the most either side can offer",
      source: "Black Sea Monitor",
      publishedAt: "2026-05-23",
      body: paragraphs(
        "The most striking thing about this week's talks in Vienna was how little anyone expected of them. Diplomats arriving at the IAEA on Wednesday spoke of managing risk, not solving it; by the time the round ended on Thursday, that modest goal looked about right.",
        "The document at the centre of the talks is a five-point protocol, according to a copy circulated among diplomats in Vienna. It would demilitarize the area around the plant and provide for a ceasefire when engineers need to repair power lines, but it leaves aside the question of who runs the station.",
        "Ingrid Vaaler-Holm, who chaired the talks for the agency, has spent three years shuttling between Kyiv and Moscow. Her counterparts were Oksana Pylypchuk, a career energy official who led the Ukrainian delegation, and Vadim Lebedinsky, the Rosatom executive who headed Russia's. The Russian was accompanied by Yelena Voronova, a diplomat with long experience of the agency's board of governors.",
        "The Russian side sought relief from sanctions on Rosatom, which has continued to supply nuclear fuel to several European Union countries. That request was ruled out by Ukraine and by the American observers led by Marcus Whitfield-Reyes.",
        '"Moscow wants the agency to treat the plant as Russian in all but name," said Katharina Brunnhuber of the Vienna Center for Disarmament and Non-Proliferation. "Kyiv wants a safety arrangement that does not legitimise the occupation. The protocol has to square that circle."',
        "The stakes are not abstract. The plant's cooling pond has been drawn down since the Kakhovka dam was destroyed in 2023, and the 750-kilovolt line that supplies it has been cut repeatedly. A serious accident would not respect front lines or the borders of the EU, whose 27 members have a direct interest in the outcome.",
        "For now, the parties have agreed only to meet again. Given where the wider war stands, that may be the best news from Vienna.",
      ),
      gold: {
        people: [vaalerHolm, pylypchuk, lebedinsky, voronova, whitfieldReyes, brunnhuber],
        talksDate: round,
        quantities: [points(5)],
        terms: [
          { term: "demilitarized-zone", stance: "proposed" },
          { term: "ceasefire", stance: "proposed" },
          { term: "sanctions-relief", stance: "ruled-out" },
        ],
      },
    },
  ],
};
