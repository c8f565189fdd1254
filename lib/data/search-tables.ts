/**
 * The full-text search tables (prisma/migrations/*_full_text_search), with the shadow tables FTS5
 * keeps for each. Prisma cannot describe virtual tables, so schema diffs treat these as externally
 * managed (Prisma's `tables.external`) instead of proposing to drop them.
 */
const FTS_TABLES = ["ArticleSearch", "ClaimSearch"] as const;
const FTS_SHADOW_SUFFIXES = ["_config", "_data", "_docsize", "_idx"] as const;

export const SEARCH_TABLES: readonly string[] = FTS_TABLES.flatMap((table) => [
  table,
  ...FTS_SHADOW_SUFFIXES.map((suffix) => `${table}${suffix}`),
]);
