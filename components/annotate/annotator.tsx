"use client";

import { useEffect, useEffectEvent, useState } from "react";
import * as api from "@/lib/annotate/api";
import { claimPatchFor } from "@/lib/annotate/claim-patch";
import type { Claim } from "@/lib/validations/claim";
import { type ClaimDraft, ClaimForm, type SubmitOutcome } from "./claim-form";
import { type ClaimLink, ClaimPanel } from "./claim-panel";
import type { AnnotatorProps, Intent } from "./intent";
import { type LinkEnd, LinkForm } from "./link-form";
import { NameDialog } from "./name-dialog";
import {
  draftFromClaim,
  draftFromSuggestion,
  linksOf,
  selectionSpan,
  slotsOnPage,
  sourceOf,
  textRootOf,
} from "./page-context";
import { PickBanner } from "./pick-banner";
import { SelectionPopover } from "./selection-popover";
import { Toast } from "./toast";
import { useAnnotations } from "./use-annotations";

type Span = { start: number; end: number; quote: string };
type View =
  | { kind: "idle" }
  | { kind: "popover"; articleId: string; range: Range; seq: number }
  | { kind: "create"; articleId: string; span: Span; draft: ClaimDraft; note: string; claims: Claim[] }
  | { kind: "edit"; claim: Claim; claims: Claim[]; element: HTMLElement | null }
  | { kind: "panel"; claims: Claim[]; initialId?: string; links: ClaimLink[]; element: HTMLElement }
  | { kind: "pick"; from: LinkEnd; element: HTMLElement }
  | { kind: "link"; from: LinkEnd; targets: LinkEnd[]; element: HTMLElement };

const IDLE: View = { kind: "idle" };

function outcome<T>(result: api.Result<T> | { ok: false; problem: null }): SubmitOutcome {
  if (result.ok) return { kind: "saved" };
  return result.problem ? { kind: "failed", problem: result.problem } : { kind: "cancelled" };
}

/**
 * The annotation UI, loaded on first use by AnnotateTrigger. One view at a time: the button under
 * selected words, the claim form, a highlight's panel, picking the other end of a link, the link
 * form. Everything that outlives a view (name, undo, toast, caches) is in useAnnotations.
 */
export function Annotator({ connect, slug }: AnnotatorProps) {
  const a = useAnnotations(slug);
  const [view, setView] = useState<View>(IDLE);
  const close = () => setView(IDLE);
  const fail = (text: string) => a.setToast({ text, tone: "error" });

  /** The live claims behind the ids a highlight names, in the highlight's order. */
  const claimsFor = async (articleId: string, ids: readonly string[]) => {
    const article = await a.loadArticle(articleId);
    if (!article.ok) return fail(`Could not load the claim: ${article.problem.detail}`);
    return {
      all: article.data.claims,
      picked: ids.flatMap((id) => article.data.claims.find((c) => c.id === id) ?? []),
      title: article.data.title,
    };
  };

  const startCreate = async (articleId: string, range: Range) => {
    const root = textRootOf(articleId);
    const article = await a.loadArticle(articleId);
    if (!root || !article.ok)
      return fail(article.ok ? "The article is not on this page." : article.problem.detail);
    const span = selectionSpan(root, article.data.body, range);
    if (!span.ok) return fail(span.reason);
    document.getSelection()?.removeAllRanges();
    const read = await api.suggestClaim(articleId, span.start, span.end);
    const reading = read.ok ? read.data.suggestion : null;
    setView({
      kind: "create",
      articleId,
      span: read.ok ? { start: read.data.start, end: read.data.end, quote: read.data.quote } : span,
      draft: draftFromSuggestion(reading, span.quote),
      note: reading
        ? "Prefilled with the engine's reading of these words: check it before saving."
        : "The engine has no reading of these words: fill the claim in.",
      claims: article.data.claims,
    });
  };

  const openPanel = async (intent: Extract<Intent, { type: "claim" }>) => {
    const found = await claimsFor(intent.articleId, intent.claimIds);
    if (!found) return;
    const links = linksOf(await a.loadComparison(), intent.claimIds);
    setView({
      kind: "panel",
      claims: found.picked,
      initialId: intent.claimIds[0],
      links,
      element: intent.element,
    });
  };

  const pickTarget = async (from: LinkEnd, intent: Extract<Intent, { type: "claim" }>) => {
    if (intent.articleId === from.claim.articleId) return fail("Choose a highlight in another article.");
    const found = await claimsFor(intent.articleId, intent.claimIds);
    if (!found || found.picked.length === 0) return;
    const source = sourceOf(intent.element, found.title);
    const targets = found.picked.map((claim) => ({ claim, source }));
    setView({ kind: "link", from, targets, element: intent.element });
  };

  const onAction = async (intent: Extract<Intent, { type: "action" }>) => {
    const found = await claimsFor(intent.articleId, [intent.claimId]);
    const claim = found?.picked[0];
    if (!found || !claim) return;
    if (intent.action === "edit")
      return setView({ kind: "edit", claim, claims: found.all, element: intent.element });
    const result = await a.updateClaim(claim, {
      status: intent.action === "accept" ? "accepted" : "rejected",
    });
    if (!result.ok && result.problem) fail(result.problem.detail);
  };

  const onIntent = useEffectEvent((intent: Intent) => {
    const free = view.kind === "idle" || view.kind === "popover";
    switch (intent.type) {
      case "open":
        a.setToast({
          text: "Select words in an article to add a claim; choose a highlight to accept, reject, edit or link it. Ctrl+Z undoes.",
          tone: "info",
          changeName: true,
        });
        if (!a.author) a.askName();
        return;
      case "select":
        if (free)
          setView({ kind: "popover", articleId: intent.articleId, range: intent.range, seq: Date.now() });
        return;
      case "unselect":
        if (view.kind === "popover") close();
        return;
      case "claim":
        if (view.kind === "pick") void pickTarget(view.from, intent);
        else if (free) void openPanel(intent);
        return;
      case "action":
        if (free) void onAction(intent);
        return;
      case "undo":
        void a.undo();
    }
  });
  useEffect(() => connect((intent) => onIntent(intent)), [connect]);

  const picking = view.kind === "pick";
  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setView(IDLE);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [picking]);

  return (
    <>
      {view.kind === "popover" ? (
        <SelectionPopover
          key={view.seq}
          range={view.range}
          onCreate={() => void startCreate(view.articleId, view.range)}
        />
      ) : null}
      {view.kind === "create" ? (
        <ClaimForm
          title="Add a claim"
          quote={view.span.quote}
          initial={view.draft}
          note={view.note}
          slots={slotsOnPage(view.claims)}
          returnFocus={textRootOf(view.articleId)}
          onCancel={close}
          onSubmit={async ({ topic, slot, typed }) => {
            const result = await a.createClaim(view.articleId, { ...view.span, topic, slot, ...typed });
            if (result.ok) close();
            return outcome(result);
          }}
        />
      ) : null}
      {view.kind === "edit" ? (
        <ClaimForm
          title="Edit the claim"
          quote={view.claim.quote}
          initial={draftFromClaim(view.claim)}
          slots={slotsOnPage(view.claims)}
          returnFocus={view.element}
          onCancel={close}
          onSubmit={async (edit) => {
            const before = view.claim;
            const patch = claimPatchFor(before, edit);
            if (Object.keys(patch).length === 0) {
              close();
              return { kind: "cancelled" };
            }
            const result = await a.updateClaim(before, patch);
            if (result.ok) close();
            // Saving again applies the annotator's values on top of the newer version.
            else if (result.problem?.current) setView({ ...view, claim: result.problem.current });
            return outcome(result);
          }}
        />
      ) : null}
      {view.kind === "panel" ? (
        <ClaimPanel
          claims={view.claims}
          initialId={view.initialId}
          links={view.links}
          canLink={Boolean(slug)}
          returnFocus={view.element}
          onClose={close}
          onAction={async (action, claim) =>
            action === "delete"
              ? outcome(await a.deleteClaim(claim))
              : outcome(await a.updateClaim(claim, { status: action === "accept" ? "accepted" : "rejected" }))
          }
          onUnlink={async (relation) => outcome(await a.unlink(relation))}
          onEdit={(claim) => setView({ kind: "edit", claim, claims: view.claims, element: view.element })}
          onLink={(claim) =>
            setView({
              kind: "pick",
              from: { claim, source: sourceOf(view.element, "this article") },
              element: view.element,
            })
          }
        />
      ) : null}
      {view.kind === "link" ? (
        <LinkForm
          from={view.from}
          targets={view.targets}
          returnFocus={view.element}
          onCancel={close}
          onSubmit={async ({ to, kind, note }) => {
            const result = await a.link({ fromClaimId: view.from.claim.id, toClaimId: to.id, kind, note });
            if (result.ok) close();
            return outcome(result);
          }}
        />
      ) : null}
      {a.namePromptOpen ? <NameDialog initial={a.author} onAnswer={a.answerName} /> : null}
      {/* One fixed stack at the top, clear of the highlight toolbar that docks at the bottom. */}
      <div className="annotate-top no-print">
        {view.kind === "pick" ? <PickBanner from={view.from} onCancel={close} /> : null}
        <Toast
          toast={a.toast}
          canUndo={a.canUndo}
          author={a.author}
          onUndo={() => void a.undo()}
          onChangeName={a.askName}
          onDismiss={() => a.setToast(null)}
        />
      </div>
    </>
  );
}
