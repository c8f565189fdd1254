import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/analysis/values";
import {
  claimAddedNote,
  claimChangedNote,
  claimRemovedNote,
  reimportNote,
  relationAddedNote,
} from "./revision-notes";

const vance = { slot: "delegation.us", kind: "person", value: { name: "Eleanor Vance" } } as const;
const state = (
  extra: Partial<{ status: string; slot: string; quote: string }> & { typed?: ClaimValue } = {},
) => ({
  ...(extra.typed ?? vance),
  slot: extra.slot ?? "delegation.us",
  topic: "envoys" as const,
  status: extra.status ?? "suggested",
  start: 0,
  end: 13,
  quote: extra.quote ?? "Eleanor Vance",
});

describe("revision notes", () => {
  it("say who added what to which slot", () => {
    expect(claimAddedNote(vance, "Ana")).toBe('Eleanor Vance (annotator "Ana") added to US delegation');
    expect(claimAddedNote(vance, null)).toBe("Eleanor Vance added to US delegation");
    expect(claimRemovedNote(vance, null)).toBe("Eleanor Vance removed from US delegation");
  });

  it("lead with a decision, then name corrections", () => {
    expect(claimChangedNote(state(), state({ status: "rejected" }), null)).toBe(
      "Claim rejected: Eleanor Vance (US delegation)",
    );
    const witkoff: ClaimValue = { kind: "person", value: { name: "Steve Witkoff" } };
    expect(claimChangedNote(state(), state({ typed: witkoff, slot: "delegation.russia" }), "Ben")).toBe(
      'Claim edited (annotator "Ben"): Eleanor Vance corrected to Steve Witkoff; moved from US delegation to Russian delegation',
    );
    expect(claimChangedNote(state(), state({ quote: "Vance" }), null)).toBe(
      "Claim edited: re-anchored to “Vance”",
    );
  });

  it("describe links and re-imports", () => {
    const witkoff = { slot: "delegation.us", kind: "person", value: { name: "Steve Witkoff" } } as const;
    expect(relationAddedNote("contradicts", vance, witkoff, "Ana")).toBe(
      'Linked Eleanor Vance and Steve Witkoff as contradicting (annotator "Ana")',
    );
    const report = { moved: 3, unchanged: 4, orphaned: 1, removed: 0, added: 2 };
    expect(reimportNote("Moscow talks", report, null)).toBe(
      "Re-imported “Moscow talks”: 3 claims moved, 1 claim orphaned, 2 new suggestions",
    );
  });
});
