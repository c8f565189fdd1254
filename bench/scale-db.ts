import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { CLUSTERS } from "../lib/analysis/evaluation/clusters";
import { applyMigrations, defaultMigrationsDir } from "../lib/data/migrate";

/**
 * A library at newsroom scale for the bench: 10,000 articles and 500,000 claims, written with
 * better-sqlite3 prepared statements in one transaction (bench code: the app writes through Prisma).
 * The text is the evaluation corpus reshuffled, with names, places and figures varied so the search
 * index sees a realistic vocabulary; every claim is anchored to real text of its article. Cached in
 * bench/.data under a hash of this generator and the migrations, so only a change regenerates it.
 */

export const SCALE = { articles: 10_000, claimsPerArticle: 50, comparisons: 50 };

const NAMES = [
  "Halvorsen",
  "Okafor",
  "Brandt",
  "Moreau",
  "Petrenko",
  "Sato",
  "Ferreira",
  "Lindqvist",
  "Quaresma",
  "Adeyemi",
  "Kowalczyk",
  "Haddad",
  "Ivanova",
  "Mbeki",
  "Castellanos",
  "Novak",
];
const FIRST = [
  "Anna",
  "Boris",
  "Chen",
  "Dana",
  "Elif",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kemal",
  "Lena",
];
const CITIES = [
  "Geneva",
  "Doha",
  "Cairo",
  "Istanbul",
  "Jeddah",
  "Vienna",
  "Oslo",
  "Riyadh",
  "Minsk",
  "Ankara",
  "Nairobi",
  "Helsinki",
];
const TERMS = [
  "ceasefire",
  "demilitarized-zone",
  "security-guarantees",
  "nato-membership",
  "prisoner-exchange",
  "sanctions-relief",
  "elections",
];
const STANCES = ["proposed", "ruled-out", "mentioned"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cacheKey(): string {
  const hash = createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url)));
  for (const name of readdirSync(defaultMigrationsDir()).sort()) {
    const sql = path.join(defaultMigrationsDir(), name, "migration.sql");
    if (existsSync(sql)) hash.update(name).update(readFileSync(sql));
  }
  return hash.update(JSON.stringify(SCALE)).digest("hex").slice(0, 12);
}

/** The scale database, generated unless an identical one is cached. */
export async function scaleDatabase(dataDir: string): Promise<{ file: string; seconds: number | null }> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `scale-${cacheKey()}.db`);
  if (existsSync(file)) return { file, seconds: null };
  for (const old of readdirSync(dataDir))
    if (old.startsWith("scale-")) rmSync(path.join(dataDir, old), { force: true });

  const started = performance.now();
  // Built under a temporary name and renamed at the end: an interrupted run leaves no half cache.
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await applyMigrations(partial);
  const db = new Database(partial);
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  try {
    db.transaction(() => fill(db))();
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  await addComparisons(partial);
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(partial + suffix)) renameSync(partial + suffix, file + suffix);
  }
  return { file, seconds: (performance.now() - started) / 1000 };
}

function fill(db: Database.Database): void {
  const random = rng(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const insertArticle = db.prepare(
    `INSERT INTO "Article" ("id", "title", "source", "author", "publishedAt", "body", "contentHash", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO "Claim" ("id", "articleId", "start", "end", "quote", "prefix", "suffix", "topic", "slot", "kind", "value", "origin", "status", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const bases = CLUSTERS.flatMap((c) => c.articles.map((a) => a.body.split("\n\n")));
  const epoch = Date.UTC(2025, 0, 1);
  for (let i = 0; i < SCALE.articles; i++) {
    // Two source articles per generated one: about 4 KB of text, a typical news story.
    const paragraphs = [...pick(bases), ...pick(bases)];
    const shift = Math.floor(random() * paragraphs.length);
    const body = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)]
      .join("\n\n")
      .replace(/\b(Mr\.|Ms\.|envoy|minister) [A-Z][a-z]+/g, (_, title: string) => `${title} ${pick(NAMES)}`)
      .replace(/\b(in|to|from) [A-Z][a-z]+\b/, (_, prep: string) => `${prep} ${pick(CITIES)}`)
      .concat(`\n\nDispatch ${i.toString(36)} filed by ${pick(FIRST)} ${pick(NAMES)} in ${pick(CITIES)}.`);
    const id = `scale${i.toString(36).padStart(8, "0")}`;
    const day = new Date(epoch + i * 3_600_000);
    const iso = day.toISOString().replace("Z", "+00:00");
    insertArticle.run(
      id,
      `${pick(CITIES)} talks: ${body.slice(0, 60).replace(/\s+/g, " ").trim()}…`,
      `${pick(NAMES)} Wire`,
      `${pick(FIRST)} ${pick(NAMES)}`,
      iso.slice(0, 10),
      body,
      createHash("sha256").update(body).digest("hex"),
      iso,
      iso,
    );
    const words = [...body.matchAll(/[A-Z]?[a-z]+(?: [A-Z][a-z]+)?/g)];
    for (let c = 0; c < SCALE.claimsPerArticle; c++) {
      const word = pick(words);
      const start = word.index ?? 0;
      const quote = word[0];
      const end = start + quote.length;
      const [topic, slot, kind, value] = claimValue(random, pick, quote);
      insertClaim.run(
        `${id}c${c.toString(36)}`,
        id,
        start,
        end,
        quote,
        body.slice(Math.max(0, start - 32), start),
        body.slice(end, end + 32),
        topic,
        slot,
        kind,
        JSON.stringify(value),
        "extracted",
        random() < 0.7 ? "suggested" : "accepted",
        iso,
        iso,
      );
    }
  }
}

type Pick = <T>(xs: readonly T[]) => T;

function claimValue(random: () => number, pick: Pick, quote: string): [string, string, string, object] {
  const roll = random();
  if (roll < 0.4) {
    return [
      "envoys",
      pick(["delegation.us", "delegation.russia", "people.mentioned"]),
      "person",
      { name: /^[A-Z]/.test(quote) ? quote : `${pick(FIRST)} ${pick(NAMES)}` },
    ];
  }
  if (roll < 0.65) {
    const day = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    return ["dates", random() < 0.3 ? "meeting.date" : "date.mentioned", "date", { start: day, end: day }];
  }
  if (roll < 0.8) {
    const n = Math.floor(random() * 40);
    return [
      "other",
      pick(["meeting.duration", "plan.size"]),
      "quantity",
      { min: n, max: n + Math.floor(random() * 5), unit: "hours" },
    ];
  }
  const term = pick(TERMS);
  return ["plan-terms", `plan.${term}`, "term", { term, stance: pick(STANCES) }];
}

/** Comparisons through the app's own code, so their frozen snapshots are exactly what it writes. */
async function addComparisons(file: string): Promise<void> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  const { createComparison } = await import("../lib/data/comparisons");
  const { getPrisma } = await import("../lib/db");
  try {
    const random = rng(7);
    for (let i = 0; i < SCALE.comparisons; i++) {
      const count = 2 + Math.floor(random() * 3);
      const ids = new Set<string>();
      while (ids.size < count)
        ids.add(
          `scale${Math.floor(random() * SCALE.articles)
            .toString(36)
            .padStart(8, "0")}`,
        );
      await createComparison({ articleIds: [...ids] });
    }
  } finally {
    await getPrisma().$disconnect();
    process.env.DATABASE_URL = previous;
  }
}
