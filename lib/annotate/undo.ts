import { z } from "zod";
import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import { claimSchema, type Claim } from "@/lib/validations/claim";
import { relationSchema, type Relation } from "@/lib/validations/relation";

/**
 * What an annotator did, with enough of the state before it to take it back. The stack of these
 * lives in sessionStorage, so Ctrl+Z still works after a reload of the same tab.
 */
export const doneSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("create-claim"), claim: claimSchema }),
  z.object({ type: z.literal("delete-claim"), claim: claimSchema, relations: z.array(relationSchema) }),
  z.object({ type: z.literal("update-claim"), before: claimSchema, after: claimSchema }),
  z.object({ type: z.literal("link"), relation: relationSchema }),
  z.object({ type: z.literal("unlink"), relation: relationSchema }),
]);
export type Done = z.infer<typeof doneSchema>;

export const MAX_UNDO = 30;

/** Reads a stored stack; anything unreadable (an older shape, a hand edit) is an empty stack. */
export function parseStack(stored: string | null): Done[] {
  if (!stored) return [];
  try {
    const parsed = z.array(doneSchema).safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function pushDone(stack: readonly Done[], done: Done): Done[] {
  return [...stack, done].slice(-MAX_UNDO);
}

/** The body that creates `claim` again, as it was (its words, question, value and status). */
export function recreateBody(claim: Claim, author: string | null) {
  const { start, end, quote, topic, slot, status } = claim;
  return { start, end, quote, topic, slot, status, author, ...claimValueOf(claim) };
}

/** The kind and value alone, narrowed so they stay paired in the request body's type. */
function claimValueOf(claim: Claim) {
  switch (claim.kind) {
    case "person":
      return { kind: claim.kind, value: claim.value };
    case "date":
      return { kind: claim.kind, value: claim.value };
    case "quantity":
      return { kind: claim.kind, value: claim.value };
    case "term":
      return { kind: claim.kind, value: claim.value };
  }
}

/**
 * The PATCH that puts `before` back, naming the version the server holds now (`after.version`).
 * Only fields that differ are sent, so undoing an accept does not also rewrite the value.
 */
export function revertPatch(before: Claim, after: Claim, author: string | null) {
  const patch: Record<string, unknown> = { version: after.version, author };
  if (before.status !== after.status) patch.status = before.status;
  if (before.topic !== after.topic) patch.topic = before.topic;
  if (before.slot !== after.slot) patch.slot = before.slot;
  if (before.kind !== after.kind || JSON.stringify(before.value) !== JSON.stringify(after.value)) {
    Object.assign(patch, claimValueOf(before));
  }
  if (before.start !== after.start || before.end !== after.end || before.quote !== after.quote) {
    Object.assign(patch, { start: before.start, end: before.end, quote: before.quote });
  }
  return patch;
}

/** A relation as POST /api/relations takes it, to link two claims again. */
export function relinkBody(relation: Relation, author: string | null) {
  const { fromClaimId, toClaimId, kind, note } = relation;
  return { fromClaimId, toClaimId, kind, note, author };
}

function remapRelation(relation: Relation, from: string, to: string): Relation {
  return {
    ...relation,
    id: relation.id === from ? to : relation.id,
    fromClaimId: relation.fromClaimId === from ? to : relation.fromClaimId,
    toClaimId: relation.toClaimId === from ? to : relation.toClaimId,
  };
}

function remapClaim(claim: Claim, from: string, to: string): Claim {
  return claim.id === from ? { ...claim, id: to } : claim;
}

/**
 * Re-creating a deleted claim or relation mints a new id; older entries that still name the old
 * one are rewritten so undoing further back acts on the thing that now exists.
 */
export function remapIds(stack: readonly Done[], from: string, to: string): Done[] {
  return stack.map((done): Done => {
    switch (done.type) {
      case "create-claim":
        return { ...done, claim: remapClaim(done.claim, from, to) };
      case "delete-claim":
        return {
          ...done,
          claim: remapClaim(done.claim, from, to),
          relations: done.relations.map((r) => remapRelation(r, from, to)),
        };
      case "update-claim":
        return {
          ...done,
          before: remapClaim(done.before, from, to),
          after: remapClaim(done.after, from, to),
        };
      case "link":
      case "unlink":
        return { ...done, relation: remapRelation(done.relation, from, to) };
    }
  });
}

/**
 * After the server moves a claim to `version`, the entries that will act on it later (deleting a
 * created claim, patching an edit back) name that version, or the server would call them stale.
 */
export function withVersion(stack: readonly Done[], claimId: string, version: number): Done[] {
  return stack.map((done): Done => {
    if (done.type === "create-claim" && done.claim.id === claimId) {
      return { ...done, claim: { ...done.claim, version } };
    }
    if (done.type === "update-claim" && done.after.id === claimId) {
      return { ...done, after: { ...done.after, version } };
    }
    return done;
  });
}

function claimWords(claim: Claim): string {
  let value: string;
  try {
    value = formatValue(claim);
  } catch {
    value = claim.quote;
  }
  return `${value} (${slotLabel(claim.slot)})`;
}

/** One line for the toast, saying what was done in the reader's words. */
export function describeDone(done: Done): string {
  switch (done.type) {
    case "create-claim":
      return `Added ${claimWords(done.claim)}`;
    case "delete-claim":
      return `Deleted ${claimWords(done.claim)}`;
    case "update-claim":
      if (done.before.status !== done.after.status) {
        return `${done.after.status === "accepted" ? "Accepted" : done.after.status === "rejected" ? "Rejected" : "Reopened"} ${claimWords(done.after)}`;
      }
      return `Edited ${claimWords(done.after)}`;
    case "link":
      return `Linked two claims as ${done.relation.kind === "contradicts" ? "contradicting" : "agreeing"}`;
    case "unlink":
      return "Removed a link between two claims";
  }
}
