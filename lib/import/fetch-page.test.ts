import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchPageError } from "./fetch-error";
import { type FetchPageOptions, fetchPage } from "./fetch-page";
import { routes, startTestServer, type TestServer } from "./test-server";

// Every server here listens on 127.0.0.1 and every request goes only there. Staged DNS answers
// that name other addresses are refused before any socket opens.

const HTML = { "content-type": "text/html; charset=utf-8" };
let site: TestServer; // the one server tests allow explicitly
let secret: TestServer; // stands for an internal service; nothing may ever reach it
let closedPort: number;

function allowSite(): FetchPageOptions {
  return { allow: (address, port) => address === "127.0.0.1" && port === site.port };
}

async function failure(promise: Promise<unknown>): Promise<FetchPageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchPageError);
  return error as FetchPageError;
}

beforeAll(async () => {
  secret = await startTestServer(routes({ "/": [200, HTML, "<p>internal secrets</p>"] }));
  const closed = await startTestServer(routes({}));
  closedPort = closed.port;
  await closed.close();
  const hop = (n: number): [number, Record<string, string>, string] => [302, { location: `/hop/${n}` }, ""];
  site = await startTestServer((request, response) => {
    const url = request.url ?? "";
    const redirectTo = /^\/redirect\?to=(.*)$/.exec(url)?.[1];
    if (redirectTo) {
      response.writeHead(302, { location: decodeURIComponent(redirectTo) }).end();
    } else if (url === "/huge-chunked") {
      // No Content-Length: only counting while streaming can stop this.
      response.writeHead(200, HTML);
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = (): void => {
        while (response.write(chunk)) {
          /* keep writing until the socket pushes back */
        }
      };
      response.on("drain", pump);
      pump();
    } else if (url === "/slow") {
      response.writeHead(200, HTML);
      response.write("<p>first words");
      // …and never finishes.
    } else {
      routes({
        "/article": [200, HTML, "<html><body><p>Hello from the fixture.</p></body></html>"],
        "/host": [200, { "content-type": "text/plain" }, request.headers.host ?? ""],
        "/text": [200, { "content-type": "text/plain" }, "Plain words."],
        "/pdf": [200, { "content-type": "application/pdf" }, "%PDF-1.7"],
        "/untyped": [200, {}, "<p>what am I</p>"],
        "/missing": [404, { "content-type": "text/html" }, "gone"],
        "/broken": [503, { "content-type": "text/html" }, "down"],
        "/declared-huge": [200, { ...HTML, "content-length": String(6 * 1024 * 1024) }, ""],
        "/gzip": [200, { ...HTML, "content-encoding": "gzip" }, gzipSync("<p>Compressed words.</p>")],
        "/bomb": [200, { ...HTML, "content-encoding": "gzip" }, gzipSync(Buffer.alloc(6 * 1024 * 1024, "a"))],
        "/latin1": [
          200,
          { "content-type": "text/html; charset=iso-8859-1" },
          Buffer.from("<p>Caf\xe9 Z\xfcrich</p>", "latin1"),
        ],
        "/meta-charset": [
          200,
          { "content-type": "text/html" },
          Buffer.from('<meta charset="windows-1252"><p>\x93quoted\x94</p>', "latin1"),
        ],
        "/hop/0": hop(1),
        "/hop/1": hop(2),
        "/hop/2": hop(3),
        "/hop/3": hop(4),
        "/hop/4": hop(5),
        "/hop/5": [200, HTML, "<p>five redirects later</p>"],
        "/hop/6": hop(0),
        "/loop": [302, { location: "/loop" }, ""],
        "/to-ftp": [302, { location: "ftp://example.com/file" }, ""],
      })(request, response);
    }
  });
});

afterAll(async () => {
  await Promise.all([site.close(), secret.close()]);
});

describe("fetchPage", () => {
  it("fetches a page from the one allowed address and says what kind it is", async () => {
    const page = await fetchPage(`${site.origin}/article`, allowSite());
    expect(page).toEqual({
      url: `${site.origin}/article`,
      kind: "html",
      text: "<html><body><p>Hello from the fixture.</p></body></html>",
    });
    expect((await fetchPage(`${site.origin}/text`, allowSite())).kind).toBe("text");
  });

  it("refuses the same loopback server without the allowance, sending nothing", async () => {
    const before = site.hits.length;
    const error = await failure(fetchPage(`${site.origin}/article`));
    expect(error.reason).toBe("blocked-address");
    expect(error.message).toMatch(/private network/);
    expect(site.hits.length).toBe(before);
  });

  const loopbackForms = (port: number): string[] => [
    `http://127.0.0.1:${port}/`,
    `http://localhost:${port}/`,
    `http://[::1]:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://0.0.0.0:${port}/`,
    `http://2130706433:${port}/`, // 127.0.0.1 written as one number
    `http://0x7f.1:${port}/`,
    `https://127.0.0.1:${port}/`,
  ];

  it("refuses every spelling of a loopback address that is not allowed", async () => {
    for (const url of loopbackForms(secret.port)) {
      expect((await failure(fetchPage(url, allowSite()))).reason, url).toBe("blocked-address");
    }
    expect(secret.hits).toEqual([]);
  });

  it("refuses redirects from an allowed server to any of them", async () => {
    const targets = [
      ...loopbackForms(secret.port),
      // The allowance names 127.0.0.1 exactly; other spellings of the same socket stay refused.
      `http://[::ffff:127.0.0.1]:${site.port}/article`,
      `http://[::1]:${site.port}/article`,
    ];
    for (const target of targets) {
      const url = `${site.origin}/redirect?to=${encodeURIComponent(target)}`;
      const error = await failure(fetchPage(url, allowSite()));
      expect(error.reason, target).toBe("blocked-address");
      expect(error.message).toMatch(/redirects to an address inside a private network/);
    }
    expect(secret.hits).toEqual([]);
  });

  it("connects to the address its own lookup checked, not to one resolved earlier", async () => {
    const page = await fetchPage(`http://news.test:${site.port}/host`, {
      ...allowSite(),
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    expect(page.text).toBe(`news.test:${site.port}`);
  });

  it("refuses a name if any of its addresses is private, before connecting anywhere", async () => {
    const answers = [
      [{ address: "127.0.0.1", family: 4 }],
      [{ address: "10.0.0.1", family: 4 }],
      [{ address: "fd00::1", family: 6 }],
      [{ address: "169.254.169.254", family: 4 }],
      // Half public, half internal: the classic DNS-rebinding answer.
      [
        { address: "93.184.216.34", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
    ];
    for (const answer of answers) {
      const error = await failure(
        fetchPage(`http://rebind.test:${secret.port}/`, { resolve: async () => answer }),
      );
      expect(error.reason).toBe("blocked-address");
    }
    expect(secret.hits).toEqual([]);
  });

  it("says when a name does not resolve", async () => {
    expect((await failure(fetchPage("http://gone.test/", { resolve: async () => [] }))).reason).toBe("dns");
    const rejecting = { resolve: () => Promise.reject(new Error("ENOTFOUND")) };
    expect((await failure(fetchPage("http://gone.test/", rejecting))).reason).toBe("dns");
  });

  it("refuses what is not an http(s) address", async () => {
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "ftp://example.com/",
      "not a url",
      "data:text/html,<p>x</p>",
      `http://user:pw@127.0.0.1:${site.port}/article`,
    ]) {
      expect((await failure(fetchPage(url, allowSite()))).reason, url).toBe("invalid-url");
    }
    expect((await failure(fetchPage(`${site.origin}/to-ftp`, allowSite()))).reason).toBe("invalid-url");
  });

  it("follows at most five redirects", async () => {
    expect((await fetchPage(`${site.origin}/hop/0`, allowSite())).url).toBe(`${site.origin}/hop/5`);
    expect((await failure(fetchPage(`${site.origin}/hop/6`, allowSite()))).reason).toBe("redirects");
    expect((await failure(fetchPage(`${site.origin}/loop`, allowSite()))).reason).toBe("redirects");
  });

  it("refuses content that is not HTML or text", async () => {
    expect((await failure(fetchPage(`${site.origin}/pdf`, allowSite()))).message).toMatch(/application\/pdf/);
    expect((await failure(fetchPage(`${site.origin}/untyped`, allowSite()))).reason).toBe("unsupported-type");
  });

  it("reports the site's own error status", async () => {
    const missing = await failure(fetchPage(`${site.origin}/missing`, allowSite()));
    expect([missing.reason, missing.upstreamStatus]).toEqual(["upstream-status", 404]);
    expect((await failure(fetchPage(`${site.origin}/broken`, allowSite()))).upstreamStatus).toBe(503);
  });

  it("stops at 5 MB, declared, streamed or decompressed", async () => {
    for (const path of ["/declared-huge", "/huge-chunked", "/bomb"]) {
      const error = await failure(fetchPage(`${site.origin}${path}`, allowSite()));
      expect(error.reason, path).toBe("too-large");
      expect(error.message).toMatch(/larger than 5 MB/);
    }
  });

  it("decompresses and decodes the declared charset", async () => {
    expect((await fetchPage(`${site.origin}/gzip`, allowSite())).text).toBe("<p>Compressed words.</p>");
    expect((await fetchPage(`${site.origin}/latin1`, allowSite())).text).toBe("<p>Café Zürich</p>");
    expect((await fetchPage(`${site.origin}/meta-charset`, allowSite())).text).toContain("“quoted”");
  });

  it("gives up on a site that never finishes", async () => {
    const error = await failure(fetchPage(`${site.origin}/slow`, { ...allowSite(), totalTimeoutMs: 300 }));
    expect(error.reason).toBe("timeout");
  });

  it("gives up when no connection is made in time", async () => {
    const slowDns = {
      ...allowSite(),
      connectTimeoutMs: 100,
      // A lookup that never answers: only the connect timeout can end this fetch.
      resolve: () => new Promise<{ address: string; family: number }[]>(() => {}),
    };
    expect((await failure(fetchPage(`http://slow.test:${site.port}/article`, slowDns))).reason).toBe(
      "timeout",
    );
  });

  it("reports a refused connection", async () => {
    const allowClosed = { allow: (a: string, p: number) => a === "127.0.0.1" && p === closedPort };
    expect((await failure(fetchPage(`http://127.0.0.1:${closedPort}/`, allowClosed))).reason).toBe(
      "unreachable",
    );
  });
});
