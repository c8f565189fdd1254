import { ROLE_HEADS, ROLE_MODIFIERS, words } from "./name-vocabulary";
import { cannotBePerson } from "./names";
import { isSideName } from "./side-table";
import type { Sentence } from "./text";

/**
 * Who a sentence says is speaking: "Ushakov said", "according to Egyptian officials",
 * "Kremlin spokesman Dmitry Peskov confirmed", "…, said a senior U.S. diplomat".
 */

export const REPORTING_VERBS: readonly string[] = [
  ...words(`
  said says told tells confirmed confirms added adds stated states announced announces described
  describes characterized characterised characterizes insisted insists noted notes explained
  explains observed warned warns emphasized emphasised emphasizes stressed stresses affirmed
  affirms mentioned remarked claimed claims indicated indicates acknowledged acknowledges
  reiterated reiterates argued argues declared declares asserted asserts wrote writes reported
  tweeted posted recalled cautioned conceded admitted denied predicted suggested maintained vowed
  pledged say note warn argue
`),
];

const INVERTED =
  /^(?:said|says|told|added|noted|explained|observed|warned|wrote|stated|remarked|insisted|argued|cautioned|recalled)$/;
const VERB_RE = new RegExp(`\\b(?:${REPORTING_VERBS.join("|")})\\b`, "g");
const PRONOUNS = words(`
  he she they it we i you who which this that there
`);
// Words between a speaker and the verb: "Zelensky has continually affirmed".
const AUX = /^(?:has|have|had|also|previously|later|again|repeatedly|once|then|\p{Ll}+ly)$/u;
// Words that start a clause, so a speaker phrase cannot reach back past them.
const CLAUSE_WORDS = words(`
  that which who and but while as when after before because if although though where however
  meanwhile moreover also so yet since until
`);
const BEFORE_PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu;
const MAX_WORDS = 8;
const WINDOW = 160;

function tidy(phrase: string): string | null {
  let p = phrase.trim().replace(/^[\s,;:“”"'‘’(—–-]+|[\s,;:“”"'‘’)—–-]+$/gu, "");
  // A sentence's full stop, not an abbreviation's: "officials." but "U.S."
  if (p.endsWith(".") && !/(?:^|\s|\.)\p{L}{1,3}\.$/u.test(p)) p = p.slice(0, -1);
  p = p.replace(/^(?:The|A|An)\s/u, (m) => m.toLowerCase());
  if (p.length === 0 || p.length > 80 || PRONOUNS.has(p.toLowerCase())) return null;
  if (!/\p{L}/u.test(p)) return null;
  return p;
}

// The speaker inside a phrase: a trailing personal name wins ("Kremlin spokesman Dmitry
// Peskov" → "Dmitry Peskov"); a group or body keeps its words ("Egyptian officials").
function speakerOf(phrase: string): string | null {
  const from = /\bfrom\s+(.+)$/u.exec(phrase);
  const words = (from?.[1] ?? phrase).trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(words[i - 1] ?? "")) i--;
  const name = words.slice(i);
  while (name.length > 1) {
    const two = name.slice(0, 2).join(" ");
    const first = (name[0] ?? "").toLowerCase();
    if (name.length > 2 && isSideName(two)) name.splice(0, 2);
    else if (ROLE_HEADS.has(first) || ROLE_MODIFIERS.has(first) || isSideName(name[0] ?? "")) name.shift();
    else break;
  }
  if (name.length === 0 || cannotBePerson(name)) return tidy(words.join(" "));
  return tidy(name.join(" ").replace(/['’]s$/u, ""));
}

// An aside between speaker and verb: "Zelensky, speaking after a meeting in Paris, reiterated".
const ASIDE =
  /^(?:\p{Ll}+ing|\p{Ll}+ed|who|which|a|an|the|his|her|their|its|also|however|present|now|then)\b/u;

function backwardPhrase(before: string): string | null {
  let text = before.replace(/\s+$/u, "");
  if (text.endsWith(",")) {
    const parts = text.slice(0, -1).split(",");
    const aside = (parts.pop() ?? "").trim();
    if (parts.length === 0 || !ASIDE.test(aside)) return null;
    text = parts.join(",");
  }
  const tokens = text.split(/(\s+)/);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < MAX_WORDS; i--) {
    const t = tokens[i] ?? "";
    if (/^\s*$/.test(t)) continue;
    if (words.length === 0 && AUX.test(t)) continue;
    if (/[,;:“”"(—–]$/u.test(t) || /[.!?]["”’]?$/u.test(t)) break;
    if (t.toLowerCase() === "who" && words.length > 0) {
      // "two people who attended the meeting told": the speakers are the people, not the meeting.
      const head: string[] = [];
      for (let k = i - 1; k >= 0 && head.length < 3; k--) {
        const h = tokens[k] ?? "";
        if (/^\s*$/.test(h)) continue;
        if (/[,;:“”"(—–.!?]$/u.test(h) || CLAUSE_WORDS.has(h.toLowerCase())) break;
        head.unshift(h);
      }
      return head.length > 0 ? tidy([...head, "who", ...words].join(" ")) : null;
    }
    if (CLAUSE_WORDS.has(t.toLowerCase())) break;
    words.unshift(t);
    if (/^[“"(—–]/u.test(t)) break;
  }
  return words.length === 0 ? null : speakerOf(words.join(" "));
}

function forwardPhrase(after: string): string | null {
  const m = /^\s+((?:[\p{L}\p{M}.'’-]+\s?){1,8})/u.exec(after);
  if (!m) return null;
  const words: string[] = [];
  for (const w of (m[1] ?? "").trim().split(/\s+/)) {
    if (/^(?:speaking|who|which|in|on|at|during|after|before|when|while|of|to|from|that|and|but)$/i.test(w))
      break;
    words.push(w);
  }
  return words.length === 0 ? null : speakerOf(words.join(" "));
}

// Each extractor asks about the sentences it found claims in, often the same ones; sentences are
// an article's own objects, so this remembers answers for one article and frees them with it.
const found = new WeakMap<Sentence, string | null>();

/** The speaker or source a sentence names for what it reports, or null when it names none. */
export function findAttribution(sentence: Sentence): string | null {
  let speaker = found.get(sentence);
  if (speaker === undefined) {
    speaker = attributionIn(sentence.text);
    found.set(sentence, speaker);
  }
  return speaker;
}

function attributionIn(text: string): string | null {
  // The plain test first: the Unicode pattern is costly on the many sentences without the phrase.
  const according = /according to/i.test(text)
    ? /\baccording to\s+((?:[\p{L}\p{M}.'’-]+\s?){1,8})/iu.exec(text)
    : null;
  if (according) {
    const words = (according[1] ?? "").trim().split(/\s+/);
    const cut = words.findIndex((w) =>
      /^(?:who|which|that|in|on|at|during|after|before|when|while)$/i.test(w),
    );
    const phrase = tidy(words.slice(0, cut === -1 ? words.length : cut).join(" "));
    if (phrase) return phrase;
  }
  VERB_RE.lastIndex = 0;
  let tries = 0;
  for (let m = VERB_RE.exec(text); m && tries < 12; m = VERB_RE.exec(text), tries++) {
    const before = text.slice(Math.max(0, m.index - WINDOW), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW);
    if (BEFORE_PASSIVE.test(before)) continue;
    // Inverted order after a quotation: "…,” said a senior U.S. diplomat".
    const quoted =
      /[”"’],?\s*$/u.test(before) || (/,\s*$/.test(before) && /[“"]/u.test(text.slice(0, m.index)));
    if (quoted && INVERTED.test(m[0])) {
      const speaker = forwardPhrase(after);
      if (speaker) return speaker;
    }
    const speaker = backwardPhrase(before);
    if (speaker) return speaker;
  }
  return null;
}
