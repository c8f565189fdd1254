import { reanchor } from "@/lib/analysis/anchor";
import { cleanArticleText } from "@/lib/analysis/clean-text";
import { extractClaims } from "@/lib/analysis/extract";
import { makeAnchor } from "@/lib/analysis/text";
import type { Anchor, ExtractedClaim } from "@/lib/analysis/types";
import { ApiError, notFound } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleReplaceInput, ArticleWithClaims, ReimportReport } from "@/lib/validations/article";
import { duplicateOf, getArticle, hashArticleText } from "./articles";
import { recordChange } from "./claim-edits";
import { extractedClaimData } from "./claims";
import { db } from "./connection";
import { reimportNote } from "./revision-notes";

/**
 * Re-importing an annotated article: its text is replaced, every claim is found again in the new
 * text or orphaned, and the engine adds suggestions only where nothing covers the words already.
 * Lives apart from articles.ts because recording revisions imports the comparison resolver, which
 * imports articles.ts.
 */

export interface StoredClaim extends Anchor {
  id: string;
  version: number;
  orphaned: boolean;
  origin: string;
  status: string;
  slot: string;
  kind: string;
  /** How many relations use the claim: a linked claim is someone's work and is never dropped. */
  relations: number;
}

export interface ReimportPlan {
  /** Every kept claim, with its anchor in the new text (or its old one, when orphaned). */
  updates: { id: string; version: number; anchor: Anchor; orphaned: boolean }[];
  removals: { id: string; version: number }[];
  additions: ExtractedClaim[];
  report: ReimportReport;
}

/** Nobody has looked at it: an engine suggestion that no annotator accepted, rejected or linked. */
function untouched(claim: StoredClaim): boolean {
  return claim.origin === "extracted" && claim.status === "suggested" && claim.relations === 0;
}

/**
 * Whether an existing claim already covers a new suggestion: overlapping words in the same slot;
 * or, for a claim an annotator decided on, overlapping words of the same kind, so re-importing
 * never brings back a suggestion someone rejected or moved to another slot.
 */
function covers(claim: StoredClaim, anchor: Anchor, suggestion: ExtractedClaim): boolean {
  if (!(anchor.start < suggestion.end && suggestion.start < anchor.end)) return false;
  return claim.slot === suggestion.slot || (!untouched(claim) && claim.kind === suggestion.kind);
}

/** Pure: what a re-import does to an article's claims. Keeps every claim a person touched. */
export function planReimport(
  claims: readonly StoredClaim[],
  oldBody: string,
  newBody: string,
  extracted: readonly ExtractedClaim[],
): ReimportPlan {
  const report: ReimportReport = { moved: 0, unchanged: 0, orphaned: 0, removed: 0, added: 0 };
  const plan: ReimportPlan = { updates: [], removals: [], additions: [], report };
  const placed: { claim: StoredClaim; anchor: Anchor }[] = [];
  for (const claim of claims) {
    const found = reanchor(claim, newBody, { oldBody });
    if (found.orphaned) {
      if (untouched(claim)) {
        plan.removals.push({ id: claim.id, version: claim.version });
        report.removed++;
        continue;
      }
      const { start, end, quote, prefix, suffix } = claim;
      plan.updates.push({
        id: claim.id,
        version: claim.version,
        anchor: { start, end, quote, prefix, suffix },
        orphaned: true,
      });
      report.orphaned++;
      continue;
    }
    const anchor = makeAnchor(newBody, found.start, found.end);
    const same =
      !claim.orphaned &&
      anchor.start === claim.start &&
      anchor.end === claim.end &&
      anchor.quote === claim.quote;
    plan.updates.push({ id: claim.id, version: claim.version, anchor, orphaned: false });
    placed.push({ claim, anchor });
    if (same) report.unchanged++;
    else report.moved++;
  }
  for (const suggestion of extracted) {
    if (placed.some((p) => covers(p.claim, p.anchor, suggestion))) continue;
    plan.additions.push(suggestion);
    report.added++;
  }
  return plan;
}

function changedMeanwhile(): ApiError {
  return new ApiError(
    "conflict",
    "The article or its claims changed while the new text was being applied. Nothing was changed; try the re-import again.",
  );
}

/**
 * Replaces an article's text (cleaned like a first import) and re-anchors its claims, all in one
 * batch write whose every claim update names the version it read, then revises the comparisons.
 */
export async function reimportArticle(
  id: string,
  input: ArticleReplaceInput,
): Promise<ArticleWithClaims & { reimport: ReimportReport }> {
  const prisma = await db();
  const existing = await prisma.article.findUnique({
    where: { id },
    select: {
      title: true,
      body: true,
      contentHash: true,
      source: true,
      author: true,
      url: true,
      publishedAt: true,
    },
  });
  if (!existing) throw notFound("article");
  const title = input.title ?? existing.title;
  const body = cleanArticleText(input.body, { title });
  if (!body.trim()) {
    throw new ApiError("invalid-input", "The body holds no article text once page furniture is removed.", {
      errors: [{ path: "body", message: "no article text" }],
    });
  }
  const contentHash = hashArticleText(body);
  const twin = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
  if (twin && twin.id !== id) throw duplicateOf(twin.id);

  const meta = {
    title,
    source: input.source === undefined ? existing.source : input.source,
    author: input.author === undefined ? existing.author : input.author,
    url: input.url === undefined ? existing.url : input.url,
    publishedAt: input.publishedAt === undefined ? existing.publishedAt : input.publishedAt,
  };
  const rows = await prisma.claim.findMany({
    where: { articleId: id },
    select: {
      id: true,
      version: true,
      start: true,
      end: true,
      quote: true,
      prefix: true,
      suffix: true,
      orphaned: true,
      origin: true,
      status: true,
      slot: true,
      kind: true,
      _count: { select: { relationsFrom: true, relationsTo: true } },
    },
  });
  const claims = rows.map(({ _count, ...c }) => ({
    ...c,
    relations: _count.relationsFrom + _count.relationsTo,
  }));
  const plan = planReimport(
    claims,
    existing.body,
    body,
    extractClaims({ body, publishedAt: meta.publishedAt }),
  );

  try {
    await prisma.$transaction([
      prisma.article.update({
        where: { id, contentHash: existing.contentHash },
        data: { ...meta, body, contentHash },
        select: { id: true },
      }),
      ...plan.updates.map((u) =>
        prisma.claim.update({
          where: { id: u.id, version: u.version },
          data: { ...u.anchor, orphaned: u.orphaned, version: { increment: 1 } },
          select: { id: true },
        }),
      ),
      ...plan.removals.map((r) =>
        prisma.claim.delete({ where: { id: r.id, version: r.version }, select: { id: true } }),
      ),
      // A claim added after the read above has offsets into the old text: keep it, but orphaned.
      prisma.claim.updateMany({
        where: { articleId: id, id: { notIn: claims.map((c) => c.id) } },
        data: { orphaned: true, version: { increment: 1 } },
      }),
      prisma.claim.createMany({ data: plan.additions.map((c) => extractedClaimData(id, c)) }),
    ]);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw changedMeanwhile();
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
      if (winner && winner.id !== id) throw duplicateOf(winner.id);
    }
    throw error;
  }

  const { report } = plan;
  const visible =
    body !== existing.body ||
    (Object.keys(meta) as (keyof typeof meta)[]).some((k) => meta[k] !== existing[k]) ||
    report.moved + report.orphaned + report.removed + report.added > 0;
  if (visible) {
    await recordChange([id], {
      summary: reimportNote(title, report, input.annotator),
      author: input.annotator,
    });
  }
  const article = await getArticle(id);
  if (!article) throw notFound("article");
  return { ...article, reimport: report };
}
