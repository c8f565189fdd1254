import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * Test-only: a real HTTP server on 127.0.0.1 (never any other address) that records what reached
 * it, so a test can prove that a refused fetch sent nothing.
 */
export interface TestServer {
  port: number;
  origin: string;
  /** "METHOD path host" of every request that arrived. */
  hits: string[];
  close(): Promise<void>;
}

export type TestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    hits.push(`${request.method ?? ""} ${request.url ?? ""} ${request.headers.host ?? ""}`);
    handler(request, response);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        // Slow-response tests leave sockets open; closing must not wait for them.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering every path from a table of path → [status, headers, body]. */
export function routes(
  table: Record<string, [number, Record<string, string>, string | Buffer]>,
): TestHandler {
  return (request, response) => {
    const entry = table[request.url ?? ""];
    if (!entry) {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such fixture");
      return;
    }
    const [status, headers, body] = entry;
    response.writeHead(status, headers).end(body);
  };
}
