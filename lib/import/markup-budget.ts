/**
 * Keeps HTML extraction's cost bounded. linkedom and Readability run synchronously on the
 * server's one thread and are far from linear on deep or huge markup (measured: Readability took
 * 17 s on 1,000 nested <div>s; linkedom overflows its stack near 4,000), so a hostile page could
 * stall every other request. Everything here is a single linear pass over the text.
 */

/** Past this depth no real page goes, and linkedom's recursion gets close to overflowing. */
export const MAX_MARKUP_DEPTH = 1_000;
/** About a second of parsing; real article pages have a few thousand elements. */
export const MAX_MARKUP_ELEMENTS = 60_000;
/** Readability runs only within these (measured at about 2 s at the edge); beyond, a linear walk. */
export const READABILITY_MAX_DEPTH = 100;
export const READABILITY_MAX_ELEMENTS = 15_000;

export class UnreadableHtmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableHtmlError";
  }
}

// Elements that never hold article text. JSON-LD scripts stay: they carry the metadata.
const NON_CONTENT = /<(script|style|svg|noscript|template|iframe|object|math|canvas)\b[^<>]*>|<!--/gi;

/**
 * Cuts comments and non-content elements with everything inside them. Each cut jumps past its
 * closing tag (or to the end, as a browser would treat an unclosed <script>), so this stays linear.
 */
export function stripNonContent(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let from = 0;
  NON_CONTENT.lastIndex = 0;
  for (let match = NON_CONTENT.exec(html); match; match = NON_CONTENT.exec(html)) {
    const name = match[1]?.toLowerCase();
    if (name === "script" && /application\/ld\+json/i.test(match[0])) continue;
    const closer = name ? `</${name}` : "-->";
    const close = lower.indexOf(closer, match.index + match[0].length);
    out += html.slice(from, match.index);
    if (close === -1) {
      from = html.length;
      break;
    }
    const end = name ? lower.indexOf(">", close) : close + closer.length - 1;
    from = end === -1 ? html.length : end + 1;
    NON_CONTENT.lastIndex = from;
  }
  return out + html.slice(from);
}

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr frame keygen".split(" "),
);
// End tags a parser may infer, so sloppy pages leave them out; counting them would overstate depth.
const OPTIONAL_END = new Set(
  "p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body".split(
    " ",
  ),
);

/** Element count and an estimate of nesting depth, from the tags alone. */
export function measureMarkup(html: string): { elements: number; depth: number } {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = (match[2] ?? "").toLowerCase();
    if (match[1]) {
      if (!OPTIONAL_END.has(name) && !VOID.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (match[3] || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth++;
    deepest = Math.max(deepest, depth);
  }
  return { elements, depth: deepest };
}

/** Throws when a page is beyond what extraction will attempt; says whether Readability may run. */
export function checkMarkupBudget(html: string): { readability: boolean } {
  const { elements, depth } = measureMarkup(html);
  if (depth > MAX_MARKUP_DEPTH) {
    throw new UnreadableHtmlError(
      `That page's markup is nested more than ${MAX_MARKUP_DEPTH} levels deep; Parallax cannot read it. Paste its text instead.`,
    );
  }
  if (elements > MAX_MARKUP_ELEMENTS) {
    throw new UnreadableHtmlError(
      `That page has more than ${MAX_MARKUP_ELEMENTS.toLocaleString("en-US")} HTML elements; Parallax cannot read it. Paste its text instead.`,
    );
  }
  return { readability: depth <= READABILITY_MAX_DEPTH && elements <= READABILITY_MAX_ELEMENTS };
}
