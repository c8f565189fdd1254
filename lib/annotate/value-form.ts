import {
  type ClaimKind,
  type ClaimValue,
  claimValueSchema,
  type DateValue,
  type Stance,
} from "@/lib/analysis/values";

/**
 * What the typed-value inputs hold. Inputs hold strings, so numbers and days stay text until the
 * form is saved. One flat record serves every kind, so switching kind back and forth keeps what
 * was typed for each (nothing the annotator wrote is thrown away by a misclick).
 */
export interface ValueForm {
  name: string;
  role: string;
  side: string;
  start: string;
  end: string;
  /** Known parts of a date the engine could not pin to days; kept so saving does not drop them. */
  parts: DateValue["parts"] | undefined;
  min: string;
  max: string;
  unit: string;
  minExclusive: boolean;
  maxExclusive: boolean;
  term: string;
  stance: Stance;
}

export type ValueField = Exclude<keyof ValueForm, "parts">;

export const EMPTY_VALUE_FORM: ValueForm = {
  name: "",
  role: "",
  side: "",
  start: "",
  end: "",
  parts: undefined,
  min: "",
  max: "",
  unit: "",
  minExclusive: false,
  maxExclusive: false,
  term: "",
  stance: "mentioned",
};

/** The term vocabulary offered as suggestions; any lowercase-hyphenated term is accepted. */
export const TERM_SUGGESTIONS = [
  "ceasefire",
  "demilitarized-zone",
  "security-guarantees",
  "nato-membership",
  "territorial-recognition",
  "prisoner-exchange",
  "sanctions-relief",
  "frozen-assets",
  "eu-accession",
  "elections",
] as const;

function numberText(n: number | null): string {
  return n === null ? "" : String(n);
}

/** Fills the fields of `claim`'s kind, leaving the other kinds' fields as they were in `base`. */
export function valueToForm(claim: ClaimValue, base: ValueForm = EMPTY_VALUE_FORM): ValueForm {
  switch (claim.kind) {
    case "person":
      return { ...base, name: claim.value.name, role: claim.value.role ?? "", side: claim.value.side ?? "" };
    case "date":
      return {
        ...base,
        start: claim.value.start ?? "",
        end: claim.value.end ?? "",
        parts: claim.value.parts,
      };
    case "quantity":
      return {
        ...base,
        min: numberText(claim.value.min),
        max: numberText(claim.value.max),
        unit: claim.value.unit,
        minExclusive: claim.value.minExclusive ?? false,
        maxExclusive: claim.value.maxExclusive ?? false,
      };
    case "term":
      return { ...base, term: claim.value.term, stance: claim.value.stance };
  }
}

export type FieldErrors = Partial<Record<ValueField, string>>;
export type FormResult = { ok: true; value: ClaimValue } | { ok: false; errors: FieldErrors };

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** "" is an open end; anything else must read as a number ("4.5", "1,200"). */
function parseBound(text: string): number | null | "invalid" {
  const cleaned = text.trim().replace(/,/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : "invalid";
}

function draftValue(kind: ClaimKind, form: ValueForm, errors: FieldErrors): unknown {
  switch (kind) {
    case "person":
      return { name: form.name.trim(), role: optional(form.role), side: optional(form.side) };
    case "date": {
      const start = optional(form.start) ?? null;
      // One day given is a one-day range: "April 16" needs no end typed twice.
      const end = optional(form.end) ?? start;
      if (start === null && end !== null) errors.start = "give a first day, or clear the last one";
      if (start === null && form.parts === undefined) errors.start = "pick a day";
      return start === null ? { start: null, end: null, parts: form.parts } : { start, end };
    }
    case "quantity": {
      const min = parseBound(form.min);
      const max = parseBound(form.max);
      if (min === "invalid") errors.min = "a number, or empty for no lower bound";
      if (max === "invalid") errors.max = "a number, or empty for no upper bound";
      return {
        min: min === "invalid" ? null : min,
        max: max === "invalid" ? null : max,
        unit: form.unit.trim(),
        ...(form.minExclusive && min !== null ? { minExclusive: true } : {}),
        ...(form.maxExclusive && max !== null ? { maxExclusive: true } : {}),
      };
    }
    case "term":
      return { term: form.term.trim().toLowerCase().replace(/\s+/g, "-"), stance: form.stance };
  }
}

const KIND_FIELDS: Readonly<Record<ClaimKind, readonly ValueField[]>> = {
  person: ["name", "role", "side"],
  date: ["start", "end"],
  quantity: ["min", "max", "unit"],
  term: ["term", "stance"],
};

/**
 * Maps an error path from the value schema or the API (`value.name`, `name`, or none) to the input
 * that shows it; whole-value errors ("min must not exceed max") go to the kind's first field.
 */
export function fieldOfPath(kind: ClaimKind, path: readonly PropertyKey[] | string): ValueField {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  const key = parts[0] === "value" ? parts[1] : parts[0];
  const fields = KIND_FIELDS[kind];
  return fields.find((f) => f === key) ?? fields[0] ?? "name";
}

/** Turns the inputs into a typed value checked by the same schema the API uses, or field errors. */
export function formToValue(kind: ClaimKind, form: ValueForm): FormResult {
  const errors: FieldErrors = {};
  const value = draftValue(kind, form, errors);
  const parsed = claimValueSchema.safeParse({ kind, value });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOfPath(kind, issue.path);
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * A three-way merge for a save that lost a race: fields the annotator changed from `base` (what
 * the form was opened on) keep their typed value; fields they left alone take the newer `theirs`.
 * So re-saving applies exactly the annotator's edits, and nobody's other changes are lost.
 */
export function mergeForms(base: ValueForm, mine: ValueForm, theirs: ValueForm): ValueForm {
  const merged = { ...mine };
  for (const key of Object.keys(mine) as (keyof ValueForm)[]) {
    if (JSON.stringify(mine[key]) === JSON.stringify(base[key]))
      Object.assign(merged, { [key]: theirs[key] });
  }
  return merged;
}
