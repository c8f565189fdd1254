"use client";

import type { ToastState } from "./use-annotations";

/**
 * Says what just happened, with Undo. A polite live region, so screen readers hear it without
 * losing their place; it stays until dismissed or replaced, so nobody has to race a timer.
 */
export function Toast({
  toast,
  canUndo,
  author,
  onUndo,
  onChangeName,
  onDismiss,
}: {
  toast: ToastState | null;
  canUndo: boolean;
  author: string | null;
  onUndo: () => void;
  onChangeName: () => void;
  onDismiss: () => void;
}) {
  return (
    <div role="status" aria-live="polite" className="annotate-toast-region" data-annotate-ui="">
      {toast ? (
        <div className={`annotate-toast ${toast.tone === "error" ? "annotate-toast-error" : ""}`}>
          <p className="min-w-0 flex-1">
            {toast.tone === "error" ? <span aria-hidden="true">⚠ </span> : null}
            {toast.text}
            {toast.changeName ? (
              <>
                {" "}
                {author ? `You annotate as ${author}. ` : ""}
                <button type="button" className="underline" onClick={onChangeName}>
                  {author ? "Change name" : "Set your name"}
                </button>
              </>
            ) : null}
          </p>
          {canUndo ? (
            <button type="button" className="annotate-toast-button" onClick={onUndo}>
              Undo
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" className="annotate-toast-button" onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
