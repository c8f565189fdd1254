import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, invalidInput, problemResponse } from "./errors";

/** The largest JSON body any endpoint accepts. Articles are plain text; 1 MiB is a very long one. */
export const MAX_JSON_BYTES = 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, context: RouteContext) => Promise<Response>;

/**
 * Wraps a route handler so that every failure becomes problem+json: our own ApiErrors as they are,
 * Prisma's known errors by code, and anything else as a logged 500 that shows none of the cause.
 */
export function route(handler: Handler): Handler {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return problemResponse(toApiError(error));
    }
  };
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new ApiError("conflict", "That resource already exists.");
    if (error.code === "P2025") return new ApiError("not-found", "The resource no longer exists.");
    if (error.code === "P2003") return new ApiError("conflict", "A referenced resource does not exist.");
  }
  console.error("Unhandled error in route handler", error);
  return new ApiError("internal", "Something went wrong on our side. Nothing was changed; please try again.");
}

/** Reads and validates a JSON body: 415 unless JSON, 413 past the limit, 400 unparsable, 422 invalid. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(
      "unsupported-media-type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("malformed-request", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalidInput(parsed.error, "request body");
  return parsed.data;
}

/** Validates route params or search params; a bad one is a 404 for path segments, 422 for queries. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error, what);
  return parsed.data;
}

export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    "payload-too-large",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KiB. Split the import or shorten the text.`,
  );
}

/** Shapes the output through its schema, so a response never carries a field the schema lacks. */
export function respond<S extends z.ZodType>(schema: S, data: z.input<S>, init: ResponseInit = {}): Response {
  return Response.json(schema.parse(data), init);
}
