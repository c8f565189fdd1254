import { listRevisions } from "@/lib/data/revisions";

const SHOWN = 50;

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Who changed what in a comparison, newest first, each entry a permalink to that revision. Read on
 * the server, so it costs no script and is current after every router.refresh().
 */
export async function HistoryPanel({ slug, current }: { slug: string; current: number }) {
  const revisions = (await listRevisions(slug)) ?? [];
  if (revisions.length === 0) return null;
  return (
    <details className="no-print rounded-lg border border-stone-200 bg-white text-sm">
      <summary className="cursor-pointer p-3 font-medium">
        History <span className="font-normal text-stone-600">({revisions.length} revisions)</span>
      </summary>
      <ol
        className="divide-y divide-stone-200 border-t border-stone-200"
        aria-label="Revisions, newest first"
      >
        {revisions.slice(0, SHOWN).map((r) => (
          <li key={r.number} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
            <a
              href={`/c/${slug}/r/${r.number}`}
              className="font-medium text-blue-800 hover:underline"
              aria-current={r.number === current ? "page" : undefined}
            >
              Revision {r.number}
            </a>
            <span className="min-w-0 flex-1">{r.summary}</span>
            <span className="text-stone-600">
              {r.author ? `${r.author} · ` : ""}
              <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
            </span>
          </li>
        ))}
      </ol>
      {revisions.length > SHOWN ? (
        <p className="border-t border-stone-200 px-3 py-2 text-stone-600">
          and {revisions.length - SHOWN} older revisions.
        </p>
      ) : null}
    </details>
  );
}
