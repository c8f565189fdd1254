/**
 * `npm run bench`: every performance figure of Parallax in one run, each beside its target. Starts
 * the production server itself (building first when the build is stale) on free loopback ports,
 * each with its own database, and stops it at the end. Figures, not assertions: nothing here fails
 * a test run. Load runs last about 8 s each; the whole bench takes a few minutes.
 */
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { main as engineBench } from "./engine";
import { firstLoadJs } from "./first-load-js";
import { LOAD_SECONDS, pairedThroughput, sequentialLatency, throughput, type Throughput } from "./load";
import { SCALE, scaleDatabase } from "./scale-db";
import { startServer } from "./server";
import { STATIC_SAMPLE_PATH, staticSampleFile } from "./static-sample";

const root = process.cwd();
const dataDir = path.join(root, "bench", ".data");

interface Row {
  figure: string;
  value: string;
  target: string;
  ok: boolean | null;
}
const summary: Row[] = [];
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function line(label: string, t: Throughput): void {
  console.log(
    `  ${label.padEnd(34)} ${t.reqPerSec.toFixed(0).padStart(6)} req/s   p50 ${ms(t.p50).padStart(9)}   p99 ${ms(t.p99).padStart(9)}   ${kb(t.bytes).padStart(9)}/response${t.errors ? `   ${t.errors} ERRORS` : ""}`,
  );
}

/** Runs the engine bench and keeps its printed figures for the summary. */
function runEngine(): { mbPerS: number | null; sixMs: number | null } {
  console.log("\n== Engine (one core) ==");
  const printed: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
    log(...args.map((a) => (typeof a === "string" ? a.replace(/^/gm, "  ") : a)));
  };
  try {
    engineBench("all");
  } finally {
    console.log = log;
  }
  const text = printed.join("\n");
  const mb = /median\s+([\d.]+) MB\/s/.exec(text)?.[1];
  const six = /\b6 articles\s+median\s+([\d.]+) ms/.exec(text)?.[1];
  return { mbPerS: mb ? Number(mb) : null, sixMs: six ? Number(six) : null };
}

async function benchPages(runDir: string): Promise<void> {
  console.log("\n== Pages and API (10 connections unless noted) ==");
  const dbFile = path.join(runDir, "main.db");
  const server = await startServer({ databaseFile: dbFile, label: "main" });
  try {
    const db = new Database(dbFile, { readonly: true });
    const seed = db
      .prepare(`SELECT "slug", "latestRevision" FROM "Comparison" ORDER BY "createdAt" LIMIT 1`)
      .get() as { slug: string; latestRevision: number } | undefined;
    db.close();
    if (!seed) throw new Error("the seeded comparison is missing");
    const { origin } = server;
    const pinnedPath = `/c/${seed.slug}/r/${seed.latestRevision}`;
    const latestPath = `/c/${seed.slug}`;

    const [staticRun, pinned] = await pairedThroughput(
      `${origin}${STATIC_SAMPLE_PATH}`,
      `${origin}${pinnedPath}`,
    );
    line(`static file (${STATIC_SAMPLE_PATH})`, staticRun);
    line(`pinned page ${pinnedPath}`, pinned);
    const pinnedRatio = pinned.reqPerSec / staticRun.reqPerSec;
    console.log(`    pinned / static = ${pinnedRatio.toFixed(2)}×`);
    const sizes = pinned.bytes / staticRun.bytes;
    if (sizes < 0.75 || sizes > 1.33) {
      console.log(
        `    (the sample is ${kb(staticRun.bytes)}, the page ${kb(pinned.bytes)}: regenerate it, see bench/static-sample.ts)`,
      );
    }
    summary.push({
      figure: "pinned page vs static file (req/s)",
      value: `${pinnedRatio.toFixed(2)}×`,
      target: "≥ 0.70×",
      ok: pinnedRatio >= 0.7,
    });

    const latest = await throughput(`${origin}${latestPath}`);
    line(`latest page ${latestPath}`, latest);
    const oneClient = await sequentialLatency(origin, [latestPath]);
    console.log(
      `    1 connection: p50 ${ms(oneClient.p50)}, p95 ${ms(oneClient.p95)} (${oneClient.count} requests)`,
    );
    summary.push({
      figure: "latest page p50, 1 connection",
      value: ms(oneClient.p50),
      target: "≤ 15 ms",
      ok: oneClient.p50 <= 15,
    });
    // The floor any page pays: the root layout alone, with no data and no client components.
    const floor = await sequentialLatency(origin, ["/about"], 3);
    console.log(`    for reference, /about at 1 connection: p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}`);

    const [health, api] = await pairedThroughput(
      `${origin}/api/health`,
      `${origin}/api/comparisons/${seed.slug}`,
    );
    line("constant JSON GET /api/health", health);
    line(`GET /api/comparisons/${seed.slug}`, api);
    const apiRatio = api.reqPerSec / health.reqPerSec;
    console.log(`    comparison API / constant JSON = ${apiRatio.toFixed(2)}×`);
    console.log(`    (latest page / constant JSON = ${(latest.reqPerSec / health.reqPerSec).toFixed(2)}×)`);
    summary.push({
      figure: "comparison API vs constant JSON (req/s)",
      value: `${apiRatio.toFixed(2)}×`,
      target: "≥ 0.50×",
      ok: apiRatio >= 0.5,
    });

    console.log("\n== First-load JavaScript (gzip) ==");
    const page = await firstLoadJs(origin, latestPath);
    const empty = await firstLoadJs(origin, "/about");
    const extra = page.gzipBytes - empty.gzipBytes;
    console.log(
      `  /about (framework baseline)  ${kb(empty.gzipBytes).padStart(9)} in ${empty.scripts} scripts`,
    );
    console.log(`  ${latestPath.padEnd(27)}  ${kb(page.gzipBytes).padStart(9)} in ${page.scripts} scripts`);
    console.log(`  difference                   ${kb(extra).padStart(9)}`);
    summary.push({
      figure: "comparison page JS above baseline",
      value: kb(extra),
      target: "≤ 40 KB",
      ok: extra <= 40 * 1024,
    });
  } finally {
    await server.stop();
  }
}

async function benchScale(): Promise<void> {
  console.log(
    `\n== At scale: ${SCALE.articles.toLocaleString("en")} articles, ${(SCALE.articles * SCALE.claimsPerArticle).toLocaleString("en")} claims (1 connection) ==`,
  );
  const { file, seconds } = await scaleDatabase(dataDir);
  const mb = statSync(file).size / 2 ** 20;
  console.log(
    seconds === null
      ? `  reusing ${path.relative(root, file)} (${mb.toFixed(0)} MB)`
      : `  generated in ${seconds.toFixed(1)} s (${mb.toFixed(0)} MB)`,
  );
  const server = await startServer({ databaseFile: file, label: "scale" });
  try {
    const library = await sequentialLatency(server.origin, ["/"]);
    console.log(
      `  library page /                p50 ${ms(library.p50)}   p95 ${ms(library.p95)}   (${library.count} requests)`,
    );
    summary.push({
      figure: "10k/500k library page p50",
      value: ms(library.p50),
      target: "≤ 50 ms",
      ok: library.p50 <= 50,
    });
    // A mix: rare and common words, names, a phrase, two-word queries.
    const queries = [
      "ceasefire",
      "Halvorsen Doha",
      '"security guarantees"',
      "hostages",
      "Geneva",
      "prisoner exchange",
      "talks",
      "Okafor",
    ];
    const api = await sequentialLatency(
      server.origin,
      queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    );
    console.log(
      `  GET /api/search?q=…           p50 ${ms(api.p50)}   p95 ${ms(api.p95)}   (${api.count} requests, ${queries.length} queries)`,
    );
    const page = await sequentialLatency(
      server.origin,
      queries.map((q) => `/search?q=${encodeURIComponent(q)}`),
    );
    console.log(
      `  search page /search?q=…       p50 ${ms(page.p50)}   p95 ${ms(page.p95)}   (${page.count} requests)`,
    );
    summary.push({
      figure: "10k/500k search API p50",
      value: ms(api.p50),
      target: "≤ 50 ms",
      ok: api.p50 <= 50,
    });
    summary.push({
      figure: "10k/500k search page p50",
      value: ms(page.p50),
      target: "≤ 50 ms",
      ok: page.p50 <= 50,
    });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`Parallax bench, ${new Date().toISOString()}`);
  console.log(
    `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `Load runs: autocannon after a 1 s warm-up, ${LOAD_SECONDS} s per URL (compared pairs as A B B A, ${LOAD_SECONDS / 2} s each); 1-connection latencies: 5 s of requests in sequence.`,
  );
  if (!existsSync(staticSampleFile(root)))
    throw new Error(`${STATIC_SAMPLE_PATH} is missing from public/: see bench/static-sample.ts`);

  const engine = runEngine();
  if (engine.mbPerS !== null)
    summary.push({
      figure: "extraction, one core",
      value: `${engine.mbPerS.toFixed(2)} MB/s`,
      target: "≥ 1 MB/s",
      ok: engine.mbPerS >= 1,
    });
  if (engine.sixMs !== null)
    summary.push({
      figure: "comparison of 6 articles",
      value: ms(engine.sixMs),
      target: "≤ 20 ms",
      ok: engine.sixMs <= 20,
    });

  const runDir = path.join(dataDir, `run-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  try {
    await benchPages(runDir);
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
  await benchScale();

  console.log("\n== Summary ==");
  for (const row of summary) {
    const verdict = row.ok === null ? "" : row.ok ? "ok" : "MISSED";
    console.log(
      `  ${row.figure.padEnd(42)} ${row.value.padStart(12)}   target ${row.target.padEnd(9)} ${verdict}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
