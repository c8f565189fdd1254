import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchPageError } from "./fetch-error";

export type PageKind = "html" | "text" | "markdown";

const KINDS: Readonly<Record<string, PageKind>> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

/** What kind of page a Content-Type announces; anything but HTML or text is refused. */
export function pageKindOf(contentType: string | undefined): PageKind {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const kind = KINDS[mediaType];
  if (!kind) {
    throw new FetchPageError(
      "unsupported-type",
      mediaType
        ? `That address serves ${mediaType.slice(0, 80)}, not a web page; Parallax imports HTML pages and plain text.`
        : "That address does not say what kind of document it serves; Parallax imports HTML pages and plain text.",
    );
  }
  return kind;
}

export function tooLarge(maxBytes: number): FetchPageError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new FetchPageError(
    "too-large",
    `The page is larger than ${mb} MB; Parallax does not import pages that large.`,
  );
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  throw new FetchPageError(
    "unsupported-type",
    `That site compresses its page as "${encoding.slice(0, 40)}", which Parallax cannot read.`,
  );
}

/**
 * Reads the body, decompressed, and aborts as soon as it passes `maxBytes`. The limit counts
 * decompressed bytes, so a small compressed bomb cannot fill the server's memory either.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    response.destroy();
    stream.destroy();
    if (error instanceof FetchPageError) throw error;
    throw new FetchPageError("unreachable", "The site closed the connection before the page was complete.");
  }
  return Buffer.concat(chunks);
}

/** The charset the response or the page itself declares; UTF-8 when none (the web's default). */
function charsetOf(bytes: Buffer, contentType: string | undefined, kind: PageKind): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (fromHeader) return fromHeader;
  if (kind !== "html") return "utf-8";
  // HTML may declare its charset in a <meta> within the first 1024 bytes.
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? "utf-8";
}

// 0x80–0x9F of windows-1252 (curly quotes, dashes, €). Node 20's TextDecoder decodes this
// encoding as ISO-8859-1 and turns them into invisible C1 controls; undefined bytes stay as is.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Buffer): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

export function decodeBody(bytes: Buffer, contentType: string | undefined, kind: PageKind): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(bytes, contentType, kind));
  } catch {
    // An unknown label: UTF-8 with replacement characters beats refusing the page.
    decoder = new TextDecoder("utf-8");
  }
  // "iso-8859-1", "latin1" and "ascii" are all windows-1252 on the web, as browsers read them.
  return decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
}
