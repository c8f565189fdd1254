import type { ExtractionContext } from "./extract";
import type { ExtractedClaim } from "./types";

// Placeholder until the extractor lands: suggests nothing.
export function extractTerms(_ctx: ExtractionContext): ExtractedClaim[] {
  return [];
}
