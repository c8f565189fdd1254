/**
 * Which government, bloc or armed group a phrase points at. A "side" is a lowercase slug
 * ("us", "russia", "saudi-arabia", "hamas") so claims from different articles line up on
 * `delegation.<side>` and `<side>.president` slots whatever wording each outlet used.
 */

export type SideKind = "country" | "demonym" | "capital" | "body";

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
const COUNTRIES = [
  "us|United States;United States of America;U.S.;US;USA;U.S.A.;America|American|Washington",
  "uk|United Kingdom;U.K.;UK;Britain;Great Britain|British;Briton|London",
  "russia|Russia;Russian Federation|Russian|Moscow", "ukraine|Ukraine|Ukrainian|Kyiv;Kiev",
  "china|China;People's Republic of China;PRC|Chinese|Beijing", "taiwan|Taiwan|Taiwanese|Taipei",
  "israel|Israel|Israeli|Tel Aviv", "palestine|Palestine;Palestinian Authority;PLO|Palestinian|Ramallah",
  "egypt|Egypt|Egyptian|Cairo", "qatar|Qatar|Qatari|Doha", "saudi-arabia|Saudi Arabia;KSA|Saudi|Riyadh",
  "uae|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati|Abu Dhabi", "jordan|Jordan|Jordanian|Amman",
  "lebanon|Lebanon|Lebanese|Beirut", "syria|Syria|Syrian|Damascus", "iraq|Iraq|Iraqi|Baghdad",
  "iran|Iran|Iranian|Tehran", "turkey|Turkey;Türkiye;Turkiye|Turkish|Ankara", "yemen|Yemen|Yemeni|Sanaa",
  "oman|Oman|Omani|Muscat", "bahrain|Bahrain|Bahraini|Manama", "kuwait|Kuwait|Kuwaiti",
  "sudan|Sudan;SAF;Sudanese Armed Forces|Sudanese|Khartoum", "south-sudan|South Sudan|South Sudanese|Juba",
  "libya|Libya|Libyan|Tripoli", "tunisia|Tunisia|Tunisian|Tunis", "algeria|Algeria|Algerian|Algiers",
  "morocco|Morocco|Moroccan|Rabat", "ethiopia|Ethiopia|Ethiopian|Addis Ababa", "eritrea|Eritrea|Eritrean|Asmara",
  "somalia|Somalia|Somali|Mogadishu", "kenya|Kenya|Kenyan|Nairobi", "uganda|Uganda|Ugandan|Kampala",
  "chad|Chad|Chadian|N'Djamena", "nigeria|Nigeria|Nigerian|Abuja", "niger|Niger|Nigerien|Niamey",
  "mali|Mali|Malian|Bamako", "senegal|Senegal|Senegalese|Dakar", "ghana|Ghana|Ghanaian|Accra",
  "dr-congo|Democratic Republic of Congo;Democratic Republic of the Congo;DRC;DR Congo|Congolese|Kinshasa",
  "rwanda|Rwanda|Rwandan|Kigali", "burundi|Burundi|Burundian|Gitega", "tanzania|Tanzania|Tanzanian|Dodoma",
  "south-africa|South Africa|South African|Pretoria", "angola|Angola|Angolan|Luanda",
  "mozambique|Mozambique|Mozambican|Maputo", "zimbabwe|Zimbabwe|Zimbabwean|Harare", "zambia|Zambia|Zambian|Lusaka",
  "cameroon|Cameroon|Cameroonian|Yaounde", "central-african-republic|Central African Republic|Central African|Bangui",
  "burkina-faso|Burkina Faso|Burkinabe|Ouagadougou", "mauritania|Mauritania|Mauritanian|Nouakchott",
  "djibouti|Djibouti|Djiboutian", "madagascar|Madagascar|Malagasy|Antananarivo", "ivory-coast|Ivory Coast;Cote d'Ivoire|Ivorian",
  "guinea|Guinea|Guinean|Conakry", "sierra-leone|Sierra Leone|Sierra Leonean|Freetown", "liberia|Liberia|Liberian|Monrovia",
  "gabon|Gabon|Gabonese|Libreville", "namibia|Namibia|Namibian|Windhoek", "botswana|Botswana|Botswanan|Gaborone",
  "armenia|Armenia|Armenian|Yerevan", "azerbaijan|Azerbaijan|Azerbaijani;Azeri|Baku", "georgia|Georgia|Georgian|Tbilisi",
  "belarus|Belarus|Belarusian|Minsk", "moldova|Moldova|Moldovan|Chisinau", "kazakhstan|Kazakhstan|Kazakh|Astana",
  "uzbekistan|Uzbekistan|Uzbek|Tashkent", "turkmenistan|Turkmenistan|Turkmen|Ashgabat", "kyrgyzstan|Kyrgyzstan|Kyrgyz|Bishkek",
  "tajikistan|Tajikistan|Tajik|Dushanbe", "afghanistan|Afghanistan|Afghan|Kabul", "pakistan|Pakistan|Pakistani|Islamabad",
  "india|India|Indian|New Delhi", "bangladesh|Bangladesh|Bangladeshi|Dhaka", "sri-lanka|Sri Lanka|Sri Lankan|Colombo",
  "nepal|Nepal|Nepali;Nepalese|Kathmandu", "myanmar|Myanmar;Burma|Burmese|Naypyidaw", "thailand|Thailand|Thai|Bangkok",
  "cambodia|Cambodia|Cambodian|Phnom Penh", "laos|Laos|Laotian|Vientiane", "vietnam|Vietnam;Viet Nam|Vietnamese|Hanoi",
  "malaysia|Malaysia|Malaysian|Kuala Lumpur", "singapore|Singapore|Singaporean", "indonesia|Indonesia|Indonesian|Jakarta",
  "philippines|Philippines|Filipino;Philippine|Manila", "japan|Japan|Japanese|Tokyo", "mongolia|Mongolia|Mongolian|Ulaanbaatar",
  "north-korea|North Korea;DPRK|North Korean|Pyongyang", "south-korea|South Korea;Republic of Korea;ROK|South Korean|Seoul",
  "australia|Australia|Australian|Canberra", "new-zealand|New Zealand|New Zealander", "canada|Canada|Canadian|Ottawa",
  "mexico|Mexico|Mexican|Mexico City", "cuba|Cuba|Cuban|Havana", "haiti|Haiti|Haitian|Port-au-Prince",
  "dominican-republic|Dominican Republic|Dominican|Santo Domingo", "guatemala|Guatemala|Guatemalan",
  "honduras|Honduras|Honduran|Tegucigalpa", "el-salvador|El Salvador|Salvadoran|San Salvador", "nicaragua|Nicaragua|Nicaraguan|Managua",
  "costa-rica|Costa Rica|Costa Rican|San Jose", "panama|Panama|Panamanian|Panama City", "colombia|Colombia|Colombian|Bogota",
  "venezuela|Venezuela|Venezuelan|Caracas", "ecuador|Ecuador|Ecuadorian|Quito", "peru|Peru|Peruvian|Lima",
  "bolivia|Bolivia|Bolivian|La Paz", "chile|Chile|Chilean|Santiago", "argentina|Argentina|Argentine;Argentinian|Buenos Aires",
  "uruguay|Uruguay|Uruguayan|Montevideo", "paraguay|Paraguay|Paraguayan|Asuncion", "brazil|Brazil|Brazilian|Brasilia",
  "france|France|French|Paris;Elysee;Élysée", "germany|Germany|German|Berlin", "italy|Italy|Italian|Rome",
  "spain|Spain|Spanish|Madrid", "portugal|Portugal|Portuguese|Lisbon", "netherlands|Netherlands;Holland|Dutch|Amsterdam;The Hague",
  "belgium|Belgium|Belgian", "luxembourg|Luxembourg|Luxembourgish", "switzerland|Switzerland|Swiss|Bern",
  "austria|Austria|Austrian|Vienna", "ireland|Ireland|Irish|Dublin", "iceland|Iceland|Icelandic|Reykjavik",
  "norway|Norway|Norwegian|Oslo", "sweden|Sweden|Swedish|Stockholm", "finland|Finland|Finnish|Helsinki",
  "denmark|Denmark|Danish|Copenhagen", "estonia|Estonia|Estonian|Tallinn", "latvia|Latvia|Latvian|Riga",
  "lithuania|Lithuania|Lithuanian|Vilnius", "poland|Poland|Polish|Warsaw", "czechia|Czech Republic;Czechia|Czech|Prague",
  "slovakia|Slovakia|Slovak|Bratislava", "hungary|Hungary|Hungarian|Budapest", "romania|Romania|Romanian|Bucharest",
  "bulgaria|Bulgaria|Bulgarian", "greece|Greece|Greek|Athens", "cyprus|Cyprus|Cypriot|Nicosia",
  "serbia|Serbia|Serbian|Belgrade", "croatia|Croatia|Croatian|Zagreb", "bosnia|Bosnia;Bosnia and Herzegovina|Bosnian|Sarajevo",
  "slovenia|Slovenia|Slovenian|Ljubljana", "montenegro|Montenegro|Montenegrin|Podgorica", "kosovo|Kosovo|Kosovar|Pristina",
  "north-macedonia|North Macedonia|Macedonian|Skopje", "albania|Albania|Albanian|Tirana", "malta|Malta|Maltese|Valletta",
  "vatican|Vatican;Holy See|Vatican", "monaco|Monaco|Monegasque",
];

// Governments' seats and blocs or armed groups that sit at a table as a party of their own.
const BODIES = [
  "us|White House;State Department;Pentagon;Capitol Hill", "russia|Kremlin", "uk|Downing Street;Whitehall",
  "israel|IDF;Knesset", "ukraine|Verkhovna Rada", "iran|IRGC", "china|Zhongnanhai",
  "eu|European Union;EU;European Commission;Brussels", "un|United Nations;UN;U.N.;Security Council",
  "nato|NATO;North Atlantic Treaty Organization", "african-union|African Union", "arab-league|Arab League",
  "hamas|Hamas", "hezbollah|Hezbollah;Hizbollah", "houthis|Houthis;Houthi;Ansar Allah",
  "islamic-jihad|Islamic Jihad", "rsf|Rapid Support Forces;RSF", "taliban|Taliban", "m23|M23",
];

function plural(demonym: string): string[] {
  if (/(s|sh|ch|ese|x|z)$/.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

interface Surface {
  side: string;
  kind: SideKind;
}

const SURFACES = new Map<string, Surface>();
for (const row of COUNTRIES) {
  const [side = "", names = "", demonyms = "", capitals = ""] = row.split("|");
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: "country" });
  for (const d of demonyms.split(";")) for (const p of d ? plural(d) : []) SURFACES.set(p, { side, kind: "demonym" });
  for (const c of capitals.split(";")) if (c) SURFACES.set(c, { side, kind: "capital" });
}
for (const row of BODIES) {
  const [side = "", names = ""] = row.split("|");
  for (const n of names.split(";")) if (n) SURFACES.set(n, { side, kind: "body" });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALTERNATION = [...SURFACES.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
// Case-sensitive on purpose: "US" is a country, "us" a pronoun.
const SIDE_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(${ALTERNATION})(?:['’]s)?(?![\\p{L}\\p{N}])`, "gu");

/** Every side named in `text`, left to right. Linear in the text length. */
export function findSides(text: string): SideMention[] {
  const out: SideMention[] = [];
  SIDE_RE.lastIndex = 0;
  for (let m = SIDE_RE.exec(text); m; m = SIDE_RE.exec(text)) {
    const surface = SURFACES.get(m[1] ?? "");
    if (surface) out.push({ side: surface.side, kind: surface.kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The side a phrase such as "Russian", "U.S.", "Ukraine's" or "the Kremlin" stands for, if any. */
export function sideOfPhrase(phrase: string): string | undefined {
  const cleaned = phrase.trim().replace(/^the\s+/i, "").replace(/['’]s$/, "");
  return SURFACES.get(cleaned)?.side;
}

/** True when the exact words are a country, capital, demonym or body, e.g. "Moscow", "Hamas". */
export function isSideName(words: string): boolean {
  return SURFACES.has(words.replace(/['’]s$/, ""));
}

/** The distinct sides named in `text`, in order of first mention. */
export function sidesIn(text: string): string[] {
  return [...new Set(findSides(text).map((m) => m.side))];
}
