import type { Mention } from "./people-mentions";
import type { Placement } from "./sentence-placement";

/**
 * Offices and seats: which office a title names ("Russian President" → president) and which
 * slots a person's mention answers once their side and placement are known.
 */

// Cabinet titles only one government uses, so "Commerce Secretary X" needs no "US" before it.
export const US_TITLES =
  /\b(?:assistant|under) secretary of state\b|\bnational security council\b|\bsecretary of (?:state(?! for)|defense|war|the treasury|commerce|homeland security)\b|\b(?:treasury|commerce|defense|energy|agriculture|homeland security) secretary\b|\btrade representative\b|\bdeputy assistant secretary\b|\bassistant secretary for\b|\btreasury (?:official|department)\b/;
export const UK_TITLES = /\b(?:foreign|home|defence|business) secretary\b|\bchancellor of the exchequer\b/;
export const PAST_ROLE = /\b(?:former|ex|late|future|outgoing|incoming)\b/;
export const COMMENTATORS =
  /\b(?:analyst|expert|professor|researcher|scholar|journalist|correspondent|reporter|editor|columnist|historian|economist|fellow)\b/;

const TEAM_MEMBER =
  /\bmember of (?:the |its |their |his |her |\S+['’]s )?(?:negotiating )?(?:team|delegation|negotiating team)\b/;

// Every office below is named by one of these words; most titles hold none (most people have no
// title at all), and they are asked about several times each.
const OFFICE_WORDS =
  /president|premier|prime minister|chancellor|king|queen|emir|amir|sultan|leader|spokes|press secretary/;

/** The office a title names ("Russian President" → "president"), null for other roles or former holders. */
export function officeOf(fullTitle: string): string | null {
  if (!OFFICE_WORDS.test(fullTitle)) return null;
  // Only the head of each part counts: an "adviser to President X" holds no office.
  const title = fullTitle
    .split("|")
    .map((part) => part.replace(/\b(?:to|for|with)\b.*$/, ""))
    .join("|");
  if (/\b(?:former|ex|late|then|future|outgoing|incoming|erstwhile|deputy)\b|president-elect/.test(title))
    return null;
  // "the president's adviser" serves the office, and does not hold it.
  if (/\b(?:president|prime minister|premier|leader|king|emir)['’]s\b/.test(title)) return null;
  if (/\bvice[- ]president\b/.test(title)) return "vice-president";
  // "president of a federation of churches" heads a body, not a state.
  if (/\b(?:president|leader) of an?\b/.test(fullTitle)) return null;
  if (/\bvice[- ](?:premier|prime minister|chancellor)\b/.test(title)) return null;
  if (/\bprime minister\b|\bpremier\b/.test(title)) return "prime-minister";
  if (/\bchancellor\b/.test(title) && !/exchequer/.test(fullTitle)) return "chancellor";
  if (/\bpresident\b/.test(title)) return "president";
  if (/\b(?:king|queen|emir|amir|sultan|leader)\b/.test(title)) return "leader";
  if (/\bspokes(?:man|woman|person)\b|\bpress secretary\b/.test(title)) return "spokesperson";
  return null;
}

/** The office a mention's bearer holds; the head of a body ("National Assembly president") holds none. */
export function officeOfMention(m: Mention): string | null {
  if (m.administration) return "president";
  return m.bodyHead ? null : officeOf(m.title);
}

/** The slots a mention speaks to, given its person's side. */
export function slotsFor(m: Mention, side: string | undefined, p: Placement | undefined): string[] {
  if (!side || !p) return [];
  const slots: string[] = [];
  const office = officeOfMention(m);
  if (office) slots.push(`${side}.${office}`);
  // Spokespeople brief from outside the room; analysts comment on it.
  // …unless the title also seats them: "the movement's spokesman and a member of its negotiating team".
  if (
    (office === "spokesperson" || COMMENTATORS.test(m.title)) &&
    !TEAM_MEMBER.test(m.title) &&
    !p.groupDelegation
  )
    return slots;
  const byRole =
    /\b(?:envoys?|emissary|negotiators?|mediators?|facilitators?|co-chairs?|delegates?|delegation|negotiating team|observer|special representative|(?:deputy )?assistant secretary)\b/.test(
      m.title,
    );
  const atTable = p.meeting && !m.possessive && !m.speaker && !m.administration;
  const past = PAST_ROLE.test(m.title);
  // A former post says nothing about today's role, but the sentence can still seat its holder
  // ("the talks were chaired by former Nigerian president X").
  if (p.absent) return slots;
  if (p.groupDelegation || (byRole && !past) || atTable) slots.push(`delegation.${side}`);
  return slots;
}
