"use client";

import { useState } from "react";
import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import type { Problem } from "@/lib/annotate/api";
import type { Claim } from "@/lib/validations/claim";
import type { Relation } from "@/lib/validations/relation";
import type { SubmitOutcome } from "./claim-form";
import { Modal } from "./modal";

export interface ClaimLink {
  relation: Relation;
  /** The claim at the other end, in words: “quote” (source). */
  other: string;
}

export type PanelAction = "accept" | "reject" | "delete";

function origin(claim: Claim): string {
  if (claim.origin === "extracted") return "suggested by the engine";
  return claim.author ? `added by ${claim.author}` : "added by an annotator";
}

/**
 * What a highlight claims, with the decisions on it: accept or reject an engine suggestion, edit,
 * delete, link to a claim in another article, or remove a link. When several claims share the
 * words, the annotator picks which one first.
 */
export function ClaimPanel({
  claims,
  initialId,
  links,
  canLink,
  returnFocus,
  onAction,
  onUnlink,
  onEdit,
  onLink,
  onClose,
}: {
  claims: readonly Claim[];
  initialId: string | undefined;
  links: readonly ClaimLink[];
  canLink: boolean;
  returnFocus?: HTMLElement | null;
  onAction: (action: PanelAction, claim: Claim) => Promise<SubmitOutcome>;
  onUnlink: (relation: Relation) => Promise<SubmitOutcome>;
  onEdit: (claim: Claim) => void;
  onLink: (claim: Claim) => void;
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState(initialId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const claim = claims.find((c) => c.id === chosen) ?? claims[0];
  const own = links.filter(
    (l) => claim && (l.relation.fromClaimId === claim.id || l.relation.toClaimId === claim.id),
  );

  const run = async (work: () => Promise<SubmitOutcome>) => {
    setBusy(true);
    const outcome = await work();
    setBusy(false);
    setProblem(outcome.kind === "failed" ? outcome.problem : null);
    if (outcome.kind === "saved") onClose();
  };

  return (
    <Modal title={claim ? slotLabel(claim.slot) : "Claim"} onClose={onClose} returnFocus={returnFocus}>
      {!claim ? (
        <p className="text-sm text-stone-600">
          This claim no longer exists; the page will catch up on reload.
        </p>
      ) : null}
      {claims.length > 1 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Claims on these words</legend>
          {claims.map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="panel-claim"
                className="mt-1"
                checked={c.id === claim?.id}
                onChange={() => setChosen(c.id)}
              />
              <span>
                {slotLabel(c.slot)}: {formatValue(c)} — {c.status}, {origin(c)}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {claim ? (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-medium">Value</dt>
            <dd>{formatValue(claim)}</dd>
            <dt className="font-medium">Status</dt>
            <dd>
              {claim.status}, {origin(claim)}
            </dd>
            <dt className="font-medium">Quote</dt>
            <dd className="font-serif">“{claim.quote}”</dd>
          </dl>
          {own.length > 0 ? (
            <section aria-label="Links">
              <h3 className="text-sm font-semibold">Links</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {own.map(({ relation, other }) => (
                  <li key={relation.id} className="flex flex-wrap items-center gap-2">
                    <span>
                      <span aria-hidden="true">{relation.kind === "contradicts" ? "✕ " : "✓ "}</span>
                      {relation.kind} {other}
                      {relation.note ? ` — ${relation.note}` : ""}
                    </span>
                    <button
                      type="button"
                      className="annotate-button-secondary text-xs"
                      disabled={busy}
                      onClick={() => void run(() => onUnlink(relation))}
                    >
                      Remove link
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {problem ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              {problem.detail}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {claim.status !== "accepted" ? (
              <button
                type="button"
                data-autofocus=""
                className="annotate-button-primary"
                disabled={busy}
                onClick={() => void run(() => onAction("accept", claim))}
              >
                Accept
              </button>
            ) : null}
            {claim.status !== "rejected" ? (
              <button
                type="button"
                className="annotate-button-secondary"
                disabled={busy}
                onClick={() => void run(() => onAction("reject", claim))}
              >
                Reject
              </button>
            ) : null}
            <button type="button" className="annotate-button-secondary" onClick={() => onEdit(claim)}>
              Edit
            </button>
            <button
              type="button"
              className="annotate-button-secondary"
              disabled={busy}
              onClick={() => void run(() => onAction("delete", claim))}
            >
              Delete
            </button>
            {canLink ? (
              <button type="button" className="annotate-button-secondary" onClick={() => onLink(claim)}>
                Link…
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </Modal>
  );
}
