import { extractClaims } from "/work/main/lib/analysis/extract";
const cases: Array<[string, string]> = [
  ["2026-03-14", "Armenian and Azerbaijani foreign ministers met on Thursday in Washington to finalise a peace text."],
  ["2026-03-14", "The talks in Washington on Monday ended without a joint statement."],
  ["2026-03-16", "The round of talks opened Saturday and closed Monday in Doha."],
  ["2026-03-14", "After Wednesday's session, both delegations issued statements."],
  ["2026-03-14", "The mediators worked late, and on Wednesday the delegations agreed a ceasefire text."],
  ["2026-03-14", "Massad Boulos, who was named special envoy in January, met the Congolese delegation on Thursday."],
  ["2026-03-14", "Negotiators met on Thursday and will meet again next month."],
  ["2026-03-14", "Armenia is due to hold parliamentary elections in June, and the agreement could become a campaign issue."],
  ["2026-03-14", "Parliamentary elections, which Pashinyan has called for June, will test the deal."],
  ["2026-03-14", "The opposition won the presidential election held in July 2024, monitors said, and new elections are planned for the second half of 2026."],
  ["2026-03-14", "The 2023 accord collapsed within months; on Thursday the sides signed a new agreement."],
  ["2026-03-14", "Fighting has killed 31 people this week and displaced 1.9 million, while 2 people were wounded in Goma."],
  ["2026-03-14", "Some 40 people attended the ceremony, and more than 7,000 people have been killed since January."],
  ["2026-03-14", "The roadmap has more than a dozen points, officials said."],
  ["2026-03-14", "Militia attacks left 12 civilians dead and more than 300,000 people displaced."],
  ["2026-03-14", "Ukraine and Russia held six hours of talks in Istanbul on Wednesday under a US-drafted 20-point peace plan."],
  ["2026-05-11", "The United States and China said on Sunday that they had made progress at the two-day meeting in Geneva on May 9-10 and agreed on a 12-point framework."],
];
for (const [pub, body] of cases) {
  console.log("\n# " + body);
  for (const c of extractClaims({ body, publishedAt: pub })) if (c.kind === "date" || c.kind === "quantity") console.log("  ", c.slot, JSON.stringify(c.quote), JSON.stringify(c.value));
}
