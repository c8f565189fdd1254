import { parseWith, readJson, respond, route, searchParamsOf } from "@/lib/api/handler";
import { createArticle, listArticles } from "@/lib/data/articles";
import {
  articleCreateSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
} from "@/lib/validations/article";
import { pageQuerySchema, pageSchema } from "@/lib/validations/common";

export const GET = route(async (request) => {
  const query = parseWith(pageQuerySchema, searchParamsOf(request), "query");
  return respond(pageSchema(articleSummarySchema), await listArticles(query));
});

export const POST = route(async (request) => {
  const input = await readJson(request, articleCreateSchema);
  const article = await createArticle(input);
  return respond(articleWithClaimsSchema, article, {
    status: 201,
    headers: { location: `/api/articles/${article.id}` },
  });
});
