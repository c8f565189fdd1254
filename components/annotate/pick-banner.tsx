"use client";

import type { LinkEnd } from "./link-form";

/** Shown while the annotator chooses the other end of a link; Esc or Cancel stops choosing. */
export function PickBanner({ from, onCancel }: { from: LinkEnd; onCancel: () => void }) {
  return (
    <div role="status" className="annotate-pick-banner" data-annotate-ui="">
      <p className="min-w-0 flex-1">
        Linking “{from.claim.quote}” ({from.source}): choose a highlight in another article.
      </p>
      <button type="button" className="annotate-toast-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
