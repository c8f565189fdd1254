import { findAttribution } from "./attribution";
import type { ExtractionContext } from "./extract";
import { canonicalPersonKey, PersonRegistry, type PersonEntity } from "./names";
import { findCandidates, type Candidate } from "./names-find";
import { resolveSides, slotsFor } from "./sides";
import { makeAnchor } from "./text";
import type { ExtractedClaim } from "./types";
