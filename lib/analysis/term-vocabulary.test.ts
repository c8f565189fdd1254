import { describe, expect, it } from "vitest";
import { CLUSTERS } from "./evaluation/clusters";
import { cluesIn, TERMS } from "./term-vocabulary";

// Phrases of every wording family, so a wording added without a clue fails here.
const PHRASES = [
  "a ceasefire, a cease-fire, a truce, an armistice, a cessation of all hostilities, a pause in fighting, a humanitarian pause",
  "a demilitarized zone, a buffer zone, the DMZ",
  "security guarantees, guarantees of Ukraine's security, security assurances, Article 5-like protection",
  "NATO membership, accession to the alliance, joining NATO, a path to NATO, membership in the North Atlantic Alliance",
  "recognize the territory, recognition of Crimea as Russian territory, territorial concessions, cede land, de facto control",
  "a prisoner exchange, prisoners of war swaps, release of detainees, prisoners would be freed, a POW swap",
  "a hostage deal, the release of all hostages, freed the hostages, hostages would be released",
  "sanctions relief, relief from Western sanctions, lifting of sanctions, sanctions would be eased",
  "frozen Russian assets, immobilised reserves, unfreezing assets",
  "EU membership, accession to the European Union, join the EU",
  "humanitarian corridors, safe passage, evacuation corridors",
  "humanitarian aid, aid convoys, food aid",
  "hold elections, fresh elections, elections within 100 days, elections would be held, hold a vote, a vote would be held",
  "withdrawal of foreign troops, troop withdrawal, withdrawn forces, pull back troops, withdraw from the territories, phased withdrawal",
  "peacekeepers, peacekeeping, a stabilization force, a multinational force",
  "international monitors, monitoring mechanisms, monitored by an international",
  "reconstruction, a recovery fund, rebuilding of infrastructure",
  "an amnesty, amnesties",
  "cut tariffs, tariff relief, tariffs, import duties, levies on imports",
  "export controls, export bans",
  "purchase commitments, agreed to buy, purchases of soybeans",
  "market access, access to European markets",
  "border delimitation, demarcation of the frontier",
  "transit corridors, transport corridors",
  "disarmament, disarming, decommissioning of weapons",
  "caps on the size of the army, military would be capped",
  "neutrality, neutral status, non-aligned status, non-bloc status",
  "a referendum, referenda",
  "accountability for war crimes, a war crimes tribunal, a special tribunal",
  "mutual recognition, recognition of Kosovo's independence",
  "return of refugees, the right of return",
];

describe("term clues", () => {
  const texts = [...PHRASES, ...CLUSTERS.flatMap((c) => c.articles.map((a) => a.body))];

  it("gives every term clues", () => {
    for (const { term, clues } of TERMS) expect(clues, term).not.toBeNull();
  });

  it("finds a clue inside every match, so skipping bodies without one loses nothing", () => {
    let matches = 0;
    for (const text of texts) {
      for (const { term, re, clues } of TERMS) {
        for (const m of text.matchAll(re)) {
          matches++;
          const quote = m[0].toLowerCase();
          expect(
            clues?.some((clue) => quote.includes(clue)),
            `${term}: ${m[0]}`,
          ).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it("reads the same clues in one pass as a search for each would", () => {
    const all = [...new Set(TERMS.flatMap((t) => t.clues ?? []))];
    for (const text of [
      ...texts,
      "the European Union said",
      "a peacekeeping force",
      "Independent, independence",
    ]) {
      const lower = text.toLowerCase();
      expect([...cluesIn(text)].sort()).toEqual(all.filter((c) => lower.includes(c)).sort());
    }
  });

  it("has phrases for every term", () => {
    const matched = new Set(TERMS.filter(({ re }) => PHRASES.some((p) => p.match(re))).map((t) => t.term));
    expect([...matched].sort()).toEqual([...new Set(TERMS.map((t) => t.term))].sort());
  });
});
