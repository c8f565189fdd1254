import type { Metadata } from "next";
import { cookies } from "next/headers";
import { EDITOR_COOKIE, editKeyFromEnv, isEditorToken } from "@/lib/api/access";
import { safeNext } from "./safe-next";

export const metadata: Metadata = { title: "Editor sign-in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const button = "rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700";

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const key = editKeyFromEnv();
  const signedIn = key !== null && isEditorToken(key, (await cookies()).get(EDITOR_COOKIE)?.value);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-xl font-semibold">Editor sign-in</h1>
      {key === null ? (
        <p>
          This Parallax has no edit key, so anyone who can reach it can make changes. Set{" "}
          <code>PARALLAX_EDIT_KEY</code> to require signing in.
        </p>
      ) : signedIn ? (
        <>
          <p role="status">You are signed in as an editor on this browser.</p>
          <form method="post" action="/sign-in/session">
            <input type="hidden" name="intent" value="sign-out" />
            <button type="submit" className={button}>
              Sign out
            </button>
          </form>
        </>
      ) : (
        <>
          <p>Reading is open to everyone. To import, annotate or compare, enter the edit key.</p>
          {params.error ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              That is not the edit key. Check it and try again.
            </p>
          ) : null}
          {params["signed-out"] ? <p role="status">You are signed out.</p> : null}
          <form method="post" action="/sign-in/session" className="space-y-3">
            <input type="hidden" name="next" value={next} />
            <label className="block text-sm font-medium" htmlFor="edit-key">
              Edit key
            </label>
            <input
              id="edit-key"
              name="key"
              type="password"
              required
              autoComplete="current-password"
              className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
            />
            <button type="submit" className={button}>
              Sign in
            </button>
          </form>
        </>
      )}
    </div>
  );
}
