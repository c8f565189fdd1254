import { MAX_SEARCH_QUERY_CHARS } from "@/lib/validations/search";

/**
 * The library's search box: a plain GET form to the results page, so it works before (and without)
 * any JavaScript and a search is a link that can be shared.
 */
export function LibrarySearch({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    // Spans both columns of the library's grid; a plain block elsewhere.
    <form role="search" action="/search" method="get" className="flex max-w-2xl gap-2 lg:col-span-2">
      <label htmlFor="library-search" className="sr-only">
        Search articles and claims
      </label>
      <input
        id="library-search"
        type="search"
        name="q"
        required
        maxLength={MAX_SEARCH_QUERY_CHARS}
        defaultValue={defaultValue}
        placeholder="Search articles and claims: Witkoff, ceasefire, “five hours”"
        className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
      />
      <button
        type="submit"
        className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700"
      >
        Search
      </button>
    </form>
  );
}
