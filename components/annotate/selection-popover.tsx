"use client";

import { type CSSProperties, useEffect, useState } from "react";

const WIDTH = 180;

/**
 * The small button that appears under selected words. It follows the words as the page or a
 * column scrolls; on a phone the stylesheet docks it at the bottom, clear of the system's own
 * selection menu. Pressing it must not clear the selection, hence the prevented mousedown.
 */
export function SelectionPopover({ range, onCreate }: { range: Range; onCreate: () => void }) {
  const [rect, setRect] = useState(() => range.getBoundingClientRect());
  useEffect(() => {
    const update = () => setRect(range.getBoundingClientRect());
    window.addEventListener("scroll", update, true);
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update, true);
      window.removeEventListener("resize", update);
    };
  }, [range]);
  const style = {
    "--popover-x": `${Math.max(8, Math.min(rect.left, window.innerWidth - WIDTH - 8))}px`,
    "--popover-y": `${Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - 56))}px`,
  } as CSSProperties;
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
