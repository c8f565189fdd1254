import { respondJsonCached } from "@/lib/api/caching";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/handler";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonSchema, revisionNumberSchema, slugSchema } from "@/lib/validations/comparison";

/** A pinned revision is a frozen snapshot, so caches may keep it for a year without asking again. */
export const GET = route(async (request, { params }) => {
  const { slug, revision } = await params;
  const s = slugSchema.safeParse(slug);
  const r = revisionNumberSchema.safeParse(revision);
  const comparison = s.success && r.success ? await getComparison(s.data, r.data) : null;
  if (!comparison) throw notFound("comparison revision");
  return respondJsonCached(request, comparisonSchema, comparison, { immutable: true });
});
