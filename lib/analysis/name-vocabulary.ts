import nlp from "compromise";

/**
 * The words names are read with: role and title vocabularies, name particles, and compromise's
 * lexicon as a dictionary of given names, surnames, places and organisations.
 */

/** A set of whitespace-separated words; long vocabularies stay readable and diff well. */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** Words that come before a name without being part of it. Lowercase, dots kept. */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady sheikh sheik shaikh
  president vice prime minister ambassador envoy general gen gen. lt lt. col col. colonel admiral adm.
  capt. captain major senator sen. rep. gov. governor king queen prince princess emir amir sultan
  crown pope cardinal rabbi imam ayatollah judge justice chancellor premier secretary deputy special
  spokesman spokeswoman spokesperson chairman chair mayor commander marshal field
  ustaz ustadz datuk dato dato' tan tun haji hajji khun
`);

/** Role nouns that stand before a name ("envoy Steve Witkoff") or head an apposition. */
export const ROLE_HEADS = words(`
  president president-elect premier chancellor minister secretary secretary-general ambassador envoy
  emissary negotiator mediator spokesman spokeswoman spokesperson adviser advisor aide official
  commander general admiral colonel chief head director chairman chairwoman chair king queen emir amir
  prince princess sultan sheikh sheik pope cardinal imam ayatollah senator representative congressman
  congresswoman lawmaker governor mayor speaker judge justice prosecutor analyst economist expert
  researcher specialist scholar professor fellow journalist correspondent reporter editor columnist historian
  leader lawyer jurist co-chair co-chairman co-chairwoman delegate observer facilitator interlocutor convenor convener liaison coordinator commissioner counterpart diplomat ceo founder strongman warlord marshal
  deputy member chargé chargée lieutenant captain major brigadier officer legislator mp mr. mrs. ms. miss dr. prof.
  sir dame lord lady gen. lt. col. sen. rep. gov. capt. adm. maj. brig. amb. pres. cmdr. cdr. mr mrs ms dr
`);

/** Words that qualify a role: "special", "Russian foreign policy adviser", "chief negotiator". */
export const ROLE_MODIFIERS = words(`
  special senior deputy chief foreign policy former retired new top presidential national security press vice
  constitutional legal
  prime first acting interim lead defense defence trade finance economy economic treasury commerce
  interior justice health energy intelligence military political assistant executive permanent
  personal principal high supreme regional veteran longtime joint late future outgoing incoming bureau
  politburo council team ministry army delegation negotiating armed forces crown field lieutenant
  under undersecretary state general presidency government cabinet parliamentary opposition facto
  then ex white house media communications rear d'affaires d’affaires
`);

/** Words after "Secretary of" or "Envoy for" that belong to the title, not the name. */
export const TITLE_OBJECTS = words(`
  service agency bureau office department ministry committee council forces directorate authority
  commission movement party general staff state defense defence foreign affairs treasury commerce
  trade finance interior justice staff energy homeland security economy political strategic stability
  middle east peace international relations hostage hostages negotiations the war africa europe asia
  horn great lakes gulf region affairs planning intelligence agriculture information health education
  development cooperation special missions presidential
  water irrigation mines mining transport territorial administration reintegration resources natural
  works labour labor tourism culture youth sports environment fisheries lands housing
  telecommunications petroleum oil gas electricity infrastructure industry religious endowments
  decentralisation decentralization reconciliation solidarity welfare immigration borders customs
  revenue dams hydropower
`);

/** Kinship and closeness words that head an apposition: "Mr. Trump’s son-in-law". */
export const RELATIONS = words(`
  son-in-law daughter-in-law father-in-law son daughter wife husband brother sister nephew niece
  cousin father mother confidant ally friend protégé protege
`);

/** Lowercase particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(`
  bin ibn bint al el de da di del della der den van von la le du dos das ben abu ould los las ter ten y
`);

// Variant given names share a root so "Steve" and "Stephen" are one person within an article.
const GIVEN_GROUPS = `
  stephen steve steven stevie, michael mike mick mikey, william bill billy will willy,
  robert bob bobby rob, james jim jimmy jamie, anthony tony antony, joseph joe joey, thomas tom tommy,
  richard dick rick ricky rich, daniel dan danny, david dave, christopher chris, matthew matt,
  nicholas nick nicolas nikolai nikolay, alexander alex aleksandr alexandr oleksandr sasha,
  andrew andy andrei andrey andriy, edward ed eddie ted ned, john jack johnny jon, benjamin ben bibi,
  samuel sam, gregory greg, jeffrey jeff geoffrey, kenneth ken, lawrence larry laurence, ronald ron,
  donald don, douglas doug, frederick fred, henry hank harry, jacob jake, joshua josh,
  peter pete pyotr petro, philip phil phillip, timothy tim, vincent vince,
  sergei sergey serhiy serhii sergiy, dmitry dmitri dmytro, vladimir volodymyr wladimir,
  yuri yury yuriy iurii, muhammad mohammed mohamed mohammad mohamad muhammed, ahmed ahmad,
  hussein husain hussain hossein, katherine kate catherine kathy cathy, elizabeth liz beth betsy,
  jennifer jen jenny, susan sue, patrick pat, abraham abe, yevgeny evgeny yevhen,
  olexiy oleksiy alexei alexey aleksei
`;
export const GIVEN_ROOT = new Map<string, string>();
for (const group of GIVEN_GROUPS.split(",")) {
  const [root = "", ...rest] = group.trim().split(" ");
  for (const name of [root, ...rest]) GIVEN_ROOT.set(name, root);
}

/** Diacritics folded away and curly apostrophes straightened, for lookups. */
export function fold(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/’/g, "'");
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

// compromise's lexicon is our name dictionary: ~3,000 given names plus places and
// organisations. Looking words up is O(1); running its tagger on every sentence is too slow.
function modelTable(part: "one" | "two", key: string): Record<string, unknown> {
  const model: unknown = nlp.model();
  const section = isRecord(model) ? model[part] : undefined;
  const table = isRecord(section) ? section[key] : undefined;
  return isRecord(table) ? table : {};
}
const LEXICON = modelTable("one", "lexicon");
export const ORG_WORDS = new Set(Object.keys(modelTable("two", "orgWords")));
export const PLACE_WORDS = new Set(Object.keys(modelTable("two", "placeWords")));

const tagMemo = new Map<string, string[]>();
export function lexiconTags(word: string): string[] {
  const memo = tagMemo.get(word);
  if (memo) return memo;
  const key = fold(word).toLowerCase();
  const v = Object.hasOwn(LEXICON, key) ? LEXICON[key] : undefined;
  const tags =
    typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  // Bounded so a hostile text of unique words cannot grow it without limit.
  if (tagMemo.size > 20_000) tagMemo.clear();
  tagMemo.set(word, tags);
  return tags;
}

export const GIVEN_TAGS = words(`
  MaleName FemaleName FirstName Person
`);
export const PROPER_TAGS = words(`
  Country City Region Place Organization Demonym SportsTeam Month WeekDay Date Currency Holiday
  ProperNoun
`);
export const CALENDAR = words(`
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
  tonight yesterday tomorrow
`);
// Capitalised words that are never people: faiths, media, bodies and regions outlets write bare.
export const NEVER_PEOPLE = words(`
  god allah christmas easter ramadan eid congress parliament senate cabinet reuters afp ap bloomberg
  tass interfax xinhua ria bbc cnn politico axios twitter telegram facebook instagram youtube whatsapp
  internet english arabic hebrew muslim muslims christian christians jewish jews arab arabs western
  eastern northern southern european europeans african asian latin gulf middle east west north south
  europe asia africa donbas donbass crimea gaza sinai darfur kordofan karabakh zangezur islam islamic
  sunni shia kurdish kurds soviet ottoman nazi nazis communist republican republicans democrat
  protestant protestants catholic catholics orthodox evangelical evangelicals anglican anglicans
  democrats democratic labour tory tories brexit opec brics osce iaea imf wto icc icj unicef unrwa
  unhcr ocha wfp wagner azov sources source related share comments advertisement photo video getty
  images file breaking update updated live
`);
export const NEVER_LAST = words(`
  agreement agreements accord accords protocol protocols treaty treaties war wars plan plans summit
  talks process format initiative framework declaration memorandum charter conference forum party
  movement front brigade brigades battalion regiment corps force forces army navy guard guards ministry panel
  department office house council committee commission union nations organization organisation
  institute university college school academy center centre foundation fund bank group agency media
  news times post journal radio network company corporation inc ltd region oblast province district
  city street square palace airport port sea river ocean mountains islands strip valley peninsula
  desert canal bridge plant station base camp hospital prison stadium hall building tower hotel resort
  club league cup games day week month year era age revolution crisis spring intifada operation
  doctrine act law order resolution program programme project fleet command service services police
  court tribunal assembly government administration authority alliance coalition federation republic
  kingdom emirates states empire church mosque cathedral temple markets exchange index prize award
  report channel daily gazette herald tribune telegraph monitor press wire tv magazine studies policy
  affairs relations research security defense defence intelligence energy holdings partners ventures
  airlines motors technologies systems industries international global trust watch hub zone corridor
  line route road highway railway crossing checkpoint border territory territories mission embassy
  consulate headquarters peace ceasefire deal proposal dispatch review chronicle observer standard
  express mirror globe bulletin digest courier record insider weekly
`);

export function isGivenName(word: string): boolean {
  // "Al Arabiya", "El Fasher": the Arabic article, not Al Gore.
  if (/^(?:al|el)$/i.test(word)) return false;
  return GIVEN_ROOT.has(fold(word).toLowerCase()) || lexiconTags(word).some((t) => GIVEN_TAGS.has(t));
}

export function isKnownSurname(word: string): boolean {
  return lexiconTags(word).includes("LastName");
}

/** A dictionary word that is not a name ("Despite", "Critical", "Talks", "Observers"). */
export function isDictionaryWord(word: string): boolean {
  const check = (w: string) => {
    const tags = lexiconTags(w);
    return tags.length > 0 && !tags.some((t) => GIVEN_TAGS.has(t) || PROPER_TAGS.has(t) || t === "LastName");
  };
  return check(word) || (/\p{Ll}s$/u.test(word) && check(word.slice(0, -1)));
}
