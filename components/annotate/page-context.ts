import type { Topic } from "@/lib/analysis/values";
import { TOPICS } from "@/lib/analysis/values";
import type { ClaimSuggestion } from "@/lib/validations/claim";
import type { Comparison } from "@/lib/validations/comparison";
import type { Claim } from "@/lib/validations/claim";
import { type BodySpan, rangeToPoints, toBodySpan } from "@/lib/annotate/selection";
import { EMPTY_VALUE_FORM, valueToForm } from "@/lib/annotate/value-form";
import type { ClaimDraft, SlotOption } from "./claim-form";
import type { ClaimLink } from "./claim-panel";

/**
 * What the annotator reads off the server-rendered page (slots in the matrix and highlights, a
 * column's source name) and the small conversions between API data and form state.
 */

function asTopic(value: string | undefined): Topic | null {
  return TOPICS.find((t) => t === value) ?? null;
}

/** Every question the page already asks (matrix rows, highlights) plus those of `claims`. */
export function slotsOnPage(claims: readonly Claim[]): SlotOption[] {
  const slots = new Map<string, Topic | null>();
  for (const el of document.querySelectorAll<HTMLElement>("tr[data-row-slot], mark[data-slot]")) {
    const slot = el.dataset.rowSlot ?? el.dataset.slot;
    if (slot && !slots.get(slot)) slots.set(slot, asTopic(el.dataset.topic));
  }
  for (const claim of claims) if (!slots.get(claim.slot)) slots.set(claim.slot, claim.topic);
  return [...slots].map(([slot, topic]) => ({ slot, topic }));
}

/** The outlet a highlight's column shows, for saying which article a claim is in. */
export function sourceOf(element: Element | null, fallback: string): string {
  return element?.closest<HTMLElement>("[data-source]")?.dataset.source ?? fallback;
}

export function textRootOf(articleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-annotate-text="${CSS.escape(articleId)}"]`);
}

/** The selected words as offsets in the stored body, read through the rendered paragraphs. */
export function selectionSpan(root: HTMLElement, body: string, range: Range): BodySpan {
  const paragraphs = [...root.querySelectorAll("p")];
  const points = rangeToPoints(paragraphs, range);
  if (!points) return { ok: false, reason: "Select words inside the article's text." };
  const rendered = paragraphs.map((p) => p.textContent ?? "");
  return toBodySpan(body, rendered, points.from, points.to);
}

/** The form's first state for new words: the engine's reading when it has one. */
export function draftFromSuggestion(suggestion: ClaimSuggestion["suggestion"], quote: string): ClaimDraft {
  if (suggestion) {
    const { topic, slot } = suggestion;
    return { topic, slot, kind: suggestion.kind, form: valueToForm(suggestion) };
  }
  // Names are the commonest thing annotators add, and a short selection usually is one.
  const name = quote.length <= 60 ? quote : "";
  return { topic: "other", slot: "", kind: "person", form: { ...EMPTY_VALUE_FORM, name } };
}

export function draftFromClaim(claim: Claim): ClaimDraft {
  return { topic: claim.topic, slot: claim.slot, kind: claim.kind, form: valueToForm(claim) };
}

/** Links touching `claimIds`, each with the claim at its other end in words. */
export function linksOf(comparison: Comparison | null, claimIds: readonly string[]): ClaimLink[] {
  if (!comparison) return [];
  const ids = new Set(claimIds);
  const byId = new Map(comparison.claims.map((c) => [c.id, c]));
  return comparison.relations
    .filter((r) => ids.has(r.fromClaimId) || ids.has(r.toClaimId))
    .map((relation) => {
      const otherId = ids.has(relation.fromClaimId) ? relation.toClaimId : relation.fromClaimId;
      const other = byId.get(otherId);
      const index = comparison.articles.findIndex((a) => a.id === other?.articleId);
      const article = comparison.articles[index];
      const source = article ? (article.source ?? `Source ${index + 1}`) : "another article";
      return { relation, other: other ? `“${other.quote}” (${source})` : "a claim that is gone" };
    });
}
