import { notFound } from "@/lib/api/errors";
import { parseWith, route, searchParamsOf } from "@/lib/api/handler";
import { deleteRelation } from "@/lib/data/relation-edits";
import { idSchema } from "@/lib/validations/common";
import { relationDeleteQuerySchema } from "@/lib/validations/relation";

export const DELETE = route(async (request, { params }) => {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) throw notFound("relation");
  const { author } = parseWith(relationDeleteQuerySchema, searchParamsOf(request), "query");
  await deleteRelation(parsed.data, author);
  return new Response(null, { status: 204 });
});
