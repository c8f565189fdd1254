import { expect, test } from "@playwright/test";
import { startTestServer, type TestServer } from "./support/server";

// A server of its own: the library needs more articles than one page holds, which would change
// what the other specs see in the shared one.
let server: TestServer;

test.beforeAll(async () => {
  server = await startTestServer();
  for (let i = 1; i <= 50; i++) {
    const created = await fetch(`${server.baseURL}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.baseURL },
      body: JSON.stringify({ title: `Harbour talks, report ${i}`, body: `Envoys met on Monday, day ${i}.` }),
    });
    expect(created.status).toBe(201);
  }
});
test.afterAll(async () => {
  await server?.cleanup();
});

test("the library pages through older articles and back", async ({ page }) => {
  const articles = page.getByRole("region", { name: "Articles" }).getByRole("listitem");
  await page.goto(`${server.baseURL}/`);
  await expect(articles).toHaveCount(50);
  await expect(articles.first()).toContainText("Harbour talks, report 50");

  await page.getByRole("link", { name: "Older articles →" }).click();
  // The 55th article and older: the five seeds, imported first.
  await expect(articles).toHaveCount(5);
  await expect(page.getByRole("link", { name: "Older articles →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Newest articles" }).click();
  await expect(articles.first()).toContainText("Harbour talks, report 50");
});

test("a page link that is not the library's own shows the newest articles and says so", async ({ page }) => {
  await page.goto(`${server.baseURL}/?after=not-a-cursor`);
  await expect(page.getByRole("status")).toContainText("no longer exists");
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("listitem")).toHaveCount(50);
});
