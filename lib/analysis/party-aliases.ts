import { acronymSide, findSides } from "./side-table";

/**
 * Article-level readings of the generic parties: which country "the government" is, which
 * movement "the rebels" are, and which bloc mediates, so one article keeps one slug per side.
 */

const MEDIATED_BY =
  /\b(?:hosted|mediated|brokered|convened|facilitated|organi[sz]ed|chaired|sponsored)\s+by\s+(?:the\s+)?$/;
const BLOC_MEDIATES =
  /^(?:[-‑\s](?:led|brokered|mediated|hosted|sponsored|convened)\b|\s+(?:mediators?|mediation|panel|facilitators?)\b)/;

/** The one bloc an article says hosts or mediates the talks ("hosted by the African Union", "AU-led"). */
export function mediatingBloc(body: string): string | undefined {
  const mentions = findSides(body);
  const blocs = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "bloc") continue;
    if (
      MEDIATED_BY.test(body.slice(Math.max(0, m.start - 40), m.start)) ||
      BLOC_MEDIATES.test(body.slice(m.end, m.end + 24))
    )
      blocs.add(m.side);
  }
  return blocs.size === 1 ? [...blocs][0] : undefined;
}

const GOVERNMENT_TEAM =
  /^\s+(?:federal\s+)?government\s+(?:delegation|negotiators|negotiating team|team|side|envoys?|representatives)\b/;
const ARMED = /^\s+(?:rebels?|insurgents?|fighters|militias?|movement|rebel movement|armed group)\b/;
const ACRONYM_RE = /(?<![\p{L}\p{N}.])[A-Z][A-Z0-9-]{1,6}(?![\p{L}\p{N}])/gu;
const REBEL_BEFORE =
  /\b(?:rebels?|insurgents?|rebel (?:group|movement|alliance|coalition))\s*,?\s+(?:the\s+)?$/;

/**
 * What the generic parties stand for in one article, so a delegation keeps one slug however a
 * sentence names it: "the government" is the country the article calls "the Congolese
 * government" (when it names exactly one), "the rebels" the movement it calls "M23 rebels".
 */
export function partyAliases(body: string): Map<string, string> {
  const governments = new Set<string>();
  const movements = new Set<string>();
  const mentions = findSides(body);
  for (const m of mentions) {
    const after = body.slice(m.end, m.end + 40);
    // Only a government at the table: "the Congolese government delegation", not "Rwanda's government denies".
    if ((m.kind === "country" || m.kind === "demonym" || m.kind === "capital") && GOVERNMENT_TEAM.test(after))
      governments.add(m.side);
    if (
      m.kind === "group" &&
      m.side !== "army" &&
      (ARMED.test(after) || REBEL_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start)))
    )
      movements.add(m.side);
  }
  for (const m of body.matchAll(ACRONYM_RE)) {
    const side = acronymSide(m[0]);
    if (!side) continue;
    const end = m.index + m[0].length;
    if (
      ARMED.test(body.slice(end, end + 40)) ||
      REBEL_BEFORE.test(body.slice(Math.max(0, m.index - 40), m.index))
    )
      movements.add(side);
  }
  const aliases = new Map<string, string>();
  if (governments.size === 1) aliases.set("government", [...governments][0]!);
  if (movements.size === 1) aliases.set("rebels", [...movements][0]!);
  return aliases;
}
