import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/validations/claim";
import type { Relation } from "@/lib/validations/relation";
import {
  describeDone,
  type Done,
  MAX_UNDO,
  parseStack,
  pushDone,
  recreateBody,
  relinkBody,
  remapIds,
  revertPatch,
  withVersion,
} from "./undo";

const claim: Claim = {
  id: "claim-vance",
  articleId: "article-a",
  start: 10,
  end: 23,
  quote: "Eleanor Vance",
  prefix: "led by ",
  suffix: ", Special",
  orphaned: false,
  topic: "envoys",
  slot: "delegation.us",
  attribution: null,
  origin: "annotator",
  status: "accepted",
  author: "Ada",
  version: 1,
  createdAt: "2025-12-03T10:00:00.000Z",
  updatedAt: "2025-12-03T10:00:00.000Z",
  kind: "person",
  value: { name: "Eleanor Vance" },
};

const relation: Relation = {
  id: "rel-1",
  fromClaimId: "claim-vance",
  toClaimId: "claim-witkoff",
  kind: "contradicts",
  note: "different envoys",
  author: "Ada",
  createdAt: "2025-12-03T10:01:00.000Z",
};

describe("undo", () => {
  it("re-creates a deleted claim with its words, question, value and status", () => {
    expect(recreateBody(claim, "Bo")).toEqual({
      start: 10,
      end: 23,
      quote: "Eleanor Vance",
      topic: "envoys",
      slot: "delegation.us",
      status: "accepted",
      author: "Bo",
      kind: "person",
      value: { name: "Eleanor Vance" },
    });
  });

  it("patches back only what an edit changed, at the version the server now holds", () => {
    const accepted: Claim = { ...claim, status: "accepted", version: 2 };
    const suggested: Claim = { ...claim, status: "suggested", version: 1 };
    expect(revertPatch(suggested, accepted, "Ada")).toEqual({
      version: 2,
      author: "Ada",
      status: "suggested",
    });

    const corrected: Claim = { ...claim, slot: "people.mentioned", value: { name: "E. Vance" }, version: 5 };
    expect(revertPatch(claim, corrected, null)).toEqual({
      version: 5,
      author: null,
      slot: "delegation.us",
      kind: "person",
      value: { name: "Eleanor Vance" },
    });
  });

  it("links again the same two claims with the same kind and note", () => {
    expect(relinkBody(relation, "Ada")).toEqual({
      fromClaimId: "claim-vance",
      toClaimId: "claim-witkoff",
      kind: "contradicts",
      note: "different envoys",
      author: "Ada",
    });
  });

  it("points older entries at a re-created claim's new id", () => {
    const stack: Done[] = [
      { type: "create-claim", claim },
      { type: "link", relation },
    ];
    const [created, linked] = remapIds(stack, "claim-vance", "claim-new");
    expect(created?.type === "create-claim" && created.claim.id).toBe("claim-new");
    expect(linked?.type === "link" && linked.relation.fromClaimId).toBe("claim-new");
    expect(linked?.type === "link" && linked.relation.toClaimId).toBe("claim-witkoff");
  });

  it("tracks the version a later undo must name", () => {
    const stack: Done[] = [{ type: "create-claim", claim }];
    const [created] = withVersion(stack, "claim-vance", 3);
    expect(created?.type === "create-claim" && created.claim.version).toBe(3);
    expect(withVersion(stack, "other", 3)).toEqual(stack);
  });

  it("keeps a bounded stack and survives storage it cannot read", () => {
    let stack: Done[] = [];
    for (let i = 0; i < MAX_UNDO + 5; i++)
      stack = pushDone(stack, { type: "link", relation: { ...relation, id: `r${i}` } });
    expect(stack).toHaveLength(MAX_UNDO);
    expect(parseStack(JSON.stringify(stack))).toEqual(stack);
    expect(parseStack("{not json")).toEqual([]);
    expect(parseStack(JSON.stringify([{ type: "explode" }]))).toEqual([]);
    expect(parseStack(null)).toEqual([]);
  });

  it("says what was done in words", () => {
    expect(describeDone({ type: "create-claim", claim })).toBe("Added Eleanor Vance (US delegation)");
    expect(
      describeDone({ type: "update-claim", before: { ...claim, status: "suggested" }, after: claim }),
    ).toBe("Accepted Eleanor Vance (US delegation)");
    expect(describeDone({ type: "link", relation })).toBe("Linked two claims as contradicting");
  });
});
