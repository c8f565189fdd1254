import { performance } from "node:perf_hooks";
import { CLUSTERS } from "../lib/analysis/evaluation/clusters";
import { extractClaims } from "../lib/analysis/extract";

/**
 * Hostile input, timed: the engine must answer within a second per MB of text, whatever the text.
 * Tests check what comes back (nothing, or sensible claims, and never a throw); how long it takes is
 * this bench's to say, on a machine whose load a test cannot control.
 */

const TARGET_S_PER_MB = 1;
const MB = 1024 * 1024;

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, "utf8")));
}

function inputs(): { name: string; body: string }[] {
  const prose = CLUSTERS.flatMap((c) => c.articles.map((a) => a.body)).join("\n\n");
  return [
    { name: "empty text", body: "" },
    { name: "5 MB of articles as one body", body: fill(`${prose}\n\n`, 5 * MB) },
    { name: "1 MB of punctuation only", body: fill('!?.,;:"“”‘’()[]—– ', MB) },
    {
      name: "1 MB of mixed scripts",
      body: fill(
        "Переговоры прошли во вторник. 会谈于12月2日举行。 المحادثات The talks lasted five hours. 😀 ",
        MB,
      ),
    },
    {
      name: "one endless sentence (1 MB)",
      body: fill("envoy Mira Olsen said the 12-point plan met in Geneva on December 2 and ", MB),
    },
  ];
}

export function benchHostile(): void {
  console.log(`Hostile input through extractClaims (target ≤ ${TARGET_S_PER_MB} s per MB)`);
  for (const { name, body } of inputs()) {
    const megabytes = Buffer.byteLength(body, "utf8") / MB;
    const t0 = performance.now();
    const claims = extractClaims({ body, publishedAt: "2026-03-03" });
    const seconds = (performance.now() - t0) / 1000;
    const perMb = megabytes > 0 ? seconds / megabytes : 0;
    const verdict = perMb <= TARGET_S_PER_MB ? "ok" : "ABOVE";
    console.log(
      `  ${name.padEnd(30)} ${seconds.toFixed(2).padStart(6)} s  ${perMb.toFixed(2).padStart(5)} s/MB  ${String(claims.length).padStart(6)} claims  ${verdict}`,
    );
  }
  console.log("");
}
