import type { ExtractionContext } from "./extract";
import type { Mention } from "./people-mentions";
import { findSides } from "./side-table";

/**
 * Who comes with whom and where officials serve: a leader's team, list-mates, the person someone
 * accompanied, and bodies named after a name ("of the National Security Council").
 */

// "Sevunts's team comprised", "'s delegation included", "Arboleda's included": the owner's team.
const OWNERS_TEAM =
  /^(?:['’]s?)?\s+(?:(?:own|usual|small|negotiating|[\w]+-(?:person|member|strong))\s+)?(?:(?:team|delegation)\s+)?(?:also\s+)?(?:included|includes|comprised|comprises|consisted of|was made up of)\s+$/;
// "X led a delegation that included", "X, India's adviser, led a delegation that included", "brought his usual team, including",
// "led his country's delegation, which included".
const LED_TEAM =
  /^(?:,[^.;]{0,100}?,|,)?\s+(?:led|headed|brought|took)\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:team|delegation|panel)(?:\s+with\s+(?:him|her))?\s*(?:,?\s*(?:that|which)\s+(?:also\s+)?(?:included|includes|comprised)|,?\s*(?:including|comprising)|:)\s+$/;

/** Whether the words between two names make the second a member of the first one's team. */
export function leadsTeamOf(between: string): boolean {
  return between.length <= 160 && (OWNERS_TEAM.test(between) || LED_TEAM.test(between));
}

// Between two list-mates: ", and", or the first one's service ("A of the State Department and B",
// "A from the Treasury's Office of International Affairs; and B").
export const LIST_MATES =
  /^(?:\s+(?:(?:of|from)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}'’]*\s*|(?:of|for|and)\s+(?=\p{Lu})){1,6})?\s*[,;]?\s*(?:and|or)?\s*(?:the\s+|an?\s+)?$/u;

// Bodies only Washington has: "the State Department", "Indo-Pacific Command", "the Pentagon".
const US_BODIES =
  "(?:(?:U\\.S\\.|US|United States)\\s+)?(?:State Department|Department of State|National Security Council|Treasury(?:\\s+Department|['’]s)?|Pentagon|Department of Defense|CIA|Central Intelligence Agency|USAID|Office of Foreign Assets Control|(?:U\\.S\\.\\s+|US\\s+)?(?:Africa|Indo-Pacific|Central|European|Southern)\\s+Command|White House)\\b";
// Named right after a person: "of the National Security Council", "from Indo-Pacific Command".
export const US_BODY_AFTER = new RegExp(`^,?\\s+(?:of|from|at)\\s+(?:the\\s+)?${US_BODIES}`);
export const WHO_ACCOMPANIED =
  /^,[^;.]{0,100}?\bwho\s+(?:\p{Ll}+ly\s+)?(?:accompanied|joined|assisted|travell?ed with|came with)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
const WHO_SERVES_AT =
  /^,\s+(?:(?:the|an?)\s+[^,;.]{0,40}?\s+)?who\s+[^,;.]{0,60}?\b(?:at|in|for|with|heads?|headed|runs?|ran|leads?|led)\s+the\s+([^,;.]{2,40}?)\s+(?:[Ee]mbassy|[Mm]inistry|[Mm]ission|[Dd]epartment|[Cc]onsulate)\b/;

// "who runs West African affairs at the State Department": a body only Washington has.
const WHO_SERVES_US = new RegExp(
  `^,\\s+(?:(?:the|an?)\\s+[^,;.]{0,40}?\\s+)?who\\s+[^,;.]{0,80}?\\b(?:at|in|for|with)\\s+(?:the\\s+)?${US_BODIES}`,
);

/** The side a "who … at the US Embassy" clause serves. */
export function servesAt(ctx: ExtractionContext, m: Mention, usInArticle: boolean): string | undefined {
  const after = ctx.body.slice(m.end, m.end + 140);
  if (usInArticle && WHO_SERVES_US.test(after)) return "us";
  const at = WHO_SERVES_AT.exec(after)?.[1];
  const side = at ? findSides(at)[0] : undefined;
  return side && side.start === 0 ? side.side : undefined;
}
