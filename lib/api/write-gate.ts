import { bearerKey, isEditKey, isEditorToken, isSameOrigin, SIGN_IN_PATH } from "./access";
import type { ProblemCode } from "./errors";
import { clientAddress, takeToken } from "./rate-limit";

/**
 * The one check every write passes before it reaches a route handler or a server action (proxy.ts
 * calls it for each request that is not GET, HEAD or OPTIONS). Pure apart from the rate-limit
 * buckets, so it is tested without a server.
 */

export interface WriteRequest {
  pathname: string;
  headers: Headers;
  /** The editor cookie, if the request carries one. */
  cookie: string | undefined;
  /** A `POST /api/imports` of one URL: it makes the server fetch a page, so it has its own limit. */
  urlImport: boolean;
}

export interface Refusal {
  status: 401 | 403 | 429;
  code: ProblemCode;
  detail: string;
  retryAfterSeconds?: number;
}

export function checkWrite(request: WriteRequest, editKey: string | null, now?: number): Refusal | null {
  // Forgery first: a refused cross-site request must not spend the victim's rate-limit tokens.
  if (!isSameOrigin(request.headers)) {
    return {
      status: 403,
      code: "forbidden",
      detail: "This change was sent from a page on another site, so it was refused.",
    };
  }
  const client = clientAddress(request.headers);
  const signingIn = request.pathname === SIGN_IN_PATH;
  // The narrower limit first, so a refused URL import does not spend a write as well.
  const kinds = signingIn
    ? (["sign-in"] as const)
    : request.urlImport
      ? (["url-import", "write"] as const)
      : (["write"] as const);
  for (const kind of kinds) {
    const taken = takeToken(kind, client, now);
    if (!taken.ok) {
      return {
        status: 429,
        code: "too-many-requests",
        detail: `Too many ${kind === "write" ? "changes" : `${kind.replace("-", " ")}s`} from your address; try again in ${taken.retryAfterSeconds} s.`,
        retryAfterSeconds: taken.retryAfterSeconds,
      };
    }
  }
  if (editKey === null || signingIn) return null;
  if (isEditKey(editKey, bearerKey(request.headers)) || isEditorToken(editKey, request.cookie)) return null;
  return {
    status: 401,
    code: "unauthorized",
    detail: bearerKey(request.headers)
      ? "That edit key is not the right one."
      : "Changes need an editor: sign in at /sign-in, or send Authorization: Bearer <edit key>.",
  };
}
