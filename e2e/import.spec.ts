import { createServer, type Server } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { FIXTURE_ARTICLE, fixtureArticleHtml } from "../lib/import/test-fixtures";

// The fixture site listens on 127.0.0.1 at the one port the app is allowed to fetch from
// (PARALLAX_TEST_FETCH_ALLOW, set in playwright.config.ts). The app's own port is not allowed.
const fixturePort = Number(process.env.PARALLAX_E2E_FIXTURE_PORT);
const appPort = Number(process.env.PARALLAX_E2E_PORT);
const fixture = `http://127.0.0.1:${fixturePort}`;
let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", fixture);
    if (url.pathname === "/story") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fixtureArticleHtml());
    } else if (url.pathname.startsWith("/wire/")) {
      const round = url.pathname.slice("/wire/".length).replace(/\W/g, "");
      response
        .writeHead(200, { "content-type": "text/html" })
        .end(
          `<title>Wire ${round}</title><p>Envoys met in Riyadh for round ${round} of talks on Monday.</p>`,
        );
    } else if (url.pathname === "/to-app") {
      response.writeHead(302, { location: `http://localhost:${appPort}/api/articles` }).end();
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such fixture");
    }
  });
  await new Promise<void>((resolve) => server.listen(fixturePort, "127.0.0.1", resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Every dialog the page opens; an imported page's script would show up here. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function importUrl(page: Page, url: string): Promise<void> {
  await page.goto("/");
  const panel = page.getByRole("region", { name: "Import", exact: true });
  await panel.getByRole("button", { name: "From a web address" }).click();
  await panel.getByLabel("Web address").fill(url);
  await panel.getByRole("button", { name: "Import page" }).click();
}

async function articleCount(page: Page): Promise<number> {
  const response = await page.request.get("/api/articles?limit=100");
  return ((await response.json()) as { items: unknown[] }).items.length;
}

test("importing a page by URL shows its clean text and metadata and runs none of its markup", async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  await importUrl(page, `${fixture}/story`);

  await expect(page).toHaveURL(/\/articles\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FIXTURE_ARTICLE.title);
  await expect(
    page.getByText(`${FIXTURE_ARTICLE.siteName} · ${FIXTURE_ARTICLE.byline} · Mar 11, 2025`),
  ).toBeVisible();
  const article = page.getByRole("article");
  for (const paragraph of FIXTURE_ARTICLE.paragraphs) {
    await expect(article.getByText(paragraph, { exact: true })).toBeVisible();
  }
  for (const furniture of ["Share", "Comments (3)", "Related Sources", "Most read", "All rights reserved"]) {
    await expect(article).not.toContainText(furniture);
  }
  await expect(page.getByRole("complementary").getByRole("listitem").first()).toBeVisible();

  // Text that looks like markup is shown as text; nothing from the page ran or reached the DOM.
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => "__parallaxPwned" in window)).toBe(false);
  expect(await page.locator("[onerror], [onload], a[href^='javascript:' i]").count()).toBe(0);
  expect(await article.locator("script, img, iframe").count()).toBe(0);
  expect(await page.content()).not.toContain("__parallaxPwned");
});

test("importing the same page again links to the article already in the library", async ({ page }) => {
  const wire = `${fixture}/wire/${Date.now()}`;
  await importUrl(page, wire);
  await expect(page).toHaveURL(/\/articles\//);
  const first = page.url();
  const before = await articleCount(page);

  await importUrl(page, wire);
  const status = page.getByRole("region", { name: "Import", exact: true }).getByRole("status");
  await expect(status).toContainText("Already in the library");
  await status.getByRole("link", { name: "open the article" }).click();
  await expect(page).toHaveURL(first);
  expect(await articleCount(page)).toBe(before);
});

test("addresses inside the network are refused with an explanation and nothing is stored", async ({
  page,
}) => {
  const before = await articleCount(page);
  const alert = page.getByRole("region", { name: "Import", exact: true }).getByRole("alert");
  await importUrl(page, `http://127.0.0.1:${appPort}/api/articles`);
  await expect(alert).toHaveText(
    "That address points inside a private network; Parallax only fetches public web pages.",
  );
  await importUrl(page, `${fixture}/to-app`);
  await expect(alert).toContainText("redirects to an address inside a private network");
  expect(await articleCount(page)).toBe(before);
});

test("pasted text with its metadata becomes an article with suggested claims", async ({ page }) => {
  await page.goto("/");
  const panel = page.getByRole("region", { name: "Import", exact: true });
  await panel.getByRole("button", { name: "Paste text" }).click();
  await panel.getByLabel("Title").fill("Mediators meet in Doha");
  await panel.getByLabel("Source").fill("Gulf Desk");
  await panel.getByLabel("Author").fill("Sam Lee");
  await panel.getByLabel("Published").fill("2024-05-03");
  await panel
    .getByLabel("Article text")
    .fill(
      "Share\nCIA Director William Burns met Qatari mediators in Doha on Friday for three hours.\nLeave A Reply",
    );
  await panel.getByRole("button", { name: "Import text" }).click();

  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mediators meet in Doha");
  await expect(page.getByText("Gulf Desk · Sam Lee · May 3, 2024")).toBeVisible();
  await expect(page.getByRole("article")).not.toContainText("Leave A Reply");
  await expect(page.getByRole("heading", { name: /^Claims \([1-9]\d*\)$/ })).toBeVisible();
});

test("uploading several files shows each file's progress and result", async ({ page }) => {
  const dialogs = recordDialogs(page);
  const stamp = Date.now();
  const cairo = `Egyptian mediators hosted Hamas and Israeli negotiators in Cairo on Sunday, round ${stamp}.`;
  await page.goto("/");
  const panel = page.getByRole("region", { name: "Import", exact: true });
  await panel.getByRole("button", { name: "Upload files" }).click();
  await panel.getByLabel("Files (.txt, .md, .html)").setInputFiles([
    { name: "cairo.txt", mimeType: "text/plain", buffer: Buffer.from(`Cairo talks ${stamp}\n${cairo}`) },
    {
      name: "jeddah.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(`# Jeddah talks ${stamp}\n\nThe **talks** of round ${stamp} lasted five hours.`),
    },
    {
      name: "geneva.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        `<title>Geneva talks ${stamp}</title><p>Envoys met in Geneva. <img src=x onerror="alert('upload')"></p>`,
      ),
    },
    { name: "cairo-copy.txt", mimeType: "text/plain", buffer: Buffer.from(`Cairo again ${stamp}\n${cairo}`) },
    { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") },
  ]);
  await panel.getByRole("button", { name: "Import files" }).click();

  const rows = panel.getByRole("list", { name: "Imported files" }).getByRole("listitem");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(4)).toContainText("Only .txt, .md and .html files can be imported.");
  await expect(rows.nth(0)).toContainText(`Imported Cairo talks ${stamp}`);
  await expect(rows.nth(1)).toContainText(`Imported Jeddah talks ${stamp}`);
  await expect(rows.nth(2)).toContainText(`Imported Geneva talks ${stamp}`);
  await expect(rows.nth(3)).toContainText("Already in the library → open the article");
  expect(dialogs).toEqual([]);

  // The library lists the new articles once the import is done.
  const library = page.getByRole("region", { name: "Articles" });
  await expect(library.getByRole("link", { name: `Geneva talks ${stamp}` })).toBeVisible();
  await rows
    .nth(2)
    .getByRole("link", { name: `Geneva talks ${stamp}` })
    .click();
  await expect(page.getByRole("article")).toContainText("Envoys met in Geneva.");
  expect(await page.locator("[onerror]").count()).toBe(0);
});
