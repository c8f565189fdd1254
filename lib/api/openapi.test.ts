import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { checkOpenApi31 } from "./openapi-check";
import { OPERATIONS, openApiDocument } from "./openapi-operations";

const API_DIR = path.join(import.meta.dirname, "..", "..", "app", "api");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route.ts under app/api, as the OpenAPI path Next serves it at. */
function routeFiles(dir = API_DIR): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    if (!/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) return [];
    const segments = path
      .relative(path.join(API_DIR, ".."), dir)
      .split(path.sep)
      .filter((s) => !/^\(.*\)$/.test(s)) // route groups are not in the URL
      .map((s) => s.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, "{$1}"));
    return [{ file: full, path: `/${segments.join("/")}` }];
  });
}

const document = openApiDocument();

describe("the OpenAPI document", () => {
  it("documents every method of every route handler on disk", async () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const undocumented: string[] = [];
    for (const { file, path: urlPath } of files) {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((m) => typeof mod[m] === "function");
      expect(methods, `${file} exports no HTTP method`).not.toEqual([]);
      for (const method of methods) {
        if (!document.paths[urlPath]?.[method.toLowerCase()]) undocumented.push(`${method} ${urlPath}`);
      }
    }
    expect(undocumented, "register these in lib/api/openapi-operations.ts").toEqual([]);
  });

  it("documents nothing that has no handler", async () => {
    const files = new Map(routeFiles().map((f) => [f.path, f.file]));
    for (const op of OPERATIONS) {
      const file = files.get(op.path);
      expect(file, `${op.path} has no route file`).toBeDefined();
      const mod = (await import(pathToFileURL(file ?? "").href)) as Record<string, unknown>;
      expect(typeof mod[op.method.toUpperCase()], `${op.method} ${op.path}`).toBe("function");
    }
  });

  it("is valid OpenAPI 3.1", () => {
    expect(checkOpenApi31(document)).toEqual([]);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it("describes bodies with the handlers' own schemas", () => {
    const schemas = document.components.schemas ?? {};
    const comparison = schemas.Comparison as { properties?: Record<string, unknown>; required?: string[] };
    expect(comparison.required).toEqual(
      expect.arrayContaining(["slug", "revision", "articles", "claims", "rows"]),
    );
    const create = schemas.ComparisonCreate as {
      properties?: { articleIds?: { minItems?: number; maxItems?: number } };
    };
    expect(create.properties?.articleIds).toMatchObject({ minItems: 2, maxItems: 6 });
    const errors = document.paths["/api/comparisons"]?.post?.responses as Record<string, unknown>;
    expect(errors["422"]).toEqual({ $ref: "#/components/responses/InvalidInput" });
    expect(JSON.stringify(document.components.responses?.InvalidInput)).toContain("application/problem+json");
  });

  it("finds the mistakes a broken document would have", () => {
    const broken = structuredClone(document) as unknown as Record<string, Record<string, unknown>>;
    broken.openapi = "3.0.3" as unknown as Record<string, unknown>;
    delete broken.info?.title;
    const paths = broken.paths as Record<string, Record<string, Record<string, unknown>>>;
    const pinned = paths["/api/comparisons/{slug}/revisions/{revision}"]?.get;
    if (pinned)
      pinned.parameters = (pinned.parameters as { name?: string }[]).filter((p) => p.name !== "revision");
    const created = paths["/api/comparisons"]?.post;
    if (created) created.responses = { 201: { $ref: "#/components/responses/Nowhere" } };
    const listed = paths["/api/articles"]?.get;
    if (listed) listed.operationId = "getArticle";
    const problems = checkOpenApi31(broken).join("\n");
    expect(problems).toContain('openapi must be "3.1.x"');
    expect(problems).toContain("info.title is required");
    expect(problems).toContain("{revision} is not declared");
    expect(problems).toContain("#/components/responses/Nowhere does not resolve");
    expect(problems).toContain("getArticle is not unique");
    expect(checkOpenApi31({ ...document, paths: { "/x": { get: { responses: {} } } } })).toContain(
      "paths//x/get/responses: an operation needs at least one response",
    );
  });
});
