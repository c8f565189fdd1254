import type { ClaimValue, RelationKind, Topic, Verdict } from "./values";

/** The W3C TextQuoteSelector + TextPositionSelector pair, in UTF-16 offsets of the body. */
export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** What the engine reads: the clean body and, when known, the article's own date (ISO day). */
export interface ArticleText {
  body: string;
  publishedAt: string | null;
}

/** A claim suggested by the engine, before it is stored. */
export type ExtractedClaim = Anchor &
  ClaimValue & {
    topic: Topic;
    slot: string;
    /** Who the text says made the assertion ("Ushakov", "Egyptian officials"), when it says so. */
    attribution: string | null;
  };

/** A stored claim as the comparison needs it. Rejected claims are left out by the caller or ignored. */
export type CompareClaim = ClaimValue & {
  id: string;
  articleId: string;
  topic: Topic;
  slot: string;
  quote: string;
  status: "suggested" | "accepted" | "rejected";
};

export interface CompareRelation {
  id: string;
  fromClaimId: string;
  toClaimId: string;
  kind: RelationKind;
  note: string;
}

export interface ComparisonCell {
  articleId: string;
  claimIds: string[];
}

export interface ComparisonRow {
  slot: string;
  topic: Topic;
  label: string;
  verdict: Verdict;
  reason: string;
  cells: ComparisonCell[];
}
