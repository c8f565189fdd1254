import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type Socket } from "node:net";
import { type ConnectPolicy, guardedLookup, permitted, refusal } from "./connect-guard";
import { FetchPageError } from "./fetch-error";
import { decodeBody, type PageKind, pageKindOf, readBody } from "./read-body";

/** `allow` is test-only (see fetchAllowanceFromEnv); `resolve` lets tests stage DNS answers. */
export interface FetchPageOptions extends ConnectPolicy {
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  kind: PageKind;
  text: string;
}

export const FETCH_LIMITS = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

type Limits = { -readonly [K in keyof typeof FETCH_LIMITS]: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a public web page for import. Every connection is checked where it is made: the
 * resolver hands the socket only addresses that passed the policy (so a DNS answer cannot change
 * between check and connect), IP literals (which never reach the resolver) are checked first, and
 * the connected socket's peer is checked once more before a byte is sent. Redirects are followed
 * by hand, each hop checked the same way.
 */
export async function fetchPage(input: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const limits: Limits = { ...FETCH_LIMITS, ...definedLimits(options) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.totalTimeoutMs);
  try {
    let url = parseTarget(input);
    for (let hop = 0; ; hop++) {
      const response = await requestOnce(url, hop, limits, controller.signal, options);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (!REDIRECTS.has(status) || !location) {
        return await readPage(url, response, limits.maxBytes);
      }
      response.destroy();
      if (hop >= limits.maxRedirects) {
        throw new FetchPageError(
          "redirects",
          `That page redirects more than ${limits.maxRedirects} times; try the address it finally lands on.`,
        );
      }
      url = parseTarget(location, url);
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new FetchPageError(
        "timeout",
        `The site took longer than ${Math.round(limits.totalTimeoutMs / 1000)} seconds to send the page; try again later.`,
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function definedLimits(options: FetchPageOptions): Partial<Limits> {
  const { connectTimeoutMs, totalTimeoutMs, maxBytes, maxRedirects } = options;
  return Object.fromEntries(
    Object.entries({ connectTimeoutMs, totalTimeoutMs, maxBytes, maxRedirects }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

function parseTarget(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchPageError(
      "invalid-url",
      "That is not a web address; enter one like https://example.com/story.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchPageError(
      "invalid-url",
      base
        ? "That page redirects to an address that is not http or https; Parallax cannot follow it."
        : "Parallax only fetches http:// and https:// addresses.",
    );
  }
  if (url.username || url.password) {
    throw new FetchPageError("invalid-url", "Addresses with a user name or password are not fetched.");
  }
  return url;
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}

function requestOnce(
  url: URL,
  hop: number,
  limits: Limits,
  signal: AbortSignal,
  options: FetchPageOptions,
): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = portOf(url);
  // The socket skips the resolver for IP literals, so those are checked here.
  if (isIP(host) && !permitted(host, port, options)) return Promise.reject(refusal(hop));
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request({
      host,
      port,
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: {
        host: url.host,
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "Parallax article importer",
      },
      agent: false, // a fresh socket per hop: no pooled connection to an earlier, other address
      lookup: guardedLookup(port, hop, options),
      signal,
    });
    const connectTimer = setTimeout(() => {
      request.destroy(
        new FetchPageError(
          "timeout",
          `The site did not accept a connection within ${Math.round(limits.connectTimeoutMs / 1000)} seconds; try again later.`,
        ),
      );
    }, limits.connectTimeoutMs);
    request.on("socket", (socket: Socket) => {
      // Runs before the request is written to the socket: the last word on where it goes.
      socket.prependOnceListener("connect", () => {
        clearTimeout(connectTimer);
        const peer = socket.remoteAddress ?? "";
        if (!permitted(peer, socket.remotePort ?? port, options)) socket.destroy(refusal(hop));
      });
    });
    request.on("response", (response) => {
      clearTimeout(connectTimer);
      resolve(response);
    });
    request.on("error", (error) => {
      clearTimeout(connectTimer);
      reject(error instanceof FetchPageError ? error : unreachable(error));
    });
    request.end();
  });
}

function unreachable(error: Error): FetchPageError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (/^(ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code)) {
    return new FetchPageError(
      "unreachable",
      "The site's secure connection (its HTTPS certificate) could not be verified.",
    );
  }
  return new FetchPageError(
    "unreachable",
    "Could not reach the site: the connection was refused or dropped.",
  );
}

async function readPage(url: URL, response: IncomingMessage, maxBytes: number): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.destroy();
    const label = `${status}${response.statusMessage ? ` (${response.statusMessage.slice(0, 60)})` : ""}`;
    throw new FetchPageError(
      "upstream-status",
      status >= 500
        ? `The site answered ${label}; try again later.`
        : `The site answered ${label} for that address; check that the page exists and is public.`,
      status,
    );
  }
  const contentType = response.headers["content-type"];
  let kind: PageKind;
  try {
    kind = pageKindOf(contentType);
  } catch (error) {
    response.destroy();
    throw error;
  }
  const bytes = await readBody(response, maxBytes);
  return { url: url.href, kind, text: decodeBody(bytes, contentType, kind) };
}
