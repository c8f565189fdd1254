"use client";

import { useEffect } from "react";

const FLASH_MS = 1600;
const VERB = { contradict: "contradicts", partial: "partly matches", agree: "agrees with" } as const;

function marksOfSlot(root: Element, slot: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("mark[data-slot]")].filter((m) => m.dataset.slot === slot);
}

function columnOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>(".comparison-column");
}

/** Shows a column on phones, where only the column whose tab is chosen is visible. */
function showColumn(column: HTMLElement): void {
  const tab = document.getElementById(`col-tab-${column.dataset.col ?? ""}`);
  if (tab instanceof HTMLInputElement) tab.checked = true;
}

/** Percent-encodes text for a `#:~:text=` fragment, where "-", "," and "&" are syntax. */
function fragmentText(text: string): string {
  return encodeURIComponent(text.trim()).replace(/-/g, "%2D").replace(/,/g, "%2C");
}

function flash(elements: readonly HTMLElement[]): void {
  for (const el of elements) {
    el.classList.remove("is-flashing");
    void el.offsetWidth; // restart the animation
    el.classList.add("is-flashing");
    window.setTimeout(() => el.classList.remove("is-flashing"), FLASH_MS);
  }
}

/**
 * Scrolls the column that holds `el` so `el` sits in its middle (or at `offset` from its top),
 * and the page so the column is in view; other columns keep their own positions.
 */
function scrollInColumn(el: HTMLElement, offset?: number): void {
  const column = columnOf(el);
  const scroller = column?.querySelector<HTMLElement>(".column-scroll");
  if (!column || !scroller) return;
  showColumn(column);
  if (scroller.scrollHeight <= scroller.clientHeight) {
    // On a phone the column does not scroll by itself: the page does.
    el.scrollIntoView({ block: "center" });
    return;
  }
  const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  scroller.scrollTo({ top: top - (offset ?? scroller.clientHeight / 2) });
  if (offset === undefined) column.scrollIntoView({ block: "nearest" });
}

/**
 * The comparison page's one client island. It reads everything it needs from data attributes the
 * server rendered: hovering or focusing a highlight lights up its counterparts and says which
 * sources they are; matrix links scroll a column to the quote and flash it; arrow keys move
 * between claims; Esc clears. Renders nothing itself.
 */
export function ComparisonInteractions() {
  useEffect(() => {
    const root = document.querySelector(".comparison");
    const status = document.getElementById("counterpart-status");
    const actions = document.getElementById("claim-actions");
    const original = actions?.querySelector<HTMLAnchorElement>("[data-action='open-original']");
    const align = document.getElementById("align-columns");
    if (!root || !status || !actions) return;
    let activeClaim: HTMLElement | null = null;

    const clear = () => {
      root
        .querySelectorAll(".is-active, .is-counterpart")
        .forEach((el) => el.classList.remove("is-active", "is-counterpart"));
      status.textContent = "";
      actions.hidden = true;
      activeClaim = null;
    };

    const activate = (mark: HTMLElement) => {
      clear();
      const slot = mark.dataset.slot ?? "";
      const column = columnOf(mark);
      const others = marksOfSlot(root, slot).filter((m) => columnOf(m) !== column);
      mark.classList.add("is-active");
      activeClaim = mark;
      actions.hidden = false;
      const source = column?.dataset.url;
      if (original) {
        original.hidden = !source;
        // A text fragment link opens the original page scrolled to these words, where supported.
        if (source) original.href = `${source.split("#")[0]}#:~:text=${fragmentText(mark.textContent ?? "")}`;
      }
      others.forEach((m) => m.classList.add("is-counterpart"));
      const sources = [...new Set(others.map((m) => columnOf(m)?.dataset.source ?? ""))].filter(Boolean);
      const verdict = mark.dataset.verdict as keyof typeof VERB | "single" | undefined;
      const label = root.querySelector<HTMLElement>(`tr[id="row-${slot}"] .row-link`)?.textContent ?? slot;
      status.textContent =
        sources.length === 0 || verdict === "single" || !verdict
          ? `${label}: no other source speaks to this.`
          : `${label}: ${VERB[verdict]} ${sources.length} source${sources.length > 1 ? "s" : ""}: ${sources.join(", ")}.`;
      if (align instanceof HTMLInputElement && align.checked) {
        const scroller = column?.querySelector<HTMLElement>(".column-scroll");
        const offset = scroller
          ? mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top
          : undefined;
        const firstPerColumn = new Map<HTMLElement | null, HTMLElement>();
        for (const m of others) if (!firstPerColumn.has(columnOf(m))) firstPerColumn.set(columnOf(m), m);
        firstPerColumn.forEach((m) => scrollInColumn(m, offset));
      }
    };

    const goTo = (hash: string) => {
      const id = decodeURIComponent(hash.replace(/^#/, ""));
      if (id.startsWith("claim-")) {
        const target = document.getElementById(id);
        const mark = target?.tagName === "MARK" ? target : (target?.nextElementSibling as HTMLElement | null);
        if (!mark) return;
        scrollInColumn(mark);
        flash([mark]);
        activate(mark);
      } else if (id.startsWith("row-")) {
        const slot = id.slice(4);
        const marks = marksOfSlot(root, slot);
        const firstPerColumn = new Map<HTMLElement | null, HTMLElement>();
        for (const m of marks) if (!firstPerColumn.has(columnOf(m))) firstPerColumn.set(columnOf(m), m);
        firstPerColumn.forEach((m) => scrollInColumn(m));
        flash([
          ...marks,
          ...(document.getElementById(id) ? [document.getElementById(id) as HTMLElement] : []),
        ]);
      }
    };

    const onClick = (event: Event) => {
      if ((event.target as Element).closest("[data-action='copy-claim-link']") && activeClaim) {
        const url = new URL(location.href);
        url.hash = `claim-${activeClaim.dataset.claimId ?? ""}`;
        void navigator.clipboard?.writeText(url.toString()).then(
          () => (status.textContent = "Link to this claim copied."),
          () => window.prompt("Copy this link:", url.toString()),
        );
        return;
      }
      const link = (event.target as Element).closest<HTMLAnchorElement>("a.claim-link, a.row-link");
      if (!link) return;
      const hash = link.getAttribute("href") ?? "";
      event.preventDefault();
      history.replaceState(null, "", hash);
      goTo(hash);
    };
    const onOver = (event: Event) => {
      const mark = (event.target as Element).closest<HTMLElement>("mark[data-slot]");
      if (mark) activate(mark);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        clear();
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        return;
      }
      const mark = (event.target as Element).closest?.<HTMLElement>("mark[data-slot]");
      if (!mark || !["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"].includes(event.key)) return;
      const inColumn = [...(columnOf(mark)?.querySelectorAll<HTMLElement>("mark[tabindex='0']") ?? [])];
      const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
      const next = inColumn[inColumn.indexOf(mark) + step];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    };

    root.addEventListener("click", onClick);
    root.addEventListener("mouseover", onOver);
    root.addEventListener("focusin", onOver);
    document.addEventListener("keydown", onKey);
    if (location.hash) goTo(location.hash);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("focusin", onOver);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
