import { notFound } from "@/lib/api/errors";
import { parseWith, readJson, respond, route, searchParamsOf } from "@/lib/api/handler";
import { deleteClaim, updateClaim } from "@/lib/data/claim-edits";
import { getClaim } from "@/lib/data/claims";
import { claimDeleteQuerySchema, claimPatchSchema, claimSchema } from "@/lib/validations/claim";
import { idSchema } from "@/lib/validations/common";

async function claimId(params: Promise<Record<string, string | string[]>>): Promise<string> {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) throw notFound("claim");
  return parsed.data;
}

export const GET = route(async (_request, { params }) => {
  const claim = await getClaim(await claimId(params));
  if (!claim) throw notFound("claim");
  return respond(claimSchema, claim);
});

/** 200 with the new version; 409 with `current` when the version sent is no longer the latest. */
export const PATCH = route(async (request, { params }) => {
  const id = await claimId(params);
  const patch = await readJson(request, claimPatchSchema);
  return respond(claimSchema, await updateClaim(id, patch));
});

/** 204; with `?version=` a stale delete is a 409 instead of removing someone's newer edit. */
export const DELETE = route(async (request, { params }) => {
  const id = await claimId(params);
  const query = parseWith(claimDeleteQuerySchema, searchParamsOf(request), "query");
  await deleteClaim(id, query);
  return new Response(null, { status: 204 });
});
