import { goldDay, goldQuantity, paragraphs, type GoldCluster, type GoldPerson } from "../gold";

/*
 * Talks in Pemba on Saturday, June 20, 2026, between Mozambique's government and the Cabo Delgado
 * Popular Movement (MPCD), an armed group from the province's northern districts, mediated by a
 * Tanzanian special envoy and a SADC facilitator, with a US observer in some accounts. Correio do
 * Norte dates the session to Friday, June 19; the Indian Ocean Observer describes a 12-point draft
 * where the other outlets report 14 points.
 */

const moz = "mozambique";
const mabunda: GoldPerson = { name: "Celestino Mabunda", side: moz, delegation: moz };
const tembe: GoldPerson = { name: "Raimundo Tembe", side: moz, delegation: moz };
const muianga: GoldPerson = { name: "Graça Muianga", side: moz, delegation: moz };
const bacar: GoldPerson = { name: "Salimo Abdala Bacar", side: "mpcd", delegation: "mpcd" };
const namashulua: GoldPerson = { name: "Fátima Namashulua", side: "mpcd", delegation: "mpcd" };
const ntaluma: GoldPerson = { name: "Zacarias Ntaluma", side: "mpcd", delegation: "mpcd" };
const mwakalinga: GoldPerson = { name: "Joseph Mwakalinga", side: "tanzania", delegation: "tanzania" };
const moloi: GoldPerson = { name: "Thandeka Moloi", side: "sadc", delegation: "sadc" };
const okaforReyes: GoldPerson = { name: "Daniel Okafor-Reyes", side: "us", delegation: "us" };
const amur: GoldPerson = { name: "Hassane Amur", side: "mpcd" };
const matsinhe: GoldPerson = { name: "Inocêncio Matsinhe", side: moz };
const duration = (min: number, max: number | null, flags: { minExclusive?: boolean } = {}) =>
  goldQuantity("meeting.duration", min, max, "hour", flags);
const points = (n: number) => goldQuantity("plan.size", n, n, "point");
const ceasefire = { term: "ceasefire", stance: "proposed" } as const;
const prisoners = { term: "prisoner-exchange", stance: "proposed" } as const;
const corridors = { term: "humanitarian-corridor", stance: "proposed" } as const;

export const MOZAMBIQUE_INSURGENTS_PEMBA: GoldCluster = {
  id: "mozambique-pemba",
  title: "Mozambique government and Cabo Delgado insurgents meet in Pemba",
  sides: {
    mozambique: ["mozambique", "mozambican", "maputo", "mozambican-government"],
    mpcd: [
      "mpcd",
      "cabo-delgado-popular-movement",
      "movimento-popular-de-cabo-delgado",
      "insurgents",
      "insurgent",
      "rebels",
    ],
    tanzania: ["tanzania", "tanzanian", "dodoma"],
    sadc: ["sadc", "southern-african-development-community"],
  },
  contradict: [{ slot: "meeting.date" }, { slot: "plan.size" }],
  consistent: [
    { slot: "meeting.duration" },
    { delegation: moz },
    { delegation: "mpcd" },
    { delegation: "tanzania" },
    { delegation: "sadc" },
    { delegation: "us" },
  ],
  articles: [
    {
      id: "pemba-indico-wire",
      title: "Mozambique, Cabo Delgado insurgents hold first direct talks",
      source: "Índico Press Agency",
      publishedAt: null,
      body: paragraphs(
        "PEMBA, Mozambique (IPA) — Mozambique's government and the Cabo Delgado Popular Movement, an armed group that has fought government forces in the country's far north for three years, held their first direct talks on Saturday in the provincial capital, Pemba.",
        "Mediators from Tanzania and the Southern African Development Community presented the two sides with a 14-point plan that opens with a ceasefire in the districts of Macomia, Muidumbe and Meluco and provides for the release of prisoners held by both sides.",
        "The government delegation was led by Celestino Mabunda, the minister of the interior, and included Major General Raimundo Tembe, who commands army operations in the north, and Deputy Justice Minister Graça Muianga.",
        "The movement, known by its Portuguese initials MPCD, was represented by its chief negotiator, Salimo Abdala Bacar, a former teacher from Mocímboa da Praia, and Fátima Namashulua, its political secretary.",
        "Tanzania's special envoy, retired General Joseph Mwakalinga, and the SADC facilitator, Thandeka Moloi, a former South African deputy minister, co-chaired the session. Daniel Okafor-Reyes, a senior adviser in the State Department's Bureau of African Affairs, attended as an observer.",
        "The talks, held in a hotel on the Wimbe beachfront under heavy guard, lasted nearly ten hours. No agreement was signed.",
        '"We did not come to Pemba to surrender, and the government did not come to beg," Bacar told reporters as he left. "We came to stop the dying."',
        'In Maputo, government spokesman Inocêncio Matsinhe said the delegation had instructions to seek "a lasting peace within the constitution and the unity of the state."',
        "The MPCD's leader, Hassane Amur, did not attend. The group says he remains with its fighters in the forests west of Macomia.",
        "Violence in Cabo Delgado has killed more than 6,000 people since 2017 and at its peak displaced about a million. A $20 billion liquefied natural gas project at Afungi, on the Tanzanian border, was suspended in 2021 after an attack on the nearby town of Palma.",
      ),
      gold: {
        people: [mabunda, tembe, muianga, bacar, namashulua, mwakalinga, moloi, okaforReyes, matsinhe, amur],
        talksDate: { start: null, end: null, parts: { weekday: 6 } },
        quantities: [duration(10, 10), points(14)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "pemba-correio-norte",
      title: "Pemba talks: government and MPCD sit at the same table",
      source: "Correio do Norte",
      publishedAt: "2026-06-22",
      body: paragraphs(
        "PEMBA — For the first time since the conflict began, representatives of the government and of the Cabo Delgado Popular Movement sat at the same table here on Friday, June 19, in talks that ran for more than nine hours behind closed doors at a hotel on Avenida Eduardo Mondlane.",
        "Interior Minister Celestino Mabunda led the government side. Major General Raimundo Tembe, who accompanied him, spoke for the army. Salimo Abdala Bacar headed the MPCD team. With him was Zacarias Ntaluma, a commander who the army said in 2024 had been killed in an air strike near Chai.",
        "Joseph Mwakalinga, the envoy sent by Tanzania's president, chaired the talks jointly with Thandeka Moloi of SADC.",
        "Sources in the provincial government told Correio do Norte that the mediators' document contains 14 points. Among them are an immediate ceasefire, the exchange of prisoners, humanitarian corridors to reach Quissanga and the islands of the Quirimbas, and the return of displaced families to their villages under the protection of the Defence and Security Forces.",
        'In the resettlement centre of Metuge, where more than 20,000 displaced people live, news of the talks spread by radio. "My son Abudo went with them three years ago and I have not seen him since," said Amina Saide, 47, who fled her village near Ancuabe in 2022. "If they make peace, maybe he comes home."',
        "The provincial governor's office said schools in four districts had been closed for most of the year, and that the price of a sack of maize flour in Pemba had doubled since January.",
        "Not everyone here welcomes the talks. Members of the local militia in Mueda, who have fought the insurgents alongside the army, have said in recent weeks that they were not consulted. Fishermen in Paquitequete, the city's oldest neighbourhood, said they simply wanted to be able to go back to sea at night.",
        "The mediators told reporters that a second round would take place in Dar es Salaam, at a date still to be set.",
      ),
      gold: {
        people: [mabunda, tembe, bacar, ntaluma, mwakalinga, moloi, { name: "Amina Saide" }],
        talksDate: goldDay("2026-06-19"),
        quantities: [duration(9, null, { minExclusive: true }), points(14)],
        terms: [ceasefire, prisoners, corridors],
      },
    },
    {
      id: "pemba-indian-ocean-observer",
      title: "Analysis: Pemba opens a door in Cabo Delgado, but who holds the key?",
      source: "Indian Ocean Observer",
      publishedAt: "2026-06-25",
      body: paragraphs(
        "Last Saturday's talks in Pemba between Mozambique's government and the Cabo Delgado Popular Movement were, by any measure, a breakthrough. For years Maputo refused to speak to what it called bandits and terrorists; now an interior minister has spent a day across the table from their chief negotiator.",
        "That minister, Celestino Mabunda, arrived with a team chosen to reassure the army: alongside him sat Major General Raimundo Tembe, who runs the northern theatre of operations. Opposite was Salimo Abdala Bacar, flanked by the movement's political secretary, Fátima Namashulua. She is the only woman in the group's leadership, and by several accounts did much of the talking.",
        "The mediation is a regional affair. Tanzania, whose southern border on the Rovuma river has been crossed repeatedly by fighters and refugees, sent retired General Joseph Mwakalinga; SADC, which has had troops in the province since 2021, sent its facilitator, Thandeka Moloi.",
        "The draft they tabled has 12 points, according to a copy seen by the Observer. It pairs a ceasefire and the release of prisoners with things the MPCD has long demanded: an amnesty commission, a share of gas revenues for the province and an inquiry into abuses by the security forces. In return the group would hand over its weapons in stages.",
        '"The text is sensible. The problem is that the MPCD is not one army but several," said Lúcia Mandlate, a researcher at the Institute for Security Studies in Pretoria. "Bacar speaks for the political wing. Whether the men in the bush listen to him is another matter."',
        "The movement's leader, Hassane Amur, has never been photographed, and Western diplomats say they cannot confirm where he is. Monitoring groups such as Cabo Ligado have recorded more than 200 attacks so far this year.",
        "The money at stake is vast. TotalEnergies' $20 billion gas project at Afungi has been on hold since 2021, and the government's budget assumes it will restart before 2028. Rwanda, which has about 4,000 troops in the province, was not represented in Pemba.",
        "What happens next depends on whether the ceasefire holds long enough for a second round. The history of Mozambique, where the 1992 Rome accords and the 2019 Maputo accord both needed years to take root, suggests patience will be needed.",
      ),
      gold: {
        people: [mabunda, tembe, bacar, namashulua, mwakalinga, moloi, { name: "Lúcia Mandlate" }, amur],
        talksDate: goldDay("2026-06-20"),
        quantities: [points(12)],
        terms: [ceasefire, prisoners],
      },
    },
    {
      id: "pemba-live",
      title: "Live: Mozambique peace talks in Pemba",
      source: "Rovuma Radio Online",
      publishedAt: "2026-06-20",
      body: paragraphs(
        '07:45 — Roads around the Wimbe beachfront in Pemba have been closed since dawn. Police say the venue is "fully secured" for today\'s talks between the government and the MPCD.',
        "08:20 — The insurgent delegation arrives in a convoy of white pick-ups escorted by SADC troops. At its head is Salimo Abdala Bacar. Behind him: Fátima Namashulua and a man in a green cap whom local journalists identify as Zacarias Ntaluma, a field commander.",
        "08:35 — Interior Minister Celestino Mabunda arrives with Deputy Justice Minister Graça Muianga. He waves but does not stop.",
        "08:50 — The mediators are in. Gen. Joseph Mwakalinga, Tanzania's envoy, walks in with SADC's Thandeka Moloi. A US observer, Daniel Okafor-Reyes of the State Department, follows a few minutes later.",
        "11:10 — A source in the room says the mediators have tabled a 14-point plan. First item: a ceasefire. Others include prisoner releases and humanitarian corridors to reach cut-off villages.",
        "13:00 — Context: more than 6,000 people have been killed in Cabo Delgado since 2017, according to conflict monitors. The UN says some 580,000 people are still displaced.",
        '14:30 — From Maputo, spokesman Inocêncio Matsinhe says the government "will not negotiate the territorial integrity of Mozambique."',
        '16:45 — On Samora Machel Avenue, taxi driver Ernesto Cumbe, 38, tells us: "Everybody in Pemba has a cousin in Macomia. We want this to work."',
        "18:40 — The talks end after almost ten hours. No statement yet.",
        '19:05 — Moloi, speaking for the mediators: "Both parties have agreed to continue. We will announce the date of the next round in due course."',
        "19:20 — Bacar leaves without speaking to reporters.",
      ),
      gold: {
        people: [
          bacar,
          namashulua,
          ntaluma,
          mabunda,
          muianga,
          mwakalinga,
          moloi,
          okaforReyes,
          matsinhe,
          { name: "Ernesto Cumbe" },
        ],
        talksDate: goldDay("2026-06-20"),
        quantities: [duration(10, 10), points(14)],
        terms: [ceasefire, prisoners, corridors],
      },
    },
    {
      id: "pemba-sabs-web",
      title: "Mozambique talks with Cabo Delgado rebels end without deal but door stays open",
      source: "Southern Africa Broadcasting Service",
      publishedAt: "2026-06-21",
      body: paragraphs(
        "Mozambique's government and rebels from the northern province of Cabo Delgado have agreed to meet again after a marathon 10-hour session in Pemba on Saturday ended without a deal.",
        "The talks brought together Interior Minister Celestino Mabunda and Salimo Abdala Bacar, chief negotiator of the Cabo Delgado Popular Movement. Mr. Mabunda's team also included Graça Muianga, the deputy justice minister.",
        "Mediators from Tanzania and the Southern African Development Community set out a plan of fourteen points, including a ceasefire and humanitarian corridors for aid convoys, a mediator said.",
        'Tanzania\'s envoy, Joseph Mwakalinga, said the atmosphere had been "serious, sometimes hard, but respectful." SADC\'s facilitator, Thandeka Moloi, who co-chaired the meeting, called it "the first day of a long road."',
        "Washington sent an observer. Daniel Okafor-Reyes, an adviser in the State Department's Africa bureau, sat in on the session, according to two participants. The US embassy in Maputo declined to comment.",
        "The rebels' main demand, according to people familiar with the talks, is a share of future gas revenues for Cabo Delgado and an end to what they call the marginalisation of the province's Mwani and Makua communities. The government has ruled out any discussion of autonomy.",
        '"The grievances are real, and so is the violence," said Tendai Mavhunga, a regional analyst with the Harare-based Southern Africa Peace Institute. "A deal that addresses one and not the other will not last."',
        "SADC's mission in Mozambique, which at its height numbered some 2,000 troops, handed most of its duties to the Mozambican army in 2024. Rwandan troops remain in the districts of Palma and Mocímboa da Praia.",
        "The next round could take place in Dar es Salaam in August, diplomats said.",
      ),
      gold: {
        people: [mabunda, bacar, muianga, mwakalinga, moloi, okaforReyes, { name: "Tendai Mavhunga" }],
        talksDate: goldDay("2026-06-20"),
        quantities: [duration(10, 10), points(14)],
        terms: [ceasefire, corridors],
      },
    },
  ],
};
