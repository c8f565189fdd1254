"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * On a phone the sheet docks to what is actually on screen: the visual viewport, which pinch-zoom
 * (or a page wider than the screen) moves away from the layout viewport that fixed positioning,
 * and so the top layer, measure from. The stylesheet reads the variables set here.
 */
function fitSheetToScreen(dialog: HTMLDialogElement): () => void {
  const vv = window.visualViewport;
  if (!vv) return () => undefined;
  const fit = () => {
    dialog.style.setProperty("--sheet-left", `${vv.offsetLeft}px`);
    dialog.style.setProperty("--sheet-bottom", `${window.innerHeight - vv.offsetTop - vv.height}px`);
    dialog.style.setProperty("--sheet-width", `${vv.width}px`);
    dialog.style.setProperty("--sheet-height", `${vv.height}px`);
  };
  fit();
  vv.addEventListener("resize", fit);
  vv.addEventListener("scroll", fit);
  return () => {
    vv.removeEventListener("resize", fit);
    vv.removeEventListener("scroll", fit);
  };
}

/**
 * A modal built on <dialog>.showModal(): the browser keeps focus inside, makes the page inert and
 * turns Esc into a cancel, which closes through `onClose` so the owner's state stays the truth.
 * Opening focuses the element marked `data-autofocus`, else the first control; closing returns
 * focus to `returnFocus` (the highlight or button that opened it).
 * On phones the stylesheet turns it into a bottom sheet.
 */
export function Modal({
  title,
  onClose,
  returnFocus,
  children,
}: {
  title: string;
  onClose: () => void;
  returnFocus?: HTMLElement | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const focusBack = useRef(returnFocus);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    const back = focusBack.current;
    const unfit = dialog ? fitSheetToScreen(dialog) : undefined;
    return () => {
      unfit?.();
      dialog?.close();
      if (back?.isConnected) back.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-annotate-ui=""
      className="annotate-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its padded content.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="relative space-y-4 p-5">
        <h2 id={titleId} className="pr-8 text-lg font-semibold">
          {title}
        </h2>
        {children}
        {/* Last in the DOM so opening focuses the content, first to the eye. */}
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="absolute top-3 right-3 rounded px-2 py-0.5 text-xl leading-none text-stone-600 hover:bg-stone-100"
        >
          ×
        </button>
      </div>
    </dialog>
  );
}
