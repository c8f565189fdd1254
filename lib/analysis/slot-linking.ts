import { canonicalPersonKey } from "./names";
import type { CompareClaim } from "./types";

/*
 * One delegation under two names across articles. An outlet that never learns which country "the
 * government" is, or that knows a movement only by a name the others shorten, files its people
 * under a slot no other article uses. Where those people sit in one slot elsewhere, the slot is
 * read as that one, so the comparison lines the delegations up instead of showing two half-rows.
 */

const DELEGATION = "delegation.";
// The parties an article names by what they are: any number of outlets may leave them unresolved.
const GENERIC = new Set(["government", "rebels", "army", "opposition"].map((p) => DELEGATION + p));

/** Per article: each delegation slot and the person keys seated in it. */
function seatsByArticle(claims: readonly CompareClaim[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  for (const c of claims) {
    if (c.kind !== "person" || c.status === "rejected" || !c.slot.startsWith(DELEGATION)) continue;
    let slots = out.get(c.articleId);
    if (!slots) out.set(c.articleId, (slots = new Map()));
    let keys = slots.get(c.slot);
    if (!keys) slots.set(c.slot, (keys = new Set()));
    const key = canonicalPersonKey(c.value.name);
    if (key !== "") keys.add(key);
  }
  return out;
}

/**
 * The slot each claim is compared under, for claims whose delegation slot only their own article
 * uses (or a generic party's: "the government", "the rebels") and whose people other articles
 * seat in exactly one slot this article lacks. Claims not in the map keep their own slot.
 */
export function linkedSlots(claims: readonly CompareClaim[]): Map<string, string> {
  const seats = seatsByArticle(claims);
  if (seats.size < 2) return new Map();
  const users = new Map<string, number>();
  // Where each person sits, across articles: one pass, so linking stays linear in claims.
  const seatsOf = new Map<string, { article: string; slot: string }[]>();
  for (const [article, slots] of seats) {
    for (const [slot, keys] of slots) {
      users.set(slot, (users.get(slot) ?? 0) + 1);
      for (const k of keys) {
        const list = seatsOf.get(k);
        if (list) list.push({ article, slot });
        else seatsOf.set(k, [{ article, slot }]);
      }
    }
  }
  const renamed = new Map<string, Map<string, string>>();
  for (const [article, slots] of seats) {
    for (const [slot, keys] of slots) {
      if ((users.get(slot) !== 1 && !GENERIC.has(slot)) || keys.size === 0) continue;
      const shared = new Set<string>();
      for (const k of keys)
        for (const seat of seatsOf.get(k) ?? [])
          if (seat.article !== article && !slots.has(seat.slot) && !GENERIC.has(seat.slot))
            shared.add(seat.slot);
      if (shared.size !== 1) continue;
      const [target] = shared;
      let mine = renamed.get(article);
      if (!mine) renamed.set(article, (mine = new Map()));
      mine.set(slot, target!);
    }
  }
  const out = new Map<string, string>();
  for (const c of claims) {
    const target = renamed.get(c.articleId)?.get(c.slot);
    if (target) out.set(c.id, target);
  }
  return out;
}
