import { z } from "zod";
import { idSchema } from "@/lib/validations/common";
import { slugSchema } from "@/lib/validations/comparison";
import type { ProblemCode } from "../errors";

export const articleParams = z.object({ id: idSchema });
export const claimParams = z.object({ id: idSchema });
export const relationParams = z.object({ id: idSchema });
export const comparisonParams = z.object({ slug: slugSchema });

export const json = (schema: z.ZodType) => ({ "application/json": schema });

/** What readJson can refuse before the handler runs, plus the 422 for a body that fails its schema. */
export const JSON_BODY_ERRORS: ProblemCode[] = [
  "malformed-request",
  "payload-too-large",
  "unsupported-media-type",
  "invalid-input",
];
