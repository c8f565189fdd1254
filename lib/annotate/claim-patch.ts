import type { ClaimValue, Topic } from "@/lib/analysis/values";
import type { Claim } from "@/lib/validations/claim";

/**
 * The PATCH body for an edit: only what differs from the claim as read, so an unchanged value is
 * not rewritten (and the history does not call it corrected). Empty when nothing changed.
 */
export function claimPatchFor(
  before: Claim,
  edit: { topic: Topic; slot: string; typed: ClaimValue },
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (edit.topic !== before.topic) patch.topic = edit.topic;
  if (edit.slot !== before.slot) patch.slot = edit.slot;
  if (edit.typed.kind !== before.kind || JSON.stringify(edit.typed.value) !== JSON.stringify(before.value)) {
    Object.assign(patch, { kind: edit.typed.kind, value: edit.typed.value });
  }
  return patch;
}
