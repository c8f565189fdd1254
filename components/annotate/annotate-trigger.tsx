"use client";

import { type ComponentType, useCallback, useEffect, useRef, useState } from "react";
import { UNDO_STORAGE_KEY } from "@/lib/annotate/storage-keys";
import type { AnnotatorProps, Intent } from "./intent";

/** Long enough for a drag or a long-press to settle, short enough to feel immediate. */
const SETTLE_MS = 150;

type Handler = (intent: Intent) => void;

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function textRootOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>("[data-annotate-text]") ?? null;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element
    ? target.closest<HTMLElement>("[data-annotate-text] mark[data-claim-id]")
    : null;
}

/**
 * The only annotation code in the page's first load: it notices the gestures that start
 * annotating (selecting words of an article, clicking or pressing Enter on a highlight, a claim's
 * Accept/Reject/Edit button, the Annotate button, Ctrl+Z with something to undo), loads the real
 * annotator with `import()` on the first one, and hands every gesture to it from then on.
 */
export function AnnotateTrigger({ slug }: { slug?: string }) {
  const [Annotator, setAnnotator] = useState<ComponentType<AnnotatorProps> | null>(null);
  const bus = useRef<{ handler: Handler | null; queue: Intent[]; loading: boolean }>({
    handler: null,
    queue: [],
    loading: false,
  });

  const send = useCallback((intent: Intent) => {
    const state = bus.current;
    if (state.handler) return state.handler(intent);
    if (intent.type === "unselect") return;
    state.queue.push(intent);
    if (state.loading) return;
    state.loading = true;
    import("./annotator")
      .then((module) => setAnnotator(() => module.Annotator))
      .catch((error: unknown) => {
        // Offline or a new deployment: the next gesture tries again.
        state.loading = false;
        console.error("Could not load the annotator", error);
      });
  }, []);

  const connect = useCallback((handler: Handler) => {
    const state = bus.current;
    state.handler = handler;
    const queued = state.queue.splice(0);
    queueMicrotask(() => queued.forEach(handler));
    return () => {
      state.handler = null;
    };
  }, []);

  useEffect(() => {
    let pointerDown = false;
    let timer: number | undefined;
    const settle = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
          return send({ type: "unselect" });
        const range = selection.getRangeAt(0).cloneRange();
        const root = textRootOf(range.startContainer);
        if (!root?.dataset.annotateText) return send({ type: "unselect" });
        // A triple-click on the last paragraph runs past the text; keep the part inside it.
        if (!root.contains(range.endContainer)) range.setEnd(root, root.childNodes.length);
        send({ type: "select", articleId: root.dataset.annotateText, range });
      }, SETTLE_MS);
    };
    const onSelectionChange = () => {
      if (!pointerDown) settle();
    };
    const onPointerDown = () => {
      pointerDown = true;
    };
    const onPointerUp = (event: PointerEvent) => {
      pointerDown = false;
      if (!(event.target instanceof Element && event.target.closest("[data-annotate-ui]"))) settle();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLElement>("[data-claim-action]");
      const { claimAction, claimId, articleId } = button?.dataset ?? {};
      if (
        button &&
        claimId &&
        articleId &&
        (claimAction === "accept" || claimAction === "reject" || claimAction === "edit")
      ) {
        return send({ type: "action", action: claimAction, claimId, articleId, element: button });
      }
      const mark = markOf(target);
      if (mark && document.getSelection()?.isCollapsed !== false) claimIntent(mark);
    };
    const claimIntent = (mark: HTMLElement) => {
      const articleId = textRootOf(mark)?.dataset.annotateText;
      const ids = (mark.dataset.claimIds ?? mark.dataset.claimId ?? "").split(" ").filter(Boolean);
      if (articleId && ids.length > 0) send({ type: "claim", articleId, claimIds: ids, element: mark });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const mark = markOf(event.target);
      if (event.key === "Enter" && mark) {
        event.preventDefault();
        return claimIntent(mark);
      }
      const undo =
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === "z";
      // In a text field Ctrl+Z undoes typing; with a dialog open it would undo behind the user's back.
      if (
        !undo ||
        isEditable(event.target) ||
        event.defaultPrevented ||
        document.querySelector("dialog[open]")
      )
        return;
      if (bus.current.handler || sessionStorage.getItem(UNDO_STORAGE_KEY)) {
        event.preventDefault();
        send({ type: "undo" });
      }
    };
    document.documentElement.dataset.annotate = "ready";
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("pointerup", onPointerUp, true);
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      window.clearTimeout(timer);
      delete document.documentElement.dataset.annotate;
      document.removeEventListener("selectionchange", onSelectionChange);
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("pointerup", onPointerUp, true);
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [send]);

  return (
    <>
      <button
        type="button"
        data-annotate-ui=""
        onClick={() => send({ type: "open" })}
        className="no-print inline-flex items-center gap-1 rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
      >
        <span aria-hidden="true">✎</span> Annotate
      </button>
      {Annotator ? <Annotator connect={connect} slug={slug} /> : null}
    </>
  );
}
