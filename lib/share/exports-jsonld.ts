import { formatValue } from "@/lib/analysis/format-value";
import type { Article } from "@/lib/validations/article";
import type { Claim } from "@/lib/validations/claim";
import type { Comparison, ComparisonRow } from "@/lib/validations/comparison";
import { codePointOffsets } from "./code-points";
import { claimsInReadingOrder } from "./reading-order";
import { type ShareUrls, shareUrls } from "./share-urls";
import {
  ANNO_CONTEXT,
  type Annotation,
  type AnnotationCollection,
  type SpecificResource,
  type TextualBody,
} from "./web-annotation";

function text(value: string, purpose: TextualBody["purpose"], format = "text/plain"): TextualBody {
  return { type: "TextualBody", value, format, purpose };
}

/**
 * The selectors locate the quote in the text as imported. The source is the article's own URL when
 * there is one: the quote selector re-anchors there; the positions count the imported plain text.
 */
function targetOf(
  claim: Claim,
  article: Article | undefined,
  urls: ShareUrls,
  toCodePoints: (offset: number) => number,
): SpecificResource {
  return {
    type: "SpecificResource",
    source: article?.url ?? urls.article(claim.articleId),
    selector: [
      { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
      { type: "TextPositionSelector", start: toCodePoints(claim.start), end: toCodePoints(claim.end) },
    ],
  };
}

function claimAnnotation(
  claim: Claim,
  row: ComparisonRow | null,
  target: SpecificResource,
  id: string,
): Annotation {
  const body = [
    text(formatValue(claim), "describing"),
    text(JSON.stringify({ kind: claim.kind, value: claim.value }), "describing", "application/json"),
    text(claim.slot, "classifying"),
    text(claim.topic, "tagging"),
  ];
  if (row) body.push(text(`${row.verdict}: ${row.reason}`, "commenting"));
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "Annotation",
    motivation: "describing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator:
      claim.origin === "extracted"
        ? { type: "Software", name: "Parallax" }
        : { type: "Person", name: claim.author ?? "annotator" },
    body,
    target,
  };
}

/**
 * The comparison as a W3C Web Annotation collection: each claim shown to readers (rejected ones
 * are left out) is an annotation describing its span, each relation a "linking" annotation with
 * the two spans as targets. Everything is addressed under the pinned revision, so ids stay valid.
 */
export function comparisonToWebAnnotations(comparison: Comparison, origin: string): AnnotationCollection {
  const urls = shareUrls(origin, comparison);
  const articles = new Map(comparison.articles.map((a) => [a.id, a]));
  const mappers = new Map(comparison.articles.map((a) => [a.id, codePointOffsets(a.body)]));
  const targets = new Map<string, SpecificResource>();
  for (const claim of comparison.claims) {
    const toCodePoints = mappers.get(claim.articleId) ?? ((offset: number) => offset);
    targets.set(claim.id, targetOf(claim, articles.get(claim.articleId), urls, toCodePoints));
  }

  const items: Annotation[] = [];
  for (const { claim, row } of claimsInReadingOrder(comparison)) {
    const target = targets.get(claim.id);
    if (claim.status === "rejected" || !target) continue;
    items.push(claimAnnotation(claim, row, target, urls.claim(claim.id)));
  }
  for (const relation of comparison.relations) {
    const from = targets.get(relation.fromClaimId);
    const to = targets.get(relation.toClaimId);
    if (!from || !to) continue;
    const body = [text(relation.kind, "tagging")];
    if (relation.note.trim()) body.push(text(relation.note, "commenting"));
    items.push({
      "@context": ANNO_CONTEXT,
      id: urls.relation(relation.id),
      type: "Annotation",
      motivation: "linking",
      created: relation.createdAt,
      ...(relation.author ? { creator: { type: "Person" as const, name: relation.author } } : {}),
      body,
      target: [from, to],
    });
  }

  const id = urls.export("jsonld");
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `${comparison.title} (revision ${comparison.revision})`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", partOf: id, startIndex: 0, items },
  };
}
