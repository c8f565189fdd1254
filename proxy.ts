import { type NextRequest, NextResponse } from "next/server";
import { EDITOR_COOKIE, editKeyFromEnv, isSafeMethod } from "@/lib/api/access";
import { PROBLEMS } from "@/lib/api/errors";
import { cachedPage, cacheablePage } from "@/lib/api/page-cache";
import { checkWrite, type Refusal } from "@/lib/api/write-gate";
import { getLatestRevisionNumber } from "@/lib/data/latest-revision";

/**
 * Every request that can change something (any method but GET, HEAD and OPTIONS: API writes, server
 * actions, forms) passes the write gate here, so a route or action added later is covered without
 * doing anything. Reads pass straight through, except comparison pages, served from memory once
 * rendered (see page-cache.ts; next.config.ts lets the proxy see navigation headers).
 */
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  const { method, nextUrl, headers } = request;
  if (isSafeMethod(method)) {
    const page = cacheablePage(method, nextUrl, headers);
    if (!page) return undefined;
    if (page.pinned) return cachedPage(method, nextUrl, headers);
    // The latest page is kept under the revision it shows; no comparison, no cache (Next.js answers 404).
    const revision = await getLatestRevisionNumber(page.slug);
    return revision === null ? undefined : cachedPage(method, nextUrl, headers, revision);
  }
  const { pathname } = nextUrl;
  const refusal = checkWrite(
    {
      pathname,
      headers: request.headers,
      cookie: request.cookies.get(EDITOR_COOKIE)?.value,
      urlImport: pathname === "/api/imports" && (await isUrlImport(request)),
    },
    editKeyFromEnv(),
  );
  return refusal ? refuse(request, refusal) : undefined;
}

// Static assets can never be written to; everything else, including pages (server actions post to
// the page they are on), goes through the gate.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };

/** A URL import is a small JSON body naming a `url`; anything larger is a batch of articles. */
async function isUrlImport(request: NextRequest): Promise<boolean> {
  const URL_IMPORT_MAX_BYTES = 8192;
  if (Number(request.headers.get("content-length") ?? 0) > URL_IMPORT_MAX_BYTES) return false;
  try {
    const text = await request.clone().text();
    if (text.length > URL_IMPORT_MAX_BYTES) return false;
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null && "url" in body;
  } catch {
    return false; // the route answers a body it cannot read
  }
}

/** Answers in the form the caller understands: problem+json, a server action's, or a page's. */
function refuse(request: NextRequest, refusal: Refusal): Response {
  const headers = new Headers();
  if (refusal.retryAfterSeconds !== undefined) headers.set("retry-after", String(refusal.retryAfterSeconds));
  const signIn = `/sign-in?next=${encodeURIComponent(request.nextUrl.pathname)}`;

  if (request.nextUrl.pathname.startsWith("/api/")) {
    if (refusal.status === 401) headers.set("www-authenticate", 'Bearer realm="Parallax"');
    headers.set("content-type", "application/problem+json");
    const body = {
      type: `/problems/${refusal.code}`,
      title: PROBLEMS[refusal.code].title,
      status: refusal.status,
      detail: refusal.detail,
    };
    return new Response(JSON.stringify(body), { status: refusal.status, headers });
  }
  if (refusal.status === 401 && !request.headers.has("next-action")) {
    // A form posted without JavaScript: take the person to the sign-in page.
    return NextResponse.redirect(new URL(signIn, request.url), 303);
  }
  // Next.js's client shows a text/plain body as the action's error, and follows x-action-redirect.
  headers.set("content-type", "text/plain; charset=utf-8");
  if (refusal.status === 401) headers.set("x-action-redirect", `${signIn};push`);
  return new Response(refusal.detail, { status: refusal.status, headers });
}
