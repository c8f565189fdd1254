import type { ExtractionContext } from "./extract";
import { isBackground } from "./party-aliases";
import type { Mention } from "./people-mentions";
import { findSides } from "./side-table";

/**
 * Seats that a sentence gives by office rather than by name: "The foreign ministers of Armenia
 * and Azerbaijan sat down at Blair House" seats whoever the article later calls Armenia's foreign
 * minister, or "his Azerbaijani counterpart".
 */

// Ministers, envoys and negotiators travel to talks; leaders and presidents are as often at home.
const OFFICE_GROUP =
  /\b(?:[Tt]he\s+)(?:(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+)?((?:foreign|defen[cs]e|interior|finance|trade|economy)\s+ministers|envoys|chief negotiators)(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}\p{L}+)?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}\p{L}+)?))?/gu;
// Every office group names one of these words; an article without any has no group to read.
const OFFICE_WORDS = /ministers|envoys|chief negotiators/;
const MEETS_AFTER =
  /^[^.;]{0,140}?\b(?:met|meet|sat down|held talks|negotiated|talks|session|negotiations)\b/;
// "will meet", "have not met", "met last August": no seat at these talks.
const NOT_THESE =
  /\b(?:will|would|could|may|might|expected|due|not|never|last\s+(?:week|month|year|\p{Lu}\p{Ll}+)|previous|earlier|since)\b/u;

/** Mentions an office-named group seats: holders of that office for one of the group's sides. */
export function officeGroupSeats(ctx: ExtractionContext, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  if (!OFFICE_WORDS.test(ctx.body)) return out;
  const year = ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : undefined;
  for (const sentence of ctx.sentences) {
    if (!OFFICE_WORDS.test(sentence.text)) continue;
    OFFICE_GROUP.lastIndex = 0;
    for (const g of sentence.text.matchAll(OFFICE_GROUP)) {
      const names = [g[1], g[2], g[4], g[5]].filter((x): x is string => x !== undefined);
      const sides = new Set(names.flatMap((n) => findSides(n).map((x) => x.side)));
      const rest = sentence.text.slice(g.index + g[0].length);
      const verb = MEETS_AFTER.exec(rest);
      if (sides.size !== 2 || names.length !== 2 || !verb || NOT_THESE.test(verb[0])) continue;
      if (isBackground(ctx.body, sentence.start + g.index, year)) continue;
      const office = (g[3] ?? "").replace(/s$/, "").replace(/ministers\b/, "minister");
      for (const m of mentions) {
        const holds = m.title.includes(office) || /\bcounterpart\b/.test(m.title);
        if (holds && m.titleSide && sides.has(m.titleSide) && !/\b(?:former|deputy|vice)\b/.test(m.title))
          out.add(m);
      }
    }
  }
  return out;
}
