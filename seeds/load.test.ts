import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { cleanArticleText, isFurnitureLine, normalizeForHash } from "../lib/analysis/clean-text";
import { loadSeedArticles, seedMetadataSchema } from "./load";

const ARTICLES_DIR = fileURLToPath(new URL("./articles/", import.meta.url));
const KEYS = [
  "000-moscow-dialogue",
  "001-witkoff-moscow-mission",
  "002-critical-talks-in-moscow",
  "003-washington-kyiv-progress",
  "004-talks-end-without-breakthrough",
];
// The furniture each seed page actually carried, matched independently of isFurnitureLine.
const SEED_FURNITURE = [
  /^share\.?$/i,
  /^leave a reply$/i,
  /^comments \(\d*\)$/i,
  /^smiley face$/i,
  /^weather\s+live markets$/i,
  /^related sources:?/i,
  /^•?\s*source 1\b/i,
  /^sources:/i,
];

describe("loadSeedArticles", () => {
  it("loads the five seeds in file-name order", async () => {
    const articles = await loadSeedArticles();
    expect(articles.map((article) => article.key)).toEqual(KEYS);
  });

  it("gives every article a title and a non-empty, clean body", async () => {
    for (const article of await loadSeedArticles()) {
      expect(article.title.trim(), article.key).not.toBe("");
      expect(article.body.length, article.key).toBeGreaterThan(1000);
      expect(article.body, article.key).not.toMatch(/\r|\u0000|\n\n\n|^\s|\s$/);
      expect(article.body, article.key).toBe(article.body.normalize("NFC"));
    }
  });

  it("leaves no page furniture in any body", async () => {
    for (const article of await loadSeedArticles()) {
      for (const line of article.body.split("\n")) {
        for (const pattern of SEED_FURNITURE) expect(line.trim(), article.key).not.toMatch(pattern);
        expect(isFurnitureLine(line), `${article.key}: ${line}`).toBe(false);
      }
    }
  });

  it("only drops lines: every body line is a line of the raw text", async () => {
    for (const article of await loadSeedArticles()) {
      const raw = await readFile(path.join(ARTICLES_DIR, `${article.key}.txt`), "utf8");
      const rawLines = new Set(raw.split("\n").map((line) => line.trimEnd()));
      for (const line of article.body.split("\n")) {
        if (line !== "") expect(rawLines.has(line), `${article.key}: ${line}`).toBe(true);
      }
    }
  });

  it("gives bodies that cleaning again leaves unchanged, as the data layer re-cleans on import", async () => {
    for (const article of await loadSeedArticles()) {
      expect(cleanArticleText(article.body, { title: article.title }), article.key).toBe(article.body);
    }
  });

  it("never starts a body with its own title", async () => {
    for (const article of await loadSeedArticles()) {
      const firstLine = article.body.split("\n")[0] ?? "";
      expect(normalizeForHash(firstLine), article.key).not.toBe(normalizeForHash(article.title));
    }
  });

  it("keeps the article's own text around the dropped headline and furniture", async () => {
    const byKey = new Map((await loadSeedArticles()).map((article) => [article.key, article]));
    const body = (key: string) => byKey.get(key)?.body ?? "";
    expect(body("000-moscow-dialogue")).toMatch(/^President Vladimir Putin concluded/);
    expect(body("001-witkoff-moscow-mission")).toMatch(/may well depend on their outcome\.$/);
    expect(body("002-critical-talks-in-moscow")).toMatch(/^Vladimir Putin hosted US negotiators/);
    expect(body("002-critical-talks-in-moscow")).toMatch(/both domestically and internationally\.$/);
    expect(body("003-washington-kyiv-progress")).toMatch(/^Diplomatic Momentum Builds/);
    expect(body("003-washington-kyiv-progress")).toMatch(/for years to come\.$/);
    expect(body("004-talks-end-without-breakthrough")).toMatch(/^MOSCOW — Talks between/);
    expect(body("004-talks-end-without-breakthrough")).toMatch(
      /Written by Nick Ravenshade for NENC Media Group/,
    );
  });

  it("returns the metadata stored next to each text", async () => {
    const article = (await loadSeedArticles()).find((a) => a.key === "004-talks-end-without-breakthrough");
    expect(article).toMatchObject({ source: "NENC Media Group", author: "Nick Ravenshade", url: null });
  });
});

describe("seed metadata files", () => {
  it("all validate, with publishedAt either null or a real ISO day", async () => {
    const files = (await readdir(ARTICLES_DIR)).filter((name) => name.endsWith(".json")).sort();
    expect(files).toEqual(KEYS.map((key) => `${key}.json`));
    for (const file of files) {
      const data: unknown = JSON.parse(await readFile(path.join(ARTICLES_DIR, file), "utf8"));
      const result = seedMetadataSchema.safeParse(data);
      expect(result.error, file).toBeUndefined();
      const publishedAt = result.data?.publishedAt ?? null;
      if (publishedAt !== null) {
        expect(publishedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${publishedAt}T00:00:00Z`).toISOString().slice(0, 10), file).toBe(publishedAt);
      }
    }
  });

  it("rejects an impossible day and unknown fields", () => {
    const valid = {
      title: "T",
      source: null,
      author: null,
      url: null,
      publishedAt: "2024-04-16",
      titleIsFirstLine: false,
      provenance: { title: "a", source: "b", author: "c", url: "d", publishedAt: "e" },
    };
    expect(seedMetadataSchema.safeParse(valid).success).toBe(true);
    expect(seedMetadataSchema.safeParse({ ...valid, publishedAt: "2024-02-30" }).success).toBe(false);
    expect(seedMetadataSchema.safeParse({ ...valid, publishedAt: "April 16" }).success).toBe(false);
    expect(seedMetadataSchema.safeParse({ ...valid, date: "2024-04-16" }).success).toBe(false);
    expect(seedMetadataSchema.safeParse({ ...valid, provenance: { title: "a" } }).success).toBe(false);
  });
});

describe("loadSeedArticles on a broken directory", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = "";
  });

  const meta = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      title: "Talks End",
      source: null,
      author: null,
      url: null,
      publishedAt: null,
      titleIsFirstLine: true,
      provenance: { title: "a", source: "b", author: "c", url: "d", publishedAt: "e" },
      ...overrides,
    });

  async function seedDir(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(path.join(os.tmpdir(), "parallax-seeds-"));
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    return dir;
  }

  it("loads a valid pair and drops its headline", async () => {
    const articles = await loadSeedArticles(
      await seedDir({ "a.txt": "Talks End\r\n\r\nBody text.\r\nShare.\r\n", "a.json": meta() }),
    );
    expect(articles).toEqual([
      {
        key: "a",
        title: "Talks End",
        source: null,
        author: null,
        url: null,
        publishedAt: null,
        body: "Body text.",
      },
    ]);
  });

  it("names a text without metadata", async () => {
    await expect(loadSeedArticles(await seedDir({ "a.txt": "Body." }))).rejects.toThrow(/a\.txt and a\.json/);
  });

  it("names a metadata file that is not JSON or does not validate", async () => {
    await expect(loadSeedArticles(await seedDir({ "a.txt": "Body.", "a.json": "{" }))).rejects.toThrow(
      /a\.json is not valid JSON/,
    );
    await rm(dir, { recursive: true, force: true });
    await expect(
      loadSeedArticles(await seedDir({ "a.txt": "Body.", "a.json": meta({ publishedAt: "2025-13-01" }) })),
    ).rejects.toThrow(/a\.json is invalid[\s\S]*publishedAt/);
  });

  it("refuses a titleIsFirstLine flag that the text does not bear out", async () => {
    await expect(
      loadSeedArticles(await seedDir({ "a.txt": "Another headline\nBody.", "a.json": meta() })),
    ).rejects.toThrow(/titleIsFirstLine/);
  });
});

describe("default directory", () => {
  it("resolves relative to the module, from any working directory, under tsx", async () => {
    const repo = fileURLToPath(new URL("../", import.meta.url));
    const script = `import { loadSeedArticles } from ${JSON.stringify(path.join(repo, "seeds/load.ts"))};
      loadSeedArticles().then((articles) => console.log(articles.length));`;
    const { stdout } = await promisify(execFile)(
      path.join(repo, "node_modules/.bin/tsx"),
      ["--eval", script],
      { cwd: os.tmpdir() },
    );
    expect(stdout.trim()).toBe("5");
  });
});
