import type { z } from "zod";

/**
 * The one error vocabulary of the API. Every failure a client can cause maps to one of these
 * codes and is answered as RFC 9457 `application/problem+json`.
 */
export const PROBLEMS = {
  "malformed-request": { status: 400, title: "Malformed request" },
  unauthorized: { status: 401, title: "Sign-in required" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "invalid-input": { status: 422, title: "Invalid input" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal server error" },
  // Importing by URL depends on someone else's server. When that server is down, answers 5xx or
  // never finishes, the request was valid and retrying later may work: a 4xx would tell the
  // client to change its input, which would not help. So these two are gateway statuses.
  "upstream-failed": { status: 502, title: "The remote site failed" },
  "upstream-timeout": { status: 504, title: "The remote site timed out" },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  /** Dotted path to the offending field, e.g. `articleIds.2`; empty for the whole body. */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: {
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }

  toProblem(): ProblemBody {
    const { status, title } = PROBLEMS[this.code];
    return {
      ...this.extensions,
      type: `/problems/${this.code}`,
      title,
      status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export function invalidInput(error: z.ZodError, what = "request"): ApiError {
  const errors = fieldErrors(error);
  const first = errors[0];
  const detail = first
    ? `The ${what} is invalid: ${first.path ? `${first.path}: ` : ""}${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}.`
    : `The ${what} is invalid.`;
  return new ApiError("invalid-input", detail, { errors });
}

export function notFound(what: string): ApiError {
  return new ApiError("not-found", `No ${what} exists with that identifier.`);
}

export function problemResponse(error: ApiError): Response {
  return Response.json(error.toProblem(), {
    status: error.status,
    headers: { "content-type": "application/problem+json", ...error.headers },
  });
}
