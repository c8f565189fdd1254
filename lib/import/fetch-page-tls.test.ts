import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchPageError } from "./fetch-error";
import { fetchPage } from "./fetch-page";

// TEST-ONLY self-signed pair for CN=parallax-test.invalid, made for this file. Nothing trusts it,
// which is the point: the fetcher must refuse it.
const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1e3L9T75JN+xqib0
I+pOdzopGWTST6OBkB85rUItfwehRANCAARbJYuQJ76/yCL4f9ZfwoAf19LyBNoB
gNYD6670aeFAoBE7ywZoDBxFyi/8coCRWLDkS7mx3e6j318rut1lPWtp
-----END PRIVATE KEY-----`;
const CERT = `-----BEGIN CERTIFICATE-----
MIIBljCCAT2gAwIBAgIUf1DS7IwuCNwDxio64tni1eybkbIwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVcGFyYWxsYXgtdGVzdC5pbnZhbGlkMCAXDTI2MTEyMTIwNDAz
MloYDzIxMjYxMDI4MjA0MDMyWjAgMR4wHAYDVQQDDBVwYXJhbGxheC10ZXN0Lmlu
dmFsaWQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARbJYuQJ76/yCL4f9ZfwoAf
19LyBNoBgNYD6670aeFAoBE7ywZoDBxFyi/8coCRWLDkS7mx3e6j318rut1lPWtp
o1MwUTAdBgNVHQ4EFgQUVlauFwr79HACmELUb31mbcn6bgwwHwYDVR0jBBgwFoAU
VlauFwr79HACmELUb31mbcn6bgwwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNHADBEAiBwm6fBY38EIxqbM+0Hqa3gAICgd/1lEcI51yxhPxvnNAIgUte2ZZjx
X5K8lYCIOFdx3k5D8GgiOOP1o98qG1qIoYQ=
-----END CERTIFICATE-----`;

let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  server = createServer({ key: KEY, cert: CERT }, (_, response) => response.end("<p>secret</p>"));
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(url: string, allow?: (a: string, p: number) => boolean): Promise<FetchPageError> {
  const error = await fetchPage(url, { allow }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchPageError);
  return error as FetchPageError;
}

describe("fetchPage over https", () => {
  it("refuses loopback https addresses before opening a connection", async () => {
    for (const url of [
      `https://127.0.0.1:${port}/`,
      `https://localhost:${port}/`,
      `https://[::1]:${port}/`,
    ]) {
      expect((await failure(url)).reason, url).toBe("blocked-address");
    }
    expect(connections).toBe(0);
  });

  it("verifies certificates: an allowed host with an untrusted one is not read", async () => {
    const error = await failure(`https://127.0.0.1:${port}/`, (a, p) => a === "127.0.0.1" && p === port);
    expect(error.reason).toBe("unreachable");
    expect(error.message).toMatch(/certificate/);
    expect(connections).toBe(1);
  });
});
