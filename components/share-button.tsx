"use client";

import { useState } from "react";

/** "Share" copies the link pinned to this revision, which shows exactly this forever. */
export function ShareButton({ path, revision }: { path: string; revision: number }) {
  const [message, setMessage] = useState("");
  const share = async () => {
    const url = new URL(path, location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setMessage(`Link to revision ${revision} copied. It will always show this version.`);
    } catch {
      window.prompt("Copy this link; it will always show this version:", url);
      setMessage("");
    }
  };
  return (
    <div className="no-print flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={share}
        className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700"
      >
        Share
      </button>
      <p role="status" className="max-w-xs text-right text-xs text-stone-600">
        {message}
      </p>
    </div>
  );
}
