import { respondJsonCached } from "@/lib/api/caching";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/handler";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonSchema, slugSchema } from "@/lib/validations/comparison";

/** The latest revision: cacheable but revalidated on every use, since the next edit changes it. */
export const GET = route(async (request, { params }) => {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  const comparison = parsed.success ? await getComparison(parsed.data) : null;
  if (!comparison) throw notFound("comparison");
  return respondJsonCached(request, comparisonSchema, comparison, {
    immutable: false,
    // Where this exact representation lives for good: clients can pin what they just read.
    headers: {
      "content-location": `/api/comparisons/${comparison.slug}/revisions/${comparison.revision}`,
    },
  });
});
