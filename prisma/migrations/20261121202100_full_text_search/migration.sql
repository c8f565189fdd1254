-- Full-text search over articles and claims with SQLite FTS5.
--
-- schema.prisma cannot describe virtual tables, so these live only in this migration, and
-- lib/data/search-tables.ts declares them (with FTS5's shadow tables) as external tables, which
-- keeps schema diffs from dropping them. Both indexes use external content: they store only the
-- index, the text stays in "Article" and "Claim", and the triggers below keep the index in step
-- with every insert, update and delete (cascaded deletes included) in the same transaction.
--
-- The index is keyed by the content rows' rowid. A later migration that rebuilds "Article" or
-- "Claim" (Prisma's RedefineTables on SQLite) drops these triggers and renumbers the rowids: it must
-- recreate the triggers and end with the two 'rebuild' statements at the bottom of this file. The
-- search tests fail when a trigger is missing.

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "title", "source", "author", "body",
    content = 'Article', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- A match in the title counts most, then source and author, then the body.
INSERT INTO "ArticleSearch" ("ArticleSearch", "rank") VALUES ('rank', 'bm25(8.0, 2.0, 2.0, 1.0)');

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("rowid", "title", "source", "author", "body")
    VALUES (new."rowid", new."title", new."source", new."author", new."body");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "source", "author", "body")
    VALUES ('delete', old."rowid", old."title", old."source", old."author", old."body");
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "source", "author", "body" ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "source", "author", "body")
    VALUES ('delete', old."rowid", old."title", old."source", old."author", old."body");
    INSERT INTO "ArticleSearch" ("rowid", "title", "source", "author", "body")
    VALUES (new."rowid", new."title", new."source", new."author", new."body");
END;

-- A claim is found by its quote and by the name or term it resolved to ("Zelenskyy" for a quote
-- reading "the Ukrainian president"). The view is the index's content table, so snippets and
-- 'rebuild' read exactly what the triggers wrote.
CREATE VIEW "ClaimSearchSource" AS
SELECT
    "rowid" AS "claimRowid",
    "quote",
    CASE WHEN json_valid("value")
        THEN coalesce(json_extract("value", '$.name'), json_extract("value", '$.term'), '')
        ELSE '' END AS "label"
FROM "Claim";

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    "quote", "label",
    content = 'ClaimSearchSource', content_rowid = 'claimRowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearch" ("rowid", "quote", "label")
    SELECT "claimRowid", "quote", "label" FROM "ClaimSearchSource" WHERE "claimRowid" = new."rowid";
END;

CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "ClaimSearch" ("ClaimSearch", "rowid", "quote", "label")
    VALUES ('delete', old."rowid", old."quote",
        CASE WHEN json_valid(old."value")
            THEN coalesce(json_extract(old."value", '$.name'), json_extract(old."value", '$.term'), '')
            ELSE '' END);
END;

CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "quote", "value" ON "Claim" BEGIN
    INSERT INTO "ClaimSearch" ("ClaimSearch", "rowid", "quote", "label")
    VALUES ('delete', old."rowid", old."quote",
        CASE WHEN json_valid(old."value")
            THEN coalesce(json_extract(old."value", '$.name'), json_extract(old."value", '$.term'), '')
            ELSE '' END);
    INSERT INTO "ClaimSearch" ("rowid", "quote", "label")
    SELECT "claimRowid", "quote", "label" FROM "ClaimSearchSource" WHERE "claimRowid" = new."rowid";
END;

INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');
INSERT INTO "ClaimSearch" ("ClaimSearch") VALUES ('rebuild');
