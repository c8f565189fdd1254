import { db } from "./connection";
import { newId } from "./ids";
import { resolveComparison } from "./comparisons";

/**
 * Revisions are numbered per comparison and each freezes what a reader sees. Writes to them go
 * through this one queue so that a revision is always computed after the change it records and
 * numbers never race: SQLite has a single writer and Parallax a single server process, so an
 * in-process queue is the whole story; the unique (comparisonId, number) index guards the rest.
 */
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export interface RevisionNote {
  summary: string;
  author: string | null;
}

/**
 * Records a new revision of every comparison that shows any of `articleIds`, after a change to
 * their claims or relations. Returns the slugs and new revision numbers.
 */
export function reviseComparisonsOfArticles(
  articleIds: readonly string[],
  note: RevisionNote,
): Promise<{ slug: string; revision: number }[]> {
  return serialized(async () => {
    const prisma = await db();
    const comparisons = await prisma.comparison.findMany({
      where: { articles: { some: { articleId: { in: [...articleIds] } } } },
      select: {
        id: true,
        slug: true,
        title: true,
        createdAt: true,
        latestRevision: true,
        articles: { select: { articleId: true }, orderBy: { position: "asc" } },
      },
    });
    const revised: { slug: string; revision: number }[] = [];
    for (const c of comparisons) {
      const revision = c.latestRevision + 1;
      const snapshot = await resolveComparison(
        { slug: c.slug, title: c.title, createdAt: c.createdAt, revision },
        c.articles.map((a) => a.articleId),
      );
      await prisma.$transaction([
        prisma.comparisonRevision.create({
          data: {
            id: newId(),
            comparisonId: c.id,
            number: revision,
            snapshot: JSON.stringify(snapshot),
            summary: note.summary,
            author: note.author,
          },
        }),
        prisma.comparison.update({ where: { id: c.id }, data: { latestRevision: revision } }),
      ]);
      revised.push({ slug: c.slug, revision });
    }
    return revised;
  });
}

export interface RevisionSummary {
  number: number;
  summary: string;
  author: string | null;
  createdAt: string;
}

/** The history of a comparison, newest first; null when the comparison does not exist. */
export async function listRevisions(slug: string): Promise<RevisionSummary[] | null> {
  const prisma = await db();
  const comparison = await prisma.comparison.findUnique({
    where: { slug },
    select: {
      revisions: {
        select: { number: true, summary: true, author: true, createdAt: true },
        orderBy: { number: "desc" },
      },
    },
  });
  return comparison
    ? comparison.revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
    : null;
}
