"use server";

import { redirect } from "next/navigation";
import { ApiError } from "@/lib/api/errors";
import { createComparison } from "@/lib/data/comparisons";
import { comparisonCreateSchema } from "@/lib/validations/comparison";

/** The library's "Compare selected" form: same schema and data call as POST /api/comparisons. */
export async function compareSelected(form: FormData): Promise<void> {
  const parsed = comparisonCreateSchema.safeParse({ articleIds: form.getAll("articleIds").map(String) });
  if (!parsed.success) {
    redirect(`/?error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "Select 2 to 6 articles.")}`);
  }
  let slug: string;
  try {
    ({ slug } = await createComparison(parsed.data));
  } catch (error) {
    if (error instanceof ApiError) redirect(`/?error=${encodeURIComponent(error.message)}`);
    throw error;
  }
  redirect(`/c/${slug}`);
}
