import type { ExtractionContext } from "./extract";
import type { ExtractedClaim } from "./types";

// Placeholder until the extractor lands: suggests nothing.
export function extractQuantities(_ctx: ExtractionContext): ExtractedClaim[] {
  return [];
}
