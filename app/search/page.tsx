import type { Metadata } from "next";
import Link from "next/link";
import { bylineOf } from "@/components/format";
import { LibrarySearch } from "@/components/library-search";
import { slotLabel } from "@/lib/analysis/labels";
import { searchLibrary } from "@/lib/data/search";
import { searchQuerySchema, type SearchResults } from "@/lib/validations/search";

export const metadata: Metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { q } = await searchParams;
  const raw = typeof q === "string" ? q : "";
  const parsed = searchQuerySchema.safeParse({ q: raw });
  const results = parsed.success ? await searchLibrary(parsed.data.q, parsed.data.limit) : null;
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-xl font-semibold">Search</h1>
      <div className="mb-6">
        <LibrarySearch defaultValue={raw} />
      </div>
      {!parsed.success ? (
        raw.trim() ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {parsed.error.issues[0]?.message ?? "That search cannot be run."}
          </p>
        ) : (
          <p className="text-stone-600">Type words to find them in every article and claim.</p>
        )
      ) : results ? (
        <Results results={results} />
      ) : null}
    </div>
  );
}

function Results({ results }: { results: SearchResults }) {
  return (
    <div className="grid gap-8">
      <section aria-labelledby="article-hits">
        <h2 id="article-hits" className="text-lg font-semibold">
          Articles <span className="text-stone-500">({results.articles.length})</span>
        </h2>
        {results.articles.length === 0 ? (
          <p className="mt-2 text-stone-600">No article mentions “{results.query}”.</p>
        ) : (
          <ol className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {results.articles.map((a) => (
              <li key={a.id} className="p-4">
                <Link href={`/articles/${a.id}`} className="font-medium text-blue-800 hover:underline">
                  {a.title}
                </Link>
                <p className="mt-1 text-sm text-stone-600">{bylineOf(a)}</p>
                <p className="mt-2 text-sm">
                  {a.snippet.map((part, i) =>
                    part.match ? (
                      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 font-medium">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="claim-hits">
        <h2 id="claim-hits" className="text-lg font-semibold">
          Claims <span className="text-stone-500">({results.claims.length})</span>
        </h2>
        {results.claims.length === 0 ? (
          <p className="mt-2 text-stone-600">No claim matches “{results.query}”.</p>
        ) : (
          <ol className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {results.claims.map((c) => (
              <li key={c.id} className="p-4">
                <q className="font-medium">{c.quote}</q>
                <p className="mt-1 text-sm text-stone-600">
                  {slotLabel(c.slot)} · {c.status} · in{" "}
                  <Link href={`/articles/${c.articleId}`} className="text-blue-800 hover:underline">
                    {c.articleTitle}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
