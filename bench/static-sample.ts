import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * public/bench/static-sample.html: a plain HTML file about the size of a pinned comparison page,
 * made of the seed articles' text, that the server sends from disk. It is committed rather than
 * written at bench time because public/ is an input of the build: a file that comes and goes
 * would make every `npm start` after a bench rebuild. Regenerate with
 * `npx tsx bench/static-sample.ts <bytes>` when the pinned page's size drifts (the bench says so).
 */
export const STATIC_SAMPLE_PATH = "/bench/static-sample.html";

export function staticSampleFile(root: string): string {
  return path.join(root, "public", STATIC_SAMPLE_PATH);
}

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Paragraphs of the seed articles, one after another, until the file reaches `bytes` (within one). */
export function staticSampleHtml(root: string, bytes: number): string {
  const dir = path.join(root, "seeds", "articles");
  const paragraphs = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => readFileSync(path.join(dir, name), "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter(Boolean);
  const head =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Static sample</title></head><body><main>';
  const tail = "</main></body></html>\n";
  let html = head;
  for (let i = 0; Buffer.byteLength(html + tail) < bytes; i++) {
    html += `<p>${escape(paragraphs[i % paragraphs.length] ?? "")}</p>\n`;
  }
  return html + tail;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bytes = Number(process.argv[2] ?? "");
  if (!Number.isInteger(bytes) || bytes < 1000) {
    console.error("Usage: npx tsx bench/static-sample.ts <bytes>   (the pinned page's size)");
    process.exit(2);
  }
  const file = staticSampleFile(process.cwd());
  writeFileSync(file, staticSampleHtml(process.cwd(), bytes));
  console.log(`Wrote ${path.relative(process.cwd(), file)} (${readFileSync(file).byteLength} bytes)`);
}
