/**
 * Turns pasted or scraped article text into the plain-text body that claims anchor into.
 * Pure: no I/O, so the importer, the seeder and tests all clean text the same way.
 */

export interface CleanArticleTextOptions {
  /** The article's headline; a leading body line equal to it is dropped so it is not shown twice. */
  title?: string;
}

// Scraped text carries NULs, stray C0/C1 controls and invisible format characters (BOM, zero-width
// space, soft hyphen, word joiner) that break offsets, search and name matching. ZWJ/ZWNJ stay:
// some scripts and emoji need them.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

// Phrase patterns only fire on short lines: a real sentence that merely starts with one of these
// words ("Share prices fell…", "Comments by Peskov…") is longer, or fails the anchored match.
const MAX_PHRASE_LENGTH = 60;
// List-shaped furniture (menus, source lists, cookie banners) is recognised by its structure or an
// unmistakable opening, so it may run longer; beyond this no line is considered furniture at all,
// which also keeps the per-line cost bounded on hostile input.
const MAX_FURNITURE_LENGTH = 300;

const PHRASE_PATTERNS: readonly RegExp[] = [
  // Comment widgets and counters: "Leave A Reply", "Comments ()", "12 Comments", "Comments (3)".
  /^(leave|post|add|write|submit) (a|your) (reply|comment|response)$/iu,
  /^((no|view|show|hide|read|see|load|load more|(view|see|show|read) all) )?(\d+ )?comments?( \(\d*\))?( yet)?$/iu,
  /^((join|start) the (conversation|discussion)|comments are closed|cancel reply|reply)$/iu,
  /^be the first to comment( on this (article|story|post))?$/iu,
  /^you must be (logged|signed) in to (post|leave) a comment$/iu,
  // Alt text of tracking pixels and loaders that survive a copy-paste.
  /^(smiley face|loading)$/iu,
  // Navigation chrome.
  /^(skip to (the )?(main )?(content|navigation|search|footer)|skip navigation)$/iu,
  /^((main |open |close |toggle )?(menu|navigation)|search( for)?|back to top|home( ?page)?|go to (the )?homepage)$/iu,
  /^(subscribe( now| today| for free)?|subscribe to (our|the) newsletters?|sign up for (our|the) newsletters?)$/iu,
  /^(sign (in|up|out)|log ?(in|out)|register|my account|(free )?newsletters?)$/iu,
  /^((previous|next|prev|older|newer)( (article|post|story|page))?)$/iu,
  /^follow (us|@\S+)( on (facebook|twitter|x|instagram|linkedin|threads|bluesky|telegram|google news))?$/iu,
  /^(copy (the )?link|link copied)$/iu,
  /^listen to (this|the) (article|story)\b.{0,20}$/iu,
  // Advertising slots.
  /^(advertisement|advertising|ads?|sponsored( content| post)?|paid (post|content)|promoted( content)?)$/iu,
  /^(advertisement[ \-–—]+)?(scroll to continue( with content)?|story continues below( advertisement)?)$/iu,
  // Teasers that link elsewhere: bare labels, or a label with a colon and the linked headline.
  /^(read more|read (the )?full (article|story)|continue reading|keep reading|read next|see also|also read)$/iu,
  /^(you (may|might) also like|recommended( for you| stories| articles| reading)?|more (stories|news))$/iu,
  /^(related( articles?| stories| posts| content| coverage| reading| news| topics| links| sources)?)$/iu,
  /^(most (read|popular|viewed)|trending( now| stories)?|top stories|latest (news|stories))$/iu,
  /^(read more|read next|see also|also read|related|watch|listen|read)\s*:\s*\S.*$/iu,
  /^(accept|reject|allow) all( cookies)?$/iu,
];

// Openings that only page chrome uses, so longer lines are still safe to drop.
const LONG_FURNITURE_PATTERNS: readonly RegExp[] = [
  /^click (here|this link)\b/iu,
  /^(we use cookies|(this|our) (web)?site uses cookies|(accept|reject|allow|manage)( all)? cookies)\b/iu,
  /^(cookie (settings|policy|preferences|notice|consent)|manage (cookie )?preferences)\b/iu,
  /^by (continuing|using)\b.{0,120}\byou (agree|accept|consent)\b/iu,
  /^(©|\(c\) |copyright (©|\(c\)|\d{4}))/iu,
  /\ball rights reserved$/i,
];

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(" "));
}

const SOCIAL_ANCHORS = wordSet(
  "share shares tweet facebook twitter x linkedin whatsapp email e-mail print reddit " +
    "telegram pinterest messenger flipboard bluesky threads",
);
const SOCIAL_FILLERS = wordSet("on via to this the article story copy link");

const NAV_WORDS = wordSet(
  "home news world politics business markets market live weather sport sports opinion " +
    "opinions tech technology science health entertainment culture lifestyle travel video " +
    "videos podcast podcasts newsletter newsletters subscribe search menu latest trending " +
    "local national international economy money climate arts style food books games puzzles " +
    "audio photos tv radio magazine more sections login account &",
);

// A labelled list of outlets or tags ("Sources: Al Jazeera, NBC News…", "Tags: Ukraine, Russia").
const LABELLED_LIST =
  /^(related sources?|sources?|via|credits?|references|tags|topics|filed under|categories)\s*:\s*(.*)$/iu;
// Placeholder link text left when the links themselves were lost: "• Source 1 • Source 2".
const PLACEHOLDER_LINKS = /^[\s•·|,;*-]*((source|link|ref(erence)?)\s*\d+[\s•·|,;*-]*)+$/iu;
// Separators are matched without surrounding \s* so splitting stays linear on long runs of spaces.
const MENU_SPLIT = /[|›»>•·\t]|\s{2,}/;
const LIST_SPLIT = /[,;•·|]|\s{2,}/;
const LINK_MENU_DELIMITER = /[|›»>]/;
const SENTENCE_MARKS = /[.!?,;:"“”]/;

/** Whether a single line is page furniture (share bars, menus, comment counters…) rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_FURNITURE_LENGTH) return false;
  // Icons, bullets and trailing colons or arrows vary from site to site; the words do not.
  const core = stripDecoration(trimmed).replace(/\s+/g, " ");
  if (core.length === 0) return false;
  if (trimmed.length <= MAX_PHRASE_LENGTH && PHRASE_PATTERNS.some((pattern) => pattern.test(core)))
    return true;
  if (LONG_FURNITURE_PATTERNS.some((pattern) => pattern.test(core))) return true;
  return isShareBar(core) || isLinkList(trimmed) || isMenu(trimmed, core);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// A scan instead of /[^\p{L}\p{N})]+$/, which backtracks quadratically on long runs of symbols.
function stripDecoration(text: string): string {
  let start = 0;
  while (
    start < text.length &&
    !WORD_CHAR.test(text[start] ?? "") &&
    text[start] !== "(" &&
    text[start] !== "©"
  ) {
    start++;
  }
  let end = text.length;
  while (end > start && !WORD_CHAR.test(text[end - 1] ?? "") && text[end - 1] !== ")") end--;
  return text.slice(start, end);
}

function isShareBar(core: string): boolean {
  if (core.length > MAX_PHRASE_LENGTH) return false;
  const tokens = core
    .toLowerCase()
    .split(/[\s|,•·/:()]+/)
    .filter((token) => token.length > 0);
  let anchors = 0;
  for (const token of tokens) {
    if (SOCIAL_ANCHORS.has(token)) anchors++;
    else if (!SOCIAL_FILLERS.has(token) && !/^\d[\d.,]*k?$/u.test(token)) return false;
  }
  return anchors > 0;
}

function isLinkList(trimmed: string): boolean {
  if (PLACEHOLDER_LINKS.test(trimmed)) return true;
  const match = LABELLED_LIST.exec(trimmed);
  if (!match) return false;
  const rest = (match[2] ?? "").replace(/\.$/, "");
  if (rest.length === 0 || PLACEHOLDER_LINKS.test(rest)) return true;
  // Every entry is a name, not a clause: "Sources: the Kremlin said talks would resume" stays.
  return splitItems(rest, LIST_SPLIT, true).every(
    (item) => item.length > 0 && item.length <= 40 && item.split(" ").length <= 5 && !/[.!?]/u.test(item),
  );
}

function splitItems(text: string, separator: RegExp, keepEmpty = false): string[] {
  const items = text.split(separator).map((item) => item.trim());
  return keepEmpty ? items : items.filter((item) => item.length > 0);
}

function isNavWord(word: string): boolean {
  return NAV_WORDS.has(word.toLowerCase().replace(/[^\p{L}&]/gu, ""));
}

function isNavItem(item: string): boolean {
  return item.split(/\s+/).every(isNavWord);
}

function isMenu(trimmed: string, core: string): boolean {
  if (!MENU_SPLIT.test(trimmed)) {
    // Single-spaced runs need three section names: "World Politics" may be a real subheading.
    const words = core.split(" ");
    return words.length >= 3 && words.every(isNavWord);
  }
  const items = splitItems(trimmed, MENU_SPLIT);
  if (items.length >= 2 && items.every(isNavItem)) return true;
  // Pipe and breadcrumb menus of any short labels: "Ukraine | Gaza | Trade", "Home › World".
  if (!LINK_MENU_DELIMITER.test(trimmed)) return false;
  const minimum = /^home$/iu.test(items[0] ?? "") ? 2 : 3;
  return (
    items.length >= minimum &&
    items.every((item) => item.length <= 25 && item.split(/\s+/).length <= 3 && !SENTENCE_MARKS.test(item))
  );
}

/**
 * Folds away differences that do not change what an article says (case, whitespace, Unicode
 * compatibility forms, curly vs straight quotes, dash styles, other punctuation), so the same text
 * pasted from two places hashes the same. Not for display: the result has no punctuation.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(INVISIBLE, "")
    .replace(/[\p{P}`´]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Cleans raw article text: unified line endings, no control characters, NFC, no trailing spaces,
 * at most one blank line in a row, no page furniture, and no leading repeat of the headline.
 * Linear in the input size.
 */
export function cleanArticleText(raw: string, options: CleanArticleTextOptions = {}): string {
  const text = raw.replace(LINE_BREAKS, "\n").replace(INVISIBLE, "").normalize("NFC");
  const titleKey = options.title === undefined ? "" : normalizeForHash(options.title);
  let titlePending = titleKey.length > 0;
  let blankPending = false;
  const kept: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trimEnd();
    if (line.length === 0) {
      blankPending = kept.length > 0;
      continue;
    }
    if (isFurnitureLine(line)) continue;
    if (titlePending) {
      titlePending = false;
      if (normalizeForHash(line) === titleKey) continue;
    }
    if (blankPending) kept.push("");
    blankPending = false;
    kept.push(line);
  }
  return kept.join("\n");
}
