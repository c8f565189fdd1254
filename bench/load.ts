import { Agent, request } from "node:http";
import autocannon from "autocannon";

/** Throughput at 10 connections (autocannon), and latency of one client in sequence (precise to µs). */

export interface Throughput {
  reqPerSec: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
}

export const LOAD_SECONDS = 8;

/** Requests per second and latency percentiles under `connections` concurrent keep-alive clients. */
export async function throughput(url: string, connections = 10, seconds = LOAD_SECONDS): Promise<Throughput> {
  // A short warm-up so the first requests' compilation and cache filling are not measured.
  await autocannon({ url, connections, duration: 1 });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Two URLs measured in the order A B B A, each run half as long, and averaged: on a machine shared
 * with other work, load that rises or falls during the runs then weighs on both sides alike, so the
 * ratio between them is steadier than from one run each.
 */
export async function pairedThroughput(
  urlA: string,
  urlB: string,
  connections = 10,
): Promise<[Throughput, Throughput]> {
  const half = LOAD_SECONDS / 2;
  const a1 = await throughput(urlA, connections, half);
  const b1 = await throughput(urlB, connections, half);
  const b2 = await throughput(urlB, connections, half);
  const a2 = await throughput(urlA, connections, half);
  return [mean(a1, a2), mean(b1, b2)];
}

function mean(x: Throughput, y: Throughput): Throughput {
  return {
    reqPerSec: (x.reqPerSec + y.reqPerSec) / 2,
    p50: (x.p50 + y.p50) / 2,
    p99: Math.max(x.p99, y.p99),
    bytes: (x.bytes + y.bytes) / 2,
    errors: x.errors + y.errors,
  };
}

export interface Latency {
  p50: number;
  p95: number;
  count: number;
  errors: number;
}

/**
 * One client asking for each path in turn over one keep-alive connection for `seconds`: the time a
 * reader waits when the server has nothing else to do.
 */
export async function sequentialLatency(
  origin: string,
  paths: readonly string[],
  seconds = 5,
): Promise<Latency> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let errors = 0;
  try {
    for (const path of paths.slice(0, 3)) await get(agent, origin, path); // warm-up
    const deadline = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < deadline; i++) {
      const path = paths[i % paths.length] ?? "/";
      const started = performance.now();
      const status = await get(agent, origin, path);
      times.push(performance.now() - started);
      if (status !== 200) errors++;
    }
  } finally {
    agent.destroy();
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), count: times.length, errors };
}

function get(agent: Agent, origin: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { agent }, (res) => {
      res.resume(); // read the whole body: the client waits for it too
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
