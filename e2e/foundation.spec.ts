import { expect, test } from "@playwright/test";
import { SEED_COMPARISON_TITLE } from "../seeds/constants";

const SEED_COUNT = 5;

test("the library lists the seed articles and the seed comparison", async ({ page }) => {
  await page.goto("/");
  const articles = page.getByRole("region", { name: "Articles" }).getByRole("listitem");
  await expect(articles).toHaveCount(SEED_COUNT);
  for (const item of await articles.all()) {
    await expect(item.getByRole("link")).not.toBeEmpty();
  }
  await expect(
    page.getByRole("region", { name: "Comparisons" }).getByRole("link", { name: SEED_COMPARISON_TITLE }),
  ).toBeVisible();
});

test("the seed comparison shows one column per article with its title", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_COMPARISON_TITLE }).click();
  await expect(page).toHaveURL(/\/c\/[a-z0-9]{8}$/);
  const slug = new URL(page.url()).pathname.split("/").pop();

  const api = await request.get(`/api/comparisons/${slug}`);
  expect(api.ok()).toBe(true);
  const comparison = (await api.json()) as { articles: { title: string }[] };
  expect(comparison.articles).toHaveLength(SEED_COUNT);

  const columns = page.getByRole("article");
  await expect(columns).toHaveCount(SEED_COUNT);
  for (const [i, article] of comparison.articles.entries()) {
    await expect(columns.nth(i).getByRole("heading", { level: 2 })).toHaveText(article.title);
    await expect(columns.nth(i).getByRole("paragraph").first()).toBeVisible();
  }
});

test("an article page shows its text", async ({ page }) => {
  await page.goto("/");
  const first = page
    .getByRole("region", { name: "Articles" })
    .getByRole("listitem")
    .first()
    .getByRole("link");
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
  await expect(page.getByRole("article").getByRole("paragraph").nth(2)).toBeVisible();
});

test("selecting two articles in the library creates a comparison of them", async ({ page }) => {
  await page.goto("/");
  const boxes = page.getByRole("checkbox");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/c\/[a-z0-9]{8}$/);
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("choosing a single article explains what to do", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "at least 2" })).toBeVisible();
});

test("an unknown comparison is a 404 page", async ({ page }) => {
  const response = await page.goto("/c/zzzzzzzz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
