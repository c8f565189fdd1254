/**
 * Browser storage keys, in a module of their own so the always-loaded trigger can read them
 * without pulling the annotator (and Zod) into the page's first load.
 */

/** localStorage: the annotator's name, asked once and sent as `author` on every change. */
export const AUTHOR_STORAGE_KEY = "parallax.annotator";

/** sessionStorage: the undo stack, so Ctrl+Z still works after a reload of the same tab. */
export const UNDO_STORAGE_KEY = "parallax.undo";
