import { ROLE_HEADS, ROLE_MODIFIERS, TITLE_OBJECTS } from "./name-vocabulary";
import { sideOfTitle } from "./people-titles";
import { acronymSide, findSides } from "./side-table";

/**
 * The words that seat someone at the talks: hosts and chairs, attendance, mediation, signing,
 * lists after a delegation ("led by", "included"), and the side someone speaks for.
 */

// What may stand between a name and its verb: "X, who has also hosted…", "X, who quietly chaired…".
const VERB_LEAD =
  "^\\s*,?\\s*(?:who\\s+)?(?:(?:has|had|also|\\p{Ll}+ly|(?:is|was|are|were)(?=\\s+\\p{Ll}+ing\\b))\\s+)*";
const TALK =
  "(?:talks|negotiations|meeting|session|rounds?|summit|delegations?|negotiators|envoys|mediators|mediation|parties|sides|discussions|teams)";
// Hosts and chairs: "Putin hosted US negotiators", "Adel Al-Harbi, welcomed the delegations", "led
// the talks" (but "led the council's delegation" is a member leading a side, not a chair).
export const HOSTS = new RegExp(
  `${VERB_LEAD}(?:(?:hosted|hosts|hosting|received|welcomed|welcomes|(?:co-)?chaired|(?:co-)?chairs|chairing|co-hosted|mediated|mediates|brokered|opened|oversaw|oversees|overseeing|convened|convenes|facilitated|facilitates)\\s+(?:\\S+\\s+){0,2}?${TALK}|led\\s+(?:\\S+\\s+){0,2}?(?:talks|negotiations|meeting|session|rounds?|summit|discussions|mediation))\\b`,
  "u",
);
// "hosted Serbian President Vucic and Kosovo's Kurti for five hours of talks"
// "The Emirati minister of state, X, is hosting and will stay in the room": hosting with the talks understood.
export const HOSTS_BARE =
  /^\s*,?\s*(?:who\s+)?(?:(?:is|was|are|were|has been|had been|also)\s+)*(?:hosting|chairing|presided|presiding|presides)\s*(?:[,.;]|and\b|$)|^\s*,?\s*(?:co-)?chaired\s+with\b/u;
export const HOSTS_FOR_TALKS =
  /^\s*,?\s*(?:who\s+)?(?:hosted|hosts|hosting|received|welcomed)\b[^.;]{0,120}?\bfor\s+(?:\S+\s+){0,4}?(?:talks|negotiations|meeting|session|round)\b/u;
export const HOSTED_BY =
  /\b(?:(?:co-)?hosted|(?:co-)?chaired|mediated|brokered|received|welcomed|attended|facilitated|convened|moderated|opened|presided over)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?by\s+(?:the\s+)?$/u;
// "hosted by the commander of the U.N. Interim Force in Lebanon, Maj. Gen. X": the role, then the name.
export const HOSTED_BY_ROLE =
  /\b(?:(?:co-)?hosted|(?:co-)?chaired|mediated|brokered)\s+by\s+((?:the|an?|its)\s+[^,;]{2,80}),\s*(?:(?:[A-Z][a-z]{0,4}\.\s*){0,3})$/;
// People who were there: "Kirill Dmitriev, present at the negotiations", "is expected to participate".
const BEFORE_VERB =
  "^\\s*,?\\s*(?:who\\s+)?(?:(?:has|had|have|was|were|is|are|also|been|be|expected to|set to|due to|will|would|\\p{Ll}+ly)\\s+)*";
export const ATTENDS = new RegExp(
  `${BEFORE_VERB}(?:attended|attends|attending|attend|present|took part|taken part|takes part|taking part|take part|participated|participates|participating|participate|joined|joins|join|brought|arrived|arrives|walks in|walked in|walk in|steps out|stepped out|accompanied (?:the|him|her|them|his|their)|negotiated|negotiating|travelled|traveled|travelling|traveling|on the (?:\\p{L}+ )?panel|sat on the)\\b`,
  "u",
);
// "will stay in the room", "was at the table": there, whatever the sentence calls the talks.
export const IN_ROOM_AFTER = new RegExp(
  `^(?![^.;]{0,60}?\\b(?:not|never|n't)\\b)[^.;]{0,60}?\\b(?:in|inside) the (?:negotiating )?room\\b|${BEFORE_VERB}(?:(?:stay|stayed|stays|remained|remains|sat|sits|sitting)\\s+)?at the (?:negotiating )?table\\b|${BEFORE_VERB}sat in(?=\\s*(?:[.,;]|$|as\\b|for\\b))|${BEFORE_VERB}(?:watched|sat|followed|listened)[^.;]{0,40}?\\b(?:observers?['’]? (?:seats?|benches?)|(?:side|end|back|corner) of the (?:room|table|hall))\\b|${BEFORE_VERB}faced(?=\\s+\\p{Lu})|${BEFORE_VERB}sat with (?:the\\b|them\\b|him\\b|her\\b|\\p{Lu})|^\\s*,?\\s*(?:is|are)\\s+(?:here|next)\\s*[.,;]|${BEFORE_VERB}(?:seated|in place)\\b(?!\\s+(?:in|among)\\s+(?:the\\s+)?(?:gallery|audience|public))`,
  "u",
);
// "attended as an observer": a role at the table, whatever the sentence calls the talks.
// "X, who represents the African Union in the process, also took part.": taking part, said outright.
// "X, the chargé d'affaires, which has operated from Vilnius since 2022, also took part": past a relative clause.
export const TOOK_PART = new RegExp(
  `^(?:\\s*(?:which|who|whose)\\s[^.;]{0,100}?,(?=\\s+(?:also\\s+)?(?:took|was|were|participated|attended)\\b))?${BEFORE_VERB.slice(1)}(?:took part|takes part|participated|was present|were present|attended|attending|led)\\s*(?:[.;,]|$|too\\b|as well\\b|throughout\\b)`,
  "u",
);
export const ATTENDS_AS = new RegExp(
  `${BEFORE_VERB}(?:attended|attends|attending|attend|present|took part|sat in|sat|sits|participated|joined|was there|acting|acted|serving|served)\\s+(?:the\\s+\\S+\\s+)?as\\s+(?:an?\\s+|the\\s+)?(?:\\p{L}+\\s+)?(?:observer|guarantor|witness|facilitator|mediator|co-mediator|adviser|advisor|delegate|member|host|co-host|chair|co-chair)s?\\b`,
  "u",
);
// Go-betweens are in the room whatever the sentence calls the talks.
export const MEDIATES = new RegExp(
  `${BEFORE_VERB}(?:shuttled|shuttling|carried messages|carrying messages|relayed|passed messages|mediated|mediating|sat in on|sat (?:opposite|across from|facing) (?:them|him|her|the|\\p{Lu})|sat at the (?:negotiating )?table|sat (?:at|by) (?:\\S+['’]s|his|her|their) side|sat (?:beside|next to|alongside)|in the chair|(?![^.;]{0,60}?\\b(?:said|says|told)\\b)[^.;]{0,60}?\\b(?:shuttl(?:ed|ing)|(?:carr(?:ied|ying)|convey(?:ed|ing)|relay(?:ed|ing)|pass(?:ed|ing))\\s+(?:messages|papers|proposals|notes|texts)))\\b`,
  "u",
);
// Signatories were in the room: "X and Y initialed a draft peace agreement at the White House".
export const SIGNS = new RegExp(
  `${BEFORE_VERB}(?:signed|signs|initialed|initialled|initials|inked|countersigned)\\s+(?:\\S+\\s+){0,4}?(?:agreement|accord|deal|declaration|text|treaty|protocol|memorandum|document|truce|ceasefire)\\b`,
  "u",
);
// "Rubio hosted Armenian Foreign Minister X and Azerbaijani Foreign Minister Y": officials received
// by an official are meeting, talks word or not.
export const HOSTS_OFFICIALS = new RegExp(
  `${VERB_LEAD}(?:hosted|hosts|hosting|received|welcomed|welcomes)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:(?:foreign|prime|defen[cs]e)\\s+)?(?:ministers?|presidents?|prime ministers?|leaders|envoys|delegations?|negotiators|counterparts?|Foreign Minister|President|Prime Minister)\\b`,
  "u",
);
// "Also in the room were X and Y", "present were": the sentence seats whoever it names next.
export const IN_ROOM =
  /\b(?:(?:in the room|at the table|present)\s+(?:were|was|are|is)|[Aa]cross the (?:table|corridor|hall|room)\s+(?:sat|sits|was|were|will sit)|(?:[Ff]acing|[Oo]pposite)(?:\s+(?:them|him|her))?\s+(?:was|were|sat)|[Ii]n the observer seats|[Aa]cross (?:the table )?from (?:them|him|her)\s+(?:sat|was|were)|[Bb]eside (?:them|him|her)\s+(?:is|was|sat|are|were)|present,\s+(?:among them|including)|(?:^|[.;]\s*|—\s*)(?:In|On|At|Between|Beside|Alongside|Next to|Behind|Among|Around)\b[^.;]{0,60}?\s(?:sat|sits|were seated|was seated)\s|(?:in the room|\btable|present|inside)\s*:|\b(?:[Tt]he|[Tt]heir)\s+(?:mediators|observers|hosts|co-chairs)\s+(?:were|are)\b|\b(?:envoys|observers|mediators|delegates|participants)\b[^.;:]{0,40}[:—–]|\b(?:observed|attended|followed|joined)\s+(?:the\s+)?(?:\S+\s+)?(?:talks|meeting|session|round|negotiations)\s*[:—–])/;
// "The host, Angola's foreign minister X, …", "The mediator, X, …": the role the talks give them.
export const TALKS_ROLE_BEFORE =
  /(?:^|[.;]\s+|—\s*)(?:The|the)\s+(?:\p{L}+\s+)?(?:host|hosts|mediator|mediators|co-mediator|chair|facilitator|convener|observers)\s*,\s*(?:\S+\s+){0,5}$/u;
// Guests named after the host's verb are at the table too: "hosted Serbian President Vucic".
export const HOSTS_GUESTS = /\b(?:hosted|hosts|hosting|received|welcomed|welcomes)\b/;
export const MEETS =
  /\b(?:met|meet|meets|meeting with|brought together|brings together|bring together|held talks|holds? talks|holding talks|talks with|sat down with|negotiated with|negotiating with|negotiations with|spent\s+(?:\S+\s+){1,3}?(?:hours|days)\s+with)\b/;
// "included"/"led by" seat people only right after a word for the talks: "the negotiations included".
export const LISTS =
  /\b(?:talks|negotiations|delegations?|team|panel|envoys|negotiators|discussions|meeting|session|mediators)\W+(?:\w+\W+){0,3}?(?:included|includes|include|including|was led by|were led by|led by|headed by|chaired by|accompanied by|comprised|comprises|comprising|consisted of|consists of|made up of)\b/;
export const TALKS_RE =
  /\b(?:talks|negotiations|negotiators|delegations?|envoys?|summit|meetings?|discussions|mediators|mediation|session|rounds?|counterparts?|signing|ceremony)\b/;
// "The rebel delegation at Monday's session was headed by X": where and when may come between.
export const MEMBER_LEAD =
  /^(?:\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s)?)?(?:\s*(?:talks|session|meeting|round|table|negotiations))?)?(?:\s*[,:—–]|\s+(?:(?:was|were|is|are|has been|had been)\s+)?(?:led|headed|chaired|fronted|represented|joined|accompanied)(?:\s*,[^,]{0,40},|\s+not\s+by\b[^;]{0,120}?\bbut)?\s+by\b|\s+under\b|\s+(?:was|were)\s+$|\s+(?:also\s+)?(?:including|included|includes|include|such as|comprising|comprised|comprises|consisted of|consists of|(?:was|were|is|are) made up of|namely)\b|(?:\s+(?:also\s+)?(?:sent|dispatched|fielded)\b)?\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:team|delegation|contingent)(?:\s+of\s+[\w-]+)?\s*[:—–]|\s+(?:also\s+)?(?:sent|dispatched|fielded)\b|\s+(?=\p{L})|\s*$)/u;
// Sentences arrive split, so a period inside one belongs to "Lt. Gen.", not to a sentence end.
export const MEMBER_BLOCK =
  /[;“”"]|\b(?:met|meet|meets|told|said|hosted|against|from|where|when|arrived|visited|urged|asked|while|whereas|but)\b/;
// After a bare "Russia sent" or "US envoys", only names and titles may come before the member.
const LIST_WORDS =
  /^(?:its|their|his|her|the|a|an|and|of|for|to|along|with|also|as|well|by|retired|veteran|acting|former|\p{Ll}+['’]s|\p{Ll}+-\p{Lu}.*)$/u;
// ", the president's adviser on security affairs,": an apposition describes the name before it.
const APPOSITION = /,\s*(?:the\s|an?\s|\p{Ll})[^,;]{0,80},/gu;
export function onlyNamesAndTitles(words: string): boolean {
  return words
    .replace(APPOSITION, ",")
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
// "the presence of X", "Ethiopia's minister faced Egyptian Irrigation Minister X": there, by the words before the name.
export const SEATED_BEFORE =
  /\b(?:the presence of|faced|sits|sat(?: with| across from| opposite)?|[Aa]cross the table from)\s+$/;
// "Taras Hrytsenko for Ukraine", "Gennady Sorokin and Anatoly Belyaev for Russia".
export const FOR_SIDE =
  /^(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s+for\s+(?:the\s+)?$/u;
// "Van der Berg and García-Lopez represented the European Union": the side they speak for.
export const REPRESENTS =
  /^(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|van|von|der|bin|al)){0,4})*\s*,?\s+(?:who\s+)?(?:(?:has|had|also|will|\p{Ll}+ly)\s+)*(?:represented|represents|representing|represent|spoke for|speaks for|negotiated for|negotiates for|negotiating for|sat for)\s+(?:the\s+)?$/u;
// "X, a State Department adviser, sat in for Washington", "chaired the session for the African Union",
// "X, a deputy assistant secretary, represented the United States".
export const SEAT_VERB_FOR = new RegExp(
  `${VERB_LEAD}(?:(?:chaired|chairs|attended|attends|sat in|sits in|observed|observes|negotiated|negotiates|spoke|speaks|signed|mediated|mediates|led|leads|headed|heads)\\b[^,.;]{0,40}?\\bfor|represented|represents)\\s+(?:the\\s+)?$`,
  "u",
);
// Gapping: "X led the federal team and Y the rebels'" — Y leads the rebels' team.
export const GAPPED_SIDE = /^\s+(?:the\s+)?$/;
export const GAPPED_END =
  /^(?:\s+(?:delegation|team|side|negotiators))?\s*(?:[,.;)]|$|\s+(?:at|in|on|during|while|as)\b)/;
// "Rubio, joined by deputy foreign minister X": X sits with Rubio; "joined in Minsk by X" and
// "sat in as co-mediator with two aides: X, …" too.
export const COMPANION =
  /\b(?:(?:joined|accompanied|flanked|assisted|seconded|followed|and)(?:\s+(?:in|at|on)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\s+by|(?:arrived|arrives|came|travell?ed)\s+with|alongside|along with|together with|as did|brought|brings|,\s+with|\b(?:table|room|wall)\s+with|\bsat (?:in )?with|\b(?:observer|observers|attended|took part)\s+with|\bwith\s+(?:\w+\s+)?(?:aides|advisers|advisors|deputies|colleagues)\s*[:—–])\s+(?:their\s+|his\s+|her\s+|the\s+|an?\s+)?$/;
// "who led the Tajik side with his deputy X": a deputy or aide brought along.
export const WITH_AIDE = /\b(?:with|and|including|included|includes)\s+(?:his|her|their)\s+$/;
// "led the delegation with Deputy Minister X at his side": X sits with the one who led.
// "with the lawyers X and Y at her side", "with retired general X as her deputy".
export const WITH_BEFORE = /\bwith\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u;
export const AT_SIDE =
  /^\s*,?\s*(?:(?:at|by)\s+(?:his|her|their)\s+(?:side|elbow)|beside\s+(?:him|her|them)|in tow|as\s+(?:his|her|their)\s+(?:deputy|number two|adviser|advisor|aide|second))\b/;
export const AIDE_TITLE = /\b(?:deputy|aide|adviser|advisor|assistant|chief of staff|number two)\b/;
export const COORDINATED = /^(?:['’]s?)?\s*,?\s*(?:and\s+)?(?:the\s+)?$/u;

// "X, the movement's spokesman and a member of its negotiating team": the apposition seats them.
export const TEAM_MEMBER_AFTER =
  /^,[^.;]{0,80}?\b(?:member|part) of (?:the |its |their |his |her |\S+['’]s )?(?:\p{Lu}\p{L}+ )?(?:negotiating |peace )?(?:team|delegation)\b/u;
// "is expected in Cairo later this week", "did not travel to Luanda", "followed the talks from
// Dushanbe": the person's own verb keeps them out of the room, whatever their title says.
export const ABSENT =
  /^[^.;]{0,80}?\b(?:(?:is|are|was|were)\s+(?:expected|due)\s+(?:in|to arrive|back)\b|(?:did not|didn't|does not|will not|would not)\s+(?:travel|attend|take part|join)\b|followed the (?:talks|negotiations|session) from\b|stayed (?:in|at home|behind)\b(?! the (?:room|talks|session|hall|chamber|negotiations))|(?:was|were|is|are)\s+not\s+(?:in the room|at the table|present|taking part|attending|participating)\b)/;
// "is due to discuss the talks with his counterpart in October": a meeting still to come.
export const FUTURE =
  /^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:due|scheduled|set|expected|to)\s+to\b|^[^.;]{0,40}?\bwill\s+(?:meet|discuss|hold)\b/;

export const ELSEWHEN = /\b(?:last year|years ago|previously|in (?:19|20)\d\d|(?:times|occasions) before)\b/;
export const OTHER_TALKS =
  /^[^,;]*(?:\b(?:previous|earlier|former)\b|\blast\s+(?:round|talks|session|time|meeting)\b|\bin\s+(?:19|20)\d\d\b)/;

// "will join the next round", "is expected to attend talks later this month": a seat still to come.
export const LATER_SEAT =
  /^[^.;]{0,60}?\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|to)|plans?|intends?)\b[^.;]{0,80}?\b(?:(?:next|upcoming|following|coming|future)\s+(?:\p{L}+\s+)?(?:round|rounds|session|meeting|talks|negotiations|week|month)|later this (?:week|month|year))\b/u;
// "led talks with the rebels" names some talks; "led the talks", "chaired Monday's session" these ones.
export const THESE_TALKS =
  /^[^.;]{0,60}?\b(?:the|these|this|today['’]s|\p{Lu}\p{L}+['’]s)\s+(?:\p{L}+\s+)?(?:talks|negotiations|session|round|meeting)\b/u;

// "X, who did most of the talking on the Ukrainian side": the side they sat on.
export const ON_THE_SIDE = /\bon the ((?:\p{Lu}[\p{L}-]*\s?){1,3})\s*(?:side|team|delegation)\b/u;
// Hosting proper ("hosted", "welcomed"), which "led the delegation" is not.
export const HOSTING =
  /^\s*,?\s*(?:who\s+)?(?:(?:has|had|also|is|was|\p{Ll}+ly)\s+)*(?:hosted|hosts|hosting|welcomed|welcomes|received)\b/u;
// Words that open a list of members, inside which semicolons separate the members.
export const LIST_LEAD = /\b(?:includ\w*|compris\w*|consist\w*|such as|namely)\b|:/;
// "deputy minister in the Benghazi administration": a body inside someone's role.
export const IN_ROLE_BEFORE = /\b(?:in|of|at|from|for|with)\s+(?:the\s+)?$/;
// "X, who led for Israel", "negotiated for the rebels": the verbs of SEAT_VERB_FOR that seat by themselves.
export const LED_FOR =
  /^\s*,?\s*(?:who\s+)?(?:\p{Ll}+ly\s+)?(?:led|leads|headed|heads|negotiated|negotiates|attended|sat in|chaired)\b/u;

const LEADS = "^\\s*,?\\s*(?:\\p{Ll}+ly\\s+)?(?:led|leads|headed|heads)\\s+";
const TEAM = "(?:delegation|team|negotiators)\\b";
// "Mustafa Nour … led its delegation": "its" is the sentence's subject.
export const LEADS_ITS_OWN = new RegExp(`${LEADS}(?:its|their)\\s+${TEAM}`, "u");
// "X, Kyrgyzstan's deputy prime minister, heads his country's delegation": the title gives the side.
export const LEADS_COUNTRYS = new RegExp(
  `${LEADS}(?:(?:his|her)\\s+(?:(?:country|government|nation|community|party|movement)['’]s\\s+)?|an?\\s+(?:[\\w-]+\\s+){0,2})${TEAM}`,
  "u",
);

/** "hosted by X", "hosted by the commander of the UN force, Maj. Gen. X". */
export function hostedBy(text: string, at: number): boolean {
  return (
    HOSTED_BY.test(text.slice(Math.max(0, at - 48), at)) ||
    HOSTED_BY_ROLE.test(text.slice(Math.max(0, at - 110), at))
  );
}

/** The side the host's role names: "hosted by the commander of the U.N. force, Maj. Gen. X" → un. */
export function hostRoleSide(text: string, at: number): string | undefined {
  const role = HOSTED_BY_ROLE.exec(text.slice(Math.max(0, at - 110), at))?.[1];
  return role ? sideOfTitle(role) : undefined;
}

/** The words after a name without the aside before its verb: ", who has hosted earlier rounds,". */
export function withoutAside(after: string): string {
  return after.replace(
    /^(?:\s*,\s*(?:who|whom|whose|which|an?|the)|\s+(?:of|from|at))\s+[^,;]{1,100},(?=\s+\p{Ll})/u,
    "",
  );
}

// "For Damascus, Deputy Foreign Minister X", "For the EGC, the chief negotiator was X".
const FRONTED_FOR =
  /^\W*(?:For|Representing|On behalf of)\s+(?:the\s+)?((?:eastern|western|northern|southern|rebels|government|opposition|separatists)\b|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+(?:side|team|delegation|authorities|government|administration))?(?:\s*[,:]\s*|\s+(?:were|was|are|is)\s+)/u;

// "Who was in the room? India, X and Y; Pakistan, Z; and the United States, W": after a semicolon
// (or the colon that opens the list) a side, then a comma, then its people.
const SEGMENT_SIDE =
  /(?:^|[;:])\s*(?:and\s+)?(?:for\s+)?(?:the\s+)?((?:eastern|western|northern|southern|rebels|government|opposition|separatists)\b|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+(?:side|team|delegation))?\s*,\s+([^;:]*)$/u;

/** The side that opens the semicolon-separated segment a name stands in, for lists of sides and people. */
export function segmentSide(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 160);
  const seg = SEGMENT_SIDE.exec(text.slice(from, at));
  if (!seg || /\b(?:said|says|told|according)\b/.test(seg[2] ?? "")) return undefined;
  // A sentence opening "India, adviser X" is a list of sides only when semicolons go on to the next.
  if (!/[;:]/.test(seg[0].charAt(0)) && (from > 0 || !text.includes(";"))) return undefined;
  const phrase = seg[1] ?? "";
  if (/^[a-z]/.test(phrase)) return phrase;
  const side = findSides(phrase)[0];
  return side && side.start === 0 ? side.side : acronymSide(phrase);
}

/**
 * The side a sentence opens by naming ("For Damascus, X, with Y at his side"), for the people
 * named soon after it in the same clause, not for a speaker further on ("…, analyst X said").
 */
export function frontedForSide(text: string, at: number): string | undefined {
  const lead = FRONTED_FOR.exec(text);
  if (!lead || at < lead[0].length) return undefined;
  const between = text.slice(lead[0].length, at);
  // After a colon the side heads a list: "For the rebels: A, the coalition's president; B, its spokesman".
  const list = lead[0].trimEnd().endsWith(":");
  const words = between.split(/\s+/).length;
  if (
    (list ? /[.]|\b(?:said|says|told|according)\b/ : /[,;.]|\b(?:said|says|told|according)\b/).test(
      between,
    ) ||
    words > (list ? 40 : 10)
  )
    return undefined;
  const phrase = lead[1] ?? "";
  if (/^[a-z]/.test(phrase)) return phrase;
  return findSides(phrase)[0]?.side ?? acronymSide(phrase);
}
