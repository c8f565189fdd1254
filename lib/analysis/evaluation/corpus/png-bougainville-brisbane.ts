import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Papua New Guinea and the Autonomous Bougainville Government meet in Brisbane on Tuesday,
 * March 3, 2026, under a New Zealand moderator, with Australia hosting and US observers, and
 * adopt a 12-point roadmap for the independence vote in parliament. The Port Moresby Tribune says
 * the president stayed home and names a different Bougainville delegation.
 */

const yanepa: GoldPerson = { name: "Walter Yanepa", side: "png", delegation: "png" };
const kila: GoldPerson = { name: "Agnes Kila", side: "png", delegation: "png" };
const aopi: GoldPerson = { name: "Linus Aopi", side: "png", delegation: "png" };
const masiu: GoldPerson = { name: "Ezekiel Masiu", side: "bougainville", delegation: "bougainville" };
const hakena: GoldPerson = { name: "Clara Hakena", side: "bougainville", delegation: "bougainville" };
const pokana: GoldPerson = { name: "Thomas Pokana", side: "bougainville", delegation: "bougainville" };
const tsirupa: GoldPerson = { name: "Bernard Tsirupa", side: "bougainville", delegation: "bougainville" };
const tamehana: GoldPerson = {
  name: "Rawiri Tamehana",
  aliases: ["Sir Rawiri"],
  side: "new-zealand",
  delegation: "new-zealand",
};
const lowell: GoldPerson = { name: "Catherine Lowell", side: "australia", delegation: "australia" };
const osei: GoldPerson = { name: "Rebecca Osei", side: "us", delegation: "us" };
const tanaka: GoldPerson = { name: "Jeffrey Tanaka", side: "us", delegation: "us" };
const brandt: GoldPerson = { name: "Ethan Brandt", side: "us", delegation: "us" };
const pryce: GoldPerson = { name: "Nolan Pryce", side: "us" };
const greaves: GoldPerson = { name: "Walter Greaves" };
const carrick: GoldPerson = { name: "Fiona Carrick" };
const kopana: GoldPerson = { name: "Damien Kopana" };
const wapi: GoldPerson = { name: "Joel Wapi", side: "png" };
const march3 = goldDay("2026-03-03");
const minutes = (n: number) => goldQuantity("meeting.duration", n, n, "minute");
const hours = (n: number) => goldQuantity("meeting.duration", n, n, "hour");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const vote = { term: "elections", stance: "mentioned" } as const;
const guarantees = { term: "security-guarantees", stance: "proposed" } as const;

export const PNG_BOUGAINVILLE_BRISBANE: GoldCluster = {
  id: "png-bougainville-brisbane",
  title: "Papua New Guinea–Bougainville talks in Brisbane",
  sides: {
    png: ["png", "papua-new-guinea", "papua-new-guinean", "port-moresby", "national-government"],
    bougainville: ["bougainville", "abg", "autonomous-bougainville-government", "bougainvillean", "buka"],
    "new-zealand": ["new-zealand", "nz", "new-zealander", "wellington"],
    australia: ["australia", "australian", "canberra"],
  },
  contradict: [{ delegation: "bougainville" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { slot: "plan.size" },
    { delegation: "png" },
    { delegation: "new-zealand" },
    { delegation: "australia" },
    { delegation: "us" },
    { term: "elections" },
  ],
  articles: [
    {
      id: "png-bougainville-brisbane-pnw",
      title: "PNG and Bougainville agree 12-point roadmap on independence vote",
      source: "Pacific Newswire",
      publishedAt: "2026-03-03",
      body: paragraphs(
        "BRISBANE, March 3 (PNW) — Papua New Guinea and the Autonomous Bougainville Government agreed on Tuesday to a 12-point roadmap for putting the result of Bougainville's independence referendum before the national parliament, breaking more than a year of deadlock over how the vote should be counted.",
        "Papua New Guinea's delegation was led by Walter Yanepa, the minister for Bougainville affairs, who was joined by the chief secretary to government, Agnes Kila. Bougainville President Ezekiel Masiu headed his government's team, alongside Clara Hakena, the minister responsible for the independence mission.",
        "The 90-minute meeting, held at a government conference centre on the Brisbane River, was moderated by Sir Rawiri Tamehana, a former governor-general of New Zealand whom both governments appointed to the role. Australia's Minister for International Development and the Pacific, Catherine Lowell, hosted.",
        "Two American officials attended as observers: Rebecca Osei, a deputy assistant secretary of state whose portfolio covers the Pacific Islands, and Jeffrey Tanaka, the US ambassador in Port Moresby.",
        "Under the roadmap, the ratification motion would be tabled in the national parliament before the 2027 general elections, with the two governments to agree within six months on the majority required to pass it. Bougainville also asked for security guarantees for the area around the Panguna copper mine, which a joint task force would patrol during the transition.",
        '"We have waited six years since our people spoke," Masiu told reporters afterwards. "Today, for the first time, there is a timetable on paper."',
        "In the 2019 referendum, 97.7 percent of Bougainvilleans voted for independence, on a turnout of 87 percent. The vote was a central promise of the 2001 peace agreement that ended a civil war from 1988 to 1998 in which as many as 20,000 people are estimated to have died.",
        'In Washington, State Department spokesman Nolan Pryce said the United States "respects the process agreed by the two governments" and had attended at their invitation.',
        "Panguna, closed since 1989, once produced close to 45 percent of Papua New Guinea's export earnings. Its future is expected to be one of the hardest questions in the talks to come.",
      ),
      gold: {
        people: [yanepa, kila, masiu, hakena, tamehana, lowell, osei, tanaka, pryce],
        talksDate: march3,
        quantities: [minutes(90), points(12)],
        terms: [vote, guarantees],
      },
    },
    {
      id: "png-bougainville-brisbane-csb",
      title: "Bougainville and PNG leaders agree independence roadmap in Brisbane",
      source: "Coral Sea Broadcasting",
      publishedAt: "2026-03-03",
      body: paragraphs(
        "Leaders from Papua New Guinea and Bougainville have agreed on a timetable for the island region's long-delayed independence vote in parliament, after talks in Brisbane this afternoon.",
        "The meeting, which lasted an hour and a half, produced a roadmap of twelve points that both sides described as a breakthrough. It commits the national government to tabling the referendum result before the 2027 elections.",
        "Bougainville's President Ezekiel Masiu arrived with his minister for the independence mission, Clara Hakena, at his side. Across the table sat Walter Yanepa, Papua New Guinea's minister for Bougainville affairs. Mr. Yanepa, flanked by chief secretary Agnes Kila, told Coral Sea Broadcasting the government had \"come to Brisbane to solve this, not to stall it.\"",
        'Minister Catherine Lowell, who hosted the talks, said Australia had no view on the outcome of the process but a strong interest in its success. "Stability in Bougainville is stability in our region," she said.',
        "The talks were chaired by the independent moderator, Sir Rawiri Tamehana of New Zealand. He has spent much of the past year shuttling between Port Moresby and Buka.",
        "Washington was also represented. The State Department's Rebecca Osei and a US military officer, Lt. Col. Ethan Brandt of Indo-Pacific Command, watched from the side of the room. Their presence reflects growing American interest in the South Pacific since the US and Papua New Guinea signed a defence cooperation agreement in 2023.",
        'Fiona Carrick, a Pacific analyst at the Lowy Institute, said the roadmap dodged the hardest question. "The majority required in parliament is still not settled, and that is the whole ballgame," she said. "A simple majority and a two-thirds majority lead to very different futures."',
        "Bougainville, home to about 300,000 people, voted overwhelmingly for independence in 2019 under the terms of a peace agreement that ended a decade of war.",
      ),
      gold: {
        people: [masiu, hakena, yanepa, kila, lowell, tamehana, osei, brandt, carrick],
        talksDate: march3,
        quantities: [hours(1.5), points(12)],
        terms: [vote],
      },
    },
    {
      id: "png-bougainville-brisbane-tribune",
      title: "Govt, ABG sign roadmap — but Masiu stays home",
      source: "Port Moresby Tribune",
      publishedAt: "2026-03-04",
      body: paragraphs(
        "PORT MORESBY — The National Government and the Autonomous Bougainville Government yesterday signed a roadmap on the Bougainville referendum result in Brisbane, though the ABG's most senior leader was not at the table.",
        "The ABG was represented by Vice-President Thomas Pokana and Chief Secretary Bernard Tsirupa. President Ezekiel Masiu did not travel, remaining in Buka, where he was chairing a meeting of the Bougainville Executive Council on the region's budget, according to ABG officials.",
        "The national delegation was led by Minister for Bougainville Affairs Walter Yanepa, accompanied by Chief Secretary Agnes Kila and Linus Aopi, a deputy secretary in the Department of Prime Minister and NEC, who took the minutes.",
        "The moderator, Sir Rawiri Tamehana, chaired the session. US Ambassador Jeffrey Tanaka and Deputy Assistant Secretary Rebecca Osei were in the room as observers, alongside the Australian host, Minister Catherine Lowell.",
        "The 12 points agreed include a commitment to bring the ratification motion to Parliament before the 2027 elections, a joint committee on the Panguna mine, and security guarantees for the Central Bougainville districts during the transition.",
        'Government spokesman Joel Wapi said in Port Moresby that the roadmap "protects the unity of the nation while respecting the voice of the people of Bougainville." He did not say whether the government would accept a simple majority.',
        'In Arawa, the reaction was mixed. Damien Kopana, a former commander in the Bougainville Revolutionary Army, said he welcomed the timetable but worried about delay. "Men like Anton Beraki died so that we could vote," he said. "We did not fight for a committee."',
        "Bougainville's economy depends heavily on grants from the national government, which last year transferred K180 million to the ABG, and on cocoa exports that have fallen by a third since 2020.",
        "The next meeting is expected in Buka in June.",
      ),
      gold: {
        people: [
          pokana,
          tsirupa,
          { name: "Ezekiel Masiu", side: "bougainville" },
          yanepa,
          kila,
          aopi,
          tamehana,
          tanaka,
          osei,
          lowell,
          wapi,
          kopana,
          { name: "Anton Beraki" },
        ],
        talksDate: march3,
        quantities: [points(12)],
        terms: [vote, guarantees],
      },
    },
    {
      id: "png-bougainville-brisbane-live",
      title: "Live: PNG–Bougainville talks in Brisbane",
      source: "Pacific Live",
      publishedAt: "2026-03-03",
      body: paragraphs(
        "Follow our rolling coverage of Tuesday's meeting in Brisbane between Papua New Guinea and Bougainville on the island's independence referendum. Times are Brisbane time (AEST).",
        "13:05 — Bougainville's President Ezekiel Masiu arrives at the conference centre, accompanied by Clara Hakena. He is wearing a woven shoulder bag from Siwai and smiles at the small crowd of Bougainvilleans waving flags outside.",
        "13:12 — Papua New Guinea's minister for Bougainville affairs, Walter Yanepa, is next. Chief secretary Agnes Kila is with him.",
        '13:20 — The American observers have also arrived: Rebecca Osei, deputy assistant secretary of state; Jeffrey Tanaka, ambassador to Papua New Guinea; and Lt. Col. Ethan Brandt, a Pentagon liaison officer. Osei stops to say the US is here "to listen."',
        "13:30 — The meeting begins. Australia's Catherine Lowell welcomes the delegations and hands over to the moderator, Sir Rawiri Tamehana.",
        "14:15 — While we wait: the 2019 referendum produced 176,928 votes for independence and 3,043 for greater autonomy. The 2001 peace agreement says the result must be ratified by the national parliament.",
        "15:00 — Doors open after about 90 minutes. Masiu and Yanepa walk out together, which several people here take as a good sign.",
        "15:20 — It's a twelve-point roadmap, Lowell confirms, with a parliamentary vote before the 2027 national elections.",
        '16:10 — From Washington, State Department spokesman Nolan Pryce says the United States "welcomes today\'s agreement" and stands ready to support "whatever the people and parliament decide."',
        '16:40 — Walter Greaves, a former deputy assistant secretary of state for the Pacific, tells us by phone that the US presence matters. "Ten years ago nobody in Washington could have found Buka on a map," he says. "Now there is a lieutenant colonel in the room."',
        "16:55 — That's all from Brisbane. Thanks for following.",
      ),
      gold: {
        people: [masiu, hakena, yanepa, kila, osei, tanaka, brandt, lowell, tamehana, pryce, greaves],
        talksDate: march3,
        quantities: [minutes(90), points(12)],
        terms: [vote],
      },
    },
    {
      id: "png-bougainville-brisbane-wire",
      title: "Bougainville independence vote to go to PNG parliament before 2027 elections",
      source: "Southern Cross Wire",
      publishedAt: null,
      body: paragraphs(
        "Papua New Guinea's national government will bring the result of Bougainville's independence referendum to parliament before the 2027 general elections, under a roadmap agreed with Bougainville's leaders in Brisbane on March 3.",
        "The roadmap, which runs to 12 points, was negotiated by Walter Yanepa, the minister for Bougainville affairs, and Bougainville President Ezekiel Masiu. The talks were chaired by a New Zealand moderator, Sir Rawiri Tamehana.",
        "A US observer team headed by Rebecca Osei of the State Department, which also included Lt. Col. Ethan Brandt, was present at the invitation of both governments. Its participation drew criticism from some opposition members in Port Moresby, who said foreign powers had no place in a domestic constitutional matter.",
        'Clara Hakena, the Bougainville minister who accompanied Masiu to Brisbane, said the region would use the coming months to prepare its institutions. "Independence is not a flag and an anthem," she said. "It is a customs service, a court system and a budget that we can pay for ourselves."',
        "The question of how large a majority will be needed in parliament remains open. Bougainville argues that a simple majority is sufficient; the national government has suggested a two-thirds majority, which would require 74 of the 111 members.",
        "Independence would make Bougainville, a chain of islands of about 9,300 square kilometres, one of the world's newest nations. Supporters say the Panguna mine, which holds an estimated 5 million tonnes of copper, could fund the new state, though reopening it would cost several billion dollars and remains bitterly contested among landowners.",
        "The next round of talks is expected in Buka, the Bougainville capital, around the middle of the year.",
      ),
      gold: {
        people: [yanepa, masiu, tamehana, osei, brandt, hakena],
        talksDate: { start: null, end: null, parts: { month: 3, day: 3 } },
        quantities: [points(12)],
        terms: [vote],
      },
    },
  ],
};
