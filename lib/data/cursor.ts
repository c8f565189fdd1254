import { ApiError } from "@/lib/api/errors";

/** Keyset pagination cursor: the (createdAt, id) of the last item seen, opaque to clients. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && typeof parsed[0] === "string" && typeof parsed[1] === "string") {
      const createdAt = new Date(parsed[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: parsed[1] };
    }
  } catch {
    // fall through to the client error below
  }
  throw new ApiError("invalid-input", "The cursor is not one this API returned; start again without it.", {
    errors: [{ path: "cursor", message: "unknown cursor" }],
  });
}
