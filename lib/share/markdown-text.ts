/**
 * Untrusted text (titles, quotes, notes) made inert in Markdown: a report opened in a Markdown
 * viewer must show these characters, never turn them into links, emphasis, tables or raw HTML.
 * Newlines collapse because every place we print text is a single line (cell, list item, quote).
 */
export function mdText(value: string): string {
  const line = value.replace(/\s+/g, " ").trim();
  const escaped = line.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
  // Block syntax only counts at the start of a line, which is where a list item's text begins.
  return escaped.replace(/^[#+=-]/, (m) => `\\${m}`).replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A link only to http(s) addresses, percent-encoded so it cannot end early or carry markup. */
export function mdLink(label: string, url: string | null): string {
  if (!url) return mdText(label);
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return mdText(label);
    href = parsed.href.replaceAll("(", "%28").replaceAll(")", "%29");
  } catch {
    return mdText(label);
  }
  return `[${mdText(label)}](${href})`;
}
