import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { LruCache } from "@/lib/data/lru-cache";

/**
 * The HTML of comparison pages, kept in memory once rendered. A comparison page shows one frozen
 * revision and nothing else that varies, so its HTML is a function of that revision: a pinned page
 * (`/c/{slug}/r/{n}`) never changes, and the latest page (`/c/{slug}`) changes only when an edit
 * makes a new revision, so it is kept under the revision it showed. A link that goes viral should
 * cost about what a static file does instead of a full render of several articles each time.
 *
 * The proxy serves full-document GETs from here. On a miss it asks its own server for the page
 * (marked so that this second request is rendered, not looked up) and keeps a 200 answer. Client-side
 * navigations (RSC requests) and anything with a query string are rendered as usual. The cache is
 * per server process and starts empty after a restart or a new build.
 */

const PINNED_PAGE = /^\/c\/[a-z0-9]{8}\/r\/[1-9][0-9]{0,8}$/;
const LATEST_PAGE = /^\/c\/([a-z0-9]{8})$/;
const NAVIGATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];
const RENDER_HEADER = "x-parallax-render";

type PageUrl = { pathname: string; search: string };

interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

interface State {
  pages: LruCache<CachedPage>;
  rendering: Map<string, Promise<CachedPage | null>>;
  /** Marks the server's own requests for a render; random, so a client cannot skip the cache. */
  token: string;
}

// globalThis, like the other caches: one per process however Next.js bundles the proxy.
const holder = globalThis as unknown as { parallaxPages?: State };

function state(): State {
  if (!holder.parallaxPages) {
    const mb = Number(process.env.PARALLAX_PAGE_CACHE_MB ?? "64");
    holder.parallaxPages = {
      pages: new LruCache(Number.isFinite(mb) && mb >= 0 ? mb * 2 ** 20 : 64 * 2 ** 20),
      rendering: new Map(),
      token: randomBytes(16).toString("hex"),
    };
  }
  return holder.parallaxPages;
}

/**
 * Which comparison page a reader is opening, when it may come from the cache: a pinned page, or the
 * latest page of the comparison `slug` (whose key then needs the latest revision); null otherwise.
 */
export function cacheablePage(
  method: string,
  url: PageUrl,
  headers: Headers,
): { pinned: true } | { pinned: false; slug: string } | null {
  if (
    (method !== "GET" && method !== "HEAD") ||
    url.search !== "" ||
    NAVIGATION_HEADERS.some((h) => headers.has(h)) ||
    headers.get(RENDER_HEADER) === state().token
  ) {
    return null;
  }
  if (PINNED_PAGE.test(url.pathname)) return { pinned: true };
  const slug = LATEST_PAGE.exec(url.pathname)?.[1];
  return slug === undefined ? null : { pinned: false, slug };
}

/**
 * The cached page (rendering it on a miss), or undefined to let Next.js answer as usual. `revision`
 * is the latest revision for a latest page: a render may show a newer one than the key says if an
 * edit lands meanwhile, which is harmless (the next request looks up the newer key).
 */
export async function cachedPage(
  method: string,
  url: PageUrl,
  headers: Headers,
  revision?: number,
): Promise<Response | undefined> {
  const { pages, rendering } = state();
  // The page holds absolute links made from the Host and protocol it was asked under.
  const host = headers.get("host") ?? "";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  const key = `${proto}://${host}${url.pathname}${revision === undefined ? "" : `@${revision}`}`;
  let page = pages.get(key);
  if (!page) {
    let pending = rendering.get(key);
    if (!pending) {
      // One render per page however many readers arrive at once.
      pending = render(url.pathname, host, proto).finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    page = (await pending) ?? undefined;
    if (!page) return undefined;
    pages.set(key, page, page.body.byteLength);
  }
  const responseHeaders = {
    "content-type": page.contentType,
    etag: page.etag,
    // Revalidated on each use: the page names this build's script files, which a new build replaces.
    "cache-control": "public, no-cache",
    vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
  };
  if (headers.get("if-none-match") === page.etag) {
    return new Response(null, { status: 304, headers: responseHeaders });
  }
  return new Response(method === "HEAD" ? null : page.body, { status: 200, headers: responseHeaders });
}

/** Asks this server for the page over loopback; null unless it answers 200 with HTML. */
function render(pathname: string, host: string, proto: string): Promise<CachedPage | null> {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: pathname,
        headers: { host, "x-forwarded-proto": proto, [RENDER_HEADER]: state().token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const contentType = res.headers["content-type"] ?? "";
          if (res.statusCode !== 200 || !contentType.startsWith("text/html")) return resolve(null);
          // Copied once into a plain Uint8Array, the type a Response body takes without copying.
          const body = new Uint8Array(Buffer.concat(chunks));
          const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
          resolve({ body, etag, contentType });
        });
        res.on("error", () => resolve(null));
      },
    );
    // A server that cannot reach itself (bound to one other address) renders every request instead.
    req.on("error", () => resolve(null));
    req.setTimeout(30_000, () => req.destroy());
    req.end();
  });
}
