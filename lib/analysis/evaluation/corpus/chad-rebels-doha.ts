import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks between Chad's government and a coalition of rebel movements in Doha over
 * two days, Saturday and Sunday, June 20–21, 2026, mediated by Qatar with US and French envoys
 * observing. The Paris Diplomatic Letter reports a 13-point draft where the others report 11
 * points; the Gulf Tribune names a rebel delegation with no one in common with the other outlets.
 */

const mahamoud: GoldPerson = {
  name: "Acheikh Brahim Mahamoud",
  side: "chad",
  delegation: "chad",
};
const oumar: GoldPerson = { name: "Fatimé Zara Oumar", side: "chad", delegation: "chad" };
const saleh: GoldPerson = { name: "Djimet Abdelkerim Saleh", side: "chad", delegation: "chad" };
const wardougou: GoldPerson = {
  name: "Hassaballah Tidjani Wardougou",
  side: "chad-rebels",
  delegation: "chad-rebels",
};
const abdallah: GoldPerson = {
  name: "Khalil Nour Abdallah",
  side: "chad-rebels",
  delegation: "chad-rebels",
};
const yacoub: GoldPerson = {
  name: "Adoum Barka Yacoub",
  side: "chad-rebels",
  delegation: "chad-rebels",
};
const marri: GoldPerson = {
  name: "Abdulrahman bin Saad Al Marri",
  aliases: ["Al Marri", "Abdulrahman Al Marri"],
  side: "qatar",
  delegation: "qatar",
};
const hajri: GoldPerson = {
  name: "Maryam Al Hajri",
  aliases: ["Al Hajri"],
  side: "qatar",
  delegation: "qatar",
};
const whitford: GoldPerson = { name: "Jonathan Whitford", side: "us", delegation: "us" };
const lindgren: GoldPerson = { name: "Sarah Lindgren", side: "us", delegation: "us" };
const delacroix: GoldPerson = { name: "Ryan Delacroix", side: "us", delegation: "us" };
const marchetti: GoldPerson = { name: "Hélène Marchetti", side: "france", delegation: "france" };
const vasseur: GoldPerson = { name: "Bertrand Vasseur", side: "france", delegation: "france" };
const tahir: GoldPerson = { name: "Aziz Mahamat Tahir", side: "chad" };
const dagache: GoldPerson = { name: "Ousmane Dagache Hamid", side: "chad-rebels" };
const weekend = goldDay("2026-06-20", "2026-06-21");
const twoDays = goldQuantity("meeting.duration", 2, 2, "day");
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;
const elections = { term: "elections", stance: "proposed" } as const;

export const CHAD_REBELS_DOHA: GoldCluster = {
  id: "chad-rebels-doha",
  title: "Chad government–rebel talks in Doha",
  contradict: [{ slot: "plan.size" }, { delegation: "chad-rebels" }],
  consistent: [
    { slot: "meeting.date" },
    { slot: "meeting.duration" },
    { delegation: "chad" },
    { delegation: "qatar" },
    { delegation: "us" },
    { delegation: "france" },
  ],
  sides: {
    chad: ["chad", "chadian", "ndjamena", "n-djamena", "chad-government", "chadian-government"],
    "chad-rebels": [
      "chad-rebels",
      "chadian-rebels",
      "rebels",
      "rebel",
      "cmat",
      "armed-movements",
      "rebel-movements",
      "politico-military-movements",
    ],
    france: ["france", "french", "paris"],
  },
  articles: [
    {
      id: "chad-sahelpress",
      title: "Chad, rebel coalition end Doha round with ceasefire draft on the table",
      source: "Sahel Press Agency",
      publishedAt: "2026-06-21",
      body: paragraphs(
        "DOHA, June 21 (SPA) — Chad's government and a coalition of rebel movements ended two days of Qatari-mediated talks in Doha on Sunday with an 11-point draft that would start with a ceasefire in the north and the release of prisoners held by both sides.",
        "The government delegation was led by Acheikh Brahim Mahamoud, the minister of national reconciliation, with Fatimé Zara Oumar, the secretary of state for foreign affairs, and Gen. Djimet Abdelkerim Saleh, a senior army commander, at his side. The Coordination of Chadian Armed Movements (CMAT), an alliance of four groups based in southern Libya and the Tibesti mountains, was represented by its president, Hassaballah Tidjani Wardougou, and its spokesman, Khalil Nour Abdallah.",
        "Qatar's minister of state for foreign affairs, Abdulrahman bin Saad Al Marri, chaired the sessions at a hotel on the Corniche.",
        "The United States and France attended as observers. The American delegation, headed by Jonathan Whitford, the US special envoy for the Sahel, also included Sarah Lindgren, the deputy chief of mission at the embassy in N'Djamena. France was represented by its envoy for the Sahel, Hélène Marchetti.",
        '"We have spent two days talking about the past. The draft lets us talk about the future," Mr. Al Marri said at a brief closing ceremony.',
        "Under the draft, the parties would observe a ceasefire monitored by a joint committee, exchange prisoners within 60 days and open talks on the integration of rebel fighters into the army. It also provides for the coalition to take part, as political parties, in legislative elections planned for 2027.",
        'Government spokesman Aziz Mahamat Tahir said in N\'Djamena that the draft was "a basis for work, not a final text." The coalition\'s military chief, Gen. Ousmane Dagache Hamid, who did not travel to Doha, said on the group\'s Facebook page that fighters would "hold their positions until the ink is dry."',
        "The CMAT did not sign the 2022 Doha accord, which more than 30 armed groups signed, and its fighters clashed with the army near Faya-Largeau as recently as April. At least 85 soldiers and rebels were killed in those clashes, according to a tally by local officials.",
        "The parties are expected back in Doha in July.",
      ),
      gold: {
        people: [
          mahamoud,
          oumar,
          saleh,
          wardougou,
          abdallah,
          marri,
          whitford,
          lindgren,
          marchetti,
          tahir,
          dagache,
        ],
        talksDate: weekend,
        quantities: [twoDays, points(11)],
        terms: [ceasefire, prisoners, elections],
      },
    },
    {
      id: "chad-chari",
      title: "Doha: the government delegation returns with an 11-point draft",
      source: "Chari Info",
      publishedAt: "2026-06-22",
      body: paragraphs(
        "N'DJAMENA — The government delegation that spent the weekend negotiating with the rebel coalition in Doha landed at Hassan Djamous airport on Monday morning, carrying an 11-point draft agreement that ministers will examine in a special cabinet meeting on Wednesday.",
        'Reconciliation Minister Acheikh Brahim Mahamoud, who led the team, told Chari Info on the tarmac that the two days of talks had been "frank, sometimes hard, but never closed." He travelled with Secretary of State Fatimé Zara Oumar and Gen. Djimet Abdelkerim Saleh, the army\'s deputy chief of staff for operations, who handled the security chapter.',
        "Across the table sat the rebels' president, Hassaballah Tidjani Wardougou, who left Chad in 2019, and his military adviser, Col. Adoum Barka Yacoub, a former officer of the national army who defected with some 300 men.",
        "The talks were mediated by Qatar. Two foreign envoys followed the discussions from the side of the room: Jonathan Whitford for the United States, who was accompanied by the American embassy's number two in N'Djamena, Sarah Lindgren, and Hélène Marchetti for France.",
        'Government spokesman Aziz Mahamat Tahir said on Monday that the presence of the two envoys was "a guarantee that commitments will be respected by everyone," and rejected claims by opposition parties that the government had made concessions on the electoral calendar.',
        "The draft provides for a ceasefire, the exchange of prisoners and the cantonment of rebel fighters in three sites in the Borkou and Ennedi provinces, according to a copy consulted by Chari Info. One of the eleven points invites the coalition to take part in the 2027 legislative elections.",
        'In the markets of N\'Djamena, the news was greeted with caution. "They sign in Doha and they shoot in Tibesti," said Abakar Hissène, 45, a fabric seller at the central market. "We will see."',
        "The rebels' campaign has cost the state dearly. The finance ministry estimates that military operations in the north absorbed 18 percent of the budget last year, at a time when eastern Chad is hosting more than a million refugees from Sudan.",
      ),
      gold: {
        people: [
          mahamoud,
          oumar,
          saleh,
          wardougou,
          yacoub,
          whitford,
          lindgren,
          marchetti,
          tahir,
          { name: "Abakar Hissène" },
        ],
        talksDate: weekend,
        quantities: [twoDays, points(11)],
        terms: [ceasefire, prisoners, elections],
      },
    },
    {
      id: "chad-weekinafrica",
      title: "Q&A: Chad's rebels, Doha and the draft that could end a northern war",
      source: "The Week in Africa",
      publishedAt: null,
      body: paragraphs(
        "Chad's government and its most stubborn armed opponents met in Qatar on June 20–21, 2026. What was agreed, and who was in the room?",
        "What kind of talks were these? Two days of direct negotiations between the government and the Coordination of Chadian Armed Movements, a coalition of four groups that refused to join the 2022 peace accord. Qatar, which brokered that accord, mediated again.",
        "Who was there? For the government: Acheikh Brahim Mahamoud, minister of national reconciliation; Fatimé Zara Oumar, secretary of state for foreign affairs. For the rebels: Hassaballah Tidjani Wardougou, the coalition's president; Khalil Nour Abdallah, its spokesman; Col. Adoum Barka Yacoub, its military adviser. For Qatar: Abdulrahman Al Marri, minister of state, assisted by the foreign ministry's mediation envoy, Maryam Al Hajri.",
        "And the observers? Washington sent a team of three: Jonathan Whitford, the special envoy for the Sahel; Sarah Lindgren, deputy chief of mission in N'Djamena; and Lt. Col. Ryan Delacroix of the Pentagon's office of African affairs. Paris was represented by Hélène Marchetti, France's envoy for the Sahel, and Bertrand Vasseur, deputy director for Africa at the foreign ministry.",
        "What is in the draft? Eleven points. The most important are a ceasefire to be monitored by a joint committee, an exchange of prisoners, cantonment of rebel fighters, and the right of the coalition to run in the 2027 legislative elections as political parties. The question of an amnesty for rebel commanders is left for later.",
        "Why are the Americans and French involved? France kept about 1,000 troops in Chad until its forces left in early 2025, and still has close ties to the army. Washington sees Chad as a buffer between the war in Sudan, Libya's lawless south and the jihadist insurgencies of the Sahel.",
        'What do outsiders think? "This is the first time the government has negotiated with this coalition as a political actor rather than as bandits," said Delphine Rousselet, a researcher who follows Chad for the Sahel Policy Centre in Dakar. "That in itself is a change."',
        "What happens next? Both sides will consult at home before a second round, which Qatar hopes to host in July. The coalition's exiled military chief, Ousmane Dagache Hamid, has not yet said whether he will accept the draft.",
      ),
      gold: {
        people: [
          mahamoud,
          oumar,
          wardougou,
          abdallah,
          yacoub,
          marri,
          hajri,
          whitford,
          lindgren,
          delacroix,
          marchetti,
          vasseur,
          { name: "Delphine Rousselet" },
          dagache,
        ],
        talksDate: weekend,
        quantities: [twoDays, points(11)],
        terms: [ceasefire, prisoners, elections],
      },
    },
    {
      id: "chad-parisletter",
      title: "Analysis: In Doha, France learns to share the Chad file",
      source: "Paris Diplomatic Letter",
      publishedAt: "2026-06-24",
      body: paragraphs(
        "There was a time when any negotiation between N'Djamena and its rebels would have been prepared in Paris. Last weekend in Doha, France's envoy for the Sahel, Hélène Marchetti, with her deputy Bertrand Vasseur at her side, took her seat as an observer next to the Americans, while Qatar ran the show.",
        "The talks, held on June 20 and 21 at a hotel on the Doha Corniche, produced a 13-point draft agreement between the government in N'Djamena and the Coordination of Chadian Armed Movements. According to a European diplomat who has read it, the text opens with a ceasefire and closes with the rebels' participation in elections, with prisoner releases and cantonment in between.",
        "The government's chief negotiator, Reconciliation Minister Acheikh Brahim Mahamoud, faced the coalition's president, Hassaballah Tidjani Wardougou, across a table chaired by Qatar's minister of state, Abdulrahman bin Saad Al Marri.",
        "The American presence was the more conspicuous. Jonathan Whitford, Washington's special envoy for the Sahel, brought a Pentagon officer, Lt. Col. Ryan Delacroix, a sign that the United States sees the security arrangements, and the fate of rebel weapons in a region awash with arms from Libya, as its business.",
        "For France, which withdrew its last soldiers from Chad in early 2025 after more than six decades of military presence, the arrangement is an adjustment. The Quai d'Orsay's spokesperson in Paris, Claire Aubertin, said on Monday that France \"supports all efforts led by Qatar\" — a sentence that would have been hard to imagine five years ago.",
        '"Paris has not lost Chad, but it no longer owns the process," said Delphine Rousselet of the Sahel Policy Centre. "That may actually help. The rebels always saw the French as the government\'s protectors."',
        'Leonard Pike, a former US ambassador to Chad, cautioned against reading too much into the draft. "Thirteen points on paper are easy. One point on the ground — who controls the gold mines of Kouri Bougoudi — is hard," he said.',
        "The mining area near the Libyan border, where thousands of artisanal miners work, has changed hands several times since 2023.",
        "The two days of talks were the first direct contact between the two sides in more than a year. A second round is expected in July.",
      ),
      gold: {
        people: [
          marchetti,
          vasseur,
          mahamoud,
          wardougou,
          marri,
          whitford,
          delacroix,
          { name: "Claire Aubertin", side: "france" },
          { name: "Delphine Rousselet" },
          { name: "Leonard Pike" },
        ],
        talksDate: weekend,
        quantities: [twoDays, points(13)],
        terms: [ceasefire, prisoners, elections],
      },
    },
    {
      id: "chad-gulftribune",
      title: "Qatar brings Chad's rivals to the table for two-day round",
      source: "Gulf Tribune",
      publishedAt: "2026-06-22",
      body: paragraphs(
        "DOHA — Qatar hosted Chad's government and a coalition of rebel movements on Saturday and Sunday for the first direct negotiations between the two sides since the 2022 Doha peace accord, adding another African file to the country's growing list of mediations.",
        "Abdulrahman bin Saad Al Marri, the minister of state for foreign affairs, chaired the two-day round at a hotel on the Corniche. He was assisted by Maryam Al Hajri, the ministry's special envoy for mediation, who has spent months travelling between N'Djamena and the rebels' bases in southern Libya.",
        "The government's team was headed by Reconciliation Minister Acheikh Brahim Mahamoud. The armed movements were represented by Issa Mahamat Kodi, the coalition's secretary-general, and Zenaba Acyl Moussa, who heads its political commission and was the only woman on the rebel side.",
        "US and French envoys followed the talks as observers: Jonathan Whitford, the American special envoy for the Sahel, and Sarah Lindgren of the US embassy in N'Djamena, along with France's Hélène Marchetti.",
        "The mediators presented an 11-point draft covering a ceasefire, an exchange of prisoners and the integration of fighters into the army. The government ruled out the rebels' demand for a demilitarized zone along the Libyan border, according to a person who attended, arguing that it would amount to ceding territory.",
        '"Qatar\'s value is that it speaks to everyone and has no troops in the region," said Omar Al-Kubaisi, a professor of international relations at Qatar University. "Both sides know Doha will still be here in five years."',
        "Qatar has spent about $50 million, according to Qatari officials, supporting Chad's peace process since 2021, including funding for the 2022 national dialogue in N'Djamena.",
        "Chad, a country of about 19 million people, has seen repeated rebel incursions from Libya. An offensive in 2021 reached within 300 kilometres of the capital.",
        "Both delegations left Doha on Monday. A second round is scheduled for July.",
      ),
      gold: {
        people: [
          marri,
          hajri,
          mahamoud,
          { name: "Issa Mahamat Kodi", side: "chad-rebels", delegation: "chad-rebels" },
          { name: "Zenaba Acyl Moussa", side: "chad-rebels", delegation: "chad-rebels" },
          whitford,
          lindgren,
          marchetti,
          { name: "Omar Al-Kubaisi" },
        ],
        talksDate: weekend,
        quantities: [twoDays, points(11)],
        terms: [ceasefire, prisoners, { term: "demilitarized-zone", stance: "ruled-out" }],
      },
    },
  ],
};
