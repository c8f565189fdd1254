import type { z } from "zod";
import type { importItemSchema } from "@/lib/validations/import";

/** Safe in the browser: no Node APIs, and only types from the schemas (no Zod in the bundle). */
export type ImportItemInput = z.input<typeof importItemSchema>;

export const IMPORT_FILE_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
/** Matches MAX_HTML_CHARS on the server, so an oversized file is refused before it is sent. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

function baseName(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]*$/, "")
      .replace(/[-_]+/g, " ")
      .trim() || fileName
  );
}

/**
 * The import item for an uploaded file, by extension: HTML and Markdown go to the server as they
 * are (it extracts their text and metadata), plain text is titled by its first line.
 */
export function importItemForFile(fileName: string, text: string): ImportItemInput | { error: string } {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension === "html" || extension === "htm") return { html: text };
  if (extension === "md" || extension === "markdown") return { markdown: text };
  if (extension === "txt") {
    const firstLine =
      text
        .split(/\r?\n/)
        .find((line) => line.trim().length > 0)
        ?.trim() ?? "";
    const title = firstLine.length > 0 && firstLine.length <= 200 ? firstLine : baseName(fileName);
    return { title, body: text };
  }
  return { error: "Only .txt, .md and .html files can be imported." };
}
