"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import {
  IMPORT_FILE_ACCEPT,
  type ImportItemInput,
  importItemForFile,
  MAX_IMPORT_FILE_BYTES,
} from "@/lib/import/file-item";
import { type ImportOutcome, outcomeOfResponse } from "@/lib/import/outcome";

type Mode = "url" | "paste" | "files";
const MODES: readonly [Mode, string][] = [
  ["url", "From a web address"],
  ["paste", "Paste text"],
  ["files", "Upload files"],
];
type FileRow = { name: string; state: "waiting" | "importing" | ImportOutcome };

const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";
const button =
  "rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60";

async function postImport(
  payload: { url: string } | { articles: ImportItemInput[] },
): Promise<ImportOutcome> {
  try {
    const response = await fetch("/api/imports", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    const body: unknown = await response.json().catch(() => null);
    return outcomeOfResponse(response.status, body);
  } catch {
    return { kind: "failed", detail: "Parallax could not be reached; check your connection and try again." };
  }
}

function OutcomeText({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === "imported") {
    return (
      <>
        Imported{" "}
        <Link href={`/articles/${outcome.articleId}`} className="text-blue-800 underline">
          {outcome.title}
        </Link>{" "}
        · {outcome.claimCount} suggested claims
      </>
    );
  }
  if (outcome.kind === "duplicate") {
    return (
      <>
        Already in the library →{" "}
        <Link href={`/articles/${outcome.articleId}`} className="text-blue-800 underline">
          open the article
        </Link>
      </>
    );
  }
  return <>{outcome.detail}</>;
}

function FileState({ state }: { state: FileRow["state"] }) {
  if (state === "waiting") return <span className="text-stone-500">Waiting</span>;
  if (state === "importing") return <span className="text-stone-700">Importing…</span>;
  const mark = { imported: "✓", duplicate: "=", failed: "✕" }[state.kind];
  return (
    <span className={state.kind === "failed" ? "text-red-800" : "text-stone-700"}>
      <span aria-hidden="true">{mark} </span>
      <OutcomeText outcome={state} />
    </span>
  );
}

/** Import by URL, pasted text or files. A single import opens the new article. */
export function ImportPanel() {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("url");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [rows, setRows] = useState<FileRow[]>([]);

  async function importOne(payload: { url: string } | { articles: ImportItemInput[] }): Promise<void> {
    setBusy(true);
    setOutcome(null);
    const result = await postImport(payload);
    // Stay busy while the article page loads, so the form cannot be sent twice.
    if (result.kind === "imported") return router.push(`/articles/${result.articleId}`);
    setOutcome(result);
    setBusy(false);
  }

  function submitUrl(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void importOne({ url: String(new FormData(event.currentTarget).get("url") ?? "").trim() });
  }

  function submitPaste(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string): string | null => String(form.get(name) ?? "").trim() || null;
    void importOne({
      articles: [
        {
          title: value("title") ?? "",
          source: value("source"),
          author: value("author"),
          publishedAt: value("publishedAt"),
          body: String(form.get("body") ?? ""),
        },
      ],
    });
  }

  async function submitFiles(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("files");
    const files = input instanceof HTMLInputElement ? Array.from(input.files ?? []) : [];
    if (files.length === 0) return setOutcome({ kind: "failed", detail: "Choose one or more files first." });
    setBusy(true);
    setOutcome(null);
    const states: FileRow["state"][] = files.map(() => "waiting");
    const show = (): void =>
      setRows(files.map((file, i) => ({ name: file.name, state: states[i] ?? "waiting" })));
    show();
    // One request per file, in turn: each file's progress and result show as they happen.
    for (const [i, file] of files.entries()) {
      states[i] = "importing";
      show();
      const item =
        file.size > MAX_IMPORT_FILE_BYTES
          ? { error: "The file is larger than 5 MB." }
          : importItemForFile(file.name, await file.text());
      states[i] =
        "error" in item ? { kind: "failed", detail: item.error } : await postImport({ articles: [item] });
      show();
    }
    const [only] = states;
    if (files.length === 1 && typeof only === "object" && only.kind === "imported") {
      return router.push(`/articles/${only.articleId}`);
    }
    setBusy(false);
    router.refresh();
  }

  return (
    <div className="mt-3 max-w-3xl rounded-lg border border-stone-200 bg-white p-4">
      <div role="group" aria-label="How to import" className="flex flex-wrap gap-2">
        {MODES.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={mode === value}
            onClick={() => {
              setMode(value);
              setOutcome(null);
            }}
            className="rounded-full border border-stone-300 px-3 py-1 text-sm aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white"
          >
            {label}
          </button>
        ))}
      </div>

      {mode === "url" ? (
        <form onSubmit={submitUrl} className="mt-4 flex flex-wrap items-end gap-3">
          <label className="min-w-64 flex-1 text-sm font-medium">
            Web address
            <input name="url" type="url" required placeholder="https://…" className={field} />
          </label>
          <button type="submit" disabled={busy} className={button}>
            {busy ? "Fetching…" : "Import page"}
          </button>
        </form>
      ) : mode === "paste" ? (
        <form onSubmit={submitPaste} className="mt-4 grid gap-3 sm:grid-cols-2">
          <label className="text-sm font-medium sm:col-span-2">
            Title
            <input name="title" required maxLength={300} className={field} />
          </label>
          <label className="text-sm font-medium">
            Source
            <input name="source" maxLength={200} className={field} />
          </label>
          <label className="text-sm font-medium">
            Author
            <input name="author" maxLength={200} className={field} />
          </label>
          <label className="text-sm font-medium">
            Published
            <input name="publishedAt" type="date" className={field} />
          </label>
          <label className="text-sm font-medium sm:col-span-2">
            Article text
            <textarea name="body" required rows={8} className={field} />
          </label>
          <div>
            <button type="submit" disabled={busy} className={button}>
              {busy ? "Importing…" : "Import text"}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={submitFiles} className="mt-4 flex flex-wrap items-end gap-3">
          <label className="flex-1 text-sm font-medium">
            Files (.txt, .md, .html)
            <input name="files" type="file" multiple accept={IMPORT_FILE_ACCEPT} className={field} />
          </label>
          <button type="submit" disabled={busy} className={button}>
            {busy ? "Importing…" : "Import files"}
          </button>
        </form>
      )}

      {rows.length > 0 && mode === "files" ? (
        <ol aria-label="Imported files" aria-live="polite" className="mt-4 divide-y divide-stone-200 text-sm">
          {rows.map((row, i) => (
            <li key={`${i}-${row.name}`} className="flex flex-wrap gap-x-3 py-2">
              <span className="font-medium break-all">{row.name}</span>
              <FileState state={row.state} />
            </li>
          ))}
        </ol>
      ) : null}

      {outcome ? (
        <p
          role={outcome.kind === "failed" ? "alert" : "status"}
          className={`mt-4 rounded-md border p-3 text-sm ${outcome.kind === "failed" ? "border-red-300 bg-red-50 text-red-900" : "border-stone-300 bg-stone-50"}`}
        >
          <OutcomeText outcome={outcome} />
        </p>
      ) : null}
    </div>
  );
}
