import { z } from "zod";
import { PROBLEMS, type ProblemCode } from "./errors";

/**
 * The OpenAPI 3.1 document is built from a registry of operations, one entry per route handler
 * method, holding the very Zod schemas the handlers parse with. Schemas become JSON Schema 2020-12
 * (the dialect OpenAPI 3.1 uses) through z.toJSONSchema, so the document cannot drift from the
 * validation. lib/api/openapi-operations.ts holds the entries; a test fails for any route file
 * on disk without one.
 */
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ResponseSpec {
  description: string;
  /** Bodies by media type; a named schema becomes a $ref, a plain z.string() stays inline. */
  content?: Record<string, z.ZodType>;
  headers?: Record<string, { description: string; schema?: JsonSchema }>;
}

export interface OperationSpec {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/comparisons/{slug}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
  /** Problems the handler can answer with, besides the 500 every operation may give. */
  errors: ProblemCode[];
  /** Answers 304 to If-None-Match and sends ETag and Cache-Control. */
  conditional?: boolean;
}

export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: Record<string, Record<string, JsonSchema>>;
}

/** The problem+json body every error shares (RFC 9457), as lib/api/errors.ts writes it. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .catchall(z.unknown());

const ref = (group: string, name: string) => ({ $ref: `#/components/${group}/${name}` });

function pascal(text: string): string {
  return text.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, _sep, c: string) => c.toUpperCase());
}

/** z.toJSONSchema adds these at the top of each schema; inside an OpenAPI document they mislead. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function parameters(where: "path" | "query", schema: z.ZodObject | undefined): JsonSchema[] {
  if (!schema) return [];
  const whole = z.toJSONSchema(schema, { io: "input" }) as { required?: string[] };
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === "path" || (whole.required ?? []).includes(name),
    schema: bare(z.toJSONSchema(field as z.ZodType, { io: "input" }) as JsonSchema),
  }));
}

const PROBLEM_NAMES = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, pascal(code)])) as Record<
  ProblemCode,
  string
>;

export function buildOpenApiDocument(
  operations: readonly OperationSpec[],
  meta: {
    info: OpenApiDocument["info"];
    tags: OpenApiDocument["tags"];
    /** Schemas worth a name of their own; io says whether they describe requests or responses. */
    named: readonly { schema: z.ZodType; name: string; io: "input" | "output" }[];
    /** What guards every write before its handler runs (proxy.ts): its refusals and credentials. */
    writes: { errors: ProblemCode[]; securityScheme: JsonSchema };
  },
): OpenApiDocument {
  const registries = { input: z.registry<{ id: string }>(), output: z.registry<{ id: string }>() };
  for (const { schema, name, io } of meta.named) registries[io].add(schema, { id: name });
  registries.output.add(problemSchema, { id: "Problem" });
  // Unnamed bodies are named after their operation, never over a name already given.
  const taken = new Set([...meta.named.map((n) => n.name), "Problem"]);
  const nameOf = (schema: z.ZodType, io: "input" | "output", fallback: string): string => {
    const existing = registries[io].get(schema)?.id;
    if (existing) return existing;
    let name = fallback;
    for (let n = 2; taken.has(name); n++) name = `${fallback}${n}`;
    taken.add(name);
    registries[io].add(schema, { id: name });
    return name;
  };
  const schemaRef = (schema: z.ZodType, io: "input" | "output", fallback: string): JsonSchema =>
    schema instanceof z.ZodString ? { type: "string" } : ref("schemas", nameOf(schema, io, fallback));

  const paths: OpenApiDocument["paths"] = {};
  const usedProblems = new Set<ProblemCode>(["internal"]);
  for (const op of operations) {
    const base = pascal(op.operationId);
    const responses: Record<string, JsonSchema> = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      responses[status] = {
        description: spec.description,
        ...(spec.content && {
          content: Object.fromEntries(
            Object.entries(spec.content).map(([type, schema]) => [
              type,
              { schema: schemaRef(schema, "output", `${base}Response`) },
            ]),
          ),
        }),
        ...((spec.headers || op.conditional) && {
          headers: {
            ...(op.conditional && {
              ETag: ref("headers", "ETag"),
              "Cache-Control": ref("headers", "CacheControl"),
            }),
            ...spec.headers,
          },
        }),
      };
    }
    if (op.conditional) responses["304"] = ref("responses", "NotModified");
    const write = op.method !== "get";
    for (const code of new Set([...op.errors, ...(write ? meta.writes.errors : []), "internal" as const])) {
      usedProblems.add(code);
      responses[String(PROBLEMS[code].status)] = ref("responses", PROBLEM_NAMES[code]);
    }
    const operation: JsonSchema = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description && { description: op.description }),
      tags: [op.tag],
      // Either the edit key or nothing: the key is only asked for when the server is given one.
      ...(write && { security: [{ editKey: [] }, {}] }),
      parameters: [
        ...parameters("path", op.pathParams),
        ...parameters("query", op.query),
        ...(op.conditional ? [ref("parameters", "IfNoneMatch")] : []),
      ],
      ...(op.body && {
        requestBody: {
          required: true,
          content: { "application/json": { schema: schemaRef(op.body, "input", `${base}Request`) } },
        },
      }),
      responses,
    };
    (paths[op.path] ??= {})[op.method] = operation;
  }

  const uri = (id: string) => `#/components/schemas/${id}`;
  const schemas: Record<string, JsonSchema> = {};
  for (const io of ["input", "output"] as const) {
    const converted = z.toJSONSchema(registries[io], { io, uri }) as { schemas: Record<string, JsonSchema> };
    for (const [name, schema] of Object.entries(converted.schemas)) schemas[name] = bare(schema);
  }

  return {
    openapi: "3.1.1",
    info: meta.info,
    servers: [{ url: "/" }],
    tags: meta.tags,
    paths,
    components: {
      schemas,
      responses: {
        ...Object.fromEntries(
          [...usedProblems].map((code) => [
            PROBLEM_NAMES[code],
            {
              description: `${PROBLEMS[code].title} (problem+json)`,
              content: { "application/problem+json": { schema: ref("schemas", "Problem") } },
            },
          ]),
        ),
        NotModified: {
          description: "The representation the client holds (If-None-Match) is still current; no body.",
          headers: { ETag: ref("headers", "ETag"), "Cache-Control": ref("headers", "CacheControl") },
        },
      },
      securitySchemes: { editKey: meta.writes.securityScheme },
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "ETags from an earlier response; a match answers 304 Not Modified.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "A hash of the representation's bytes.", schema: { type: "string" } },
        CacheControl: {
          description:
            "`public, max-age=31536000, immutable` for anything of a pinned revision; `no-cache` (revalidate with If-None-Match) otherwise.",
          schema: { type: "string" },
        },
      },
    },
  };
}
