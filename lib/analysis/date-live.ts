import { toIsoDay } from "./date-calendar";
import type { DateClaim } from "./date-sitting";
import { anchored } from "./text";

/**
 * A live blog stamps its entries with the clock ("10:42 — Delegations are arriving") and reports
 * the talks as they happen, so it never says which day they are on: the day it is published. Only
 * the day is implied; the entries' own dates ("will meet again on Wednesday") still speak for
 * themselves.
 */

/** A clock time opening a paragraph, then a dash or colon: "10:42 —", "9.15 GMT -", "2:05 p.m.:", "17:45:". */
const CLOCK = "(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[ \\t]*[ap]\\.?m\\.?)?";
const STAMP = new RegExp(
  `(?:^|\\n)[ \\t]*(${CLOCK})(?:[ \\t]*(?:GMT|UTC|BST|CET|CEST|EAT|WAT|CAT|local(?: time)?))?[ \\t]*(?:[—–-]|:(?!\\d))`,
  "g",
);
/** A sentence that opens on an entry's stamp, "08:35 — Interior Minister X arrives": reported from the talks. */
export const ENTRY_STAMP = new RegExp(`^\\W*${CLOCK}(?:\\s*[A-Z]{2,4})?\\s*[—–]\\s*`);
/** A blog stamps several entries; one clock time opening a story is just a time. */
const MIN_STAMPS = 3;
/** An entry about the sitting itself, so the claim sits where the blog shows the talks under way. */
const SITTING =
  /\b(?:talks|session|sessions|negotiations|negotiators|meeting|delegations?|mediators|envoys?|summit)\b/i;
/** How far into an entry the sitting must be named. */
const ENTRY_REACH = 200;

/**
 * The implied day of a live blog's talks, anchored on the stamp of its first entry about the
 * sitting; null when the body is not a stamped blog, names no sitting, or the day is unknown.
 */
export function liveBlogSitting(body: string, ref: number | null): DateClaim | null {
  if (ref === null) return null;
  const stamps: Array<{ start: number; end: number }> = [];
  STAMP.lastIndex = 0;
  for (let m = STAMP.exec(body); m; m = STAMP.exec(body)) {
    const time = m[1] ?? "";
    const start = m.index + m[0].indexOf(time);
    stamps.push({ start, end: start + time.length });
  }
  if (stamps.length < MIN_STAMPS) return null;
  const first = stamps.find((s) => SITTING.test(body.slice(s.end, s.end + ENTRY_REACH).split("\n")[0] ?? ""));
  if (!first) return null;
  const day = toIsoDay(ref);
  const claim: DateClaim = anchored(body, first.start, first.end, {
    topic: "dates",
    slot: "meeting.date",
    kind: "date",
    value: { start: day, end: day },
    attribution: null,
  });
  return claim;
}
