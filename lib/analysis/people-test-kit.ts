import { extractPeople } from "./people";
import { splitSentences } from "./text";
import type { ExtractedClaim } from "./types";

/**
 * What the people tests ask of extractPeople, in one place: the person claims of a body read as
 * published on `publishedAt` (seating rules weigh "last year" against it), and views of them.
 */

export type PersonClaim = Extract<ExtractedClaim, { kind: "person" }>;

export function peopleKit(publishedAt: string) {
  const extract = (body: string, on = publishedAt): PersonClaim[] =>
    extractPeople({ body, publishedAt: on, sentences: splitSentences(body) }).flatMap((c) =>
      c.kind === "person" ? [c] : [],
    );
  return {
    extract,
    /** Distinct names found, sorted. */
    names: (body: string) => [...new Set(extract(body).map((c) => c.value.name))].sort(),
    /** "slot name" for every person claim, in text order. */
    seats: (body: string) => extract(body).map((c) => `${c.slot} ${c.value.name}`),
    /** "slot name" for the people seated in a delegation only. */
    delegationSeats: (body: string) =>
      extract(body)
        .filter((c) => c.slot.startsWith("delegation."))
        .map((c) => `${c.slot} ${c.value.name}`),
    /** The names in one slot, sorted. */
    inSlot: (body: string, slot: string) =>
      extract(body)
        .filter((c) => c.slot === slot)
        .map((c) => c.value.name)
        .sort(),
    /** Whether `name` sits in any delegation. */
    seated: (body: string, name: string) =>
      extract(body).some((c) => c.value.name === name && c.slot.startsWith("delegation.")),
  };
}
