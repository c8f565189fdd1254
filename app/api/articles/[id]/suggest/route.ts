import { notFound } from "@/lib/api/errors";
import { readJson, respond, route } from "@/lib/api/handler";
import { suggestForSelection } from "@/lib/data/claims";
import { claimSuggestionSchema, selectionSchema } from "@/lib/validations/claim";
import { idSchema } from "@/lib/validations/common";

/** The engine's reading of a selection, to prefill the claim form. Reads only; writes nothing. */
export const POST = route(async (request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("article");
  const selection = await readJson(request, selectionSchema);
  const suggestion = await suggestForSelection(parsed.data, selection);
  if (!suggestion) throw notFound("article");
  return respond(claimSuggestionSchema, suggestion);
});
