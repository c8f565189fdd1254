import { ACRONYM_RE, soleMovement } from "./party-movement";
import { acronymSide, findSides, type SideMention } from "./side-table";
import { isMediator, isVenue, mediatingSide, venueSide } from "./venue-mediators";

/**
 * Article-level readings of the generic parties: which country "the government" is and which
 * movement "the rebels" are, so one article keeps one slug per side.
 */

const GOVERNMENT_TEAM =
  /^\s+(?:federal\s+|national\s+)?government(?:['’]s)?\s+(?:delegation|negotiators|negotiating team|team|side|envoys?|representatives)\b/;
// "the Central African government and the CNR rebels", "Mali's government and the rebels": the
// government named as one of the parties, not one that merely comments ("Rwanda's government denied").
const GOVERNMENT_AFTER =
  /^\s+(?:federal\s+|central\s+|national\s+|transitional\s+|interim\s+|military\s+)?(?:government|authorities|junta|regime)\s+(?:and|with)\s/;
// "the ELN and Bogotá": a capital paired with an armed movement stands for its government.
const PAIRED_WITH_MOVEMENT = /\b(?:the\s+)?(?:[A-Z][A-Z0-9-]{1,6}|rebels|insurgents|guerrillas)\s+and\s+$/;
// "talks between Bangkok and the Barisan Revolusi Nasional", "between Papua New Guinea and
// Bougainville": a state paired with a party that is not a state stands for its government.
const BETWEEN_BEFORE = /\bbetween\s+$/;
const AND_PARTY_AFTER = /^(?:['’]s\s+\w+\s+government)?\s+and\s+(?:the\s+)?\p{Lu}/u;
const GOVERNMENT_OF = /\bgovernment\s+(?:in|of)\s+(?:the\s+)?$/;
// "The talks were hosted by the government of the Bahamas": the host, not a party.
const HOST_GOVERNMENT =
  /\b(?:hosted|received|welcomed|convened|organi[sz]ed)\s+by\s+the\s+government\s+(?:in|of)\s+(?:the\s+)?$/;
const governmentOf30 = (before: string) => before.includes("government") && GOVERNMENT_OF.test(before);
// A dateline ("BANGUI — ", "KYIV, June 9 (AWS) — "): a local paper's "government" is its own.
const DATELINE = /^([A-Z][A-Z .'’-]{2,30}?)(?:,[^—–\n]{0,40})?\s+[—–-]\s/u;
const ARMED =
  /^\s+(?:rebels?|rebellion|insurgents?|insurgency|fighters|militias?|movement|rebel movement|armed group|alliance|coalition)\b/;
const REBEL_BEFORE =
  /\b(?:rebels?|insurgents?|rebel (?:group|movement|alliance|coalition))\s*,?\s+(?:the\s+)?$/;

/**
 * What the generic parties stand for in one article, so a delegation keeps one slug however a
 * sentence names it: "the government" is the country the article calls "the Congolese
 * government" (when it names exactly one), "the rebels" the movement it calls "M23 rebels".
 */
export function partyAliases(body: string, year?: number): Map<string, string> {
  const governments = new Set<string>();
  const named = new Set<string>();
  // "a reading Congo's government disputed": a government the article names only as speaking.
  const commented = new Set<string>();
  const movements = new Set<string>();
  const armies = new Set<string>();
  const peaceOf = new Set<string>();
  const mentions = findSides(body);
  mentions.forEach((m, i) => {
    const after = body.slice(m.end, m.end + 40);
    const national = m.kind === "country" || m.kind === "demonym" || m.kind === "capital";
    if ((m.kind === "country" || m.kind === "demonym") && ARMY_AFTER.test(after)) armies.add(m.side);
    // Only a government at the table: "the Congolese government delegation", not "Rwanda's government denies".
    if (national && GOVERNMENT_TEAM.test(after)) governments.add(m.side);
    // "the round of South Sudan peace talks": a country's own peace process.
    if ((m.kind === "country" || m.kind === "demonym") && PEACE_PROCESS_AFTER.test(after))
      peaceOf.add(m.side);
    // Whether the sentence dates itself to another year is read last, and only once: it is the costly test.
    let background: boolean | undefined;
    const inBackground = () => (background ??= isBackground(body, m.start, year));
    if (
      national &&
      (GOVERNMENT_AFTER.test(after) ||
        (governmentOf30(body.slice(Math.max(0, m.start - 30), m.start)) &&
          !HOST_GOVERNMENT.test(body.slice(Math.max(0, m.start - 60), m.start))) ||
        (m.kind === "capital" && PAIRED_WITH_MOVEMENT.test(body.slice(Math.max(0, m.start - 30), m.start))) ||
        pairedWithNonState(body, m, mentions[i + 1])) &&
      !inBackground()
    )
      named.add(m.side);
    else if (national && GOVERNMENT_WORD.test(after) && !inBackground() && !isMediator(body, m))
      commented.add(m.side);
    if (
      m.kind === "group" &&
      (ARMED.test(after) || REBEL_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start)))
    )
      movements.add(m.side);
  });
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
  const government =
    governmentOf(body, governments, named, mentions) ??
    (peaceOf.size === 1 && /\bgovernment\b/.test(body) ? [...peaceOf][0] : undefined) ??
    recurringGovernment(commented, mentions, body) ??
    soleCountry(body, mentions, year);
  if (government) aliases.set("government", government);
  // "the army" is the one country whose army the article names, else the government's country.
  const army = armies.size === 1 ? [...armies][0] : armies.size === 0 ? government : undefined;
  if (army) aliases.set("army", army);
  const movement =
    movements.size === 1 ? [...movements][0] : movements.size === 0 ? soleMovement(body) : undefined;
  if (movement) aliases.set("rebels", movement);
  return aliases;
}

function pairedWithNonState(body: string, m: SideMention, next: SideMention | undefined): boolean {
  if (m.kind !== "country" && m.kind !== "capital") return false;
  if (!BETWEEN_BEFORE.test(body.slice(Math.max(0, m.start - 10), m.start))) return false;
  const and = AND_PARTY_AFTER.exec(body.slice(m.end, m.end + 40));
  if (!and) return false;
  const partyAt = m.end + and[0].length - 1;
  return !(next && next.start === partyAt && next.kind !== "group");
}

/**
 * The one government at the table, else the one the article names, else its dateline's, unless
 * the dateline is only where the talks were held or the mediator's capital ("OSLO - … Norway's
 * mediation"): a wire dateline says where the reporter stood, not whose government it is.
 */
function governmentOf(
  body: string,
  atTable: Set<string>,
  named: Set<string>,
  mentions: readonly SideMention[],
): string | undefined {
  if (atTable.size > 0) return atTable.size === 1 ? [...atTable][0] : undefined;
  if (named.size > 0) return named.size === 1 ? [...named][0] : undefined;
  if (!/\bgovernment\b/.test(body)) return undefined;
  const place = DATELINE.exec(body)?.[1]?.trim();
  const side = place
    ? findSides(
        place.charAt(0) +
          place
            .slice(1)
            .toLowerCase()
            .replace(/(?<=[ -])\p{L}/gu, (c) => c.toUpperCase()),
      )
    : [];
  const home = side.length === 1 && side[0]!.kind === "capital" ? side[0]!.side : undefined;
  if (!home) return undefined;
  const from = place?.length ?? 0;
  const after = mentions.filter((m) => m.start > from);
  const paragraph = body.indexOf("\n", from);
  const ledeEnd = paragraph === -1 ? body.length : paragraph;
  const elsewhere = after.some((m) => m.side === home && (isVenue(body, m) || isMediator(body, m)));
  // "ADDIS ABABA — Sudan and South Sudan agreed…": where the reporter stood, when the opening
  // paragraph makes other countries the parties.
  const otherParties = after.some(
    (m) =>
      m.side !== home &&
      m.start < ledeEnd &&
      (m.kind === "country" || m.kind === "demonym") &&
      !isVenue(body, m) &&
      !isMediator(body, m) &&
      !isBackground(body, m.start, undefined),
  );
  // "DAMASCUS — Defence Minister X returned from the talks with Lebanon in Jeddah": a reporter at
  // home while the talks were elsewhere writes of their own government, whoever else is a party.
  const away = venueSide(body, mentions);
  return elsewhere || (otherParties && (away === undefined || away === home)) ? undefined : home;
}

/**
 * A government the article only names as speaking ("Congo's government disputed it") is the party
 * when it is the only one so named and the article keeps coming back to its country; a neighbour
 * that comments once ("Rwanda's government denied it") is not.
 */
function recurringGovernment(
  commented: Set<string>,
  mentions: readonly SideMention[],
  body: string,
): string | undefined {
  if (commented.size !== 1) return undefined;
  const side = [...commented][0]!;
  // "a guest palace of the Emirati government": the host's government, not a party's.
  if (side === venueSide(body, mentions)) return undefined;
  return mentions.filter((m) => m.side === side).length >= 2 ? side : undefined;
}

const ARMY_AFTER = /^\s+(?:army|military|armed forces|Army|Armed Forces)\b/;

const PEACE_PROCESS_AFTER = /^\s+peace\s+(?:talks|process|negotiations)\b/;
const GOVERNMENT_WORD = /^\s+(?:federal\s+|central\s+|national\s+|transitional\s+|interim\s+)?government\b/;

/**
 * Whether a side is named in background: a sentence that dates itself to an earlier year ("the
 * 2016 agreement between Colombia's government and the FARC") says nothing about these talks.
 */
export function isBackground(body: string, at: number, year: number | undefined): boolean {
  const start = Math.max(body.lastIndexOf(". ", at), body.lastIndexOf("\n", at)) + 1;
  const stop = body.slice(at).search(/\.(?:\s|$)|\n/);
  const sentence = body.slice(start, stop === -1 ? body.length : at + stop);
  // "since 2019" marks a start; "the alliance that stayed out of the 2018 peace deal" dates only
  // its own clause. Neither sets the sentence in the past.
  for (const y of sentence.matchAll(/(?<!\bsince\s)\b(?:19|20)\d{2}\b/gi)) {
    const yearAt = start + y.index;
    if (yearAt > at && /\b(?:that|which|who|whose)\b/.test(body.slice(at, yearAt))) continue;
    if (year === undefined || Number(y[0]) < year) return true;
  }
  return false;
}

/**
 * When nothing names "the government", the one country among the article's parties is its own:
 * talks between "the government" and a movement, mediated and hosted by others. A second country
 * that is neither mediator nor host leaves it unread rather than guessed.
 */
// "Spain and Norway sent observers", "Norway's special envoy for Colombia": third parties.
const THIRD_PARTY_AFTER =
  /^(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:also\s+)?(?:sent|dispatched)\s+(?:an?\s+)?observers?\b|^(?:['’]s)?\s+(?:special\s+)?(?:envoy|representative|ambassador)\s+(?:for|to)\b/u;

function soleCountry(body: string, mentions: readonly SideMention[], year?: number): string | undefined {
  if (!/\bgovernment\b/.test(body)) return undefined;
  const dateline = DATELINE.exec(body)?.[0].length ?? 0;
  const mediator = mediatingSide(body);
  const aside = new Set<string>();
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "country" && m.kind !== "demonym" && m.kind !== "capital") continue;
    // "Kenya's government disputed it": a government named only as speaking is not at the table.
    const speaking = GOVERNMENT_WORD.test(body.slice(m.end, m.end + 40));
    const observes = THIRD_PARTY_AFTER.test(body.slice(m.end, m.end + 40));
    if (m.side === mediator || speaking || observes || isVenue(body, m) || isMediator(body, m))
      aside.add(m.side);
    else if (m.start >= dateline && !isBackground(body, m.start, year)) countries.add(m.side);
  }
  const parties = [...countries].filter((side) => !aside.has(side));
  return parties.length === 1 ? parties[0] : undefined;
}
