import * as chrono from "chrono-node";
import { countNoun } from "./count-slots";
import { extractClaims } from "./extract";
import { cannotBePerson, cleanPersonName } from "./names";
import { applyHedge, hedgeBefore } from "./hedges";
import { numberAt, tokenize } from "./numbers";
import { DURATION_UNITS, SIZE_UNITS } from "./quantity-units";
import { splitSentences } from "./text";
import type { ArticleText, ExtractedClaim } from "./types";
import { type ClaimValue, claimValueSchema, type Topic } from "./values";

/** The engine's reading of a selection, to prefill the annotator's claim form. */
export type Suggestion = ClaimValue & { topic: Topic; slot: string };

/** A date reading must cover this share of the selection, so "Theresa May" is not a month. */
const DATE_COVERAGE = 0.8;
/** Two to four capitalized words ("Eleanor Vance", "Mr. Witkoff", "Jared C. Kushner"). */
const PERSON = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * What the engine makes of `body[start, end)`: the extracted claim overlapping the selection best,
 * read in its sentence(s); failing that, the selection read on its own, then plain heuristics (a
 * name, a date, an amount with a unit). Null when nothing fits: the annotator fills the form in.
 */
export function suggestClaim(article: ArticleText, start: number, end: number): Suggestion | null {
  const s = Math.max(0, Math.min(start, end));
  const e = Math.min(article.body.length, Math.max(start, end));
  const text = article.body.slice(s, e).trim();
  if (text.length === 0) return null;
  const from = s + article.body.slice(s, e).indexOf(text);
  const selection = { start: from, end: from + text.length };

  const sentences = splitSentences(article.body).filter(
    (x) => x.start < selection.end && selection.start < x.end,
  );
  const regionStart = sentences[0]?.start ?? selection.start;
  const regionEnd = sentences.at(-1)?.end ?? selection.end;
  const inSentence = readRegion(article, regionStart, regionEnd);
  const fromSentence = bestOverlap(inSentence, selection);
  if (fromSentence) return fromSentence;
  const alone = readRegion(article, selection.start, selection.end);
  return (
    bestOverlap(alone, selection) ??
    readDate(text, article.publishedAt) ??
    readQuantity(text) ??
    readPerson(text)
  );
}

function readRegion(article: ArticleText, start: number, end: number): ExtractedClaim[] {
  const claims = extractClaims({ body: article.body.slice(start, end), publishedAt: article.publishedAt });
  return claims.map((c) => ({ ...c, start: c.start + start, end: c.end + start }));
}

function bestOverlap(claims: readonly ExtractedClaim[], selection: { start: number; end: number }) {
  let best: { claim: ExtractedClaim; overlap: number } | null = null;
  for (const claim of claims) {
    const shared = Math.min(claim.end, selection.end) - Math.max(claim.start, selection.start);
    if (shared <= 0) continue;
    const overlap = shared / (Math.max(claim.end, selection.end) - Math.min(claim.start, selection.start));
    if (!best || overlap > best.overlap) best = { claim, overlap };
  }
  return best ? suggestion(best.claim.topic, best.claim.slot, best.claim) : null;
}

/** Only values that the claim schema accepts are offered, so a suggestion always saves. */
function suggestion(topic: Topic, slot: string, typed: { kind: string; value: unknown }): Suggestion | null {
  const parsed = claimValueSchema.safeParse({ kind: typed.kind, value: typed.value });
  return parsed.success ? { topic, slot, ...parsed.data } : null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function readDate(text: string, publishedAt: string | null): Suggestion | null {
  const reference = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : new Date();
  const [result] = chrono.parse(text, { instant: reference, timezone: 0 });
  if (!result || result.text.length < DATE_COVERAGE * text.replace(/[.,;:!?]+$/, "").length) return null;
  const { start: first, end: last } = result;
  const year = first.get("year");
  const month = first.get("month");
  const day = first.get("day");
  if (year === null || month === null || day === null) return null;
  const yearKnown = first.isCertain("year") || publishedAt !== null;
  if (!yearKnown) {
    const weekday = first.get("weekday");
    const parts = first.isCertain("day")
      ? { month, day }
      : first.isCertain("month")
        ? { month }
        : first.isCertain("weekday") && weekday !== null
          ? { weekday }
          : null;
    return parts
      ? suggestion("dates", "date.mentioned", { kind: "date", value: { start: null, end: null, parts } })
      : null;
  }
  let from = new Date(Date.UTC(year, month - 1, day));
  let to = last
    ? new Date(Date.UTC(last.get("year") ?? year, (last.get("month") ?? month) - 1, last.get("day") ?? day))
    : from;
  // "November" or "2021" alone is the whole month or year, not its first day.
  if (!first.isCertain("day") && !first.isCertain("weekday")) {
    const wholeYear = !first.isCertain("month");
    from = new Date(Date.UTC(year, wholeYear ? 0 : month - 1, 1));
    to = new Date(Date.UTC(wholeYear ? year + 1 : year, wholeYear ? 0 : month, 0));
  }
  return suggestion("dates", "date.mentioned", {
    kind: "date",
    value: { start: isoDay(from), end: isoDay(to) },
  });
}

function readQuantity(text: string): Suggestion | null {
  const tokens = tokenize(text);
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    const hedge = i === 0 ? null : hedgeBefore(tokens, i);
    if (i > 0 && hedge?.first !== 0) continue;
    const amount = numberAt(tokens, i);
    if (!amount) continue;
    const rest = tokens.slice(amount.next);
    const word = rest.length === 1 ? rest[0]?.lower : undefined;
    if (word === undefined) return null;
    const duration = DURATION_UNITS.get(word);
    const unit =
      word === "%" ? "percent" : (duration?.[0] ?? SIZE_UNITS.get(word) ?? countNoun(word) ?? word);
    const factor = duration?.[1] ?? 1;
    const interval = applyHedge(amount.min * factor, amount.max * factor, hedge?.hedge ?? null, !duration);
    const topic: Topic = duration ? "dates" : "other";
    return suggestion(topic, "quantity.mentioned", { kind: "quantity", value: { ...interval, unit } });
  }
  return null;
}

function readPerson(text: string): Suggestion | null {
  if (!PERSON.test(text)) return null;
  const name = cleanPersonName(text);
  if (name.length === 0 || cannotBePerson(name.split(" "))) return null;
  return suggestion("envoys", "people.mentioned", { kind: "person", value: { name } });
}
