import type { Comparison } from "@/lib/validations/comparison";

/**
 * Absolute addresses of a comparison's parts. Exports point at the pinned revision, never at the
 * latest, so an id inside a downloaded file keeps naming what the file shows.
 */
export function shareUrls(origin: string, comparison: Pick<Comparison, "slug" | "revision">) {
  const page = `${origin}/c/${comparison.slug}/r/${comparison.revision}`;
  return {
    page,
    claim: (id: string) => `${page}#claim-${id}`,
    relation: (id: string) => `${page}#relation-${id}`,
    article: (id: string) => `${origin}/articles/${id}`,
    export: (format: string) =>
      `${origin}/api/comparisons/${comparison.slug}/export?format=${format}&revision=${comparison.revision}`,
  };
}
export type ShareUrls = ReturnType<typeof shareUrls>;
