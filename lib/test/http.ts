type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, with a real Request and awaited params. */
export async function call(
  handler: Handler,
  options: {
    method?: string;
    path?: string;
    params?: Record<string, string>;
    json?: unknown;
    body?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; contentType: string; body: Record<string, unknown> }> {
  const body = options.body ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  const request = new Request(`http://localhost${options.path ?? "/"}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...options.headers },
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
