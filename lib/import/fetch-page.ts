import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction, type Socket } from "node:net";
import { type FetchAllowance, isPublicAddress } from "./address-policy";
import { FetchPageError, PRIVATE_ADDRESS_MESSAGE, PRIVATE_REDIRECT_MESSAGE } from "./fetch-error";
import { decodeBody, type PageKind, pageKindOf, readBody } from "./read-body";

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchPageOptions {
  /** Test-only: lets an otherwise refused address:port through (see fetchAllowanceFromEnv). */
  allow?: FetchAllowance;
  /** The resolver; injectable so tests can stage DNS answers without real DNS. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
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

function defaultResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

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
    throw new FetchPageError("invalid-url", "That is not a web address; enter one like https://example.com/story.");
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

function refusal(hop: number): FetchPageError {
  return new FetchPageError("blocked-address", hop === 0 ? PRIVATE_ADDRESS_MESSAGE : PRIVATE_REDIRECT_MESSAGE);
}

function permitted(address: string, port: number, options: FetchPageOptions): boolean {
  return isPublicAddress(address) || options.allow?.(address, port) === true;
}

/** A resolver for the socket that refuses the host if any of its addresses is not allowed. */
function guardedLookup(port: number, hop: number, options: FetchPageOptions): LookupFunction {
  const resolve = options.resolve ?? defaultResolve;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const addresses = all.filter((a) => family === 0 || a.family === family);
        const first = addresses[0];
        if (!first) {
          callback(new FetchPageError("dns", noSuchSite()), "", 0);
        } else if (all.some((a) => !permitted(a.address, port, options))) {
          // Any private answer refuses the host: a name that is half public, half internal is a
          // rebinding setup, and the socket might otherwise try the internal address next.
          callback(refusal(hop), "", 0);
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      () => callback(new FetchPageError("dns", noSuchSite()), "", 0),
    );
  };
}

function noSuchSite(): string {
  return "No web site answers at that name; check the address for typos.";
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
    return new FetchPageError("unreachable", "The site's secure connection (its HTTPS certificate) could not be verified.");
  }
  return new FetchPageError("unreachable", "Could not reach the site: the connection was refused or dropped.");
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
