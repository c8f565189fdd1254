import { headers } from "next/headers";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonImageResponse, OG_ALT, OG_SIZE } from "@/lib/share/og/comparison-image";
import { revisionNumberSchema, slugSchema } from "@/lib/validations/comparison";

// Read from the database at request time; the response itself is marked immutable.
export const dynamic = "force-dynamic";
export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string; revision: string }> }) {
  const { slug, revision } = await params;
  const s = slugSchema.safeParse(slug);
  const r = revisionNumberSchema.safeParse(revision);
  const comparison = s.success && r.success ? await getComparison(s.data, r.data) : null;
  return comparisonImageResponse(comparison, {
    pinned: true,
    ifNoneMatch: (await headers()).get("if-none-match"),
  });
}
