import { parseWith, respond, route, searchParamsOf } from "@/lib/api/handler";
import { searchLibrary } from "@/lib/data/search";
import { searchQuerySchema, searchResultsSchema } from "@/lib/validations/search";

/** `?q=words&limit=n`: the best-matching articles and claims; 422 problem+json for a bad q. */
export const GET = route(async (request) => {
  const { q, limit } = parseWith(searchQuerySchema, searchParamsOf(request), "query");
  return respond(searchResultsSchema, await searchLibrary(q, limit));
});
