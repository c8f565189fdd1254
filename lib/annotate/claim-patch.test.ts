import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/validations/claim";
import { claimPatchFor } from "./claim-patch";

const claim: Claim = {
  id: "c1",
  articleId: "a1",
  start: 0,
  end: 13,
  quote: "Eleanor Vance",
  prefix: "",
  suffix: "",
  orphaned: false,
  topic: "envoys",
  slot: "delegation.us",
  attribution: null,
  origin: "extracted",
  status: "suggested",
  author: null,
  version: 2,
  createdAt: "2025-12-03T10:00:00.000Z",
  updatedAt: "2025-12-03T10:00:00.000Z",
  kind: "person",
  value: { name: "Eleanor Vance" },
};

describe("claimPatchFor", () => {
  it("is empty when nothing changed", () => {
    expect(claimPatchFor(claim, { topic: "envoys", slot: "delegation.us", typed: claim })).toEqual({});
  });

  it("sends a changed value with its kind, and a moved slot alone", () => {
    const typed = { kind: "person", value: { name: "Eleanor Vance", role: "ambassador" } } as const;
    expect(claimPatchFor(claim, { topic: "envoys", slot: "delegation.us", typed })).toEqual(typed);
    expect(claimPatchFor(claim, { topic: "other", slot: "people.mentioned", typed: claim })).toEqual({
      topic: "other",
      slot: "people.mentioned",
    });
  });
});
