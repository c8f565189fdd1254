import { headers } from "next/headers";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonImageResponse, OG_ALT, OG_SIZE } from "@/lib/share/og/comparison-image";
import { slugSchema } from "@/lib/validations/comparison";

// The latest revision changes with every edit: drawn per request, revalidated by ETag.
export const dynamic = "force-dynamic";
export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  const comparison = parsed.success ? await getComparison(parsed.data) : null;
  return comparisonImageResponse(comparison, {
    pinned: false,
    ifNoneMatch: (await headers()).get("if-none-match"),
  });
}
