import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Security talks between India and Pakistan in London, hosted by Britain with a US observer in
 * the room, held on Tuesday, April 14, 2026. One Pakistani paper puts the meeting on Monday.
 */

const kesavan: GoldPerson = { name: "Arvind Kesavan", side: "india", delegation: "india" };
const rathore: GoldPerson = { name: "Meera Rathore", side: "india", delegation: "india" };
const bisht: GoldPerson = { name: "Devendra Bisht", side: "india", delegation: "india" };
const durrani: GoldPerson = { name: "Shahid Iqbal Durrani", side: "pakistan", delegation: "pakistan" };
const qureshiMalik: GoldPerson = {
  name: "Ayesha Qureshi-Malik",
  side: "pakistan",
  delegation: "pakistan",
};
const wattoo: GoldPerson = { name: "Faisal Wattoo", side: "pakistan", delegation: "pakistan" };
const marchbank: GoldPerson = { name: "Helena Marchbank", side: "uk", delegation: "uk" };
const halvorsen: GoldPerson = { name: "Corinne Halvorsen", side: "us", delegation: "us" };
const chaturvedi: GoldPerson = { name: "Sunil Chaturvedi", side: "india" };
const abbasi: GoldPerson = { name: "Nusrat Abbasi", side: "pakistan" };
const hashmi: GoldPerson = { name: "Farah Hashmi" };
const duration = (min: number, max: number | null, flags = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const baseTerms = [
  { term: "ceasefire", stance: "proposed" },
  { term: "prisoner-exchange", stance: "proposed" },
] as const;

export const INDIA_PAKISTAN_LONDON: GoldCluster = {
  id: "india-pakistan-london",
  title: "India–Pakistan security talks in London",
  sides: {
    india: ["india", "indian", "new-delhi", "delhi"],
    pakistan: ["pakistan", "pakistani", "islamabad"],
    uk: ["uk", "britain", "british", "united-kingdom"],
  },
  contradict: [{ slot: "meeting.date" }],
  consistent: [
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "india" },
    { delegation: "pakistan" },
    { delegation: "uk" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "india-pakistan-london-wire",
      title: "India, Pakistan security chiefs hold first direct talks in a year",
      source: "Meridian Wire",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "LONDON, April 14 (Meridian) — Senior security officials from India and Pakistan held their first face-to-face talks in more than a year on Tuesday, meeting at a government guest house in London to discuss an eight-point framework meant to stop the shelling along the Line of Control that divides Kashmir.",
        "India's deputy national security adviser, Arvind Kesavan, led the Indian delegation. He was joined by Meera Rathore, the foreign ministry's joint secretary for Pakistan, and Lt. Gen. Devendra Bisht, the army's director general of military operations.",
        "The Pakistani team comprised Shahid Iqbal Durrani, the prime minister's special envoy on national security, Additional Foreign Secretary Ayesha Qureshi-Malik and Maj. Gen. Faisal Wattoo, who heads military operations at army headquarters in Rawalpindi.",
        "Britain's minister for South Asia, Helena Marchbank, hosted the meeting, which lasted nearly six hours. Corinne Halvorsen, Washington's deputy assistant secretary for South and Central Asia, sat in as an observer, a US official said.",
        "The framework, drafted by British officials over the winter, calls for both armies to restore the 2003 ceasefire understanding, reopen a military hotline that has been silent since last May, and exchange civilian prisoners and fishermen held in each other's jails.",
        "At least 70 people were killed in four days of cross-border strikes last year, and the two governments recalled most of their diplomats. Trade between the neighbours, worth about $2 billion a year before the crisis, has all but stopped.",
        'In New Delhi, foreign ministry spokesman Sunil Chaturvedi said the talks were "limited to the security situation" and did not signal a return to broader dialogue. "Terror and talks cannot go together; that position has not changed," he told reporters.',
        "Neither delegation spoke to the press as it left the building. A British official said the two sides had agreed to report back to their capitals and that a second round had not yet been scheduled.",
      ),
      gold: {
        people: [kesavan, rathore, bisht, durrani, qureshiMalik, wattoo, marchbank, halvorsen, chaturvedi],
        talksDate: goldDay("2026-04-14"),
        quantities: [duration(6, 6), points(8)],
        terms: baseTerms,
      },
    },
    {
      id: "india-pakistan-london-ledger",
      title: "Durrani presses for prisoner swap at London meeting",
      source: "The Indus Ledger",
      publishedAt: "2026-04-15",
      body: paragraphs(
        "ISLAMABAD — Pakistan's national security envoy pressed India for the early release of hundreds of fishermen and civilian detainees when the two sides met in London on Monday, officials here said, in talks both governments are at pains to describe as narrow.",
        "Shahid Iqbal Durrani, flanked by Additional Foreign Secretary Ayesha Qureshi-Malik and Maj. Gen. Faisal Wattoo, spent more than five hours with the Indian side at the invitation of the British government. Across the table sat Arvind Kesavan, India's deputy national security adviser, and an Indian army general, Devendra Bisht.",
        "According to a Foreign Office official who briefed the Ledger, the British paper on the table runs to eight points, beginning with a commitment from both militaries to the ceasefire along the Line of Control and ending with a proposed prisoner exchange overseen by the International Committee of the Red Cross.",
        "Pakistan holds about 190 Indian fishermen, most of them arrested off the coast of Sindh, while Indian jails hold an estimated 260 Pakistani nationals, including many who have finished their sentences, according to figures shared by both governments in January.",
        '"My son went out for shrimp and has been gone for three years," said Zubaida Khatoon, whose family lives in Ibrahim Hyderi, a fishing settlement on the edge of Karachi. "Tell them Ghulam Rasool is still waiting in Jamnagar."',
        'Foreign Office spokeswoman Nusrat Abbasi told a weekly briefing that the meeting had been "businesslike and useful" and that Pakistan had raised the situation in Indian-administered Kashmir. She would not say whether Islamabad had agreed to a second round.',
        "The British host, Minister Helena Marchbank, chaired the meeting. An American diplomat, Corinne Halvorsen, also attended, officials said.",
        "The talks are the first structured contact since the four-day conflict last May, which ended with a ceasefire announced separately by both sides. Analysts in Islamabad caution that the process could collapse after any major attack.",
      ),
      gold: {
        people: [
          durrani,
          qureshiMalik,
          wattoo,
          kesavan,
          bisht,
          { name: "Zubaida Khatoon" },
          { name: "Ghulam Rasool" },
          abbasi,
          marchbank,
          halvorsen,
        ],
        talksDate: goldDay("2026-04-13"),
        quantities: [duration(5, null, { minExclusive: true }), points(8)],
        terms: baseTerms,
      },
    },
    {
      id: "india-pakistan-london-live",
      title: "Live: India and Pakistan meet in London",
      source: "South Asia Live",
      publishedAt: "2026-04-14",
      body: paragraphs(
        "09:05 BST — Good morning from Carlton Gardens, where India and Pakistan are about to sit down for their first security talks since last year's fighting. We'll bring you updates throughout Tuesday.",
        "09:20 — The Indian delegation has arrived. Arvind Kesavan, the deputy national security adviser, is leading it, with Meera Rathore of the external affairs ministry and Lt. Gen. Devendra Bisht walking in behind him.",
        "09:32 — Pakistan's car pulls up. The team comprises envoy Shahid Iqbal Durrani, senior diplomat Ayesha Qureshi-Malik and Maj. Gen. Faisal Wattoo. None of them stops for the cameras.",
        "09:45 — The host is Helena Marchbank, the Foreign Office minister responsible for South Asia. The US side is represented by Corinne Halvorsen, a deputy assistant secretary of state, who is attending as an observer.",
        "11:10 — The start has been delayed, reportedly over the seating plan. A reminder of the stakes: more than 3,000 ceasefire violations were recorded along the Line of Control in 2025, according to a tally kept by the Indian army, and at least 70 people died in last May's clashes.",
        "13:05 — The talks are finally under way behind closed doors.",
        "14:30 — Sources tell us the mediators' paper has eight points. The first is a return to the ceasefire; later clauses cover a prisoner exchange and the reopening of the hotline between the two militaries.",
        '15:50 — A statement from New Delhi. Spokesman Sunil Chaturvedi says India\'s delegation "is in London to discuss de-escalation, nothing more".',
        '17:15 — Still no sign of the delegations. A British official says the talks are "serious and detailed".',
        "18:50 — It's over. The meeting broke up after nearly six hours, a Foreign Office spokesperson says. Both delegations left by a side entrance. We're closing this live page; our correspondents will file a full report later tonight.",
      ),
      gold: {
        people: [kesavan, rathore, bisht, durrani, qureshiMalik, wattoo, marchbank, halvorsen, chaturvedi],
        talksDate: goldDay("2026-04-14"),
        quantities: [duration(6, 6), points(8)],
        terms: baseTerms,
      },
    },
    {
      id: "india-pakistan-london-nodate",
      title: "India and Pakistan talk for six hours in London, agree to report back",
      source: "Continental News Agency",
      publishedAt: null,
      body: paragraphs(
        "India and Pakistan's national security teams met for six hours in London on Tuesday, the first direct talks between the nuclear-armed neighbours since a brief war last year that killed dozens of people on both sides.",
        "The Indian side was headed by Arvind Kesavan, a former intelligence officer who is now deputy national security adviser. Pakistan sent Shahid Iqbal Durrani, a retired diplomat who serves as the prime minister's special envoy on security. Mr. Kesavan briefed the prime minister by telephone after the session, an Indian official said.",
        'The talks were convened by the British government. Helena Marchbank, the minister who hosted them, said afterwards that both delegations had "engaged seriously with a difficult agenda". A State Department team led by Corinne Halvorsen attended as observers.',
        "Officials familiar with the discussions said they focused on a framework of eight points put forward by Britain, including restoring the ceasefire on the Line of Control and a prisoner exchange covering fishermen and civilians who have completed their sentences.",
        "Both governments face domestic pressure not to be seen to give ground. Indian opposition parties have accused the government of returning to talks without any Pakistani commitment on militant groups, while Pakistan's opposition says Islamabad has nothing to show for months of restraint.",
        '"This is crisis management, not a peace process," said Rohan Mirchandani, a South Asia fellow at Chatham House. "The best outcome is that the hotline rings again and the guns stay quiet through the summer."',
        "The Line of Control, about 740 kilometres long, has been the scene of repeated flare-ups since 1947. A 2003 ceasefire understanding largely held for two decades before breaking down last year.",
      ),
      gold: {
        people: [kesavan, durrani, marchbank, halvorsen, { name: "Rohan Mirchandani" }],
        talksDate: { start: null, end: null, parts: { weekday: 2 } },
        quantities: [duration(6, 6), points(8)],
        terms: baseTerms,
      },
    },
    {
      id: "india-pakistan-london-review",
      title: "Opinion: The London talks were a start, and only that",
      source: "The Subcontinent Review",
      publishedAt: "2026-04-17",
      body: paragraphs(
        "It would be easy to dismiss what happened in London on April 14 as a photo opportunity without the photos. The two delegations arrived separately, left separately and said almost nothing in public. But six hours in the same room is more than India and Pakistan have managed in a long time.",
        "The men who sat down together are not diplomats of the old school. Arvind Kesavan, the deputy national security adviser who led India's team, built his career in counter-terrorism; he brought with him Lt. Gen. Devendra Bisht, whose office handles the daily radio contact with the Pakistani army. The general, by most accounts, did much of the talking on the military hotline.",
        "On the other side, Shahid Iqbal Durrani, Islamabad's envoy, arrived with a short list of asks, at the top of which was a prisoner exchange. The envoy's calculation is that families of jailed fishermen are a constituency no politician in either country can ignore.",
        "The British, led by Helena Marchbank, deserve credit for the eight-point framework, which is modest enough to be acceptable. It revives the ceasefire, restores the hotline and sets up a joint mechanism for releasing prisoners. What it does not do is touch Kashmir's political future.",
        "That is deliberate. India has ruled out any demilitarized zone along the Line of Control, which Pakistani officials have floated in the past, and New Delhi insists that Kashmir is an internal matter. Islamabad, for its part, cannot be seen to drop the issue entirely.",
        '"The framework is valuable precisely because it is boring," Farah Hashmi, a security analyst at the Lahore University of Management Sciences, told me. "Nobody has to sell a concession at home."',
        "The risk is the one that has ended every earlier effort, from the Lahore bus of 1999 to the composite dialogue of the 2000s: a single large attack, and the politics of both countries snap back. The London process will be tested not in the next round but in the next crisis.",
      ),
      gold: {
        people: [kesavan, bisht, durrani, marchbank, hashmi],
        talksDate: goldDay("2026-04-14"),
        quantities: [duration(6, 6), points(8)],
        terms: [...baseTerms, { term: "demilitarized-zone", stance: "ruled-out" }],
      },
    },
  ],
};
