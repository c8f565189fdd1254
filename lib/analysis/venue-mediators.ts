import { findSides, type SideMention } from "./side-table";

/**
 * Who else is in the article besides the parties: the place the talks are held in, and the bloc
 * or country that mediates them.
 */

const MEDIATED_BY =
  /\b(?:hosted|mediated|brokered|convened|facilitated|organi[sz]ed|chaired|sponsored)\s+by\s+(?:the\s+)?$/;
// The look-backs below are anchored at the end and tried at every position of their window; a
// plain search for a word each needs rules out most windows first.
const mediatedBy = (before: string) => before.includes("by") && MEDIATED_BY.test(before);
const BLOC_MEDIATES =
  /^(?:[-‑\s](?:led|brokered|mediated|hosted|sponsored|convened)\b|\s+(?:mediators?|mediation|panel|facilitators?)\b)/;

/** The one bloc an article says hosts or mediates the talks ("hosted by the African Union", "AU-led"). */
export function mediatingBloc(body: string): string | undefined {
  const mentions = findSides(body);
  const blocs = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "bloc") continue;
    if (
      mediatedBy(body.slice(Math.max(0, m.start - 40), m.start)) ||
      BLOC_MEDIATES.test(body.slice(m.end, m.end + 24))
    )
      blocs.add(m.side);
  }
  return blocs.size === 1 ? [...blocs][0] : undefined;
}

/**
 * The one country or bloc an article says mediates ("Qatar's mediators", "mediated by Norway",
 * "AU-led"), so a chair the text gives no nationality sits with the mediators.
 */
export function mediatingSide(body: string): string | undefined {
  // Asked twice of each article (for "the government" and for the chair's seat); one answer serves both.
  if (lastMediating?.body !== body) lastMediating = { body, side: readMediatingSide(body) };
  return lastMediating.side;
}
let lastMediating: { body: string; side: string | undefined } | undefined;

function readMediatingSide(body: string): string | undefined {
  const sides = new Set<string>();
  const mentions = findSides(body);
  mentions.forEach((m, i) => {
    if (m.kind === "party" || m.kind === "group") return;
    if (
      isMediator(body, m) ||
      mediatedBy(body.slice(Math.max(0, m.start - 40), m.start)) ||
      BLOC_MEDIATES.test(body.slice(m.end, m.end + 24))
    ) {
      sides.add(m.side);
      // "Egyptian and Qatari mediators": both mediate.
      const prev = mentions[i - 1];
      if (prev && /^\s*(?:,|and)\s*$/.test(body.slice(prev.end, m.start))) sides.add(prev.side);
    }
  });
  return sides.size === 1 ? [...sides][0] : undefined;
}

// "talks in Qatar ended", "met for six hours on Wednesday in Pretoria": where the talks were held.
// ("happened in Jeddah, and not in Addis Ababa": a place denied is no venue.)
const VENUE_TAIL = "(?<!\\bnot\\s)\\b(?:in|at)\\s+(?:the\\s+)?$";
const VENUE_BEFORE = new RegExp(
  `\\b(?:talks|negotiations|session|meeting|round|summit|met|meet|meets|convened)\\b[^.;]{0,40}?${VENUE_TAIL}`,
  "i",
);
// "the Tbilisi round", "the Pretoria process": a place naming the talks held there.
const VENUE_AFTER = /^\s+(?:talks|negotiations|round|session|process|summit|meeting|agreement|accord)\b/;
// How VENUE_BEFORE ends: anchored at the end, the whole pattern is tried at every position of the
// window, each talks word opening a lazy gap; most windows fail this cheap end first.
const VENUE_END = new RegExp(VENUE_TAIL, "i");
const isVenueLead = (before: string) => VENUE_END.test(before) && VENUE_BEFORE.test(before);
export function isVenue(body: string, m: SideMention): boolean {
  return (
    isVenueLead(body.slice(Math.max(0, m.start - 60), m.start)) ||
    (m.kind === "capital" && VENUE_AFTER.test(body.slice(m.end, m.end + 24)))
  );
}

// Cities that host talks without being capitals. They are no sides ("Geneva said" names nobody),
// so they live here, read only to learn the country the talks were held in.
const VENUE_CITIES: ReadonlyMap<string, string> = new Map(
  `Jeddah|saudi-arabia, Taif|saudi-arabia, Geneva|switzerland, Lausanne|switzerland,
   Montreux|switzerland, Istanbul|turkey, Antalya|turkey, Arusha|tanzania, Sochi|russia,
   Sharm el-Sheikh|egypt, Dubai|uae, Aqaba|jordan, Erbil|iraq, Camp David|us, New York|us,
   The Hague|netherlands, Munich|germany, Bali|indonesia, Entebbe|uganda, Goma|drc,
   Brisbane|australia, Sydney|australia, Samarkand|uzbekistan, Almaty|kazakhstan,
   Kunming|china, Salzburg|austria, Milan|italy`
    .split(",")
    .map((pair) => pair.trim().split("|") as [string, string]),
);
const VENUE_CITY_RE = new RegExp(`\\b(?:${[...VENUE_CITIES.keys()].join("|")})\\b`, "g");

/** The country the talks were held in ("talks in Abu Dhabi", "the Geneva round"), when the text says. */
export function venueSide(
  body: string,
  mentions: readonly SideMention[] = findSides(body),
): string | undefined {
  const venue = mentions.find((m) => (m.kind === "capital" || m.kind === "country") && isVenue(body, m));
  if (venue) return venue.side;
  for (const m of body.matchAll(VENUE_CITY_RE))
    if (isVenueLead(body.slice(Math.max(0, m.index - 60), m.index))) return VENUE_CITIES.get(m[0]);
  return undefined;
}

// "mediated by Norway", "Norway's mediation", "Qatari mediators", "sat in for Washington",
// "under the auspices of the Swiss Confederation".
const MEDIATOR_BEFORE =
  /\b(?:(?:mediated|brokered|facilitated|chaired)\s+by|(?:observers?|mediators?)\s+(?:for|from)|sat in for|under the (?:auspices|mediation|aegis) of)\s+(?:the\s+)?$/;
const MEDIATOR_AFTER =
  /^(?:\s+(?:mediators?|mediation|facilitators?|observers?)|-(?:brokered|mediated|facilitated|sponsored|hosted))\b/;
const mediatorBefore = (before: string) =>
  (before.includes("by") || before.includes("for") || before.includes("from") || before.includes("of")) &&
  MEDIATOR_BEFORE.test(before);
export function isMediator(body: string, m: SideMention): boolean {
  return (
    mediatorBefore(body.slice(Math.max(0, m.start - 40), m.start)) ||
    MEDIATOR_AFTER.test(body.slice(m.end, m.end + 24))
  );
}
