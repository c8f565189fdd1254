import { formatValue } from "@/lib/analysis/format-value";
import { slotLabel } from "@/lib/analysis/labels";
import type { ClaimValue, RelationKind, Topic } from "@/lib/analysis/values";
import type { ReimportReport } from "@/lib/validations/article";

/**
 * The one-line summaries a comparison's history shows for each change, written for readers of the
 * history ("Vance (annotator "Ana") added to US delegation"), not as a log of fields.
 */

type Described = ClaimValue & { slot: string };

type ClaimState = Described & { topic: Topic; status: string; start: number; end: number; quote: string };

function by(author: string | null): string {
  return author ? ` (annotator "${author}")` : "";
}

function valueOf(claim: Described): string {
  try {
    return formatValue(claim);
  } catch {
    // A history line must never fail a change that already succeeded.
    return claim.kind;
  }
}

export function claimAddedNote(claim: Described, author: string | null): string {
  return `${valueOf(claim)}${by(author)} added to ${slotLabel(claim.slot)}`;
}

export function claimRemovedNote(claim: Described, author: string | null): string {
  return `${valueOf(claim)}${by(author)} removed from ${slotLabel(claim.slot)}`;
}

/** Names what changed between two states of a claim, most telling change first. */
export function claimChangedNote(before: ClaimState, after: ClaimState, author: string | null): string {
  const value = valueOf(after);
  const parts: string[] = [];
  if (valueOf(before) !== value || before.kind !== after.kind) {
    parts.push(`${valueOf(before)} corrected to ${value}`);
  }
  if (before.slot !== after.slot) {
    parts.push(`moved from ${slotLabel(before.slot)} to ${slotLabel(after.slot)}`);
  }
  if (before.topic !== after.topic) parts.push(`filed under ${after.topic}`);
  if (before.start !== after.start || before.end !== after.end || before.quote !== after.quote) {
    parts.push(`re-anchored to “${after.quote}”`);
  }
  const subject = `${value} (${slotLabel(after.slot)})`;
  if (before.status !== after.status) {
    return `Claim ${after.status}${by(author)}: ${[subject, ...parts].join("; ")}`;
  }
  return `Claim edited${by(author)}: ${parts.length > 0 ? parts.join("; ") : subject}`;
}

export function relationAddedNote(
  kind: RelationKind,
  from: Described,
  to: Described,
  author: string | null,
): string {
  const as = kind === "contradicts" ? "contradicting" : "agreeing";
  return `Linked ${valueOf(from)} and ${valueOf(to)} as ${as}${by(author)}`;
}

export function relationRemovedNote(from: Described, to: Described, author: string | null): string {
  return `Unlinked ${valueOf(from)} and ${valueOf(to)}${by(author)}`;
}

export function reimportNote(title: string, report: ReimportReport, author: string | null): string {
  const counts = [
    [report.moved, "claim moved", "claims moved"],
    [report.orphaned, "claim orphaned", "claims orphaned"],
    [report.removed, "suggestion dropped", "suggestions dropped"],
    [report.added, "new suggestion", "new suggestions"],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `Re-imported “${title}”${by(author)}${said.length > 0 ? `: ${said.join(", ")}` : ""}`;
}
