import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Who may write. Reads are public. Writes are open until PARALLAX_EDIT_KEY is set; from then on they
 * need that key, sent as `Authorization: Bearer <key>` by API clients or proven by the cookie the
 * sign-in form sets. The cookie holds an HMAC made with the key, never the key, so it cannot be
 * turned back into the key, and changing the key signs everyone out.
 */

export const EDITOR_COOKIE = "parallax_editor";
export const EDITOR_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** Where the sign-in form posts; it must be reachable without being signed in. */
export const SIGN_IN_PATH = "/sign-in/session";

const TOKEN_CONTEXT = "parallax-editor-session:v1:";
// A token dated a little in the future is a clock difference between machines, not a forgery.
const CLOCK_SKEW_SECONDS = 300;

/** The edit key, or null when the app runs open (no key configured). */
export function editKeyFromEnv(env: Record<string, string | undefined> = process.env): string | null {
  const key = env.PARALLAX_EDIT_KEY?.trim();
  return key ? key : null;
}

function mac(key: string, issuedAt: number): string {
  return createHmac("sha256", key).update(`${TOKEN_CONTEXT}${issuedAt}`).digest("base64url");
}

/** Compares secrets in time that does not depend on where they differ (or on their lengths). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The cookie value for an editor who just proved they know the key. */
export function issueEditorToken(key: string, nowSeconds: number = Math.floor(Date.now() / 1000)): string {
  return `${nowSeconds}.${mac(key, nowSeconds)}`;
}

export function isEditorToken(
  key: string,
  token: string | undefined,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return false;
  const issuedAt = Number(match[1]);
  const age = nowSeconds - issuedAt;
  if (age > EDITOR_SESSION_SECONDS || age < -CLOCK_SKEW_SECONDS) return false;
  return sameSecret(match[2], mac(key, issuedAt));
}

export function isEditKey(key: string, candidate: string | null | undefined): boolean {
  return typeof candidate === "string" && candidate.length > 0 && sameSecret(key, candidate);
}

/** The key from `Authorization: Bearer <key>`, if that is how the request authenticates. */
export function bearerKey(headers: Headers): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/**
 * A browser names the page that sent a request in `Origin`; a write from a page on another site
 * (cross-site request forgery) names that site. Without the header the request did not come from
 * such a page (curl, a server), so there is nothing to check. X-Forwarded-Host counts as the host
 * too: a reverse proxy may rewrite Host, and a page on another site cannot set that header.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host === headers.get("host") || (forwarded !== undefined && host === forwarded);
}

/** The editor cookie's Set-Cookie attributes; Secure whenever the site is served over HTTPS. */
export function editorCookie(value: string, options: { secure: boolean; maxAge?: number }): string {
  const maxAge = options.maxAge ?? EDITOR_SESSION_SECONDS;
  return [
    `${EDITOR_COOKIE}=${value}`,
    "Path=/",
    `Max-Age=${maxAge}`,
    "HttpOnly",
    // Strict: nothing an editor does starts on another site, and reads never need the cookie.
    "SameSite=Strict",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}
