import { tidy, toIsoDay } from "./page-metadata";

/** Plain text and front-matter metadata from a Markdown document. */
export interface MarkdownArticle {
  title: string | null;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
  /** Plain text, one paragraph per line. */
  text: string;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** `key: value` pairs of YAML front matter; only the scalar fields an article needs. */
function frontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] && match[2]) fields[match[1].toLowerCase()] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return fields;
}

// Backslash-escaped characters are literal: park them in the Private Use Area while markup is
// stripped, then put them back.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const PARKED = /[\ue000-\ue07f]/g;

/** Markup inside one line: images out, links and emphasis down to their text. */
function inlineText(line: string): string {
  return (
    line
      .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
      .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
      // Raw HTML inside Markdown: dangerous elements lose their content, other tags just vanish.
      // Every class below stops at its own opening delimiter, so hostile input stays linear.
      .replace(/<(script|style|iframe|object|template)\b[^<>]*>[^<]*<\/\1\s*>/gi, "")
      .replace(/<\/?[A-Za-z][^<>]*>/g, "")
      .replace(/!\[[^[\]]*\]\([^()]*\)/g, "")
      .replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, "")
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
      .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, "$1")
      .replace(/`+([^`]*)`+/g, "$1")
      .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, "$1")
      .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
      // Underscores inside words (snake_case, file_names) are not emphasis.
      .replace(/(?<!\w)__(?=\S)([^_]*?\S)__(?!\w)/g, "$1")
      .replace(/(?<!\w)_(?=\S)([^_]*?\S)_(?!\w)/g, "$1")
      .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
      .replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
  );
}

/** One line of block-level Markdown as plain text, or null when it carries no text. */
function blockLine(line: string): string | null {
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return null; // thematic break
  if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return null; // setext underline
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return null; // link reference definition
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return null; // table rule
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^(\s*>)+\s?/, "")
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, "");
  if (/^\s*\|.*\|\s*$/.test(text)) {
    text = text
      .trim()
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim())
      .join(" ");
  }
  const plain = inlineText(text).replace(/\s+/g, " ").trim();
  return plain ? plain : null;
}

/**
 * Strips Markdown to the text a reader sees. Paragraph lines written on several source lines are
 * joined, so each paragraph is one line as in every other import.
 */
export function markdownToText(markdown: string): MarkdownArticle {
  const source = markdown.replace(/\r\n?/g, "\n");
  const front = FRONT_MATTER.exec(source);
  const fields = front?.[1] ? frontMatter(front[1]) : {};
  const body = front ? source.slice(front[0].length) : source;

  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  let fence: string | null = null;
  for (const line of body.split("\n")) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      else if (line.trim()) paragraphs.push(line.trimEnd());
      continue;
    }
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    // Headings, list items, quotes and table rows stand alone; plain lines join their paragraph.
    const standalone = /^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|\|)/.test(line);
    const text = blockLine(line);
    if (text === null || standalone) flush();
    if (text !== null) current.push(text);
    if (standalone) flush();
  }
  flush();

  return {
    title: tidy(fields.title),
    author: tidy(fields.author, 200),
    source: tidy(fields.source ?? fields.publisher ?? fields.site, 200),
    publishedAt: toIsoDay(fields.date ?? fields.published ?? fields.publishedat),
    text: paragraphs.join("\n"),
  };
}
