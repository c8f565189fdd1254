import { acronymSide } from "./side-table";

/** A party's acronym as a writer spells it: "ELN", "M23", "RSF". */
export const ACRONYM_RE = /(?<![\p{L}\p{N}.])[A-Z][A-Z0-9-]{1,6}(?![\p{L}\p{N}])/gu;

// A movement's own words for itself: "the CNR's leader", "CNR delegation", "the CNR said".
const MOVEMENT_USE =
  /^(?:['’]s\b|\s+(?:delegation|negotiators?|team|leader|leadership|chairman|chairwoman|chief|commanders?|fighters|spokes(?:man|woman|person)|said|says|sent|controls?|positions|statement)\b)/;
// "The CNR grew out of militias", "the CNR has demanded": the acronym acts as a party.
const SUBJECT_VERB =
  /^\s+(?:\p{Ll}+ed|has|have|had|is|was|says|wants|would|will|controls|holds|grew|rejects|accepts)\b/u;
const REBEL_WORDS =
  /\b(?:rebels?|insurgents?|insurgency|militants?|guerrillas?|armed (?:group|movement)|(?:rebel|armed|insurgent) (?:alliance|coalition))\b/;

/**
 * When an article about rebels never writes "X rebels", the one unlisted acronym it uses as a
 * party ("the CNR's leader", "the CNR delegation") is the movement its "rebels" stand for.
 */
export function soleMovement(body: string): string | undefined {
  if (!REBEL_WORDS.test(body)) return undefined;
  const found = new Set<string>();
  for (const m of body.matchAll(ACRONYM_RE)) {
    const side = acronymSide(m[0]);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const subject =
      /\b[Tt]he\s$/.test(body.slice(Math.max(0, m.index - 4), m.index)) && SUBJECT_VERB.test(after);
    if (side && (MOVEMENT_USE.test(after) || subject)) found.add(side);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
