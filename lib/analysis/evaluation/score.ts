import type { compareClaims } from "../compare";
import type { CompareClaim, ExtractedClaim } from "../types";
import { canonicalPersonKey } from "../names";
import { CLUSTERS } from "./clusters";
import { foldSlot, type GoldArticle, type GoldCluster } from "./gold";
import {
  dateContradicts,
  dateMatches,
  delegationSide,
  describeMatcher,
  goldKeys,
  quantityMatches,
  rowMatches,
} from "./match";

export type ExtractFn = (article: { body: string; publishedAt: string | null }) => ExtractedClaim[];
export type CompareFn = typeof compareClaims;

export interface Ratio {
  hit: number;
  total: number;
  /** hit / total; 1 when there was nothing to find. */
  value: number;
}

export interface ClusterMetrics {
  id: string;
  title: string;
  expected: string[];
  missing: string[];
  /** Contradiction rows nobody expected, with the engine's reason. */
  falseContradictions: { slot: string; reason: string }[];
  /** Rows gold marks as wording-only differences that the engine nevertheless contradicts. */
  consistentViolated: string[];
}

export interface CorpusMetrics {
  articles: number;
  people: { recall: Ratio; precision: Ratio };
  envoys: { recall: Ratio; precision: Ratio; usRecall: Ratio; usPrecision: Ratio };
  /** Brief's definition: some meeting.date claim fits the gold date. */
  talksDate: Ratio;
  /** As talksDate, and no meeting.date claim contradicts the gold date. */
  talksDateStrict: Ratio;
  durations: Ratio;
  planSizes: Ratio;
  /** Other figures (hostages and the like), reported, not judged. */
  counts: Ratio;
  terms: { recall: Ratio; stance: Ratio };
  clusters: ClusterMetrics[];
  /** Every miss and false positive as "article: what", for whoever improves the engine next. */
  notes: string[];
}

class Tally {
  hit = 0;
  total = 0;
  add(ok: boolean): boolean {
    this.total += 1;
    if (ok) this.hit += 1;
    return ok;
  }
  ratio(): Ratio {
    return { hit: this.hit, total: this.total, value: this.total === 0 ? 1 : this.hit / this.total };
  }
}

type PersonClaim = Extract<ExtractedClaim, { kind: "person" }>;

function scorePeople(
  article: GoldArticle,
  claims: readonly ExtractedClaim[],
  t: Record<string, Tally>,
  notes: string[],
) {
  const persons = claims.filter((c): c is PersonClaim => c.kind === "person");
  const gold = article.gold.people.map((p) => ({ person: p, keys: goldKeys(p) }));
  const foundKeys = new Map<string, string>();
  for (const c of persons) foundKeys.set(canonicalPersonKey(c.value.name), c.value.name);
  for (const g of gold) {
    if (!t.peopleRecall!.add([...g.keys].some((k) => foundKeys.has(k))))
      notes.push(`${article.id}: missed person ${g.person.name}`);
  }
  for (const [key, name] of foundKeys) {
    if (!t.peoplePrecision!.add(gold.some((g) => g.keys.has(key))))
      notes.push(`${article.id}: not a person in gold: "${name}"`);
  }

  const seated = new Map<string, string>();
  for (const c of persons) {
    const side = delegationSide(c.slot);
    if (side !== null) seated.set(`${canonicalPersonKey(c.value.name)}|${side}`, c.value.name);
  }
  for (const g of gold) {
    if (g.person.delegation === undefined) continue;
    const ok = [...g.keys].some((k) => seated.has(`${k}|${g.person.delegation}`));
    t.envoyRecall!.add(ok);
    if (g.person.delegation === "us") t.usRecall!.add(ok);
    if (!ok) notes.push(`${article.id}: missed envoy ${g.person.name} (delegation.${g.person.delegation})`);
  }
  for (const [pair, name] of seated) {
    const [key = "", side = ""] = pair.split("|");
    const ok = gold.some((g) => g.person.delegation === side && g.keys.has(key));
    t.envoyPrecision!.add(ok);
    if (side === "us") t.usPrecision!.add(ok);
    if (!ok) notes.push(`${article.id}: "${name}" put in delegation.${side}, gold disagrees`);
  }
}

function scoreFacts(
  article: GoldArticle,
  claims: readonly ExtractedClaim[],
  t: Record<string, Tally>,
  notes: string[],
) {
  const { talksDate, quantities, terms } = article.gold;
  if (talksDate !== null) {
    const dates = claims
      .filter((c) => c.slot === "meeting.date")
      .flatMap((c) => (c.kind === "date" ? [c] : []));
    const ok = dates.some((c) => dateMatches(c, talksDate));
    const clean = ok && !dates.some((c) => dateContradicts(c, talksDate));
    t.talksDate!.add(ok);
    t.talksDateStrict!.add(clean);
    if (!clean)
      notes.push(
        `${article.id}: meeting.date ${dates.map((d) => JSON.stringify(d.value)).join(" ") || "none"} vs gold ${JSON.stringify(talksDate)}`,
      );
  }
  for (const q of quantities) {
    const tally =
      q.slot === "meeting.duration" ? t.durations! : q.slot === "plan.size" ? t.planSizes! : t.counts!;
    const candidates = claims.filter((c) => c.slot === q.slot);
    if (!tally.add(candidates.some((c) => quantityMatches(c, q)))) {
      const seen = candidates.map((c) => JSON.stringify(c.value)).join(" ") || "none";
      notes.push(`${article.id}: ${q.slot} [${q.min}, ${q.max}] ${q.unit} not found (engine: ${seen})`);
    }
  }
  for (const g of terms) {
    const found = claims.flatMap((c) =>
      c.kind === "term" && c.value.term === g.term ? [c.value.stance] : [],
    );
    if (!t.termRecall!.add(found.length > 0)) notes.push(`${article.id}: missed term ${g.term}`);
    else if (!t.termStance!.add(found.includes(g.stance)))
      notes.push(`${article.id}: term ${g.term} ${found.join("/")}, gold ${g.stance}`);
  }
}

function scoreCluster(
  cluster: GoldCluster,
  extracted: ReadonlyMap<string, ExtractedClaim[]>,
  compare: CompareFn,
): ClusterMetrics {
  const claims: CompareClaim[] = cluster.articles.flatMap((a) =>
    (extracted.get(a.id) ?? []).map((c, i) => {
      const { start: _s, end: _e, prefix: _p, suffix: _x, attribution: _a, ...rest } = c;
      return { ...rest, id: `${a.id}#${i}`, articleId: a.id, status: "suggested" as const };
    }),
  );
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rows = compare(
    cluster.articles.map((a) => a.id),
    claims,
    [],
  );
  const contradictions = rows.filter((r) => r.verdict === "contradict");
  const missing = cluster.contradict.filter((m) => !contradictions.some((r) => rowMatches(r, m, byId)));
  return {
    id: cluster.id,
    title: cluster.title,
    expected: cluster.contradict.map(describeMatcher),
    missing: missing.map(describeMatcher),
    falseContradictions: contradictions
      .filter((r) => !cluster.contradict.some((m) => rowMatches(r, m, byId)))
      .map((r) => ({ slot: r.slot, reason: r.reason })),
    consistentViolated: cluster.consistent
      .filter((m) => contradictions.some((r) => rowMatches(r, m, byId)))
      .map(describeMatcher),
  };
}

/** Runs the engine over the evaluation corpus and scores it against gold. Pure apart from the engine itself. */
export function evaluateCorpus(
  extract: ExtractFn,
  compare: CompareFn,
  clusters: readonly GoldCluster[] = CLUSTERS,
): CorpusMetrics {
  const names = [
    "peopleRecall",
    "peoplePrecision",
    "envoyRecall",
    "envoyPrecision",
    "usRecall",
    "usPrecision",
    "talksDate",
    "talksDateStrict",
    "durations",
    "planSizes",
    "counts",
    "termRecall",
    "termStance",
  ];
  const t: Record<string, Tally> = Object.fromEntries(names.map((n) => [n, new Tally()]));
  const notes: string[] = [];
  const extracted = new Map<string, ExtractedClaim[]>();
  for (const [cluster, article] of clusters.flatMap((c) => c.articles.map((a) => [c, a] as const))) {
    const claims = extract({ body: article.body, publishedAt: article.publishedAt }).map((c) => ({
      ...c,
      slot: foldSlot(c.slot, cluster),
    }));
    extracted.set(article.id, claims);
    scorePeople(article, claims, t, notes);
    scoreFacts(article, claims, t, notes);
  }
  const r = (name: string) => t[name]!.ratio();
  return {
    articles: extracted.size,
    people: { recall: r("peopleRecall"), precision: r("peoplePrecision") },
    envoys: {
      recall: r("envoyRecall"),
      precision: r("envoyPrecision"),
      usRecall: r("usRecall"),
      usPrecision: r("usPrecision"),
    },
    talksDate: r("talksDate"),
    talksDateStrict: r("talksDateStrict"),
    durations: r("durations"),
    planSizes: r("planSizes"),
    counts: r("counts"),
    terms: { recall: r("termRecall"), stance: r("termStance") },
    clusters: clusters.map((c) =>
      scoreCluster(c, extracted, (...args) =>
        compare(...args).map((row) => ({ ...row, slot: foldSlot(row.slot, c) })),
      ),
    ),
    notes,
  };
}
