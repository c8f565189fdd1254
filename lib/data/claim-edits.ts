import { makeAnchor } from "@/lib/analysis/text";
import { ApiError, notFound } from "@/lib/api/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Claim, ClaimCreateInput, ClaimPatchInput } from "@/lib/validations/claim";
import { claimSelect, getClaim, staleClaim, toClaim } from "./claims";
import { db } from "./connection";
import { newId } from "./ids";
import { claimAddedNote, claimChangedNote, claimRemovedNote } from "./revision-notes";
import { type RevisionNote, reviseComparisonsOfArticles } from "./revisions";

/**
 * Annotators' changes to claims. Each is one conditional write (never a read-then-write
 * transaction, see OFFLINE.md) followed by a new revision of every comparison showing the article.
 */

/**
 * Records the revision after a change that is already committed. A failure here is logged, not
 * thrown: answering 500 ("nothing was changed") about a saved change would invite a retry that
 * conflicts with itself, and the next change's revision shows the current state anyway.
 */
export async function recordChange(articleIds: readonly string[], note: RevisionNote): Promise<void> {
  try {
    await reviseComparisonsOfArticles(articleIds, note);
  } catch (error) {
    console.error("Could not record a comparison revision after a saved change", error);
  }
}

function textChanged(): ApiError {
  return new ApiError(
    "conflict",
    "The article's text was re-imported while you were annotating. Nothing was saved; reload the article and try again.",
  );
}

/** The 422 for an anchor that does not fit the text, saying what the text there actually reads. */
function checkAnchor(body: string, anchor: { start: number; end: number; quote: string }): void {
  if (anchor.end > body.length) {
    throw new ApiError(
      "invalid-input",
      `end is past the end of the article, which has ${body.length} characters.`,
      { errors: [{ path: "end", message: `at most ${body.length}` }] },
    );
  }
  const actual = body.slice(anchor.start, anchor.end);
  if (actual !== anchor.quote) {
    const shown = actual.length > 80 ? `${actual.slice(0, 77)}…` : actual;
    throw new ApiError(
      "invalid-input",
      `The quote does not match the article text at ${anchor.start}–${anchor.end}, which reads “${shown}”. Send the exact text of the selection.`,
      { errors: [{ path: "quote", message: "must equal the article text between start and end" }] },
    );
  }
}

/**
 * Makes a batch depend on the article's text being the one an anchor was checked against: it
 * fails with P2025, rolling the batch back, if a re-import replaced the text in between.
 */
function articleGuard(prisma: PrismaClient, articleId: string, contentHash: string) {
  return prisma.article.update({
    where: { id: articleId, contentHash },
    data: { updatedAt: new Date() },
    select: { id: true },
  });
}

async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw textChanged();
    throw error;
  }
}

async function articleText(articleId: string) {
  const prisma = await db();
  return prisma.article.findUnique({ where: { id: articleId }, select: { body: true, contentHash: true } });
}

/** Adds an annotator's claim after checking its quote against the text; 404 without the article. */
export async function createClaim(articleId: string, input: ClaimCreateInput): Promise<Claim> {
  const prisma = await db();
  const article = await articleText(articleId);
  if (!article) throw notFound("article");
  checkAnchor(article.body, input);
  const create = prisma.claim.create({
    data: {
      id: newId(),
      articleId,
      ...makeAnchor(article.body, input.start, input.end),
      topic: input.topic,
      slot: input.slot,
      kind: input.kind,
      value: JSON.stringify(input.value),
      origin: "annotator",
      status: input.status,
      author: input.author,
    },
    select: claimSelect,
  });
  const [, row] = await guarded(() =>
    prisma.$transaction([articleGuard(prisma, articleId, article.contentHash), create]),
  );
  const claim = toClaim(row);
  await recordChange([articleId], { summary: claimAddedNote(claim, input.author), author: input.author });
  return claim;
}

/**
 * Applies a change if the claim is still at the version the client read: one conditional write
 * (`updateMany where {id, version}`), so of two clients saving the same claim exactly one wins and
 * the other gets a 409 carrying the current claim.
 */
export async function updateClaim(id: string, patch: ClaimPatchInput): Promise<Claim> {
  const prisma = await db();
  const before = await getClaim(id);
  if (!before) throw notFound("claim");
  if (before.version !== patch.version) throw staleClaim(before);

  const data: Prisma.ClaimUpdateManyMutationInput = { version: { increment: 1 } };
  if (patch.status) data.status = patch.status;
  if (patch.topic) data.topic = patch.topic;
  if (patch.slot) data.slot = patch.slot;
  if (patch.author) data.author = patch.author;
  if (patch.typed) Object.assign(data, { kind: patch.typed.kind, value: JSON.stringify(patch.typed.value) });
  const write = (extra: Prisma.ClaimUpdateManyMutationInput) =>
    prisma.claim.updateMany({ where: { id, version: patch.version }, data: { ...data, ...extra } });

  let count: number;
  if (patch.anchor) {
    const article = await articleText(before.articleId);
    if (!article) throw notFound("claim");
    checkAnchor(article.body, patch.anchor);
    const anchor = makeAnchor(article.body, patch.anchor.start, patch.anchor.end);
    const guard = articleGuard(prisma, before.articleId, article.contentHash);
    [, { count }] = await guarded(() => prisma.$transaction([guard, write({ ...anchor, orphaned: false })]));
  } else {
    ({ count } = await write({}));
  }
  const after = await getClaim(id);
  if (!after) throw notFound("claim");
  if (count === 0) throw staleClaim(after);
  await recordChange([after.articleId], {
    summary: claimChangedNote(before, after, patch.author),
    author: patch.author,
  });
  return after;
}

/** Deletes a claim and its relations, guarded by `version` when the client sends one. */
export async function deleteClaim(id: string, options: { version?: number; author: string | null }) {
  const prisma = await db();
  const before = await getClaim(id);
  if (!before) throw notFound("claim");
  const { version, author } = options;
  if (version !== undefined && before.version !== version) throw staleClaim(before);
  const { count } = await prisma.claim.deleteMany({
    where: { id, ...(version === undefined ? {} : { version }) },
  });
  if (count === 0) {
    const current = await getClaim(id);
    throw current ? staleClaim(current) : notFound("claim");
  }
  await recordChange([before.articleId], { summary: claimRemovedNote(before, author), author });
}
