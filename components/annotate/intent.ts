/**
 * What the always-loaded trigger passes to the lazily loaded annotator: the user's gesture, already
 * located (which article, which claims), so the annotator never listens to the page itself.
 */
export type Intent =
  | { type: "open" }
  | { type: "select"; articleId: string; range: Range }
  | { type: "unselect" }
  | { type: "claim"; articleId: string; claimIds: string[]; element: HTMLElement }
  | {
      type: "action";
      action: "accept" | "reject" | "edit";
      articleId: string;
      claimId: string;
      element: HTMLElement;
    }
  | { type: "undo" };

export interface AnnotatorProps {
  /** Subscribes the annotator to the trigger's gestures (queued ones first); returns the unsubscribe. */
  connect: (handler: (intent: Intent) => void) => () => void;
  /** The comparison being annotated; absent on an article's own page. */
  slug?: string;
}
