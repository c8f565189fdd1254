import { describe, expect, it } from "vitest";
import { humanizeWords, sideLabel, slotLabel } from "./labels";

describe("slotLabel", () => {
  it.each([
    ["delegation.us", "US delegation"],
    ["delegation.russia", "Russian delegation"],
    ["delegation.hamas", "Hamas delegation"],
    ["delegation.rsf", "RSF delegation"],
    ["delegation.saudi-arabia", "Saudi delegation"],
    ["delegation.atlantis", "Atlantis delegation"],
    ["meeting.date", "Meeting date"],
    ["meeting.duration", "Meeting duration"],
    ["plan.size", "Plan size"],
    ["plan.nato-membership", "Plan: NATO membership"],
    ["plan.ceasefire", "Plan: ceasefire"],
    ["count.hostages", "Count: hostages"],
    ["people.mentioned", "People mentioned"],
    ["us.president", "US president"],
    ["russia.foreign-minister", "Russian foreign minister"],
    ["ceasefire.duration", "Ceasefire duration"],
    ["weather.rain-total", "Weather Rain Total"],
    ["misc", "Misc"],
  ])("%s → %s", (slot, label) => {
    expect(slotLabel(slot)).toBe(label);
  });

  it("never returns an empty label for a valid slot", () => {
    for (const slot of ["a", "a.b", "a.b.c", "x-y.z"]) expect(slotLabel(slot).length).toBeGreaterThan(0);
  });
});

describe("humanizeWords / sideLabel", () => {
  it("upper-cases acronyms only", () => {
    expect(humanizeWords("eu-accession")).toBe("EU accession");
    expect(humanizeWords("security-guarantees")).toBe("security guarantees");
  });

  it("falls back to title case for unknown sides", () => {
    expect(sideLabel("northern-alliance")).toBe("Northern Alliance");
    expect(sideLabel("ukraine")).toBe("Ukrainian");
  });
});

describe("sideLabel for sides the engine has never seen", () => {
  it("writes acronyms in capitals and words as words", () => {
    expect(sideLabel("tplf")).toBe("TPLF");
    expect(sideLabel("m23")).toBe("M23");
    expect(sideLabel("eln")).toBe("ELN");
    expect(sideLabel("opposition")).toBe("Opposition");
    expect(sideLabel("hamas")).toBe("Hamas");
  });
});
