import { TOPICS, type Topic, VERDICTS, type Verdict } from "@/lib/analysis/values";
import type { Comparison } from "@/lib/validations/comparison";

export interface ComparisonDigest {
  sources: number;
  /** Rows per verdict. */
  counts: Record<Verdict, number>;
  /** The topics the headline talks about, in the product's order (envoys, dates, plan terms). */
  topics: Topic[];
  /** "3 contradictions across 5 sources on envoys, dates and plan terms" */
  headline: string;
  /** "4 points agree, 1 partly agrees, 6 reported by one source only." or "" */
  detail: string;
  /** headline and detail as one sentence pair, for link previews. */
  description: string;
}

const TOPIC_WORDS: Readonly<Record<Topic, string>> = {
  envoys: "envoys",
  dates: "dates",
  "plan-terms": "plan terms",
  other: "other points",
};

/** "a", "a and b", "a, b and c": the house style of the headline in the brief. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function topicsOf(rows: Comparison["rows"], verdicts: readonly Verdict[]): Topic[] {
  const present = new Set(rows.filter((r) => verdicts.includes(r.verdict)).map((r) => r.topic));
  return TOPICS.filter((t) => present.has(t));
}

function topicPhrase(topics: readonly Topic[]): string {
  return topics.length === 0 ? "" : ` on ${listInWords(topics.map((t) => TOPIC_WORDS[t]))}`;
}

/**
 * What a comparison amounts to, in words computed from its rows: the sentence a link preview, a
 * report and a preview image all lead with. Contradictions lead because they are why people share.
 */
export function summarizeComparison(comparison: Pick<Comparison, "articles" | "rows">): ComparisonDigest {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const row of comparison.rows) counts[row.verdict] += 1;
  const sources = comparison.articles.length;
  const across = `across ${plural(sources, "source", "sources")}`;

  let topics: Topic[];
  let headline: string;
  if (counts.contradict > 0) {
    topics = topicsOf(comparison.rows, ["contradict"]);
    headline = `${plural(counts.contradict, "contradiction", "contradictions")} ${across}${topicPhrase(topics)}`;
  } else if (counts.agree + counts.partial > 0) {
    topics = topicsOf(comparison.rows, ["agree", "partial"]);
    headline = `No contradictions ${across}${topicPhrase(topics)}`;
  } else {
    topics = [];
    headline =
      counts.single > 0
        ? `Nothing reported by more than one of ${plural(sources, "source", "sources")} yet`
        : `No claims to compare ${across} yet`;
  }

  const parts: string[] = [];
  if (counts.agree > 0) parts.push(`${counts.agree} ${counts.agree === 1 ? "point agrees" : "points agree"}`);
  if (counts.partial > 0) parts.push(`${counts.partial} partly ${counts.partial === 1 ? "agrees" : "agree"}`);
  // When every row is single the headline already says so.
  if (counts.single > 0 && counts.single < comparison.rows.length) {
    parts.push(`${counts.single} reported by one source only`);
  }
  const detail = parts.length > 0 ? `${parts.join(", ")}.` : "";
  return {
    sources,
    counts,
    topics,
    headline,
    detail,
    description: detail ? `${headline}. ${detail}` : `${headline}.`,
  };
}
