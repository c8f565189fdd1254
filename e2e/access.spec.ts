import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startTestServer, type TestServer } from "./support/server";
import { writeEndpoints } from "./support/write-endpoints";

// A server of its own with an edit key and low limits for URL imports and sign-in attempts.
const KEY = `e2e-key-${randomUUID()}`;
const FOREIGN = "https://evil.example";
let server: TestServer;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  server = await startTestServer({
    PARALLAX_EDIT_KEY: KEY,
    PARALLAX_URL_IMPORTS_PER_MINUTE: "3",
    PARALLAX_SIGN_INS_PER_MINUTE: "5",
  });
});
test.afterAll(async () => {
  await server?.cleanup();
});

// The sign-in form's own target is reachable without credentials by design (tested below).
const writes = writeEndpoints().filter((w) => w.path !== "/sign-in/session");

async function send(method: string, path: string, headers: Record<string, string> = {}) {
  return fetch(`${server.baseURL}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: method === "DELETE" ? undefined : "{}",
    redirect: "manual",
  });
}

test("finds the write endpoints to check", () => {
  expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(
    expect.arrayContaining(["POST /api/articles", "POST /api/comparisons", "POST /api/imports"]),
  );
});

test("every write endpoint answers 401 without credentials or with a wrong key", async () => {
  for (const { method, path } of writes) {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer not-the-key" }];
    for (const headers of attempts) {
      const res = await send(method, path, headers);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  }
});

test("every write endpoint answers 403 to a request from another site, even one with the key", async () => {
  for (const { method, path } of writes) {
    const res = await send(method, path, { origin: FOREIGN, authorization: `Bearer ${KEY}` });
    expect(res.status, `${method} ${path}`).toBe(403);
    expect(((await res.json()) as { status: number }).status).toBe(403);
  }
});

test("with the key, every write endpoint reaches its handler", async () => {
  for (const { method, path } of writes) {
    const res = await send(method, path, { authorization: `Bearer ${KEY}`, origin: server.baseURL });
    expect([401, 403, 429], `${method} ${path}`).not.toContain(res.status);
    expect(res.status).toBeLessThan(500);
  }
});

test("server actions and plain form posts need an editor as well", async () => {
  const action = await fetch(`${server.baseURL}/`, {
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  expect(action.status).toBe(401);
  expect(action.headers.get("x-action-redirect")).toBe("/sign-in?next=%2F;push");
  const form = await fetch(`${server.baseURL}/`, {
    method: "POST",
    body: new FormData(),
    redirect: "manual",
  });
  expect(form.status).toBe(303);
  expect(form.headers.get("location")).toMatch(/\/sign-in\?next=%2F$/);
});

test("reads stay public", async ({ page }) => {
  for (const path of [
    "/",
    "/about",
    `/c/${server.slug}`,
    `/c/${server.slug}/r/1`,
    "/search?q=Witkoff",
    "/api/articles",
    `/api/comparisons/${server.slug}`,
    "/api/search?q=Witkoff",
  ]) {
    expect((await fetch(`${server.baseURL}${path}`)).status, path).toBe(200);
  }
  await page.goto(`${server.baseURL}/`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Editor sign-in" })).toBeVisible();
});

test("pages and API answers carry the security headers", async () => {
  for (const path of ["/", `/c/${server.slug}/r/1`, "/api/health", "/sign-in"]) {
    const res = await fetch(`${server.baseURL}${path}`);
    expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  }
});

test("an editor signs in with the form, gets a cookie that holds no key, and can compare", async ({
  page,
  context,
}) => {
  // Anonymous first: the library's server action sends the reader to sign in.
  await page.goto(`${server.baseURL}/`);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);

  await page.getByLabel("Edit key").fill("a wrong key");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not the edit key" })).toBeVisible();
  await page.getByLabel("Edit key").fill(KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${server.baseURL}/`);

  const cookie = (await context.cookies()).find((c) => c.name === "parallax_editor");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  expect(cookie?.value).not.toContain(KEY);

  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/c\/[a-z0-9]{8}$/);
});

test("URL imports and sign-in attempts are rate limited with 429 and Retry-After", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    // A loopback address, refused by the import's address policy: nothing is ever fetched.
    const res = await fetch(`${server.baseURL}/api/imports`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ url: `http://127.0.0.1:9/article-${i}` }),
    });
    statuses.push(res.status);
    if (res.status === 429) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  }
  expect(statuses).toEqual([422, 422, 422, 429]);

  // Sign-in attempts: five a minute per address (the browser test above spent two).
  let limited: Response | undefined;
  for (let i = 0; i < 10 && !limited; i++) {
    const res = await fetch(`${server.baseURL}/sign-in/session`, {
      method: "POST",
      body: new URLSearchParams({ key: "guess" }),
      redirect: "manual",
    });
    if (res.status === 429) limited = res;
    else expect(res.status).toBe(303);
  }
  expect(limited?.status).toBe(429);
  expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
});
