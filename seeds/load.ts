import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { cleanArticleText } from "../lib/analysis/clean-text";

// Resolved from this module rather than process.cwd(), so seeding works from any directory
// and under both tsx and vitest.
const DEFAULT_DIR = fileURLToPath(new URL("./articles/", import.meta.url));

const explanation = z.string().trim().min(1);

/** Metadata stored next to each raw seed text; every inferred field says how it was inferred. */
export const seedMetadataSchema = z.strictObject({
  title: z.string().trim().min(1),
  source: z.string().trim().min(1).nullable(),
  author: z.string().trim().min(1).nullable(),
  url: z.url().nullable(),
  publishedAt: z.iso.date().nullable(),
  /** The raw text's first content line is the headline, so it is dropped from the body. */
  titleIsFirstLine: z.boolean(),
  provenance: z.strictObject({
    title: explanation,
    source: explanation,
    author: explanation,
    url: explanation,
    publishedAt: explanation,
  }),
});

export type SeedMetadata = z.infer<typeof seedMetadataSchema>;

export interface SeedArticle {
  /** File stem, e.g. "000-moscow-dialogue": stable across runs, so seeding can be idempotent. */
  key: string;
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  /** ISO day (YYYY-MM-DD) or null when the text does not establish one. */
  publishedAt: string | null;
  body: string;
}

/**
 * Reads every `<key>.txt` + `<key>.json` pair in `dir`, in file-name order, and returns the
 * articles with cleaned bodies. Throws, naming the file, on an unpaired file or invalid metadata.
 */
export async function loadSeedArticles(dir: string = DEFAULT_DIR): Promise<SeedArticle[]> {
  const names = new Set(await readdir(dir));
  const stems = [...names]
    .filter((name) => name.endsWith(".txt") || name.endsWith(".json"))
    .map((name) => name.replace(/\.(txt|json)$/, ""));
  const keys = [...new Set(stems)].sort();
  const articles: SeedArticle[] = [];
  for (const key of keys) {
    if (!names.has(`${key}.txt`) || !names.has(`${key}.json`)) {
      throw new Error(`Seed "${key}" in ${dir} needs both ${key}.txt and ${key}.json.`);
    }
    const [raw, json] = await Promise.all([
      readFile(path.join(dir, `${key}.txt`), "utf8"),
      readFile(path.join(dir, `${key}.json`), "utf8"),
    ]);
    articles.push(toSeedArticle(key, raw, parseMetadata(key, json)));
  }
  return articles;
}

function parseMetadata(key: string, json: string): SeedMetadata {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${key}.json is not valid JSON: ${reason}`, { cause: error });
  }
  const result = seedMetadataSchema.safeParse(data);
  if (!result.success) throw new Error(`${key}.json is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function toSeedArticle(key: string, raw: string, meta: SeedMetadata): SeedArticle {
  const body = cleanArticleText(raw, meta.titleIsFirstLine ? { title: meta.title } : {});
  // A flag that no longer matches the text would silently leave the headline in the body.
  if (meta.titleIsFirstLine && body === cleanArticleText(raw)) {
    throw new Error(`${key}.json says titleIsFirstLine, but the first line of ${key}.txt is not the title.`);
  }
  if (body.length === 0) throw new Error(`${key}.txt has no article text left after cleaning.`);
  return {
    key,
    title: meta.title,
    source: meta.source,
    author: meta.author,
    url: meta.url,
    publishedAt: meta.publishedAt,
    body,
  };
}
