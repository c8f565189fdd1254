import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { MAX_IMPORT_JSON_BYTES } from "@/lib/validations/import";
import { issueEditorToken, SIGN_IN_PATH } from "./access";
import { checkWrite, type WriteRequest } from "./write-gate";
import { cacheablePage } from "./page-cache";

const KEY = "the-edit-key";

/** A write from its own client address, so the shared rate-limit buckets never mix between tests. */
function write(
  overrides: Partial<Omit<WriteRequest, "headers">> & { headers?: Record<string, string> } = {},
): WriteRequest {
  const { headers, ...rest } = overrides;
  return {
    pathname: "/api/articles",
    cookie: undefined,
    urlImport: false,
    ...rest,
    headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": `10.${randomUUID()}`, ...headers }),
  };
}

describe("checkWrite", () => {
  it("lets every same-site write through when no edit key is set", () => {
    expect(checkWrite(write(), null)).toBeNull();
    expect(checkWrite(write({ headers: { origin: "http://127.0.0.1:3000" } }), null)).toBeNull();
  });

  it("refuses a write from another site with 403, key or no key, credentials or not", () => {
    const foreign = { origin: "https://evil.example", authorization: `Bearer ${KEY}` };
    expect(checkWrite(write({ headers: foreign }), null)).toMatchObject({ status: 403, code: "forbidden" });
    expect(checkWrite(write({ headers: foreign }), KEY)).toMatchObject({ status: 403 });
  });

  it("asks for credentials with 401 once a key is set, and accepts the key or the editor cookie", () => {
    expect(checkWrite(write(), KEY)).toMatchObject({ status: 401, code: "unauthorized" });
    expect(checkWrite(write({ headers: { authorization: "Bearer wrong" } }), KEY)).toMatchObject({
      status: 401,
      detail: expect.stringMatching(/not the right one/),
    });
    expect(checkWrite(write({ headers: { authorization: `Bearer ${KEY}` } }), KEY)).toBeNull();
    expect(checkWrite(write({ cookie: issueEditorToken(KEY) }), KEY)).toBeNull();
    expect(checkWrite(write({ cookie: issueEditorToken("old key") }), KEY)).toMatchObject({ status: 401 });
    // Server actions post to pages: the same rule.
    expect(checkWrite(write({ pathname: "/", headers: { "next-action": "abc" } }), KEY)).toMatchObject({
      status: 401,
    });
  });

  it("lets the sign-in form through without credentials, but not from another site", () => {
    expect(checkWrite(write({ pathname: SIGN_IN_PATH }), KEY)).toBeNull();
    expect(
      checkWrite(write({ pathname: SIGN_IN_PATH, headers: { origin: "https://evil.example" } }), KEY),
    ).toMatchObject({ status: 403 });
  });

  it("answers 429 with Retry-After once a client spends its writes or URL imports", () => {
    const client = { "x-forwarded-for": "192.0.2.77" };
    const now = 5_000_000;
    for (let i = 0; i < 20; i++)
      expect(checkWrite(write({ urlImport: true, headers: client }), null, now)).toBeNull();
    expect(checkWrite(write({ urlImport: true, headers: client }), null, now)).toMatchObject({
      status: 429,
      retryAfterSeconds: 3,
      detail: expect.stringMatching(/url imports/),
    });
    // Other writes still have their own budget: 240 a minute, 20 of them spent on the imports.
    for (let i = 0; i < 220; i++) expect(checkWrite(write({ headers: client }), null, now)).toBeNull();
    expect(checkWrite(write({ headers: client }), null, now)).toMatchObject({
      status: 429,
      retryAfterSeconds: 1,
    });
  });
});

describe("cacheablePage", () => {
  const url = (pathname: string, search = "") => ({ pathname, search });
  const page = (method: string, pathname: string, search = "", headers = new Headers()) =>
    cacheablePage(method, url(pathname, search), headers);
  it("serves only full-document GET or HEAD of a comparison page from the cache", () => {
    expect(page("GET", "/c/abcd2345/r/12")).toEqual({ pinned: true });
    expect(page("HEAD", "/c/abcd2345/r/1")).toEqual({ pinned: true });
    expect(page("GET", "/c/abcd2345")).toEqual({ pinned: false, slug: "abcd2345" });
    expect(page("GET", "/c/abcd2345/r/0")).toBeNull();
    expect(page("GET", "/c/abcd2345/r/1", "?x=1")).toBeNull();
    expect(page("GET", "/c/abcd2345", "?row=meeting.date")).toBeNull();
    expect(page("POST", "/c/abcd2345/r/1")).toBeNull();
    expect(page("POST", "/c/abcd2345")).toBeNull();
    expect(page("GET", "/c/abcd2345/r/1", "", new Headers({ rsc: "1" }))).toBeNull();
    expect(page("GET", "/c/abcd2345", "", new Headers({ rsc: "1" }))).toBeNull();
    expect(page("GET", "/c/abcd2345/history")).toBeNull();
    expect(page("GET", "/c/ABCD2345")).toBeNull();
  });
});

describe("next.config", () => {
  const config = nextConfig("phase-production-server");

  it("buffers request bodies past the largest one a route accepts, so no body is silently cut", () => {
    expect(Number(config.experimental?.proxyClientMaxBodySize)).toBeGreaterThan(MAX_IMPORT_JSON_BYTES);
  });

  it("sends the security headers on every path", async () => {
    const rules = (await config.headers?.()) ?? [];
    const all = rules.find((r) => r.source === "/:path*");
    const headers = Object.fromEntries((all?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]));
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).toMatch(/object-src 'none'/);
  });
});
