import { spaceBetween, UPPER_START, type Token } from "./name-tokens";
import { findSides } from "./side-table";

/**
 * The bodies named around a person's name: the side after "of" ("X of the African Union") and the
 * body whose head a lowercase title names ("National Assembly president X").
 */

const OF_SIDE = /^\s+(?:of|from|at)\s+(?:the\s+)?/;
const INSTITUTION_AFTER =
  /^\s+(?:(?:foreign|defen[cs]e|interior|justice|finance)\s+)?(?:ministry|government|army|military|general staff|armed forces|delegation|team|embassy|presidency|security council)\b/i;

/** The side named right after a name by "of": "Ruth Abelard of Norway", "X of the African Union". */
export function sideAfterOf(text: string, from: number): { side: string; end: number } | null {
  const of = OF_SIDE.exec(text.slice(from, from + 12));
  if (!of) return null;
  const at = from + of[0].length;
  const side = findSides(text.slice(at, at + 48))[0];
  if (!side || side.start !== 0 || side.kind === "capital") return null;
  // "of the Russian defence ministry" gives a side; "of Russian descent" does not.
  if (side.kind === "demonym" && !INSTITUTION_AFTER.test(text.slice(at + side.end, at + side.end + 40)))
    return null;
  return { side: side.side, end: at + side.end };
}

// The head of a body, not of a state: "National Assembly president", "Senate speaker".
const BODY_HEAD = /^(?:president|chair|chairman|chairwoman|chairperson|speaker|leader|head)$/;
const BODY_NOUN =
  /^(?:assembly|senate|parliament|congress|commission|bank|court|council|party|union|federation|committee|board|chamber|house|league|platform|front|movement|institute|university|administration|authority)$/i;

/** The capitalised name of a body a lowercase head word follows: "National Assembly" in "National Assembly president". */
export function bodyBefore(
  text: string,
  toks: Token[],
  start: number,
  head: Token | undefined,
): Token | null {
  if (!head || !/^\p{Ll}/u.test(head.text) || !BODY_HEAD.test(head.lower)) return null;
  const noun = toks[start - 1];
  if (!noun || !BODY_NOUN.test(noun.lower) || !UPPER_START.test(noun.text) || !spaceBetween(text, noun, head))
    return null;
  let j = start - 1;
  while (
    j > 0 &&
    start - j < 4 &&
    UPPER_START.test(toks[j - 1]!.text) &&
    spaceBetween(text, toks[j - 1]!, toks[j]!)
  )
    j--;
  return toks[j] ?? null;
}
