"use client";

import { type CSSProperties, useEffect, useState } from "react";

const WIDTH = 180;
const PHONE = "(max-width: 639px)";

/**
 * Where the button goes: under the selected words; on a phone, docked along the bottom of what
 * is actually on screen (the visual viewport, which pinch-zoom and a wide page move away from the
 * layout viewport that `position: fixed` measures from), clear of the system's selection menu.
 */
function place(range: Range): CSSProperties {
  const vv = window.visualViewport;
  if (vv && window.matchMedia(PHONE).matches) {
    return {
      "--popover-x": `${vv.offsetLeft + 16}px`,
      "--popover-y": `${vv.offsetTop + vv.height - 60}px`,
      "--popover-w": `${vv.width - 32}px`,
    } as CSSProperties;
  }
  const rect = range.getBoundingClientRect();
  return {
    "--popover-x": `${Math.max(8, Math.min(rect.left, window.innerWidth - WIDTH - 8))}px`,
    "--popover-y": `${Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - 56))}px`,
  } as CSSProperties;
}

/**
 * The small button that appears under selected words and follows them as the page or a column
 * scrolls. Pressing it must not clear the selection, hence the prevented mousedown.
 */
export function SelectionPopover({ range, onCreate }: { range: Range; onCreate: () => void }) {
  const [style, setStyle] = useState(() => place(range));
  useEffect(() => {
    const update = () => setStyle(place(range));
    const vv = window.visualViewport;
    window.addEventListener("scroll", update, true);
    window.addEventListener("resize", update);
    vv?.addEventListener("resize", update);
    vv?.addEventListener("scroll", update);
    return () => {
      window.removeEventListener("scroll", update, true);
      window.removeEventListener("resize", update);
      vv?.removeEventListener("resize", update);
      vv?.removeEventListener("scroll", update);
    };
  }, [range]);
  return (
    <div className="annotate-popover no-print" style={style} data-annotate-ui="">
      <button
        type="button"
        className="annotate-button-primary shadow-lg"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onCreate}
      >
        <span aria-hidden="true">＋</span> Add claim
      </button>
    </div>
  );
}
