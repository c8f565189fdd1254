import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/comparison-view";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonMetadata } from "@/lib/share/metadata";
import { requestOrigin } from "@/lib/share/site-origin";
import { slugSchema } from "@/lib/validations/comparison";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(params: Params) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getComparison(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return comparisonMetadata(await load(params), { pinned: false, origin: await requestOrigin() });
}

export default async function ComparisonPage({ params }: { params: Params }) {
  const comparison = await load(params);
  if (!comparison) notFound();
  return <ComparisonView comparison={comparison} pinned={false} />;
}
