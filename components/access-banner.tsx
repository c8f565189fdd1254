import Link from "next/link";
import { connection } from "next/server";
import { editKeyFromEnv } from "@/lib/api/access";

/**
 * Says in every page's header whether changes need an editor. Read per request (`connection()`), not
 * when the page was built: the key is part of how the server runs, not of the build.
 */
export async function AccessBanner() {
  await connection();
  if (editKeyFromEnv() === null) {
    return (
      <Link
        href="/sign-in"
        className="ml-auto shrink-0 rounded-full bg-amber-100 px-3 py-1 text-xs whitespace-nowrap text-amber-950 ring-1 ring-amber-700/40 hover:underline"
      >
        <span aria-hidden="true">⚠ </span>Open mode<span className="hidden sm:inline">: anyone can edit</span>
      </Link>
    );
  }
  return (
    <Link
      href="/sign-in"
      className="ml-auto shrink-0 text-sm whitespace-nowrap text-stone-600 hover:text-stone-900"
    >
      Editor sign-in
    </Link>
  );
}
