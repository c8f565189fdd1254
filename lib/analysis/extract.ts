import { extractDates } from "./dates";
import { extractPeople } from "./people";
import { extractQuantities } from "./quantities";
import { extractTerms } from "./terms";
import { splitSentences, type Sentence } from "./text";
import type { ArticleText, ExtractedClaim } from "./types";

/** What every extractor receives: the body once split, and the article's own date if known. */
export interface ExtractionContext {
  body: string;
  publishedAt: string | null;
  sentences: Sentence[];
}

export type Extractor = (ctx: ExtractionContext) => ExtractedClaim[];

const EXTRACTORS: readonly Extractor[] = [extractPeople, extractDates, extractQuantities, extractTerms];

/**
 * Reads an article and suggests claims, ordered by position. Pure and total: it never throws
 * on any string, and returns claims whose `quote` is exactly `body.slice(start, end)`.
 */
export function extractClaims(article: ArticleText): ExtractedClaim[] {
  const ctx: ExtractionContext = {
    body: article.body,
    publishedAt: article.publishedAt,
    sentences: splitSentences(article.body),
  };
  const claims = EXTRACTORS.flatMap((extract) => extract(ctx));
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
