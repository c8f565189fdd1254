"use client";

import { useState } from "react";

/** Copies an absolute link to this page (with `hash`, or to `path` when given) and says so. */
export function CopyLinkButton({
  hash,
  path,
  label,
  doneLabel,
}: {
  hash?: string;
  path?: string;
  label: string;
  doneLabel: string;
}) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const url = new URL(path ?? location.pathname, location.origin);
    url.hash = hash ?? "";
    try {
      await navigator.clipboard.writeText(url.toString());
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the link instead.
      window.prompt("Copy this link:", url.toString());
    }
    setDone(true);
    window.setTimeout(() => setDone(false), 2500);
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="copy-link no-print rounded px-1 text-xs text-stone-500 hover:bg-stone-100 hover:text-stone-900"
      aria-label={done ? doneLabel : label}
      title={label}
    >
      <span aria-hidden="true">{done ? "✓" : "#"}</span>
      <span role="status" className="sr-only">
        {done ? doneLabel : ""}
      </span>
    </button>
  );
}
