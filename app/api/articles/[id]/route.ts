import { notFound } from "@/lib/api/errors";
import { readJson, respond, route } from "@/lib/api/handler";
import { getArticle } from "@/lib/data/articles";
import { reimportArticle } from "@/lib/data/reimport";
import {
  articleReplacedSchema,
  articleReplaceSchema,
  articleWithClaimsSchema,
} from "@/lib/validations/article";
import { idSchema } from "@/lib/validations/common";

export const GET = route(async (_request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  const article = parsed.success ? await getArticle(parsed.data) : null;
  if (!article) throw notFound("article");
  return respond(articleWithClaimsSchema, article);
});

/** Re-import: new text for the article, every claim re-anchored or orphaned, never moved wrongly. */
export const PUT = route(async (request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("article");
  const input = await readJson(request, articleReplaceSchema);
  return respond(articleReplacedSchema, await reimportArticle(parsed.data, input));
});
