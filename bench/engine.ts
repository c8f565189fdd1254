/**
 * Engine figures, not assertions: extraction throughput on one core, hostile input (bench/hostile.ts)
 * and comparison compute time.
 * Run with `npx tsx bench/engine.ts`; it stays well under a minute.
 */
import { pathToFileURL } from "node:url";
import { compareClaims } from "../lib/analysis/compare";
import { CLUSTERS } from "../lib/analysis/evaluation/clusters";
import { extractClaims } from "../lib/analysis/extract";
import type { ArticleText, CompareClaim } from "../lib/analysis/types";
import { benchHostile } from "./hostile";
import type { ClaimValue, Stance, Topic } from "../lib/analysis/values";

const TARGET_MB_PER_S = 1;
const TARGET_COMPARE_MS = 20;
const CORPUS_BYTES = 5_000_000;
const EXTRACTION_BUDGET_MS = 30_000;

/** Deterministic, so runs compare with runs. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const SURNAMES = [
  "Halvorsen",
  "Okafor",
  "Brandt",
  "Moreau",
  "Petrenko",
  "Sato",
  "Nakamura",
  "Ferreira",
  "Lindqvist",
];

/** Repeats the evaluation articles with paragraphs rotated, one dropped and a name swapped, until ~5 MB. */
function buildCorpus(): ArticleText[] {
  const base = CLUSTERS.flatMap((c) => c.articles);
  const random = rng(7);
  const out: ArticleText[] = [];
  let bytes = 0;
  for (let round = 0; bytes < CORPUS_BYTES; round++) {
    for (const article of base) {
      const paras = article.body.split("\n\n");
      const shift = round % paras.length;
      const rotated = [...paras.slice(shift), ...paras.slice(0, shift)];
      if (rotated.length > 4 && random() < 0.5) rotated.splice(Math.floor(random() * rotated.length), 1);
      const surname = SURNAMES[Math.floor(random() * SURNAMES.length)]!;
      const body = rotated.join("\n\n").replace(/\b(Mr\.|Ms\.) [A-Z][a-z]+/, `$1 ${surname}`);
      out.push({ body, publishedAt: round % 3 === 2 ? null : article.publishedAt });
      bytes += Buffer.byteLength(body, "utf8");
    }
  }
  return out;
}

/**
 * Times the ≥5 MB corpus in ~1 MB slices, so one pass already gives several measurements; more
 * passes run only while the budget allows, which keeps the bench bounded even when extraction is slow.
 */
function benchExtraction(): { mbPerS: number[]; megabytes: number; passes: number } {
  const corpus = buildCorpus();
  const bytes = corpus.map((a) => Buffer.byteLength(a.body, "utf8"));
  const megabytes = bytes.reduce((n, b) => n + b, 0) / 1e6;
  const slices: { articles: ArticleText[]; megabytes: number }[] = [];
  for (let i = 0; i < corpus.length; i++) {
    let slice = slices[slices.length - 1];
    if (slice === undefined || slice.megabytes >= 1) slices.push((slice = { articles: [], megabytes: 0 }));
    slice.articles.push(corpus[i]!);
    slice.megabytes += bytes[i]! / 1e6;
  }
  for (const a of corpus.slice(0, 40)) extractClaims(a); // warm the JIT before timing
  const mbPerS: number[] = [];
  const started = performance.now();
  let passes = 0;
  let lastPass = 0;
  while (passes < 3 && (passes === 0 || performance.now() - started + lastPass <= EXTRACTION_BUDGET_MS)) {
    const passStart = performance.now();
    for (const slice of slices) {
      const t0 = performance.now();
      for (const a of slice.articles) extractClaims(a);
      mbPerS.push(slice.megabytes / ((performance.now() - t0) / 1000));
    }
    lastPass = performance.now() - passStart;
    passes++;
  }
  return { mbPerS, megabytes, passes };
}

const PERSON_SLOTS = [
  "delegation.us",
  "delegation.russia",
  "delegation.ukraine",
  "people.mentioned",
  "people.mentioned",
  "people.mentioned",
];
const TERMS = [
  "ceasefire",
  "nato-membership",
  "security-guarantees",
  "territorial-recognition",
  "prisoner-exchange",
  "sanctions-relief",
  "frozen-assets",
  "elections",
];
const STANCES: readonly Stance[] = ["proposed", "ruled-out", "mentioned"];

/** A claim mix like a long article's: mostly people and mentioned dates, some figures and terms. */
function syntheticClaims(articleId: string, count: number, random: () => number): CompareClaim[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const claims: CompareClaim[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    let topic: Topic;
    let slot: string;
    let value: ClaimValue;
    if (roll < 0.4) {
      [topic, slot] = ["envoys", pick(PERSON_SLOTS)];
      value = {
        kind: "person",
        value: {
          name: `${pick(["Anna", "Boris", "Chen", "Dana"])} ${pick(SURNAMES)}${Math.floor(random() * 20)}`,
        },
      };
    } else if (roll < 0.65) {
      [topic, slot] = ["dates", random() < 0.15 ? "meeting.date" : "date.mentioned"];
      const day = 1 + Math.floor(random() * 28);
      value =
        random() < 0.2
          ? { kind: "date", value: { start: null, end: null, parts: { weekday: Math.floor(random() * 7) } } }
          : {
              kind: "date",
              value: {
                start: `2026-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, "0")}`,
                end: `2026-10-${String(day).padStart(2, "0")}`,
              },
            };
    } else if (roll < 0.8) {
      [topic, slot] = ["other", pick(["meeting.duration", "plan.size", "count.hostages", "count.people"])];
      const n = Math.floor(random() * 40);
      value = {
        kind: "quantity",
        value: {
          min: n,
          max: random() < 0.3 ? null : n + Math.floor(random() * 5),
          unit: slot === "meeting.duration" ? "hours" : "points",
        },
      };
    } else {
      const term = pick(TERMS);
      [topic, slot] = ["plan-terms", `plan.${term}`];
      value = { kind: "term", value: { term, stance: pick(STANCES) } };
    }
    claims.push({
      ...value,
      id: `${articleId}-${i}`,
      articleId,
      topic,
      slot,
      quote: "several hours",
      status: "suggested",
    });
  }
  return claims;
}

/** Median and best wall time of `runs` comparisons, in ms; the best run shows the cost without other load. */
function benchCompare(
  articles: number,
  perArticle: number,
  runs: number,
  oneSlot = false,
): { median: number; best: number } {
  const random = rng(articles * 1000 + perArticle);
  const ids = Array.from({ length: articles }, (_, i) => `a${i}`);
  const claims = ids
    .flatMap((id) => syntheticClaims(id, perArticle, random))
    .map((c) => (oneSlot ? { ...c, slot: "meeting.date" } : c));
  for (let i = 0; i < 5; i++) compareClaims(ids, claims, []);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    compareClaims(ids, claims, []);
    times.push(performance.now() - t0);
  }
  return { median: median(times), best: Math.min(...times) };
}

/** `npx tsx bench/engine.ts [extract|hostile|compare]` runs one part; no argument runs all. */
export function main(only: string | undefined = process.argv[2]): void {
  const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(8);
  console.log(`Parallax engine bench (one core, Node ${process.version})\n`);

  if (only === undefined || only === "all" || only === "hostile") benchHostile();
  if (only === "hostile") return;
  if (only !== "compare") {
    const ex = benchExtraction();
    const mid = median(ex.mbPerS);
    const spread = `min ${Math.min(...ex.mbPerS).toFixed(2)}, max ${Math.max(...ex.mbPerS).toFixed(2)}`;
    const verdict = mid >= TARGET_MB_PER_S ? "ok" : "BELOW";
    console.log(`Extraction over ${ex.megabytes.toFixed(2)} MB: ${ex.passes} pass(es) timed in ~1 MB slices`);
    console.log(
      `  median ${fmt(mid)} MB/s (${spread}, ${ex.mbPerS.length} runs)   target ≥ ${TARGET_MB_PER_S} MB/s  ${verdict}\n`,
    );
  }
  if (only === "extract") return;

  console.log("Comparison, 200 claims per article, 50 runs");
  for (const n of [2, 4, 6]) {
    const { median: ms, best } = benchCompare(n, 200, 50);
    const target =
      n === 6 ? `   target ≤ ${TARGET_COMPARE_MS} ms  ${ms <= TARGET_COMPARE_MS ? "ok" : "ABOVE"}` : "";
    console.log(`  ${n} articles  median ${fmt(ms, 3)} ms  best ${fmt(best, 3)} ms${target}`);
  }
  const worst = benchCompare(6, 200, 20, true);
  console.log(
    `  6 articles, all 1,200 claims in one slot (worst case)  median ${fmt(worst.median, 3)} ms  best ${fmt(worst.best, 3)} ms`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
