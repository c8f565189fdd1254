import type { Metadata } from "next";
import type { Comparison } from "@/lib/validations/comparison";
import { summarizeComparison } from "./summary";

/**
 * Link-preview metadata for a comparison page. The description is the computed headline, so a
 * preview in a chat says what the link shows ("3 contradictions across 5 sources on …"). The
 * preview image comes from the opengraph-image file beside the page; Next adds it.
 */
export function comparisonMetadata(
  comparison: Comparison | null,
  options: { pinned: boolean; origin: URL | undefined },
): Metadata {
  if (!comparison) return { title: "Comparison not found", robots: { index: false } };
  const { slug, revision } = comparison;
  const path = options.pinned ? `/c/${slug}/r/${revision}` : `/c/${slug}`;
  const api = options.pinned ? `/api/comparisons/${slug}/revisions/${revision}` : `/api/comparisons/${slug}`;
  const pin = options.pinned ? `&revision=${revision}` : "";
  const title = options.pinned ? `${comparison.title} (revision ${revision})` : comparison.title;
  const { description } = summarizeComparison(comparison);
  return {
    ...(options.origin && { metadataBase: options.origin }),
    title,
    description,
    alternates: {
      canonical: path,
      types: {
        "application/json": api,
        "application/ld+json": `/api/comparisons/${slug}/export?format=jsonld${pin}`,
        "text/csv": `/api/comparisons/${slug}/export?format=csv${pin}`,
        "text/markdown": `/api/comparisons/${slug}/export?format=md${pin}`,
      },
    },
    openGraph: {
      type: "article",
      siteName: "Parallax",
      title,
      description,
      url: path,
      publishedTime: comparison.createdAt,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
