import { expect, test } from "@playwright/test";

test("the library's search box finds articles and claims, with the matched words marked", async ({
  page,
}) => {
  await page.goto("/");
  const search = page.getByRole("search");
  await search.getByRole("searchbox", { name: "Search articles and claims" }).fill("Witkoff");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=Witkoff$/);

  const articles = page.getByRole("region", { name: /Articles/ }).getByRole("listitem");
  await expect(articles.first()).toBeVisible();
  await expect(articles.first().locator("mark").first()).toHaveText(/witkoff/i);
  const claims = page.getByRole("region", { name: /Claims/ }).getByRole("listitem");
  await expect(claims.first()).toContainText(/Witkoff/);

  await articles.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[\w-]+$/);
});

test("a search with nothing to search for says what to fix", async ({ page, request }) => {
  await page.goto("/search?q=%22%2A%22");
  await expect(
    page.getByRole("alert").filter({ hasText: "q has no letters or digits to search for" }),
  ).toBeVisible();
  const api = await request.get("/api/search?q=%22%2A%22");
  expect(api.status()).toBe(422);
  expect(api.headers()["content-type"]).toBe("application/problem+json");
});
