import { readJson, respond, route } from "@/lib/api/handler";
import { createRelation } from "@/lib/data/relation-edits";
import { relationCreateSchema, relationSchema } from "@/lib/validations/relation";

/** 201; 422 when a claim is missing or both are in one article; 409 when the pair is linked. */
export const POST = route(async (request) => {
  const input = await readJson(request, relationCreateSchema);
  const relation = await createRelation(input);
  return respond(relationSchema, relation, {
    status: 201,
    headers: { location: `/api/relations/${relation.id}` },
  });
});
