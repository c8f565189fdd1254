"use client";

import { useState } from "react";
import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import type { RelationKind } from "@/lib/analysis/values";
import type { Problem } from "@/lib/annotate/api";
import type { Claim } from "@/lib/validations/claim";
import { MAX_NOTE_CHARS } from "@/lib/validations/relation";
import type { SubmitOutcome } from "./claim-form";
import { Modal } from "./modal";

export interface LinkEnd {
  claim: Claim;
  source: string;
}

function describe(end: LinkEnd): string {
  return `${slotLabel(end.claim.slot)}: ${formatValue(end.claim)} (${end.source})`;
}

/**
 * Links two claims of different articles as agreeing or contradicting, with a note that becomes
 * the row's reason. When the chosen words carry several claims, the annotator picks one.
 */
export function LinkForm({
  from,
  targets,
  returnFocus,
  onSubmit,
  onCancel,
}: {
  from: LinkEnd;
  targets: readonly LinkEnd[];
  returnFocus?: HTMLElement | null;
  onSubmit: (input: { to: Claim; kind: RelationKind; note: string }) => Promise<SubmitOutcome>;
  onCancel: () => void;
}) {
  const [toId, setToId] = useState(targets[0]?.claim.id ?? "");
  const [kind, setKind] = useState<RelationKind>("contradicts");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const to = targets.find((t) => t.claim.id === toId) ?? targets[0];

  return (
    <Modal title="Link two claims" onClose={onCancel} returnFocus={returnFocus}>
      <form
        className="space-y-4"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!to) return;
          setSaving(true);
          const outcome = await onSubmit({ to: to.claim, kind, note });
          setSaving(false);
          setProblem(outcome.kind === "failed" ? outcome.problem : null);
        }}
      >
        <p className="text-sm">
          <span className="font-medium">From:</span> {describe(from)}
          <br />
          <span className="font-serif text-stone-700">“{from.claim.quote}”</span>
        </p>
        {targets.length > 1 ? (
          <label className="block space-y-1 text-sm font-medium">
            <span className="block">To</span>
            <select className="annotate-input" value={toId} onChange={(event) => setToId(event.target.value)}>
              {targets.map((t) => (
                <option key={t.claim.id} value={t.claim.id}>
                  {describe(t)}
                </option>
              ))}
            </select>
          </label>
        ) : to ? (
          <p className="text-sm">
            <span className="font-medium">To:</span> {describe(to)}
            <br />
            <span className="font-serif text-stone-700">“{to.claim.quote}”</span>
          </p>
        ) : null}
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="mb-1 font-medium">The two claims</legend>
          {(["contradicts", "agrees"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input
                type="radio"
                name="link-kind"
                value={k}
                checked={kind === k}
                data-autofocus={k === kind ? "" : undefined}
                onChange={() => setKind(k)}
              />
              <span aria-hidden="true">{k === "contradicts" ? "✕" : "✓"}</span>
              {k === "contradicts" ? "Contradict each other" : "Agree"}
            </label>
          ))}
        </fieldset>
        <label className="block space-y-1 text-sm font-medium">
          <span className="block">Note (shown as the row&rsquo;s reason)</span>
          <textarea
            className="annotate-input min-h-20"
            value={note}
            maxLength={MAX_NOTE_CHARS}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        {problem ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {problem.detail}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" className="annotate-button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="annotate-button-primary" disabled={saving || !to}>
            {saving ? "Saving…" : "Save link"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
