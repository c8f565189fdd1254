import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { checkMarkupBudget, stripNonContent, UnreadableHtmlError } from "./markup-budget";
import { cleanByline, type PageMetadata, readPageMetadata, tidy, toIsoDay } from "./page-metadata";

/** What an HTML page yields for import: plain text and the metadata the page declares. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  /** Plain text, one paragraph per line. Never markup. */
  text: string;
}

// Never text a reader should see: code, embedded media, form controls, and (outside the article
// Readability picked) the page's navigation chrome.
const SKIP = new Set(
  (
    "script style noscript template iframe frame frameset object embed applet svg math canvas img " +
    "picture video audio source track map area button input select option textarea form dialog " +
    "head meta link base title"
  ).split(" "),
);
/** Menus are never article text; a header or aside inside the chosen article may be. */
const IN_ARTICLE_CHROME: ReadonlySet<string> = new Set(["nav", "menu"]);
const PAGE_CHROME: ReadonlySet<string> = new Set(["nav", "menu", "header", "footer", "aside"]);
const BLOCKS = new Set(
  (
    "p div section article main header footer aside h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote " +
    "figure figcaption table caption thead tbody tfoot tr hr address details summary center body html"
  ).split(" "),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The visible text under `root`, one block per line. Iterative, so a hostile page nested
 * thousands of levels deep cannot overflow the stack.
 */
export function domToText(root: Node, options: { skip?: ReadonlySet<string> } = {}): string {
  const lines: string[] = [];
  let line = "";
  const flush = (): void => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  const stack: (Node | { close: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    if ("close" in item) {
      if (item.close === "td" || item.close === "th") line += " ";
      else flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      line += item.textContent ?? "";
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const element = item as Element;
    const tag = (element.localName ?? "").toLowerCase();
    if (SKIP.has(tag) || options.skip?.has(tag)) continue;
    if (element.hasAttribute?.("hidden") || element.getAttribute?.("aria-hidden") === "true") continue;
    if (tag === "br") {
      flush();
      continue;
    }
    if (tag === "pre") {
      flush();
      for (const preLine of (element.textContent ?? "").split("\n")) {
        if (preLine.trim()) lines.push(preLine.trimEnd());
      }
      continue;
    }
    if (BLOCKS.has(tag) || tag === "td" || tag === "th") {
      if (BLOCKS.has(tag)) flush();
      stack.push({ close: tag });
    }
    const children = Array.from(item.childNodes);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return lines.join("\n");
}

/** Readability's choice of the article's content, or null when it finds none. */
function readabilityContent(document: Document): {
  node: Node;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
} | null {
  try {
    const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (!parsed?.content) return null;
    return {
      node: parsed.content,
      title: tidy(parsed.title),
      byline: tidy(parsed.byline, 200),
      siteName: tidy(parsed.siteName, 200),
      publishedTime: tidy(parsed.publishedTime, 100),
    };
  } catch {
    // Readability gives up on some malformed documents; the plain text walk below still works.
    return null;
  }
}

/** Drops a leading "By Jane Roe" line when the byline is known, so it is not stored as text. */
function withoutBylineLine(text: string, byline: string | null): string {
  if (!byline) return text;
  const lines = text.split("\n");
  const isByline = (line: string): boolean =>
    line.length <= 200 && (cleanByline(line) === byline || (/^by\s/i.test(line) && line.includes(byline)));
  const index = lines.slice(0, 3).findIndex(isByline);
  return index === -1 ? text : [...lines.slice(0, index), ...lines.slice(index + 1)].join("\n");
}

/** linkedom needs a whole document: a bare fragment would lose its text or break `document.body`. */
function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  try {
    return parseHTML(whole).document;
  } catch {
    // linkedom recurses per level; the budget check makes this rare, but never a 500.
    throw new UnreadableHtmlError("Parallax could not read that page's markup. Paste its text instead.");
  }
}

/**
 * Extracts the article from an HTML document. The markup is parsed by linkedom, which never runs
 * scripts or loads resources, and only text leaves this function. Throws UnreadableHtmlError for
 * markup beyond the extraction budget (see markup-budget.ts).
 */
export function htmlToArticle(raw: string, options: { url?: string } = {}): ExtractedArticle {
  const html = stripNonContent(raw);
  const budget = checkMarkupBudget(html);
  const document = parseDocument(html);
  // Metadata and the fallback text come from this untouched copy; Readability rewrites its own.
  const meta: PageMetadata = readPageMetadata(document, options.url);
  const article = budget.readability ? readabilityContent(parseDocument(html)) : null;
  const byline = cleanByline(meta.byline ?? article?.byline ?? null);
  const articleText = article ? domToText(article.node, { skip: IN_ARTICLE_CHROME }) : "";
  // The whole tree, not just <body>: on sloppy markup the text may sit outside it.
  const root = document.documentElement;
  const text = articleText.trim() ? articleText : root ? domToText(root, { skip: PAGE_CHROME }) : "";
  return {
    title: meta.title ?? article?.title ?? meta.documentTitle,
    byline,
    siteName: meta.siteName ?? article?.siteName ?? null,
    publishedAt: meta.publishedAt ?? toIsoDay(article?.publishedTime),
    canonicalUrl: meta.canonicalUrl,
    text: withoutBylineLine(text, byline),
  };
}
