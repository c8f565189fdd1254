import type { ExtractedClaim } from "../types";
import { SIDE_ALIASES, type GoldArticle } from "./gold";
import type { ExtractFn } from "./score";

const anchor = { start: 0, end: 0, quote: "", prefix: "", suffix: "", attribution: null };

/** Claims built straight from gold: what a perfect engine would suggest. */
export function goldClaims(a: GoldArticle): ExtractedClaim[] {
  const { people, talksDate, quantities, terms } = a.gold;
  return [
    ...people.map((p): ExtractedClaim => ({
      ...anchor,
      kind: "person",
      value: { name: p.name, ...(p.side === undefined ? {} : { side: p.side }) },
      topic: "envoys",
      slot:
        p.delegation === undefined
          ? "people.mentioned"
          : `delegation.${SIDE_ALIASES[p.delegation]?.[0] ?? p.delegation}`,
    })),
    ...(talksDate === null
      ? []
      : [
          {
            ...anchor,
            kind: "date" as const,
            value: talksDate,
            topic: "dates" as const,
            slot: "meeting.date",
          },
        ]),
    ...quantities.map(({ slot, ...value }): ExtractedClaim => ({
      ...anchor,
      kind: "quantity",
      value,
      topic: "other",
      slot,
    })),
    ...terms.map((value): ExtractedClaim => ({
      ...anchor,
      kind: "term",
      value,
      topic: "plan-terms",
      slot: `plan.${value.term}`,
    })),
  ];
}

/**
 * An extractor that answers each article with its gold claims: scoring it must give full marks
 * and exactly the expected contradictions, which checks the gold and the scorer together.
 */
export function oracleOf(articles: readonly GoldArticle[]): ExtractFn {
  return ({ body }) => {
    const article = articles.find((a) => a.body === body);
    return article === undefined ? [] : goldClaims(article);
  };
}
