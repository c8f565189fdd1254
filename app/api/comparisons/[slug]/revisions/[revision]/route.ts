import { notFound } from "@/lib/api/errors";
import { respond, route } from "@/lib/api/handler";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonSchema, revisionNumberSchema, slugSchema } from "@/lib/validations/comparison";

export const GET = route(async (_request, { params }) => {
  const { slug, revision } = await params;
  const s = slugSchema.safeParse(slug);
  const r = revisionNumberSchema.safeParse(revision);
  const comparison = s.success && r.success ? await getComparison(s.data, r.data) : null;
  if (!comparison) throw notFound("comparison revision");
  return respond(comparisonSchema, comparison);
});
