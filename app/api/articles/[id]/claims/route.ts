import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { readJson, respond, route } from "@/lib/api/handler";
import { createClaim } from "@/lib/data/claim-edits";
import { listArticleClaims } from "@/lib/data/claims";
import { claimCreateSchema, claimSchema } from "@/lib/validations/claim";
import { idSchema } from "@/lib/validations/common";

export const GET = route(async (_request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  const claims = parsed.success ? await listArticleClaims(parsed.data) : null;
  if (!claims) throw notFound("article");
  return respond(z.object({ items: z.array(claimSchema) }), { items: claims });
});

/** An annotator's claim: 201 with its version, 422 when the quote is not the text at start–end. */
export const POST = route(async (request, { params }) => {
  const { id } = await params;
  const articleId = idSchema.safeParse(id);
  if (!articleId.success) throw notFound("article");
  const input = await readJson(request, claimCreateSchema);
  const claim = await createClaim(articleId.data, input);
  return respond(claimSchema, claim, { status: 201, headers: { location: `/api/claims/${claim.id}` } });
});
