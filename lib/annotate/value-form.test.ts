import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/analysis/values";
import { EMPTY_VALUE_FORM, fieldOfPath, formToValue, mergeForms, valueToForm } from "./value-form";

describe("value form ↔ typed value", () => {
  const values: ClaimValue[] = [
    { kind: "person", value: { name: "Eleanor Vance", role: "ambassador", side: "us" } },
    { kind: "person", value: { name: "Steve Witkoff" } },
    { kind: "date", value: { start: "2025-12-02", end: "2025-12-02" } },
    { kind: "date", value: { start: "2025-11-01", end: "2025-11-30" } },
    { kind: "quantity", value: { min: 4, max: null, unit: "hours", minExclusive: true } },
    { kind: "quantity", value: { min: 19, max: 20, unit: "points" } },
    { kind: "term", value: { term: "nato-membership", stance: "ruled-out" } },
  ];

  it.each(values)("round-trips $kind %#", (claim) => {
    expect(formToValue(claim.kind, valueToForm(claim))).toEqual({ ok: true, value: claim });
  });

  it("keeps a date the engine could not pin to days when the day inputs stay empty", () => {
    const claim: ClaimValue = {
      kind: "date",
      value: { start: null, end: null, parts: { month: 4, day: 16 } },
    };
    expect(formToValue("date", valueToForm(claim))).toEqual({ ok: true, value: claim });
  });

  it("reads one day as a one-day range", () => {
    const result = formToValue("date", { ...EMPTY_VALUE_FORM, start: "2024-04-16" });
    expect(result).toEqual({
      ok: true,
      value: { kind: "date", value: { start: "2024-04-16", end: "2024-04-16" } },
    });
  });

  it("keeps what was typed for another kind when the kind changes", () => {
    const person = valueToForm({ kind: "person", value: { name: "Marcus Thorne" } });
    const asTerm = valueToForm({ kind: "term", value: { term: "ceasefire", stance: "proposed" } }, person);
    expect(asTerm.name).toBe("Marcus Thorne");
    expect(formToValue("person", asTerm)).toEqual({
      ok: true,
      value: { kind: "person", value: { name: "Marcus Thorne" } },
    });
  });

  it("turns bad input into errors on the right fields", () => {
    expect(formToValue("person", { ...EMPTY_VALUE_FORM, name: "  " })).toMatchObject({
      ok: false,
      errors: { name: expect.any(String) },
    });
    expect(formToValue("quantity", { ...EMPTY_VALUE_FORM, min: "five", unit: "hours" })).toMatchObject({
      ok: false,
      errors: { min: expect.any(String) },
    });
    expect(formToValue("quantity", { ...EMPTY_VALUE_FORM, min: "9", max: "3", unit: "hours" })).toMatchObject(
      {
        ok: false,
        errors: { min: "min must not exceed max" },
      },
    );
    expect(formToValue("date", EMPTY_VALUE_FORM)).toMatchObject({
      ok: false,
      errors: { start: "pick a day" },
    });
    expect(formToValue("date", { ...EMPTY_VALUE_FORM, start: "2024-02-30" })).toMatchObject({
      ok: false,
      errors: { start: "not a real calendar day" },
    });
  });

  it("normalizes a typed term to the vocabulary's spelling and parses grouped numbers", () => {
    expect(
      formToValue("term", { ...EMPTY_VALUE_FORM, term: "Security Guarantees", stance: "proposed" }),
    ).toEqual({
      ok: true,
      value: { kind: "term", value: { term: "security-guarantees", stance: "proposed" } },
    });
    expect(
      formToValue("quantity", { ...EMPTY_VALUE_FORM, min: "1,200", max: "1,200", unit: "people" }),
    ).toEqual({
      ok: true,
      value: { kind: "quantity", value: { min: 1200, max: 1200, unit: "people" } },
    });
  });

  it("maps API error paths to inputs", () => {
    expect(fieldOfPath("person", "value.name")).toBe("name");
    expect(fieldOfPath("quantity", ["value", "unit"])).toBe("unit");
    expect(fieldOfPath("quantity", "value")).toBe("min");
    expect(fieldOfPath("date", [])).toBe("start");
  });

  it("merges a lost race: my edits over their newer value, their other changes kept", () => {
    const base = valueToForm({ kind: "person", value: { name: "Eleanor Vance" } });
    const mine = { ...base, role: "special envoy" };
    const theirs = valueToForm({ kind: "person", value: { name: "Eleanor Vance", side: "us" } });
    expect(formToValue("person", mergeForms(base, mine, theirs))).toEqual({
      ok: true,
      value: { kind: "person", value: { name: "Eleanor Vance", role: "special envoy", side: "us" } },
    });
    const bothEdited = mergeForms(base, { ...base, name: "E. Vance" }, { ...theirs, name: "Ellie Vance" });
    expect(bothEdited.name).toBe("E. Vance");
  });
});
