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
      <p className="ml-auto rounded-full bg-amber-100 px-3 py-1 text-xs text-amber-950 ring-1 ring-amber-700/40">
        <span aria-hidden="true">⚠ </span>Open mode: anyone can edit.{" "}
        <Link href="/sign-in" className="underline">
          Details
        </Link>
      </p>
    );
  }
  return (
    <Link href="/sign-in" className="ml-auto text-sm text-stone-600 hover:text-stone-900">
      Editor sign-in
    </Link>
  );
}
