import { readJson, respond, route } from "@/lib/api/handler";
import { importArticles, importFromUrl } from "@/lib/data/imports";
import { articleWithClaimsSchema } from "@/lib/validations/article";
import { importRequestSchema, importResultsSchema, MAX_IMPORT_JSON_BYTES } from "@/lib/validations/import";

/**
 * `{ url }`: fetch one public page and import it; answers like POST /api/articles (201, or one
 * problem). `{ articles: [...] }`: import each item on its own; 200 with every item's own status.
 */
export const POST = route(async (request) => {
  const input = await readJson(request, importRequestSchema, MAX_IMPORT_JSON_BYTES);
  if (input.kind === "url") {
    const article = await importFromUrl(input.url);
    return respond(articleWithClaimsSchema, article, {
      status: 201,
      headers: { location: `/api/articles/${article.id}` },
    });
  }
  return respond(importResultsSchema, { results: await importArticles(input.articles) });
});
