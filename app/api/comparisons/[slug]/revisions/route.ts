import { notFound } from "@/lib/api/errors";
import { respond, route } from "@/lib/api/handler";
import { listRevisions } from "@/lib/data/revisions";
import { slugSchema } from "@/lib/validations/comparison";
import { revisionListSchema } from "@/lib/validations/revision";

/** The comparison's history, newest first: what each revision changed, who and when. */
export const GET = route(async (_request, { params }) => {
  const parsed = slugSchema.safeParse((await params).slug);
  const items = parsed.success ? await listRevisions(parsed.data) : null;
  if (!items) throw notFound("comparison");
  return respond(revisionListSchema, { items });
});
