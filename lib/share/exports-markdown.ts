import { formatValue } from "@/lib/analysis/format-value";
import type { Verdict } from "@/lib/analysis/values";
import type { Comparison } from "@/lib/validations/comparison";
import { mdLink, mdText } from "./markdown-text";
import { shareUrls } from "./share-urls";
import { summarizeComparison } from "./summary";

/** Words and a symbol, so the verdict reads without colour in any viewer. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  contradict: "✗ Contradict",
  partial: "≈ Partly agree",
  agree: "✓ Agree",
  single: "· One source",
};

/**
 * A report a fact-checker can paste into a document: what was compared, the verdict on every
 * question with its reason, and the quotes behind each. Every piece of article or annotator text
 * goes through mdText, so the report renders the words and never markup hidden in them.
 */
export function comparisonToMarkdown(comparison: Comparison, origin: string): string {
  const urls = shareUrls(origin, comparison);
  const digest = summarizeComparison(comparison);
  const label = new Map(comparison.articles.map((a, i) => [a.id, `S${i + 1}`]));
  const claims = new Map(comparison.claims.map((c) => [c.id, c]));
  const out: string[] = [];

  out.push(`# ${mdText(comparison.title)}`, "");
  out.push(
    `Revision ${comparison.revision}, permanent link: <${urls.page}>. Compared since ${comparison.createdAt.slice(0, 10)}.`,
    "",
  );
  out.push(`**${mdText(digest.headline)}.**${digest.detail ? ` ${mdText(digest.detail)}` : ""}`, "");

  out.push("## Sources", "");
  comparison.articles.forEach((a, i) => {
    const about = [a.source, a.author, a.publishedAt].filter((v): v is string => Boolean(v));
    out.push(
      `${i + 1}. **S${i + 1}** ${mdLink(a.title, a.url)}${about.length ? ` — ${mdText(about.join(", "))}` : ""}`,
    );
  });
  out.push("");

  out.push("## Verdicts", "");
  if (comparison.rows.length === 0) out.push("No claims to compare yet.", "");
  else {
    out.push(
      "| Question | Topic | Verdict | What each source says | Reason |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const row of comparison.rows) {
      const says = row.cells
        .filter((cell) => cell.claimIds.length > 0)
        .map((cell) => {
          const values = cell.claimIds.flatMap((id) => {
            const claim = claims.get(id);
            return claim ? [formatValue(claim)] : [];
          });
          return `${label.get(cell.articleId) ?? "?"}: ${[...new Set(values)].join(", ")}`;
        });
      out.push(
        `| ${mdText(row.label)} | ${row.topic} | ${VERDICT_WORDS[row.verdict]} | ${mdText(says.join("; "))} | ${mdText(row.reason)} |`,
      );
    }
    out.push("");
  }

  if (comparison.rows.length > 0) {
    out.push("## Quotes", "");
    for (const row of comparison.rows) {
      out.push(`### ${mdText(row.label)} (${VERDICT_WORDS[row.verdict]})`, "");
      for (const cell of row.cells) {
        for (const id of cell.claimIds) {
          const claim = claims.get(id);
          if (!claim) continue;
          out.push(
            `- **${label.get(cell.articleId) ?? "?"}** “${mdText(claim.quote)}” (${mdText(formatValue(claim))})`,
          );
        }
      }
      out.push("");
    }
  }

  if (comparison.relations.length > 0) {
    out.push("## Annotator links", "");
    for (const relation of comparison.relations) {
      const from = claims.get(relation.fromClaimId);
      const to = claims.get(relation.toClaimId);
      if (!from || !to) continue;
      const note = relation.note.trim() ? `: ${mdText(relation.note)}` : "";
      out.push(
        `- ${label.get(from.articleId) ?? "?"} “${mdText(from.quote)}” ${relation.kind} ${label.get(to.articleId) ?? "?"} “${mdText(to.quote)}”${note}`,
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
