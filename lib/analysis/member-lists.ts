import type { Mention } from "./people-mentions";
import { IN_ROLE_BEFORE, LIST_LEAD, MEMBER_BLOCK, MEMBER_LEAD, onlyNamesAndTitles } from "./seating-cues";
import { firstAtOrAfter, type SentenceSides, type SideGroup } from "./sides";

/**
 * The group a person is listed in: the delegation named before them ("the Russian delegation,
 * led by X, included Y"), or the one they lead or stand with after ("X led the Ukrainian team",
 * "X and the Syrian team"). `joined` is the words that list them.
 */
export function listedIn(
  ss: SentenceSides,
  text: string,
  m: Mention,
  at: number,
  end: number,
  ce: number,
): { group: SideGroup | undefined; joined: string } {
  const gi = firstAtOrAfter(ss.groups, at + 1, (g) => g.end) - 1;
  const before =
    gi >= 0
      ? ss.groups
          .slice(Math.max(0, gi - 3), gi + 1)
          // "X, deputy minister in the Benghazi administration, and Y": a body inside a role heads no list.
          .filter((g) => !g.ledBefore && !(g.government && IN_ROLE_BEFORE.test(text.slice(0, g.start))))
          .pop()
      : undefined;
  const between = before && at - before.end <= 220 ? text.slice(before.end, at) : "";
  const lead = before && between.length <= 220 ? MEMBER_LEAD.exec(between) : null;
  const rest = between.slice(lead?.[0].length ?? 0);
  const direct = lead !== null && lead[0].trim() === "";
  // "headed by Sumbu Mambu, a senior adviser to President X": X is named inside someone's role.
  // ("The US side, in the person of special envoy X": the side's one member, not someone's role.)
  const inRole =
    /\b(?:to|of|for|from|against|about|on)\s+$/.test(rest) && !/\bin the person of\s+$/.test(rest);
  // "…to the rebel leadership in Goma, al-Kuwari said": a speaker after a comma reports the list.
  const reporter = m.speaker && /,\s*$/.test(between);
  let group: SideGroup | undefined =
    lead &&
    !inRole &&
    !reporter &&
    // "comprised X, co-chair of its council; Y, …; and Z": semicolons may separate a list's members.
    !(LIST_LEAD.test(lead[0]) ? MEMBER_BLOCK.test(rest.replaceAll(";", ",")) : MEMBER_BLOCK.test(rest)) &&
    (!direct || onlyNamesAndTitles(rest))
      ? before
      : undefined;
  let joined = lead?.[0] ?? "";
  const next = ss.groups[firstAtOrAfter(ss.groups, end, (g) => g.start)];
  if (
    !group &&
    next?.ledBefore &&
    next.start <= ce &&
    next.start - end <= 200 &&
    !/[.;]/.test(text.slice(end, next.start))
  ) {
    [group, joined] = [next, "led"];
  } else if (
    !group &&
    next?.delegation &&
    next.sides.length === 1 &&
    /^\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?$/.test(text.slice(end, next.start))
  ) {
    // "Faisal al-Hamwi and the Syrian team came to talk": named with a team, they are on it.
    group = next;
  }
  return { group, joined };
}
