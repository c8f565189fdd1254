import { etagOf, respondCached } from "@/lib/api/caching";
import { route } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi-operations";

// The document only changes with the code, so it is built once per server process.
let cached: { body: string; etag: string } | undefined;

export const GET = route(async (request) => {
  if (!cached) {
    const body = JSON.stringify(openApiDocument());
    cached = { body, etag: etagOf(body) };
  }
  return respondCached(
    request,
    cached.body,
    { etag: cached.etag, immutable: false },
    { "content-type": "application/json", "access-control-allow-origin": "*" },
  );
});
