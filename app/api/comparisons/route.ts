import { readJson, respond, route } from "@/lib/api/handler";
import { createComparison } from "@/lib/data/comparisons";
import { comparisonCreatedSchema, comparisonCreateSchema } from "@/lib/validations/comparison";

export const POST = route(async (request) => {
  const input = await readJson(request, comparisonCreateSchema);
  const { slug, revision } = await createComparison(input);
  const url = `/c/${slug}`;
  return respond(
    comparisonCreatedSchema,
    { slug, revision, url },
    { status: 201, headers: { location: `/c/${slug}` } },
  );
});
