import { slotLabel } from "./labels";
import { linkedSlots } from "./slot-linking";
import type { CompareClaim, CompareRelation, ComparisonRow } from "./types";
import { TOPICS, type RelationKind, type Topic, type Verdict } from "./values";
import { preparedText, prepareValue, type PreparedValue } from "./prepared-values";
import { judgePair, listWords, SEVERITY, type LazyPairVerdict } from "./verdicts";

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { contradict: 0, partial: 1, agree: 2, single: 3 };
const MAX_REASONS = 3;

interface RowDraft {
  slot: string;
  /** Per article, in articleIds order; an empty list is an article silent on the slot. */
  claims: CompareClaim[][];
  values: PreparedValue[][];
}

interface Override {
  kind: RelationKind;
  note: string;
}

/** Annotator links that touch one row: per article pair ("i:j", i < j). */
type RowOverrides = Map<string, Override>;

/**
 * List slots (who or what an article mentions) admit many answers, so values there do not
 * conflict; every other slot (a delegation, the meeting date, the plan size) has one answer.
 * A count of troops that says nothing of what befell them ("17 soldiers", "some 3,500 soldiers")
 * is one too: outlets count a patrol, a border deployment or a whole army under the same word.
 * So are counts of officials and diplomats, which are mostly an outlet's sources ("two officials
 * said", "according to three diplomats"). Tolls over a stretch of time ("17 killed since
 * midnight", "23 in the previous 24 hours") count different stretches, which rarely coincide.
 */
function slotIsExclusive(slot: string): boolean {
  return !(
    slot === "people" ||
    slot.startsWith("people.") ||
    slot.endsWith(".mentioned") ||
    slot === "count.troops" ||
    slot === "count.officials" ||
    slot === "count.diplomats" ||
    slot.endsWith("-over-period")
  );
}

function pairKey(i: number, j: number): string {
  return i < j ? `${i}:${j}` : `${j}:${i}`;
}

function annotatorReason(o: Override): string {
  const note = o.note.trim();
  return `Annotator: ${note.length > 0 ? note : o.kind === "contradicts" ? "marked as contradicting" : "marked as agreeing"}`;
}

/**
 * A relation overrides the pair of articles it links, in every row holding one of its claims
 * (usually the same row). When two annotator links on one pair disagree, "contradicts" wins so
 * the conflict stays visible.
 */
function collectOverrides(
  relations: readonly CompareRelation[],
  home: ReadonlyMap<string, { slot: string; article: number }>,
): Map<string, RowOverrides> {
  const bySlot = new Map<string, RowOverrides>();
  for (const relation of relations) {
    const from = home.get(relation.fromClaimId);
    const to = home.get(relation.toClaimId);
    if (from === undefined || to === undefined || from.article === to.article) continue;
    const key = pairKey(from.article, to.article);
    for (const slot of new Set([from.slot, to.slot])) {
      let overrides = bySlot.get(slot);
      if (overrides === undefined) bySlot.set(slot, (overrides = new Map()));
      const existing = overrides.get(key);
      if (existing === undefined || (existing.kind === "agrees" && relation.kind === "contradicts")) {
        overrides.set(key, { kind: relation.kind, note: relation.note });
      }
    }
  }
  return bySlot;
}

function rowTopic(claims: readonly CompareClaim[][]): Topic {
  const counts = new Map<Topic, number>();
  for (const list of claims) for (const c of list) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
  let best: Topic = "other";
  let bestCount = 0;
  for (const topic of TOPICS) {
    const n = counts.get(topic) ?? 0;
    if (n > bestCount) [best, bestCount] = [topic, n];
  }
  return best;
}

function summarize(
  verdict: LazyPairVerdict["verdict"],
  reasons: readonly string[],
  speakers: number,
): string {
  const distinct = [...new Set(reasons)];
  if (verdict === "agree" && distinct.length === 1 && distinct[0]?.startsWith("both ") && speakers > 2) {
    return `all ${speakers} sources: ${distinct[0].slice("both ".length)}`;
  }
  const shown = distinct.slice(0, MAX_REASONS).join("; ");
  return distinct.length > MAX_REASONS ? `${shown} (+${distinct.length - MAX_REASONS} more)` : shown;
}

function buildRow(
  draft: RowDraft,
  articleIds: readonly string[],
  overrides: RowOverrides | undefined,
): ComparisonRow {
  const speaking: number[] = [];
  draft.claims.forEach((list, i) => list.length > 0 && speaking.push(i));
  const exclusive = slotIsExclusive(draft.slot);
  const verdicts: LazyPairVerdict[] = [];
  for (let x = 0; x < speaking.length; x++) {
    for (let y = x + 1; y < speaking.length; y++) {
      const i = speaking[x]!;
      const j = speaking[y]!;
      const override = overrides?.get(pairKey(i, j));
      verdicts.push(
        override === undefined
          ? judgePair(draft.values[i]!, draft.values[j]!, exclusive)
          : {
              verdict: override.kind === "contradicts" ? "contradict" : "agree",
              reason: () => annotatorReason(override),
            },
      );
    }
  }
  // A link to a claim in another slot still counts here when the other article is silent on this one.
  for (const [key, override] of overrides ?? []) {
    const [i, j] = key.split(":").map(Number);
    const bothSpeak = draft.claims[i ?? -1]?.length && draft.claims[j ?? -1]?.length;
    if (!bothSpeak && override.kind === "contradicts") {
      verdicts.push({ verdict: "contradict", reason: () => annotatorReason(override) });
    }
  }

  const cells = articleIds.map((articleId, i) => ({
    articleId,
    claimIds: (draft.claims[i] ?? []).map((c) => c.id),
  }));
  const base = { slot: draft.slot, topic: rowTopic(draft.claims), label: slotLabel(draft.slot), cells };
  if (verdicts.length === 0) {
    const values = listWords(speaking.flatMap((i) => draft.values[i]!.map(preparedText)));
    return { ...base, verdict: "single", reason: `only 1 source speaks: ${values}` };
  }
  const worst = Math.max(...verdicts.map((v) => SEVERITY[v.verdict]));
  const decisive = verdicts.filter((v) => SEVERITY[v.verdict] === worst);
  const verdict = decisive[0]!.verdict;
  // Annotator notes lead: they are the reason a reader is most likely looking for.
  const reasons = decisive
    .map((v) => v.reason())
    .sort((a, b) => Number(b.startsWith("Annotator:")) - Number(a.startsWith("Annotator:")));
  return { ...base, verdict, reason: summarize(verdict, reasons, speaking.length) };
}

function compareRows(a: ComparisonRow, b: ComparisonRow): number {
  return (
    TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic) ||
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
    (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0)
  );
}

/**
 * Lines up the claims of 2–6 articles by slot and gives each slot a verdict with its reason.
 * Work is linear in claims plus pairwise only inside a slot, so large articles stay cheap.
 */
export function compareClaims(
  articleIds: readonly string[],
  claims: readonly CompareClaim[],
  relations: readonly CompareRelation[],
): ComparisonRow[] {
  const ids = [...new Set(articleIds)];
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const drafts = new Map<string, RowDraft>();
  const home = new Map<string, { slot: string; article: number }>();
  // "delegation.government" in one article is "delegation.chad" in the others when the people match.
  const linked = linkedSlots(claims.filter((c) => index.has(c.articleId)));
  for (const claim of claims) {
    if (claim.status === "rejected") continue;
    const article = index.get(claim.articleId);
    if (article === undefined) continue;
    const slot = linked.get(claim.id) ?? claim.slot;
    let draft = drafts.get(slot);
    if (draft === undefined) {
      draft = { slot, claims: ids.map(() => []), values: ids.map(() => []) };
      drafts.set(slot, draft);
    }
    draft.claims[article]!.push(claim);
    draft.values[article]!.push(prepareValue(claim));
    home.set(claim.id, { slot, article });
  }
  const overrides = collectOverrides(relations, home);
  return [...drafts.values()].map((d) => buildRow(d, ids, overrides.get(d.slot))).sort(compareRows);
}
