import { gzipSync } from "node:zlib";

/**
 * The JavaScript a first visit to a page downloads: every `<script src>` in its HTML, fetched and
 * gzipped the way a server would send them, summed. Inline scripts (page data) are part of the HTML
 * and not counted here.
 */
export async function firstLoadJs(
  origin: string,
  path: string,
): Promise<{ gzipBytes: number; scripts: number }> {
  const html = await (await fetch(`${origin}${path}`)).text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)) {
    if (match[1]) sources.add(match[1].replaceAll("&amp;", "&"));
  }
  let gzipBytes = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, origin));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    gzipBytes += gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
  }
  return { gzipBytes, scripts: sources.size };
}
