import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, bylineOf } from "@/components/format";
import { ImportPanel } from "@/components/import-panel";
import { LibrarySearch } from "@/components/library-search";
import { ApiError } from "@/lib/api/errors";
import { listArticles } from "@/lib/data/articles";
import { listComparisons } from "@/lib/data/comparisons";
import { pageQuerySchema } from "@/lib/validations/common";
import { MAX_COMPARISON_ARTICLES, MIN_COMPARISON_ARTICLES } from "@/lib/validations/comparison";
import { compareSelected } from "./actions";

export const metadata: Metadata = { title: "Library" };
export const dynamic = "force-dynamic";

const ARTICLES_PER_PAGE = 50;

type SearchParams = Promise<{ error?: string; after?: string }>;

/** A page of the library, older than the `after` cursor; a cursor that is not ours starts again. */
async function articlePage(after: string | undefined) {
  const cursor = after === undefined ? undefined : pageQuerySchema.shape.cursor.safeParse(after).data;
  try {
    return {
      ...(await listArticles({ limit: ARTICLES_PER_PAGE, cursor })),
      stale: after !== undefined && !cursor,
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { ...(await listArticles({ limit: ARTICLES_PER_PAGE })), stale: true };
  }
}

export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const { error, after } = await searchParams;
  const [comparisons, articles] = await Promise.all([listComparisons(), articlePage(after)]);
  const older = articles.nextCursor && `/?after=${articles.nextCursor}#articles-heading`;
  return (
    <div className="mx-auto grid max-w-7xl gap-10 lg:grid-cols-[1fr_2fr]">
      <LibrarySearch />
      <section aria-labelledby="import-heading" className="lg:col-span-2">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import
        </h2>
        <ImportPanel />
      </section>

      <section aria-labelledby="comparisons-heading">
        <h1 id="comparisons-heading" className="text-xl font-semibold">
          Comparisons
        </h1>
        {comparisons.length === 0 ? (
          <p className="mt-3 text-stone-600">
            No comparisons yet. Select articles on the right to compare them.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {comparisons.map((c) => (
              <li key={c.slug} className="p-4">
                <Link href={`/c/${c.slug}`} className="font-medium text-blue-800 hover:underline">
                  {c.title}
                </Link>
                <p className="mt-1 text-sm text-stone-600">
                  {c.articleCount} articles · revision {c.revision} · {formatDay(c.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="text-xl font-semibold">
          Articles
        </h2>
        <form action={compareSelected} className="mt-3">
          {error ? (
            <p
              role="alert"
              className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              {error}
            </p>
          ) : null}
          {articles.stale ? (
            <p role="status" className="mb-3 text-sm text-stone-600">
              That page of the library no longer exists; here are the newest articles.
            </p>
          ) : null}
          {articles.items.length === 0 ? (
            <p className="text-stone-600">The library is empty.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {articles.items.map((a) => (
                <li key={a.id} className="flex items-start gap-3 p-4">
                  <input
                    type="checkbox"
                    name="articleIds"
                    value={a.id}
                    aria-label={`Select “${a.title}” for comparison`}
                    className="mt-1.5 size-4"
                  />
                  <div className="min-w-0">
                    <Link href={`/articles/${a.id}`} className="font-medium text-blue-800 hover:underline">
                      {a.title}
                    </Link>
                    <p className="mt-1 text-sm text-stone-600">
                      {[bylineOf(a), `${a.claimCount} claims`].filter(Boolean).join(" · ")}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {articles.items.length >= MIN_COMPARISON_ARTICLES ? (
            <div className="mt-3 flex items-center gap-3">
              <button
                type="submit"
                className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700"
              >
                Compare selected
              </button>
              <span className="text-sm text-stone-600">
                Pick {MIN_COMPARISON_ARTICLES} to {MAX_COMPARISON_ARTICLES} articles.
              </span>
            </div>
          ) : null}
        </form>
        {after !== undefined || older ? (
          <nav aria-label="Library pages" className="mt-3 flex gap-4 text-sm">
            {after !== undefined ? (
              <Link href="/#articles-heading" className="text-blue-800 hover:underline">
                ← Newest articles
              </Link>
            ) : null}
            {older ? (
              <Link href={older} className="ml-auto text-blue-800 hover:underline">
                Older articles →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
