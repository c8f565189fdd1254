"use client";

import { useId, useState } from "react";
import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import {
  CLAIM_KINDS,
  type ClaimKind,
  type ClaimValue,
  slotSchema,
  TOPICS,
  type Topic,
} from "@/lib/analysis/values";
import type { Problem } from "@/lib/annotate/api";
import {
  type FieldErrors,
  fieldOfPath,
  formToValue,
  mergeForms,
  type ValueForm,
} from "@/lib/annotate/value-form";
import type { Claim } from "@/lib/validations/claim";
import { Modal } from "./modal";
import { draftFromClaim } from "./page-context";
import { ValueFields } from "./value-fields";

export const TOPIC_LABEL: Record<Topic, string> = {
  envoys: "Envoys",
  dates: "Dates",
  "plan-terms": "Plan terms",
  other: "Other",
};
const KIND_LABEL: Record<ClaimKind, string> = {
  person: "Person",
  date: "Date",
  quantity: "Quantity",
  term: "Plan term",
};
const NEW_SLOT = "(new)";

export interface ClaimDraft {
  topic: Topic;
  slot: string;
  kind: ClaimKind;
  form: ValueForm;
}

export interface SlotOption {
  slot: string;
  topic: Topic | null;
}

export type SubmitOutcome = { kind: "saved" } | { kind: "cancelled" } | { kind: "failed"; problem: Problem };

/**
 * Adds or corrects a claim: its question (slot), topic and typed value. What the annotator typed
 * stays in the form whatever happens: a refused save shows the server's words next to the
 * fields, and a conflict shows the newer claim above them, ready to save again on top of it.
 */
export function ClaimForm({
  title,
  quote,
  initial,
  slots,
  note,
  returnFocus,
  onSubmit,
  onCancel,
}: {
  title: string;
  quote: string;
  initial: ClaimDraft;
  slots: readonly SlotOption[];
  note?: string;
  returnFocus?: HTMLElement | null;
  onSubmit: (values: { topic: Topic; slot: string; typed: ClaimValue }) => Promise<SubmitOutcome>;
  onCancel: () => void;
}) {
  const id = useId();
  const known = slots.some((s) => s.slot === initial.slot);
  // What the form was last in step with on the server: the claim as opened, then after a
  // conflict the newer claim, so a second conflict merges against the right state.
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [choice, setChoice] = useState(known || !initial.slot ? initial.slot : NEW_SLOT);
  const [newSlot, setNewSlot] = useState(known ? "" : initial.slot);
  const [errors, setErrors] = useState<FieldErrors & { slot?: string; topic?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const options = [...slots].sort((a, b) => slotLabel(a.slot).localeCompare(slotLabel(b.slot)));

  /** Lays the annotator's edits (fields changed since `base`) over the newer claim. */
  const rebase = (current: Claim) => {
    const theirs = draftFromClaim(current);
    setDraft((mine) => ({
      ...mine,
      topic: mine.topic === base.topic ? theirs.topic : mine.topic,
      kind: mine.kind === base.kind ? theirs.kind : mine.kind,
      form: mergeForms(base.form, mine.form, theirs.form),
    }));
    const slot = choice === NEW_SLOT ? newSlot.trim() : choice;
    if (slot === base.slot) {
      const listed = slots.some((s) => s.slot === theirs.slot);
      setChoice(listed ? theirs.slot : NEW_SLOT);
      setNewSlot(listed ? "" : theirs.slot);
    }
    setBase(theirs);
  };

  const submit = async () => {
    const slot = choice === NEW_SLOT ? newSlot.trim() : choice;
    const slotCheck = slotSchema.safeParse(slot);
    const typed = formToValue(draft.kind, draft.form);
    const found: typeof errors = typed.ok ? {} : { ...typed.errors };
    if (!slotCheck.success)
      found.slot = slot ? (slotCheck.error.issues[0]?.message ?? "not a slot") : "choose a question";
    setErrors(found);
    if (!typed.ok || !slotCheck.success) return setProblem(null);
    setSaving(true);
    const outcome = await onSubmit({ topic: draft.topic, slot, typed: typed.value });
    setSaving(false);
    if (outcome.kind !== "failed") return setProblem(null);
    const server: typeof errors = {};
    for (const e of outcome.problem.errors) {
      if (e.path === "slot" || e.path === "topic") server[e.path] = e.message;
      else if (e.path === "value" || e.path.startsWith("value."))
        server[fieldOfPath(draft.kind, e.path)] ??= e.message;
    }
    setErrors(server);
    setProblem(outcome.problem);
    if (outcome.problem.current) rebase(outcome.problem.current);
  };

  const current = problem?.current;
  return (
    <Modal title={title} onClose={onCancel} returnFocus={returnFocus}>
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-800">
          “{quote}”
        </blockquote>
        {note ? <p className="text-xs text-stone-600">{note}</p> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={`${id}-slot`} className="block text-sm font-medium">
              Question (slot)
            </label>
            <select
              id={`${id}-slot`}
              data-autofocus=""
              className="annotate-input"
              value={choice}
              aria-invalid={errors.slot && choice !== NEW_SLOT ? true : undefined}
              onChange={(event) => {
                const next = event.target.value;
                setChoice(next);
                const topic = options.find((o) => o.slot === next)?.topic;
                if (topic) setDraft((d) => ({ ...d, topic }));
              }}
            >
              <option value="">Choose a question…</option>
              {options.map((o) => (
                <option key={o.slot} value={o.slot}>
                  {slotLabel(o.slot)} ({o.slot})
                </option>
              ))}
              <option value={NEW_SLOT}>A new question…</option>
            </select>
            {choice === NEW_SLOT ? (
              <input
                aria-label="New slot"
                className="annotate-input"
                value={newSlot}
                placeholder="e.g. meeting.venue"
                onChange={(event) => setNewSlot(event.target.value)}
                aria-invalid={errors.slot ? true : undefined}
              />
            ) : null}
            {errors.slot ? <p className="text-xs font-medium text-red-800">{errors.slot}</p> : null}
          </div>
          <div className="grid grid-cols-2 gap-3">
            <label className="block space-y-1 text-sm font-medium">
              <span className="block">Topic</span>
              <select
                className="annotate-input"
                value={draft.topic}
                onChange={(event) => {
                  const topic = TOPICS.find((t) => t === event.target.value);
                  if (topic) setDraft((d) => ({ ...d, topic }));
                }}
              >
                {TOPICS.map((t) => (
                  <option key={t} value={t}>
                    {TOPIC_LABEL[t]}
                  </option>
                ))}
              </select>
            </label>
            <label className="block space-y-1 text-sm font-medium">
              <span className="block">Kind of value</span>
              <select
                className="annotate-input"
                value={draft.kind}
                onChange={(event) => {
                  const kind = CLAIM_KINDS.find((k) => k === event.target.value);
                  if (kind) setDraft((d) => ({ ...d, kind }));
                }}
              >
                {CLAIM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{KIND_LABEL[draft.kind]}</legend>
          <ValueFields
            kind={draft.kind}
            form={draft.form}
            errors={errors}
            onChange={(field, value) => setDraft((d) => ({ ...d, form: { ...d.form, [field]: value } }))}
          />
        </fieldset>
        {current ? (
          <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
            <p className="font-medium">Someone changed this claim while you were editing it.</p>
            <p className="mt-1">
              Now: {slotLabel(current.slot)}: {formatValue(current)} ({current.status}
              {current.author ? `, by ${current.author}` : ""}). Your changes are still below, laid over
              theirs: save again to apply them to this newer version, or cancel to keep it as it is.
            </p>
          </div>
        ) : problem ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {problem.detail}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" className="annotate-button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="annotate-button-primary" disabled={saving}>
            {saving ? "Saving…" : current ? "Save over the newer version" : "Save claim"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
