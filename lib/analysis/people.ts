import nlp from "compromise";
import { findAttribution } from "./attribution";
import type { ExtractionContext } from "./extract";
import { canonicalPersonKey, PersonRegistry, type PersonEntity } from "./names";
import { MAX_SENTENCE, tokenize } from "./name-tokens";
import { isGivenName, isKnownSurname, ROLE_HEADS } from "./name-vocabulary";
import { mentionsIn, type Mention } from "./people-mentions";
import { resolveSides } from "./people-placement";
import { slotsFor } from "./offices";
import { anchored } from "./text";
import type { ExtractedClaim } from "./types";
import type { PersonValue } from "./values";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

// compromise's tagger costs milliseconds a call, more than the rest of the engine spends on a
// typical article, so it is kept to 1 MB/s of throughput: it only sees short sentences holding
// an undecided multi-word name, one sentence per 15,000 characters of article.
const NLP_MAX_SENTENCE = 300;
// A body naming people this often is no single article (a long one names a few hundred times): the
// first names are read and the rest left, as dates and figures stop at their own caps.
const MAX_MENTIONS = 2_000;
const NLP_CHARS_PER_CALL = 15_000;
const NLP_MAX_CALLS = 8;
function compromisePeople(text: string): [number, number][] {
  const found: unknown = nlp(text).people().json({ offset: true });
  if (!Array.isArray(found)) return [];
  const spans: [number, number][] = [];
  for (const item of found) {
    const offset = isRecord(item) ? item.offset : undefined;
    if (isRecord(offset) && typeof offset.start === "number" && typeof offset.length === "number") {
      spans.push([offset.start, offset.start + offset.length]);
    }
  }
  return spans;
}

function confirmWithCompromise(ctx: ExtractionContext, mentions: Mention[]): void {
  let calls = Math.min(NLP_MAX_CALLS, Math.floor(ctx.body.length / NLP_CHARS_PER_CALL));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    // "Al Jazeera", "Al Arabiya": the Arabic article starts outlets and places far more than names.
    if (m.sure || !m.askNlp || m.words < 2 || /^(?:al|el)\s/i.test(m.name)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    bySentence.set(m.sentence, list.concat(m));
  }
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    if (calls === 0) return;
    if (!sentence || sentence.text.length > NLP_MAX_SENTENCE) continue;
    calls--;
    const spans = compromisePeople(sentence.text);
    for (const m of list) {
      const s = m.start - sentence.start;
      if (spans.some(([a, b]) => a <= s && s < b)) m.sure = true;
    }
  }
}

const COORDINATION = /^(?:['’]s?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u;

/** Resolves mentions to people: certain names first, then surnames and list-mates of those. */
function resolvePeople(
  ctx: ExtractionContext,
  mentions: Mention[],
  registry: PersonRegistry,
): Map<Mention, PersonEntity> {
  const entityOf = new Map<Mention, PersonEntity>();
  const sure = mentions.filter((m) => m.sure);
  for (const m of [...sure.filter((m) => m.words > 1), ...sure.filter((m) => m.words === 1)]) {
    const entity =
      m.words > 1 ? registry.register(m.name) : (registry.lookup(m.name) ?? registry.register(m.name));
    if (entity) entityOf.set(m, entity);
  }
  for (const m of mentions) {
    const entity = m.sure ? undefined : registry.lookup(m.name);
    if (entity) entityOf.set(m, entity);
  }
  // "Witkoff and Kushner": a plausible name listed with a known person is a person too.
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, i) => {
      if (entityOf.has(m)) return;
      const linked = [mentions[i - 1], mentions[i + 1]].some((o) => {
        if (!o || o.sentence !== m.sentence || !entityOf.has(o)) return false;
        const [x, y] = o.start < m.start ? [o, m] : [m, o];
        // "Rasa Petraitiene, a legal adviser, and Mindaugas Kairys": the list resumes after an apposition.
        return (
          COORDINATION.test(ctx.body.slice(x.end, y.titleStart)) ||
          (x.afterStart > x.end && COORDINATION.test(ctx.body.slice(x.afterStart, y.titleStart)))
        );
      });
      const entity = linked ? registry.register(m.name) : null;
      if (entity) entityOf.set(m, entity);
    });
  }
  return entityOf;
}

// "in Goma", "near Goma", "across the South Caucasus", "eastern Congo": a word after a place preposition.
const PLACE_USE =
  /\b(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside|[Aa]cross|[Ii]nto|[Tt]oward|[Tt]owards|[Tt]hroughout|[Ww]ithin|[Ff]rom)\s+(?:the\s+)?(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|eastern|western|northern|southern|central)\s+)?(\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu;

/** Words the article uses as places, so a bare mention of one is not taken for a surname. */
function placeWords(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(PLACE_USE)) {
    const word = m[1] ?? "";
    if (!isGivenName(word) && !isKnownSurname(word)) out.add(word);
  }
  return out;
}

// "special representative for the South Caucasus", "Coalition for National Renewal": capitalised
// words after "for the", or closing a body's name "X for Y", are what a title or body is about.
const OBJECT_OF = /(?:\b(?:for|of)\s+the|(\p{Lu}\p{Ll}+)\s+(?:for|of))\s+((?:\p{Lu}\p{Ll}*\s+)*)$/u;
const REGION_WORD =
  /^(?:North|South|East|West|Central|Upper|Lower|National|Greater|Northern|Southern|Eastern|Western)\b/;
function objectOfTitle(body: string, m: Mention): boolean {
  const before = body.slice(Math.max(0, m.start - 60), m.start);
  // Both readings need a "for" or an "of"; most names have neither just before them, and the
  // end-anchored patterns below are tried at every position of the window.
  if (!before.includes("for") && !before.includes("of")) return false;
  // "special envoy for Caucasus negotiations": one capitalised word after a role and "for" is its brief.
  if (m.words === 1) {
    const role = /(\p{Ll}+)\s+(?:for|of)\s+$/u.exec(body.slice(Math.max(0, m.start - 30), m.start));
    if (role && ROLE_HEADS.has(role[1] ?? "")) return true;
  }
  const hit = OBJECT_OF.exec(before);
  if (!hit) return false;
  // "Secretary of State Rubio": the words before "of" are a title, so a name follows it.
  if (hit[1] && ROLE_HEADS.has(hit[1].toLowerCase())) return false;
  // A full personal name ("for the Kremlin's Yuri Ushakov") survives; a region or a body's words do not.
  return m.words === 1 || REGION_WORD.test(m.name) || (hit[2] ?? "") !== "";
}

const ATTRIBUTIVE_AFTER =
  /^\s+(?:committee|commission|council|area|region|province|district|file|issue|question|dispute|process|agreement|accord|border|office|ministry)\b/;

/**
 * Suggests a claim for each person an article places: delegation members, heads of state or
 * government, spokespeople, and everyone else it names as `people.mentioned`. Names come from
 * titles, appositions, reporting verbs and compromise's name lexicon, and are resolved within
 * the article so "Mr. Witkoff" is the "Steve Witkoff" named before.
 */
export function extractPeople(ctx: ExtractionContext): ExtractedClaim[] {
  const tokens = ctx.sentences.map((s) =>
    tokenize(s.text.length > MAX_SENTENCE ? s.text.slice(0, MAX_SENTENCE) : s.text),
  );
  // Words the article writes in lower case somewhere: capitalised elsewhere, they are common words.
  const lowerWords = new Set<string>();
  for (const toks of tokens) {
    for (const t of toks) {
      const c = t.text.charCodeAt(0);
      if ((c >= 97 && c <= 122) || (c > 127 && t.text === t.lower && t.text !== t.text.toUpperCase()))
        lowerWords.add(t.lower);
    }
  }
  const found: Mention[] = [];
  for (let i = 0; i < ctx.sentences.length && found.length < MAX_MENTIONS; i++)
    found.push(...mentionsIn(i, ctx.sentences[i]!, tokens[i] ?? [], lowerWords));
  // A name only inside a quotation is the speaker's, not the article's, unless also named outside.
  const outside = new Set(
    found.filter((o) => !o.inQuote).map((o) => `${o.sentence}|${canonicalPersonKey(o.name)}`),
  );
  const places = placeWords(ctx.body);
  const mentions = found.filter(
    (m) =>
      (!m.inQuote || outside.has(`${m.sentence}|${canonicalPersonKey(m.name)}`)) &&
      // "Goma", "the Caucasus": a bare word the article also uses as a place is no person.
      !(m.words === 1 && m.title === " | " && places.has(m.name)) &&
      // "the government's Abyei committee": a lone word qualifying a noun names a thing.
      !(m.words === 1 && ATTRIBUTIVE_AFTER.test(ctx.body.slice(m.end, m.end + 24))) &&
      !objectOfTitle(ctx.body, m),
  );
  if (mentions.length === 0) return [];
  confirmWithCompromise(ctx, mentions);
  const registry = new PersonRegistry();
  const entityOf = resolvePeople(ctx, mentions, registry);
  const placed = mentions.filter((m) => entityOf.has(m));
  const { sides, placements, companions } = resolveSides(ctx, placed, entityOf, registry);

  const attributions = new Map<number, string | null>();
  const attributionFor = (index: number): string | null => {
    if (!attributions.has(index)) {
      const sentence = ctx.sentences[index];
      const raw = sentence ? findAttribution(sentence) : null;
      const person =
        raw && /^\p{Lu}\p{Ll}/u.test(raw) && raw.split(" ").length <= 4 ? registry.lookup(raw) : null;
      attributions.set(index, person ? person.display : raw);
    }
    return attributions.get(index) ?? null;
  };
  const roleOfMention = (m: Mention): string | undefined => {
    if (!m.relationTo || !m.role) return m.role;
    return `${m.role} of ${registry.lookup(m.relationTo)?.display ?? m.relationTo}`;
  };
  const roles = new Map<number, string>();
  for (const m of placed) {
    const id = entityOf.get(m)?.id;
    const role = roleOfMention(m);
    if (id !== undefined && role && !roles.has(id)) roles.set(id, role);
  }

  const claims: ExtractedClaim[] = [];
  const emitted = new Set<string>();
  const withClaims = new Set<number>();
  const emit = (m: Mention, entity: PersonEntity, slot: string) => {
    if (emitted.has(`${entity.id}|${slot}`)) return;
    emitted.add(`${entity.id}|${slot}`);
    withClaims.add(entity.id);
    const side = sides.get(entity.id);
    const role = roleOfMention(m) ?? roles.get(entity.id);
    const value: PersonValue = { name: entity.display };
    if (role) value.role = role;
    if (side) value.side = side;
    claims.push(
      anchored(ctx.body, m.start, m.end, {
        topic: "envoys",
        slot,
        kind: "person",
        value,
        attribution: attributionFor(m.sentence),
      }),
    );
  };
  for (const m of placed) {
    const entity = entityOf.get(m);
    if (entity)
      for (const slot of slotsFor(m, sides.get(entity.id), placements.get(m))) emit(m, entity, slot);
  }
  // Whoever joins a delegate at the table sits in their own side's delegation too.
  const seated = new Set(
    claims.flatMap((c) => (c.kind === "person" && c.slot.startsWith("delegation.") ? [c.value.name] : [])),
  );
  for (const [m, lead] of companions) {
    const entity = entityOf.get(m);
    const leader = entityOf.get(lead);
    const side = entity ? sides.get(entity.id) : undefined;
    if (entity && leader && side && seated.has(leader.display)) {
      emit(m, entity, `delegation.${side}`);
      // "accompanied by A, …, and by B": B joins A, who joined the leader.
      seated.add(entity.display);
    }
  }
  for (const m of placed) {
    const entity = entityOf.get(m);
    if (entity && !withClaims.has(entity.id)) emit(m, entity, "people.mentioned");
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
