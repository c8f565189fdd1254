import type { ExtractionContext } from "./extract";
import { ROLE_HEADS, ROLE_MODIFIERS, TITLE_OBJECTS, type PersonEntity, type PersonRegistry } from "./names";
import type { Mention } from "./people";

/**
 * Which government, bloc or armed group a phrase points at. A "side" is a lowercase slug
 * ("us", "russia", "saudi-arabia", "hamas") so claims from different articles line up on
 * `delegation.<side>` and `<side>.president` slots whatever wording each outlet used.
 */

export type SideKind = "country" | "demonym" | "capital" | "seat" | "bloc" | "group";

export interface SideMention {
  side: string;
  kind: SideKind;
  /** Offsets in the searched text; the span includes a possessive "'s" when present. */
  start: number;
  end: number;
}

// slug | names | demonyms | capitals. Capitals count as sides because outlets write
// "Moscow said" or "Washington's recognition"; other cities do not (a venue is not a side).
// Capitals that are also common first names (Sofia, Victoria) are left out on purpose.
const COUNTRIES = `
  us|United States;United States of America;U.S.;US;USA;U.S.A.;America|American|Washington,
  uk|United Kingdom;U.K.;UK;Britain;Great Britain|British;Briton|London,
  russia|Russia;Russian Federation|Russian|Moscow, ukraine|Ukraine|Ukrainian|Kyiv;Kiev,
  china|China;People's Republic of China;PRC|Chinese|Beijing, taiwan|Taiwan|Taiwanese|Taipei,
  israel|Israel|Israeli|Tel Aviv, palestine|Palestine;Palestinian Authority;PLO|Palestinian|Ramallah,
  egypt|Egypt|Egyptian|Cairo, qatar|Qatar|Qatari|Doha, saudi-arabia|Saudi Arabia;KSA|Saudi|Riyadh,
  uae|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati|Abu Dhabi, jordan|Jordan|Jordanian|Amman,
  lebanon|Lebanon|Lebanese|Beirut, syria|Syria|Syrian|Damascus, iraq|Iraq|Iraqi|Baghdad,
  iran|Iran|Iranian|Tehran, turkey|Turkey;Türkiye;Turkiye|Turkish|Ankara, yemen|Yemen|Yemeni|Sanaa,
  oman|Oman|Omani|Muscat, bahrain|Bahrain|Bahraini|Manama, kuwait|Kuwait|Kuwaiti,
  sudan|Sudan;SAF;Sudanese Armed Forces|Sudanese|Khartoum, south-sudan|South Sudan|South Sudanese|Juba,
  libya|Libya|Libyan|Tripoli, tunisia|Tunisia|Tunisian|Tunis, algeria|Algeria|Algerian|Algiers,
  morocco|Morocco|Moroccan|Rabat, ethiopia|Ethiopia|Ethiopian|Addis Ababa,
  eritrea|Eritrea|Eritrean|Asmara, somalia|Somalia|Somali|Mogadishu, kenya|Kenya|Kenyan|Nairobi,
  uganda|Uganda|Ugandan|Kampala, chad|Chad|Chadian|N'Djamena, nigeria|Nigeria|Nigerian|Abuja,
  niger|Niger|Nigerien|Niamey, mali|Mali|Malian|Bamako, senegal|Senegal|Senegalese|Dakar,
  ghana|Ghana|Ghanaian|Accra,
  dr-congo|Democratic Republic of Congo;Democratic Republic of the Congo;DRC;DR Congo|Congolese|Kinshasa,
  rwanda|Rwanda|Rwandan|Kigali, burundi|Burundi|Burundian|Gitega, tanzania|Tanzania|Tanzanian|Dodoma,
  south-africa|South Africa|South African|Pretoria, angola|Angola|Angolan|Luanda,
  mozambique|Mozambique|Mozambican|Maputo, zimbabwe|Zimbabwe|Zimbabwean|Harare,
  zambia|Zambia|Zambian|Lusaka, cameroon|Cameroon|Cameroonian|Yaounde;Yaoundé,
  central-african-republic|Central African Republic|Central African|Bangui,
  burkina-faso|Burkina Faso|Burkinabe|Ouagadougou, mauritania|Mauritania|Mauritanian|Nouakchott,
  djibouti|Djibouti|Djiboutian, madagascar|Madagascar|Malagasy|Antananarivo,
  ivory-coast|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian, guinea|Guinea|Guinean|Conakry,
  sierra-leone|Sierra Leone|Sierra Leonean|Freetown, liberia|Liberia|Liberian|Monrovia,
  gabon|Gabon|Gabonese|Libreville, namibia|Namibia|Namibian|Windhoek,
  botswana|Botswana|Botswanan|Gaborone, armenia|Armenia|Armenian|Yerevan,
  azerbaijan|Azerbaijan|Azerbaijani;Azeri|Baku, georgia|Georgia|Georgian|Tbilisi,
  belarus|Belarus|Belarusian|Minsk, moldova|Moldova|Moldovan|Chisinau;Chișinău,
  kazakhstan|Kazakhstan|Kazakh|Astana, uzbekistan|Uzbekistan|Uzbek|Tashkent,
  turkmenistan|Turkmenistan|Turkmen|Ashgabat, kyrgyzstan|Kyrgyzstan|Kyrgyz|Bishkek,
  tajikistan|Tajikistan|Tajik|Dushanbe, afghanistan|Afghanistan|Afghan|Kabul,
  pakistan|Pakistan|Pakistani|Islamabad, india|India|Indian|New Delhi,
  bangladesh|Bangladesh|Bangladeshi|Dhaka, sri-lanka|Sri Lanka|Sri Lankan|Colombo,
  nepal|Nepal|Nepali;Nepalese|Kathmandu, myanmar|Myanmar;Burma|Burmese|Naypyidaw,
  thailand|Thailand|Thai|Bangkok, cambodia|Cambodia|Cambodian|Phnom Penh, laos|Laos|Laotian|Vientiane,
  vietnam|Vietnam;Viet Nam|Vietnamese|Hanoi, malaysia|Malaysia|Malaysian|Kuala Lumpur,
  singapore|Singapore|Singaporean, indonesia|Indonesia|Indonesian|Jakarta,
  philippines|Philippines|Filipino;Philippine|Manila, japan|Japan|Japanese|Tokyo,
  mongolia|Mongolia|Mongolian|Ulaanbaatar, north-korea|North Korea;DPRK|North Korean|Pyongyang,
  south-korea|South Korea;Republic of Korea;ROK|South Korean|Seoul,
  australia|Australia|Australian|Canberra, new-zealand|New Zealand|New Zealander,
  canada|Canada|Canadian|Ottawa, mexico|Mexico|Mexican|Mexico City, cuba|Cuba|Cuban|Havana,
  haiti|Haiti|Haitian|Port-au-Prince, dominican-republic|Dominican Republic|Dominican|Santo Domingo,
  guatemala|Guatemala|Guatemalan, honduras|Honduras|Honduran|Tegucigalpa,
  el-salvador|El Salvador|Salvadoran|San Salvador, nicaragua|Nicaragua|Nicaraguan|Managua,
  costa-rica|Costa Rica|Costa Rican|San Jose;San José, panama|Panama|Panamanian|Panama City,
  colombia|Colombia|Colombian|Bogota;Bogotá, venezuela|Venezuela|Venezuelan|Caracas,
  ecuador|Ecuador|Ecuadorian|Quito, peru|Peru|Peruvian|Lima, bolivia|Bolivia|Bolivian|La Paz,
  chile|Chile|Chilean|Santiago, argentina|Argentina|Argentine;Argentinian|Buenos Aires,
  uruguay|Uruguay|Uruguayan|Montevideo, paraguay|Paraguay|Paraguayan|Asuncion;Asunción,
  brazil|Brazil|Brazilian|Brasilia;Brasília, france|France|French|Paris;Elysee;Élysée,
  germany|Germany|German|Berlin, italy|Italy|Italian|Rome, spain|Spain|Spanish|Madrid,
  portugal|Portugal|Portuguese|Lisbon, netherlands|Netherlands;Holland|Dutch|Amsterdam;The Hague,
  belgium|Belgium|Belgian, luxembourg|Luxembourg|Luxembourgish, switzerland|Switzerland|Swiss|Bern,
  austria|Austria|Austrian|Vienna, ireland|Ireland|Irish|Dublin, iceland|Iceland|Icelandic|Reykjavik;Reykjavík,
  norway|Norway|Norwegian|Oslo, sweden|Sweden|Swedish|Stockholm, finland|Finland|Finnish|Helsinki,
  denmark|Denmark|Danish|Copenhagen, estonia|Estonia|Estonian|Tallinn, latvia|Latvia|Latvian|Riga,
  lithuania|Lithuania|Lithuanian|Vilnius, poland|Poland|Polish|Warsaw,
  czechia|Czech Republic;Czechia|Czech|Prague, slovakia|Slovakia|Slovak|Bratislava,
  hungary|Hungary|Hungarian|Budapest, romania|Romania|Romanian|Bucharest, bulgaria|Bulgaria|Bulgarian,
  greece|Greece|Greek|Athens, cyprus|Cyprus|Cypriot|Nicosia, serbia|Serbia|Serbian|Belgrade,
  croatia|Croatia|Croatian|Zagreb, bosnia|Bosnia;Bosnia and Herzegovina|Bosnian|Sarajevo,
  slovenia|Slovenia|Slovenian|Ljubljana, montenegro|Montenegro|Montenegrin|Podgorica,
  kosovo|Kosovo|Kosovar|Pristina, north-macedonia|North Macedonia|Macedonian|Skopje,
  albania|Albania|Albanian|Tirana, malta|Malta|Maltese|Valletta, vatican|Vatican;Holy See|Vatican,
  monaco|Monaco|Monegasque
`;

// Seats of government stand for their country; blocs and armed groups are sides of their own.
// In a civil war "the army" is a party of its own; a national adjective before it still wins.
// kind | slug | names
const BODIES = `
  seat|us|White House;State Department;Pentagon;Capitol Hill, seat|russia|Kremlin,
  seat|uk|Downing Street;Whitehall, seat|israel|IDF;Knesset;Mossad;Shin Bet, seat|us|CIA;FBI,
  seat|russia|FSB;SVR;GRU, seat|uk|MI6, seat|ukraine|Verkhovna Rada, seat|iran|IRGC,
  seat|china|Zhongnanhai, bloc|eu|European Union;EU;European Commission;Brussels,
  bloc|un|United Nations;UN;U.N.;Security Council, bloc|nato|NATO;North Atlantic Treaty Organization,
  bloc|african-union|African Union, bloc|arab-league|Arab League, group|hamas|Hamas,
  group|hezbollah|Hezbollah;Hizbollah, group|houthis|Houthis;Houthi;Ansar Allah,
  group|islamic-jihad|Islamic Jihad, group|rsf|Rapid Support Forces;RSF, group|taliban|Taliban,
  group|m23|M23, group|army|army;Army;military;Military
`;

function plural(demonym: string): string[] {
  if (/(s|sh|ch|ese|x|z)$/.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

interface Surface {
  side: string;
  kind: SideKind;
}

const SURFACES = new Map<string, Surface>();
const rows = (table: string) => table.split(",").map((row) => row.trim());
for (const row of rows(COUNTRIES)) {
  const [side = "", names = "", demonyms = "", capitals = ""] = row.split("|");
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: "country" });
  for (const d of demonyms.split(";"))
    for (const p of d ? plural(d) : []) SURFACES.set(p, { side, kind: "demonym" });
  for (const c of capitals.split(";")) if (c) SURFACES.set(c, { side, kind: "capital" });
}
for (const row of rows(BODIES)) {
  const [kind = "", side = "", names = ""] = row.split("|");
  const k: SideKind = kind === "seat" ? "seat" : kind === "bloc" ? "bloc" : "group";
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: k });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALTERNATION = [...SURFACES.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
// Case-sensitive on purpose: "US" is a country, "us" a pronoun.
const SIDE_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(${ALTERNATION})(?:['’]s)?(?![\\p{L}\\p{N}])`, "gu");

/** Every side named in `text`, left to right. Linear in the text length. */
export function findSides(text: string): SideMention[] {
  const out: SideMention[] = [];
  SIDE_RE.lastIndex = 0;
  for (let m = SIDE_RE.exec(text); m; m = SIDE_RE.exec(text)) {
    const surface = SURFACES.get(m[1] ?? "");
    if (
      m[1] === "America" &&
      /(?:Latin|South|Central|North)\s$/.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    if (surface)
      out.push({ side: surface.side, kind: surface.kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Acronyms that name no party at a table.
const NOT_PARTIES = new Set(
  "AP AFP BBC CNN TV CEO CFO GDP PM AM ID DC HQ LNG II III IV VI AI NGO UTC EST GMT".split(" "),
);

/**
 * A party the table does not list, known by its acronym: "the ELN sent", "TPLF spokesman".
 * Rebel movements and armed groups come and go faster than any list.
 */
export function acronymSide(word: string): string | undefined {
  const bare = word.replace(/['’]s$/, "");
  if (!/^[A-Z][A-Z0-9-]{1,6}$/.test(bare) || NOT_PARTIES.has(bare) || SURFACES.has(bare)) return undefined;
  return bare.toLowerCase();
}

/** The side a phrase such as "Russian", "U.S.", "Ukraine's" or "the Kremlin" stands for, if any. */
export function sideOfPhrase(phrase: string): string | undefined {
  const cleaned = phrase
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/['’]s$/, "");
  return SURFACES.get(cleaned)?.side;
}

/** True when the exact words are a country, capital, demonym or body, e.g. "Moscow", "Hamas". */
export function isSideName(words: string): boolean {
  if (SURFACES.has(words)) return true;
  const possessive = words.endsWith("'s") || words.endsWith("’s");
  return possessive && SURFACES.has(words.slice(0, -2));
}

/** The distinct sides named in `text`, in order of first mention. */
export function sidesIn(text: string): string[] {
  return [...new Set(findSides(text).map((m) => m.side))];
}

/** "US negotiators", "a U.S. delegation", "Russia sent": people of one side. */
export interface SideGroup {
  sides: string[];
  start: number;
  end: number;
  delegation: boolean;
  /** A government or leadership is led by its head, not seated by being named with it. */
  government: boolean;
  /** "X led the American delegation": members come before the group, not after it. */
  ledBefore: boolean;
}

export interface SentenceSides {
  mentions: SideMention[];
  groups: SideGroup[];
  /** Mentions that name a side for a group or a compound ("US-Russia draft"), not for a person. */
  taken: Set<SideMention>;
  clauseBreaks: number[];
}

const GROUP_RE =
  /^\s+(?:(?:senior|top|high-level|high-ranking|special|chief|presidential|official|peace|negotiating|visiting|government|army)\s+)*(delegations?|negotiators|negotiating team|team|envoys|officials|diplomats|representatives|mediators|side|delegates|counterparts|government|leadership)\b|^\s+(?:has\s+|had\s+|also\s+)?(sent|dispatched)\b|^\s+(?:was|were|is|are)\s+(represented)\s+by\b/;
const LED_BEFORE = /\b(?:led|leads|headed|heads|chaired|chairs|represented|represents)\s+(?:the\s+)?$/;
// Sentences arrive split, so a period inside one is an abbreviation ("Mr."), not a clause end.
const CLAUSE_RE =
  /;|\s[—–]\s|:\s|,["”’]?\s+(?:while|but|whereas|although|though|after|before|when|since|because|as)\b|[!?]\s/g;

/** Sides, groups and clause breaks of one sentence, for placing the people in it. */
export function sentenceSides(text: string): SentenceSides {
  const mentions = findSides(text);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.])[A-Z][A-Z0-9-]{1,6}(?:['’]s)?(?![\p{L}\p{N}])/gu)) {
    const side = acronymSide(m[0]);
    // Only as a group ("the ELN sent", "ELN negotiators"), never as a free side.
    if (side && GROUP_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) {
      mentions.push({ side, kind: "group", start: m.index, end: m.index + m[0].length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const groups: SideGroup[] = [];
  const taken = new Set<SideMention>();
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if (next && /^[-‑–/]$/.test(text.slice(m.end, next.start))) taken.add(m).add(next);
    const after = text.slice(m.end, m.end + 80);
    // "the Ukrainian side was led by X, and Russia's by Y"
    const g =
      GROUP_RE.exec(after) ?? (/['’]s$/u.test(text.slice(m.start, m.end)) ? /^\s+(by)\b/.exec(after) : null);
    if (!g) return;
    const joint = prev && /^\s+and\s+$/.test(text.slice(prev.end, m.start));
    const start = joint ? prev.start : m.start;
    const noun = g.slice(1).find((x) => x !== undefined) ?? "";
    groups.push({
      sides: joint ? [...new Set([prev.side, m.side])] : [m.side],
      start,
      end: m.end + g[0].length,
      delegation: /deleg|negotiat|envoy|mediator|team|side|sent|dispatched|represented|by/.test(noun),
      government: /government|leadership/.test(noun),
      ledBefore: LED_BEFORE.test(text.slice(Math.max(0, start - 24), start)),
    });
    taken.add(m);
    if (joint) taken.add(prev);
  });
  const clauseBreaks = [...text.matchAll(CLAUSE_RE)].map((m) => m.index);
  return { mentions, groups, taken, clauseBreaks };
}

/** The [start, end) of the clause holding `offset`. */
function clauseAround(s: SentenceSides, offset: number, length: number): [number, number] {
  const i = firstAtOrAfter(s.clauseBreaks, offset, (b) => b);
  return [s.clauseBreaks[i - 1] ?? 0, s.clauseBreaks[i] ?? length];
}

const TALK =
  "(?:talks|negotiations|meeting|session|round|summit|delegations?|negotiators|envoys|mediators|parties|sides|discussions)";
// Hosts and chairs: "Putin hosted US negotiators", "Adel Al-Harbi, welcomed the delegations".
const HOSTS = new RegExp(
  `^\\s*,?\\s*(?:who\\s+)?(?:(?:has|had|also|\\p{Ll}+ly)\\s+)*(?:hosted|hosts|hosting|received|welcomed|welcomes|chaired|chairs|chairing|mediated|mediates|brokered|opened|led)\\s+(?:\\S+\\s+){0,2}?${TALK}\\b`,
  "u",
);
// "hosted Serbian President Vucic and Kosovo's Kurti for five hours of talks"
const HOSTS_FOR_TALKS =
  /^\s*,?\s*(?:who\s+)?(?:hosted|hosts|hosting|received|welcomed)\b[^.;]{0,120}?\bfor\s+(?:\S+\s+){0,4}?(?:talks|negotiations|meeting|session|round)\b/u;
const HOSTED_BY = /\b(?:hosted|chaired|mediated|brokered|received|welcomed|attended)\s+by\s+$/;
// People who were there: "Kirill Dmitriev, present at the negotiations", "is expected to participate".
const BEFORE_VERB =
  "^\\s*,?\\s*(?:who\\s+)?(?:(?:has|had|have|was|were|is|are|also|been|be|expected to|set to|due to|will|would|\\p{Ll}+ly)\\s+)*";
const ATTENDS = new RegExp(
  `${BEFORE_VERB}(?:attended|attends|attending|attend|present|took part|taken part|takes part|taking part|take part|participated|participates|participating|participate|joined|joins|join|negotiated|negotiating|travelled|traveled|travelling|traveling)\\b`,
  "u",
);
// Go-betweens are in the room whatever the sentence calls the talks.
const MEDIATES = new RegExp(
  `${BEFORE_VERB}(?:shuttled|shuttling|carried messages|carrying messages|relayed|passed messages|mediated|mediating|sat in on)\\b`,
  "u",
);
// Guests named after the host's verb are at the table too: "hosted Serbian President Vucic".
const HOSTS_GUESTS = /\b(?:hosted|hosts|hosting|received|welcomed|welcomes)\b/;
const MEETS =
  /\b(?:met|meet|meets|meeting with|held talks|holds? talks|holding talks|talks with|sat down with|negotiated with|negotiating with|negotiations with)\b/;
// "included"/"led by" seat people only right after a word for the talks: "the negotiations included".
const LISTS =
  /\b(?:talks|negotiations|delegations?|team|envoys|negotiators|discussions|meeting|session|mediators)\W+(?:\w+\W+){0,3}?(?:included|includes|including|was led by|were led by|led by|headed by|accompanied by|comprised|comprising)\b/;
const TALKS_RE =
  /\b(?:talks|negotiations|negotiators|delegations?|envoys?|summit|discussions|mediators|mediation|session|round|counterparts)\b/;
const MEMBER_LEAD =
  /^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*)?(?:\s*[,:—–]|\s+(?:(?:was|were|is|are|has been|had been)\s+)?(?:led|headed|represented|joined|accompanied)(?:\s*,[^,]{0,40},)?\s+by\b|\s+(?:including|included|includes|such as|comprising|namely)\b|\s+(?=\p{L})|\s*$)/u;
// Sentences arrive split, so a period inside one belongs to "Lt. Gen.", not to a sentence end.
const MEMBER_BLOCK =
  /[;“”"]|\b(?:met|meet|meets|told|said|hosted|against|from|where|when|arrived|visited|urged|asked)\b/;
// After a bare "Russia sent" or "US envoys", only names and titles may come before the member.
const LIST_WORDS =
  /^(?:its|their|his|her|the|a|an|and|of|for|to|along|with|also|as|well|by|\p{Ll}+['’]s|\p{Ll}+-\p{Lu}.*)$/u;
function onlyNamesAndTitles(words: string): boolean {
  return words
    .split(/[\s,]+/)
    .every(
      (w) =>
        w === "" ||
        /^\p{Lu}/u.test(w) ||
        LIST_WORDS.test(w) ||
        ROLE_HEADS.has(w) ||
        ROLE_MODIFIERS.has(w) ||
        TITLE_OBJECTS.has(w),
    );
}
// Cabinet titles only one government uses, so "Commerce Secretary X" needs no "US" before it.
const US_TITLES =
  /\bsecretary of (?:state|defense|war|the treasury|commerce|homeland security)\b|\b(?:treasury|commerce|defense|energy|agriculture|homeland security) secretary\b|\btrade representative\b/;
const UK_TITLES = /\b(?:foreign|home|defence|business) secretary\b|\bchancellor of the exchequer\b/;
const PAST_ROLE = /\b(?:former|ex|late|future|outgoing|incoming)\b/;
const COMMENTATORS =
  /\b(?:analyst|expert|professor|researcher|scholar|journalist|correspondent|reporter|editor|columnist|historian|economist|fellow)\b/;
// "Taras Hrytsenko for Ukraine", "Gennady Sorokin and Anatoly Belyaev for Russia".
const FOR_SIDE = /^(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s+for\s+(?:the\s+)?$/u;
const COORDINATED = /^(?:['’]s?)?\s*,?\s*(?:and\s+)?(?:the\s+)?$/u;

/** What a person's sentence says about where they sit. */
export interface Placement {
  groupSide?: string;
  groupDelegation: boolean;
  meeting: boolean;
  freeSide?: string;
}

/** The office a title names ("Russian President" → "president"), null for other roles or former holders. */
export function officeOf(fullTitle: string): string | null {
  // Only the head of each part counts: an "adviser to President X" holds no office.
  const title = fullTitle
    .split("|")
    .map((part) => part.replace(/\b(?:to|for|with)\b.*$/, ""))
    .join("|");
  if (/\b(?:former|ex|late|then|future|outgoing|incoming|erstwhile|deputy)\b|president-elect/.test(title))
    return null;
  if (/\bvice[- ]president\b/.test(title)) return "vice-president";
  if (/\bvice[- ](?:premier|prime minister|chancellor)\b/.test(title)) return null;
  if (/\bprime minister\b|\bpremier\b/.test(title)) return "prime-minister";
  if (/\bchancellor\b/.test(title) && !/exchequer/.test(fullTitle)) return "chancellor";
  if (/\bpresident\b/.test(title)) return "president";
  if (/\b(?:king|queen|emir|amir|sultan|leader)\b/.test(title)) return "leader";
  if (/\bspokes(?:man|woman|person)\b|\bpress secretary\b/.test(title)) return "spokesperson";
  return null;
}

/** Index of the first item whose key is ≥ `value` (items sorted by key). */
function firstAtOrAfter<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-sentence facts every person in it shares, computed once. */
interface SentenceFacts {
  text: string;
  offset: number;
  ss: SentenceSides;
  talks: boolean;
  /** Which person's title names each side mention ("US" in "US envoy Witkoff"). */
  owners: Map<SideMention, Mention>;
  clauses: Map<number, { lists: number; meets: boolean; hosts: number }>;
}

function sentenceFacts(text: string, offset: number, people: readonly Mention[]): SentenceFacts {
  const ss = sentenceSides(text);
  const owners = new Map<SideMention, Mention>();
  for (const o of people) {
    const from = o.titleStart - offset;
    for (let i = firstAtOrAfter(ss.mentions, from, (x) => x.start); i < ss.mentions.length; i++) {
      const x = ss.mentions[i]!;
      if (x.end > o.titleEnd - offset) break;
      owners.set(x, o);
    }
  }
  return { text, offset, ss, talks: TALKS_RE.test(text), owners, clauses: new Map() };
}

function place(f: SentenceFacts, m: Mention, mate: Mention | undefined): Placement {
  const { text, offset, ss } = f;
  const at = m.titleStart - offset;
  const end = m.end - offset;
  const [cs, ce] = clauseAround(ss, at, text.length);
  let clause = f.clauses.get(cs);
  if (!clause) {
    const body = text.slice(cs, ce);
    const lists = LISTS.exec(body);
    const hosts = HOSTS_GUESTS.exec(body);
    clause = {
      lists: lists ? cs + lists.index : -1,
      meets: MEETS.test(body),
      hosts: hosts ? cs + hosts.index : -1,
    };
    f.clauses.set(cs, clause);
  }
  const gi = firstAtOrAfter(ss.groups, at + 1, (g) => g.end) - 1;
  const before =
    gi >= 0
      ? ss.groups
          .slice(Math.max(0, gi - 3), gi + 1)
          .filter((g) => !g.ledBefore)
          .pop()
      : undefined;
  const between = before && at - before.end <= 220 ? text.slice(before.end, at) : "";
  const lead = before && between.length <= 220 ? MEMBER_LEAD.exec(between) : null;
  const rest = between.slice(lead?.[0].length ?? 0);
  const direct = lead !== null && lead[0].trim() === "";
  // "headed by Sumbu Mambu, a senior adviser to President X": X is named inside someone's role.
  const inRole = /\b(?:to|of|for|from|against|about|on)\s+$/.test(rest);
  let group =
    lead && !inRole && !MEMBER_BLOCK.test(rest) && (!direct || onlyNamesAndTitles(rest)) ? before : undefined;
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
  }
  // "Taras Hrytsenko for Ukraine": the side someone speaks for at the table.
  const nextSide = ss.mentions[firstAtOrAfter(ss.mentions, end, (x) => x.start)];
  const forSide =
    nextSide && nextSide.start - end <= 150 && FOR_SIDE.test(text.slice(end, nextSide.start))
      ? nextSide
      : undefined;
  const after = text.slice(m.afterStart - offset, m.afterStart - offset + 160);
  const host = HOSTS.test(after) || HOSTS_FOR_TALKS.test(after);
  const meeting =
    host ||
    MEDIATES.test(after) ||
    HOSTED_BY.test(text.slice(Math.max(0, at - 30), at)) ||
    (f.talks && ATTENDS.test(after)) ||
    (f.talks && clause.meets) ||
    (f.talks && clause.hosts !== -1 && clause.hosts < at) ||
    (clause.lists !== -1 && clause.lists < at) ||
    (forSide !== undefined && f.talks);
  const office = m.administration ? "president" : officeOf(m.title);
  let only: string | undefined;
  if (office !== null && mate?.titleSide && officeOf(mate.title) !== office) {
    // "US envoy Steve Witkoff and President Donald Trump": list-mates share a nationality.
    only = mate.titleSide;
  } else if (office !== null || host) {
    // Otherwise the one seat or capital nobody's title claims: "brief President Biden in Washington".
    const sides = new Set<string>();
    for (
      let i = firstAtOrAfter(ss.mentions, cs, (x) => x.start);
      i < ss.mentions.length && sides.size < 2;
      i++
    ) {
      const x = ss.mentions[i]!;
      if (x.end > ce) break;
      if (!ss.taken.has(x) && !f.owners.has(x) && (x.kind === "seat" || x.kind === "capital"))
        sides.add(x.side);
    }
    only = sides.size === 1 ? [...sides][0] : undefined;
  }
  // "Mustafa Nour … led its delegation": "its" is the sentence's subject, "The Rapid Support Forces sent…".
  const subject = ss.mentions[0];
  const ownDelegation =
    /^\s*,?\s*(?:\p{Ll}+ly\s+)?(?:led|leads|headed|heads)\s+(?:its|their)\s+(?:delegation|team|negotiators)\b/u.test(
      after,
    );
  const itsSide =
    ownDelegation && subject && subject.start < 40 && subject.kind !== "demonym" ? subject.side : undefined;
  const groupSide = group?.sides.length === 1 ? group.sides[0] : (forSide?.side ?? itsSide);
  return {
    ...(groupSide ? { groupSide } : {}),
    groupDelegation:
      Boolean(
        group && !group.government && (group.delegation || /led|head|includ|compris|represent/.test(joined)),
      ) ||
      (forSide !== undefined && f.talks) ||
      itsSide !== undefined,
    meeting,
    ...(only ? { freeSide: only } : {}),
  };
}

/**
 * The side of each person: what their title or apposition says, else the group they are
 * listed in, else (for office holders and people at the table) the one side left in their
 * clause, else the side of the person they are related to ("Mr. Trump’s son-in-law").
 */
export function resolveSides(
  ctx: ExtractionContext,
  mentions: readonly Mention[],
  entityOf: ReadonlyMap<Mention, PersonEntity>,
  registry: PersonRegistry,
): { sides: Map<number, string>; placements: Map<Mention, Placement> } {
  const usInArticle = /\b(?:U\.S\.|US|United States|American|Washington)\b/.test(ctx.body);
  const ukInArticle = /\b(?:U\.K\.|UK|United Kingdom|Britain|British)\b/.test(ctx.body);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const placements = new Map<Mention, Placement>();
  for (const [index, list] of bySentence) {
    const sentence = ctx.sentences[index];
    if (!sentence) continue;
    const facts = sentenceFacts(sentence.text, sentence.start, list);
    list.forEach((m, i) => {
      const prev = list[i - 1];
      const mate = prev && COORDINATED.test(ctx.body.slice(prev.end, m.titleStart)) ? prev : undefined;
      placements.set(m, place(facts, m, mate));
    });
  }
  const sides = new Map<number, string>();
  const rank = new Map<number, number>();
  const offer = (m: Mention, side: string | undefined, r: number) => {
    const id = entityOf.get(m)?.id;
    if (id === undefined || side === undefined || (rank.get(id) ?? 0) >= r) return;
    sides.set(id, side);
    rank.set(id, r);
  };
  // People listed together ("Mansour, and Qatar's Al Mohannadi, shuttled…") share a seat at the table.
  for (const list of bySentence.values()) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      const pa = placements.get(a);
      const pb = placements.get(b);
      if (
        !pa ||
        !pb ||
        !/^\s*,?\s*(?:and|or)?\s*(?:the\s+)?$/.test(ctx.body.slice(a.afterStart, b.titleStart))
      )
        continue;
      if (pa.meeting || pb.meeting) pa.meeting = pb.meeting = true;
    }
  }
  for (const m of mentions) {
    // A national army ("the military's coordinator") yields to the delegation the text seats them in.
    offer(m, m.titleSide, m.titleSide === "army" ? 2 : 4);
    offer(m, placements.get(m)?.groupSide, 3);
    if (m.administration || (usInArticle && US_TITLES.test(m.title))) offer(m, "us", 2);
    if (ukInArticle && UK_TITLES.test(m.title)) offer(m, "uk", 2);
  }
  for (const m of mentions) {
    const p = placements.get(m);
    if (p) offer(m, p.freeSide, 1);
  }
  for (const m of mentions) {
    const related = m.relationTo ? registry.lookup(m.relationTo) : null;
    if (related) offer(m, sides.get(related.id), 1);
  }
  return { sides, placements };
}

/** The slots a mention speaks to, given its person's side. */
export function slotsFor(m: Mention, side: string | undefined, p: Placement | undefined): string[] {
  if (!side || !p) return [];
  const slots: string[] = [];
  const office = m.administration ? "president" : officeOf(m.title);
  if (office) slots.push(`${side}.${office}`);
  // Spokespeople brief from outside the room; analysts comment on it.
  if (office === "spokesperson" || COMMENTATORS.test(m.title)) return slots;
  const byRole = /\b(?:envoys?|emissary|negotiators?|mediators?|delegates?)\b/.test(m.title);
  const atTable = p.meeting && !m.possessive && !m.speaker && !m.administration;
  // A former post says nothing against a seat the text gives explicitly ("led its delegation").
  const past = PAST_ROLE.test(m.title);
  if (p.groupDelegation || ((byRole || atTable) && !past)) slots.push(`delegation.${side}`);
  return slots;
}
