import type { Coverage } from "./font-coverage";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/gu;

/**
 * Text reduced to characters the font covers: a character it lacks is replaced by its base letter
 * when it has one ("ǆ" → "dž" only if covered, "𝒜" → "A"), otherwise each run of missing ones by an
 * ellipsis. Returns null when most letters would be lost (a title in a script the font lacks), so
 * the caller can show something readable instead of a row of ellipses.
 */
export function textForFont(text: string, covers: Coverage): string | null {
  const ellipsis = covers(0x2026) ? "…" : "...";
  let out = "";
  let missingRun = false;
  let letters = 0;
  let lost = 0;
  for (const char of text.normalize("NFC").replace(/\s+/g, " ").trim()) {
    const isLetter = LETTER_OR_DIGIT.test(char);
    if (isLetter) letters++;
    let kept: string | null = null;
    if ([...char].every((c) => covers(c.codePointAt(0) ?? 0))) kept = char;
    else {
      const base = char.normalize("NFKD").replace(COMBINING, "");
      if (base && [...base].every((c) => covers(c.codePointAt(0) ?? 0))) kept = base;
    }
    if (kept !== null) {
      out += kept;
      missingRun = false;
      continue;
    }
    if (isLetter) lost++;
    // Joiners and variation selectors are invisible; an emoji sequence becomes one ellipsis.
    if (/[\u200d\ufe00-\ufe0f]/u.test(char)) continue;
    if (!missingRun) out += ellipsis;
    missingRun = true;
  }
  if (letters > 0 && lost * 2 > letters) return null;
  return out.trim();
}

/** Cuts at a word boundary near `max` characters and marks the cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
