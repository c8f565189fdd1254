import type { CorpusMetrics, Ratio } from "./score";

/** Acceptance thresholds for the engine on unseen coverage; coverage.test.ts asserts them. */
export const THRESHOLDS = {
  peopleRecall: 0.9,
  peoplePrecision: 0.9,
  envoyRecall: 0.95,
  talksDate: 0.85,
  durations: 0.85,
  planSizes: 0.85,
  /** Per cluster: unexpected contradiction rows tolerated. */
  falseContradictions: 1,
} as const;

function line(label: string, r: Ratio, target?: number): string {
  const pct = `${(r.value * 100).toFixed(1)}%`.padStart(7);
  const counts = `${r.hit}/${r.total}`.padStart(8);
  const goal =
    target === undefined
      ? ""
      : `  target ≥ ${(target * 100).toFixed(0)}%  ${r.value >= target ? "ok" : "BELOW"}`;
  return `  ${label.padEnd(26)}${pct}${counts}${goal}`;
}

/**
 * A plain-text table of the figures, for test output and the bench. `notes` adds every miss;
 * `rows: false` leaves out which comparison rows failed, so a held-out set can be measured unread.
 */
export function formatMetrics(m: CorpusMetrics, options: { notes?: boolean; rows?: boolean } = {}): string {
  const out = [
    `Evaluation corpus: ${m.articles} articles in ${m.clusters.length} clusters`,
    line("people recall", m.people.recall, THRESHOLDS.peopleRecall),
    line("people precision", m.people.precision, THRESHOLDS.peoplePrecision),
    line("delegation envoys recall", m.envoys.recall, THRESHOLDS.envoyRecall),
    line("delegation envoys precision", m.envoys.precision),
    line("US envoys recall", m.envoys.usRecall),
    line("US envoys precision", m.envoys.usPrecision),
    line("talks date", m.talksDate, THRESHOLDS.talksDate),
    line("talks date, no stray", m.talksDateStrict),
    line("durations", m.durations, THRESHOLDS.durations),
    line("plan sizes", m.planSizes, THRESHOLDS.planSizes),
    line("other counts", m.counts),
    line("terms found", m.terms.recall),
    line("term stances right", m.terms.stance),
    "Comparisons (all articles of a cluster side by side):",
  ];
  for (const c of m.clusters) {
    const found = c.expected.length - c.missing.length;
    const falseCount = c.falseContradictions.length;
    const ok = c.missing.length === 0 && falseCount <= THRESHOLDS.falseContradictions;
    out.push(
      `  ${c.id.padEnd(18)} contradictions found ${found}/${c.expected.length}, false ${falseCount} (≤ ${THRESHOLDS.falseContradictions})  ${ok ? "ok" : "FAIL"}`,
    );
    // Which rows failed is a failure read, like the notes: a held-out set prints counts only.
    if (options.rows === false) continue;
    if (c.missing.length > 0) out.push(`    missing: ${c.missing.join(", ")}`);
    for (const f of c.falseContradictions) out.push(`    false: ${f.slot} — ${f.reason}`);
    if (c.consistentViolated.length > 0) out.push(`    should agree: ${c.consistentViolated.join(", ")}`);
  }
  if (options.notes === true && m.notes.length > 0) {
    out.push(`Notes (${m.notes.length}):`, ...m.notes.map((n) => `  - ${n}`));
  }
  return out.join("\n");
}
