import { notFound } from "@/lib/api/errors";
import { respond, route } from "@/lib/api/handler";
import { getArticle } from "@/lib/data/articles";
import { articleWithClaimsSchema } from "@/lib/validations/article";
import { idSchema } from "@/lib/validations/common";

export const GET = route(async (_request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  const article = parsed.success ? await getArticle(parsed.data) : null;
  if (!article) throw notFound("article");
  return respond(articleWithClaimsSchema, article);
});
