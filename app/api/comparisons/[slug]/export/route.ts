import { etagOf, respondCached } from "@/lib/api/caching";
import { notFound } from "@/lib/api/errors";
import { parseWith, route, searchParamsOf } from "@/lib/api/handler";
import { getComparison } from "@/lib/data/comparisons";
import { renderExport } from "@/lib/share/exports";
import { publicOrigin } from "@/lib/share/public-origin";
import { slugSchema } from "@/lib/validations/comparison";
import { exportQuerySchema } from "@/lib/validations/export";

/**
 * `?format=json|csv|jsonld|md`, of the latest revision or of `&revision=n`. A pinned export is as
 * immutable as the revision; the latest one is revalidated, like the comparison resource itself.
 */
export const GET = route(async (request, { params }) => {
  const { slug } = await params;
  const query = parseWith(exportQuerySchema, searchParamsOf(request), "query");
  const s = slugSchema.safeParse(slug);
  const comparison = s.success ? await getComparison(s.data, query.revision) : null;
  if (!comparison) throw notFound(query.revision === undefined ? "comparison" : "comparison revision");
  const origin = publicOrigin(request.headers)?.origin ?? new URL(request.url).origin;
  const file = renderExport(comparison, query.format, origin);
  return respondCached(
    request,
    file.body,
    { etag: etagOf(file.body), immutable: query.revision !== undefined },
    {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "x-content-type-options": "nosniff",
    },
  );
});
