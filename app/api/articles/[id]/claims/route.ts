import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { respond, route } from "@/lib/api/handler";
import { listArticleClaims } from "@/lib/data/claims";
import { claimSchema } from "@/lib/validations/claim";
import { idSchema } from "@/lib/validations/common";

export const GET = route(async (_request, { params }) => {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  const claims = parsed.success ? await listArticleClaims(parsed.data) : null;
  if (!claims) throw notFound("article");
  return respond(z.object({ items: z.array(claimSchema) }), { items: claims });
});
