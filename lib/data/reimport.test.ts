import { describe, expect, it } from "vitest";
import { makeAnchor } from "@/lib/analysis/text";
import type { ExtractedClaim } from "@/lib/analysis/types";
import { planReimport, type StoredClaim } from "./reimport";

const OLD =
  "Envoys Eleanor Vance and Marcus Thorne met Putin.\nThe talks lasted five hours.\nThe mood was calm.";
const NEW =
  "A new opening line.\nEnvoys Eleanor Vance and Marcus Thorne met Putin.\nThe talks lasted five hours.";

let next = 0;
function stored(quote: string, extra: Partial<StoredClaim> = {}): StoredClaim {
  const start = OLD.indexOf(quote);
  return {
    ...makeAnchor(OLD, start, start + quote.length),
    id: `claim${++next}`,
    version: 1,
    orphaned: false,
    origin: "extracted",
    status: "suggested",
    slot: "delegation.us",
    kind: "person",
    relations: 0,
    ...extra,
  };
}

function suggestion(quote: string, slot: string, kind: ExtractedClaim["kind"] = "person"): ExtractedClaim {
  const start = NEW.indexOf(quote);
  const value = kind === "person" ? { name: quote } : { min: 5, max: 5, unit: "hours" };
  return {
    ...makeAnchor(NEW, start, start + quote.length),
    topic: "envoys",
    slot,
    attribution: null,
    kind,
    value,
  } as ExtractedClaim;
}

describe("planReimport", () => {
  it("moves placed claims, drops untouched suggestions whose words are gone and orphans decided ones", () => {
    const vance = stored("Eleanor Vance");
    const calmSuggested = stored("calm", { slot: "talks.tone", kind: "term" });
    const calmAccepted = stored("calm", { slot: "talks.tone", kind: "term", status: "accepted" });
    const calmLinked = stored("calm", { slot: "talks.tone", kind: "term", relations: 1 });
    const plan = planReimport([vance, calmSuggested, calmAccepted, calmLinked], OLD, NEW, []);

    expect(plan.updates.find((u) => u.id === vance.id)).toMatchObject({
      orphaned: false,
      anchor: { start: NEW.indexOf("Eleanor Vance"), quote: "Eleanor Vance" },
    });
    expect(plan.removals).toEqual([{ id: calmSuggested.id, version: 1 }]);
    for (const kept of [calmAccepted, calmLinked]) {
      expect(plan.updates.find((u) => u.id === kept.id)).toMatchObject({
        orphaned: true,
        anchor: { quote: "calm" },
      });
    }
    expect(plan.report).toEqual({ moved: 1, unchanged: 0, orphaned: 2, removed: 1, added: 0 });
  });

  it("adds a suggestion only where no claim covers the same slot and words", () => {
    const vance = stored("Eleanor Vance");
    const thorne = stored("Marcus Thorne", { status: "rejected" });
    const hours = stored("five hours", {
      origin: "annotator",
      status: "accepted",
      slot: "talks.length",
      kind: "quantity",
    });
    const plan = planReimport([vance, thorne, hours], OLD, NEW, [
      suggestion("Eleanor Vance", "delegation.us"), // already there
      suggestion("Eleanor Vance", "people.mentioned"), // same words, new slot, untouched claim: added
      suggestion("Marcus Thorne", "people.mentioned"), // rejected there before: not brought back
      suggestion("five hours", "meeting.duration", "quantity"), // annotator filed it under another slot
      suggestion("Putin", "people.mentioned"), // new words
    ]);
    expect(plan.additions.map((a) => `${a.quote}|${a.slot}`)).toEqual([
      "Eleanor Vance|people.mentioned",
      "Putin|people.mentioned",
    ]);
    expect(plan.report.added).toBe(2);
  });

  it("counts claims that did not move as unchanged, and a formerly orphaned claim found again as moved", () => {
    const same = "Envoys Eleanor Vance met Putin.";
    const vance = { ...stored("Eleanor Vance"), ...makeAnchor(same, 7, 20) };
    const lost = { ...vance, id: "lost", orphaned: true };
    const plan = planReimport([vance, lost], same, same, []);
    expect(plan.report).toMatchObject({ unchanged: 1, moved: 1 });
    expect(plan.updates.map((u) => u.orphaned)).toEqual([false, false]);
  });
});
