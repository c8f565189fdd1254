import { formatValue } from "@/lib/analysis/format-value";
import type { Comparison } from "@/lib/validations/comparison";
import { claimsInReadingOrder } from "./reading-order";

export const CSV_COLUMNS = [
  "claim_id",
  "slot",
  "label",
  "topic",
  "verdict",
  "reason",
  "article_id",
  "article_title",
  "article_source",
  "quote",
  "kind",
  "value",
  "start",
  "end",
  "status",
  "origin",
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
 * tab and carriage return belong here too because some programs strip them and then evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralized against formulas, then quoted per RFC 4180 when it needs it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per claim, rows of the comparison first in their order (so a sorted sheet and the page
 * agree), then claims no row shows (rejected ones) with an empty verdict. Offsets are UTF-16 code
 * units like everywhere else in the API. RFC 4180: CRLF line ends, a header line, no BOM.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const articles = new Map(comparison.articles.map((a) => [a.id, a]));
  const lines = [CSV_COLUMNS.join(",")];
  for (const { claim, row } of claimsInReadingOrder(comparison)) {
    const article = articles.get(claim.articleId);
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      claim_id: claim.id,
      slot: claim.slot,
      label: row?.label ?? "",
      topic: claim.topic,
      verdict: row?.verdict ?? "",
      reason: row?.reason ?? "",
      article_id: claim.articleId,
      article_title: article?.title ?? "",
      article_source: article?.source ?? "",
      quote: claim.quote,
      kind: claim.kind,
      value: formatValue(claim),
      start: claim.start,
      end: claim.end,
      status: claim.status,
      origin: claim.origin,
    };
    lines.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
