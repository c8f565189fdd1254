import { notFound } from "@/lib/api/errors";
import { respond, route } from "@/lib/api/handler";
import { getComparison } from "@/lib/data/comparisons";
import { comparisonSchema, slugSchema } from "@/lib/validations/comparison";

export const GET = route(async (_request, { params }) => {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  const comparison = parsed.success ? await getComparison(parsed.data) : null;
  if (!comparison) throw notFound("comparison");
  return respond(comparisonSchema, comparison);
});
