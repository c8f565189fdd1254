import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/data/articles";
import { tableCounts } from "@/lib/test/counts";

/**
 * Property: whatever a client sends to any write endpoint (every POST, PUT, PATCH and DELETE route
 * under app/api, found on disk so that a new one is covered without editing this file), the answer
 * is never a 5xx, and a refusal (4xx) leaves every table exactly as it was.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const API_DIR = path.join(process.cwd(), "app", "api");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const endpoints = routeFiles(API_DIR).flatMap((file) => {
  const source = readFileSync(file, "utf8");
  const route = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
  return WRITE_METHODS.filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source)).map(
    (method) => ({ file, route, method }),
  );
});

// Field names the write endpoints read, so that generated bodies get past "unknown field" and
// exercise the deeper checks too.
const FIELDS = [
  "title",
  "body",
  "source",
  "author",
  "url",
  "publishedAt",
  "articleIds",
  "articles",
  "html",
  "markdown",
  "start",
  "end",
  "quote",
  "topic",
  "slot",
  "kind",
  "value",
  "status",
  "version",
  "fromClaimId",
  "toClaimId",
  "note",
  "name",
  "term",
  "stance",
  "min",
  "max",
  "unit",
];

let ids: string[] = [];
beforeAll(async () => {
  const a = await createArticle({
    title: "Fuzz target",
    body: "US envoy Steve Witkoff met President Vladimir Putin in Moscow on December 2, 2025. The talks lasted five hours.",
    source: null,
    author: null,
    url: null,
    publishedAt: "2025-12-03",
  });
  ids = [a.id, ...a.claims.map((c) => c.id)];
});

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "person",
    "date",
    "term",
    "quantity",
    "envoys",
    "contradicts",
    "2025-12-02",
    "x".repeat(3000),
  ),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.constantFrom(...FIELDS), scalar),
);
const shaped = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });

const body = fc.oneof(
  shaped.map((o) => ({ text: JSON.stringify(o), json: true })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ text: JSON.stringify(v), json: true })),
  fc.string({ maxLength: 80 }).map((text) => ({ text, json: true })),
  fc.string({ maxLength: 80 }).map((text) => ({ text, json: false })),
);
const param = fc.oneof(fc.constantFrom("x", "../..", "%00", "aaaaaaaa", "1"), fc.string({ maxLength: 30 }));
const query = fc.dictionary(
  fc.constantFrom("version", "author", "format", "x"),
  fc.string({ maxLength: 10 }),
  {
    maxKeys: 2,
  },
);

describe("every write endpoint under fuzzed input", () => {
  it("finds the write endpoints", () => {
    expect(endpoints.map((e) => `${e.method} ${e.route}`)).toEqual(
      expect.arrayContaining(["POST /api/articles", "POST /api/comparisons", "POST /api/imports"]),
    );
  });

  for (const { file, route, method } of endpoints) {
    it(`${method} ${route}: 4xx or success, never 5xx, nothing written on refusal`, async () => {
      const mod = (await import(file)) as Record<string, Handler | undefined>;
      const handler = mod[method];
      if (!handler) throw new Error(`${file} has no ${method}`);
      const names = [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1] ?? "");
      await fc.assert(
        fc.asyncProperty(
          body,
          fc.array(fc.oneof(param, fc.constantFrom(...ids)), {
            minLength: names.length,
            maxLength: names.length,
          }),
          query,
          async ({ text, json }, values, search) => {
            // A URL import would fetch from the network: the fuzz keeps to what arrives in the body.
            const sent = route === "/api/imports" ? text.replace(/"url"\s*:/g, '"link":') : text;
            const params = Object.fromEntries(names.map((n, i) => [n, values[i] ?? ""]));
            const before = await tableCounts();
            const response = await handler(
              new Request(`http://localhost${route}?${new URLSearchParams(search)}`, {
                method,
                headers: { "content-type": json ? "application/json" : "text/plain" },
                body: sent,
              }),
              { params: Promise.resolve(params) },
            );
            expect(response.status, await response.clone().text()).toBeLessThan(500);
            if (response.status >= 400) {
              expect(response.headers.get("content-type")).toBe("application/problem+json");
              expect(await tableCounts()).toEqual(before);
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
