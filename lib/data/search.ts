import type { ArticleHit, ClaimHit, SearchResults, SnippetPart } from "@/lib/validations/search";
import { db } from "./connection";

/**
 * Full-text search over article text and claims, on the FTS5 indexes of the full_text_search
 * migration. Raw SQL stays in this file (see DESIGN: the one layer a move to PostgreSQL touches).
 */

// Control characters never appear in stored text (cleaning drops them), so they can mark the
// matched words in a snippet without any chance of clashing with the article's own characters.
const OPEN = "\u0002";
const CLOSE = "\u0003";
const MAX_TERMS = 12;
const SNIPPET_TOKENS = 24;

/**
 * Turns what a reader typed into an FTS5 query that cannot be read as query syntax: every word is
 * quoted, "double-quoted text" stays a phrase, a word with inner punctuation (U.S., Witkoff's)
 * becomes the phrase the tokenizer would make of it, and all terms must match. Null when nothing
 * searchable is left (only punctuation, say).
 */
export function toMatchExpression(input: string): string | null {
  const terms: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const words = wordsOf(m[1] ?? m[2] ?? "");
    if (words.length > 0) terms.push(`"${words.join(" ")}"`);
    if (terms.length === MAX_TERMS) break;
  }
  return terms.length > 0 ? terms.join(" ") : null;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Splits an FTS5 snippet at the markers around matched words. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of snippet.split(OPEN).entries()) {
    const [matched, rest] = i === 0 ? [null, chunk] : splitOnce(chunk, CLOSE);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

interface ArticleRow {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  snippet: string | null;
}

/**
 * The best `limit` articles for a query, ranked by BM25 (title matches count most), and the newest
 * `limit` matching claims. Ranking claims would mean scoring every match of a common word (tens of
 * thousands of quotes a few words long, where BM25 says little), while newest-first lets FTS5 stop
 * after `limit` rows. Hits are chosen inside FTS5 first and only then joined to their rows.
 */
export async function searchLibrary(query: string, limit: number): Promise<SearchResults> {
  const match = toMatchExpression(query);
  if (match === null) return { query, articles: [], claims: [] };
  const prisma = await db();
  const [articleRows, claimRows] = await Promise.all([
    prisma.$queryRaw<ArticleRow[]>`
      WITH "hits" AS (
        SELECT "rowid", "rank",
          snippet("ArticleSearch", 3, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_TOKENS}) AS "snippet"
        FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} ORDER BY "rank" LIMIT ${limit}
      )
      SELECT a."id", a."title", a."source", a."author", a."publishedAt", "hits"."snippet"
      FROM "hits" JOIN "Article" a ON a."rowid" = "hits"."rowid"
      ORDER BY "hits"."rank"`,
    prisma.$queryRaw<ClaimHit[]>`
      WITH "hits" AS (
        SELECT "rowid" FROM "ClaimSearch"
        WHERE "ClaimSearch" MATCH ${match} ORDER BY "rowid" DESC LIMIT ${limit}
      )
      SELECT c."id", c."articleId", a."title" AS "articleTitle", c."quote", c."topic", c."slot",
        c."kind", c."status"
      FROM "hits" JOIN "Claim" c ON c."rowid" = "hits"."rowid" JOIN "Article" a ON a."id" = c."articleId"
      ORDER BY "hits"."rowid" DESC`,
  ]);
  const articles = articleRows.map((row): ArticleHit => ({
    ...row,
    snippet: snippetParts(row.snippet ?? ""),
  }));
  return { query, articles, claims: claimRows };
}

/**
 * FTS5's own check that each index holds exactly what its content table says; throws
 * (SQLITE_CORRUPT_VTAB) when they have drifted apart.
 */
export async function checkSearchIndex(): Promise<void> {
  const prisma = await db();
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ArticleSearch" ("ArticleSearch", "rank") VALUES ('integrity-check', 1)`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ClaimSearch" ("ClaimSearch", "rank") VALUES ('integrity-check', 1)`,
  );
}
