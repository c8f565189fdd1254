import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/comparison-view";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonMetadata } from "@/lib/share/metadata";
import { requestOrigin } from "@/lib/share/site-origin";
import { revisionNumberSchema, slugSchema } from "@/lib/validations/comparison";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string; revision: string }>;

async function load(params: Params) {
  const { slug, revision } = await params;
  const s = slugSchema.safeParse(slug);
  const r = revisionNumberSchema.safeParse(revision);
  return s.success && r.success ? getComparison(s.data, r.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return comparisonMetadata(await load(params), { pinned: true, origin: await requestOrigin() });
}

export default async function PinnedComparisonPage({ params }: { params: Params }) {
  const comparison = await load(params);
  if (!comparison) notFound();
  return <ComparisonView comparison={comparison} pinned />;
}
