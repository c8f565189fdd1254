"use client";

import { type ReactNode, useId } from "react";
import { formatDateValue } from "@/lib/analysis/format-value";
import { type ClaimKind, STANCES, type Stance } from "@/lib/analysis/values";
import {
  type FieldErrors,
  TERM_SUGGESTIONS,
  type ValueField,
  type ValueForm,
} from "@/lib/annotate/value-form";

const STANCE_LABEL: Record<Stance, string> = {
  proposed: "Proposed",
  "ruled-out": "Ruled out",
  mentioned: "Mentioned",
};

const UNIT_SUGGESTIONS = ["hours", "days", "weeks", "points", "people", "percent", "dollars"];

type Change = <F extends ValueField>(field: F, value: ValueForm[F]) => void;

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The inputs for one kind of typed value; every kind's typed text stays in `form` when switching. */
export function ValueFields({
  kind,
  form,
  errors,
  onChange,
}: {
  kind: ClaimKind;
  form: ValueForm;
  errors: FieldErrors;
  onChange: Change;
}) {
  const base = useId();
  const input = (field: ValueField, extra: { hint?: boolean } = {}) => ({
    id: `${base}-${field}`,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby":
      [extra.hint ? `${base}-${field}-hint` : "", errors[field] ? `${base}-${field}-error` : ""]
        .filter(Boolean)
        .join(" ") || undefined,
    className: "annotate-input",
  });
  const text = (field: "name" | "role" | "side" | "start" | "end" | "min" | "max" | "unit" | "term") => ({
    value: form[field],
    onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
  });

  // One end of a quantity's interval: the figure, and whether it is itself excluded.
  const bound = (
    field: "min" | "max",
    exclusive: "minExclusive" | "maxExclusive",
    label: string,
    hint: string,
    excludedLabel: string,
  ) => (
    <Field id={`${base}-${field}`} label={label} hint={hint} error={errors[field]}>
      <input {...input(field, { hint: true })} {...text(field)} inputMode="decimal" autoComplete="off" />
      <label className="flex items-center gap-1 text-xs">
        <input
          type="checkbox"
          checked={form[exclusive]}
          onChange={(event) => onChange(exclusive, event.target.checked)}
        />
        {excludedLabel}
      </label>
    </Field>
  );

  switch (kind) {
    case "person":
      return (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${base}-name`} label="Name" error={errors.name}>
            <input {...input("name")} {...text("name")} required autoComplete="off" />
          </Field>
          <Field id={`${base}-role`} label="Role (optional)" error={errors.role}>
            <input {...input("role")} {...text("role")} autoComplete="off" />
          </Field>
          <Field id={`${base}-side`} label="Side (optional)" error={errors.side}>
            <input {...input("side")} {...text("side")} placeholder="us, russia…" autoComplete="off" />
          </Field>
        </div>
      );
    case "date": {
      const partial =
        form.parts !== undefined && !form.start
          ? `The engine read “${formatDateValue({ start: null, end: null, parts: form.parts })}” without a year; leave both days empty to keep that reading.`
          : "One day: fill in the first day only.";
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${base}-start`} label="First day" hint={partial} error={errors.start}>
            <input type="date" {...input("start", { hint: true })} {...text("start")} />
          </Field>
          <Field id={`${base}-end`} label="Last day (optional)" error={errors.end}>
            <input type="date" {...input("end")} {...text("end")} />
          </Field>
        </div>
      );
    }
    case "quantity":
      return (
        <div className="grid gap-3 sm:grid-cols-3">
          {bound("min", "minExclusive", "From", "Empty: no lower bound", "more than (excluded)")}
          {bound("max", "maxExclusive", "To", "Empty: no upper bound", "less than (excluded)")}
          <Field id={`${base}-unit`} label="Unit" error={errors.unit}>
            <input {...input("unit")} {...text("unit")} list={`${base}-units`} required autoComplete="off" />
            <datalist id={`${base}-units`}>
              {UNIT_SUGGESTIONS.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
          </Field>
        </div>
      );
    case "term":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id={`${base}-term`}
            label="Term"
            hint="Lowercase words joined by hyphens"
            error={errors.term}
          >
            <input
              {...input("term", { hint: true })}
              {...text("term")}
              list={`${base}-terms`}
              required
              autoComplete="off"
            />
            <datalist id={`${base}-terms`}>
              {TERM_SUGGESTIONS.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
          </Field>
          <Field id={`${base}-stance`} label="Stance" error={errors.stance}>
            <select
              {...input("stance")}
              value={form.stance}
              onChange={(event) => onChange("stance", event.target.value as Stance)}
            >
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {STANCE_LABEL[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      );
  }
}
