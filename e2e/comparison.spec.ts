import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { SEED_COMPARISON_TITLE } from "../seeds/constants";

async function openSeedComparison(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_COMPARISON_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_COMPARISON_TITLE })).toBeVisible();
}

function column(page: Page, index: number) {
  return page.locator(".comparison-column").nth(index);
}

test.describe("the seed comparison on a laptop", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("contradictions filter and the US delegation row lead to both sides' highlights", async ({
    page,
  }, testInfo) => {
    await openSeedComparison(page);
    await page.getByText("Contradictions only").click();
    const rows = page.locator(".matrix-row");
    const visibleRows = rows.filter({ visible: true });
    await expect(visibleRows.first()).toBeVisible();
    for (const row of await visibleRows.all())
      await expect(row).toHaveAttribute("data-verdict", "contradict");
    expect(await visibleRows.count()).toBeLessThan(await rows.count());

    const usRow = page.getByRole("row", { name: /US delegation/ });
    await expect(usRow).toBeVisible();
    await usRow.getByRole("link", { name: "US delegation" }).click();

    const vance = column(page, 0).locator("mark", { hasText: "Vance" }).first();
    const witkoff = column(page, 1).locator("mark", { hasText: "Witkoff" }).first();
    for (const mark of [vance, witkoff]) {
      await expect(mark).toBeInViewport();
      await expect(mark).toHaveAttribute("data-verdict", "contradict");
      await expect(mark).toHaveAttribute("data-claim-id", /.+/);
    }
    await page.screenshot({ path: testInfo.outputPath("comparison-1440x900.png") });
  });

  test("focusing a highlight lights up its counterparts and names them", async ({ page }) => {
    await openSeedComparison(page);
    const witkoff = column(page, 1).locator("mark", { hasText: "Witkoff" }).first();
    await witkoff.focus();
    await expect(witkoff).toHaveClass(/is-active/);
    const counterparts = page.locator("mark.is-counterpart");
    await expect(counterparts.first()).toBeVisible();
    expect(await column(page, 1).locator("mark.is-counterpart").count()).toBe(0);
    await expect(page.locator("#counterpart-status")).toContainText(
      /US delegation: contradicts \d sources?:/,
    );

    await page.keyboard.press("Escape");
    await expect(page.locator("mark.is-counterpart")).toHaveCount(0);
    await expect(page.locator("#counterpart-status")).toHaveText("");
  });

  test("every highlight carries its claim id and verdict, and arrow keys move between claims", async ({
    page,
  }) => {
    await openSeedComparison(page);
    const marks = page.locator("mark.claim-mark[data-claim-id]");
    expect(await marks.count()).toBeGreaterThan(10);
    for (const mark of (await marks.all()).slice(0, 40)) {
      await expect(mark).toHaveAttribute("data-verdict", /^(agree|contradict|partial|single)$/);
    }
    const focusable = column(page, 2).locator("mark[tabindex='0']");
    await focusable.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(focusable.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(focusable.first()).toBeFocused();
  });

  test("a matrix cell scrolls its column to the quote", async ({ page }) => {
    await openSeedComparison(page);
    const cell = page
      .getByRole("row", { name: /US president/ })
      .locator("a.claim-link")
      .last();
    const id = await cell.getAttribute("data-claim-id");
    await cell.click();
    const target = page.locator(`[id="claim-${id}"]`);
    await expect(target).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#claim-${id}$`));
  });

  test("a deep link to a claim scrolls to it and highlights it in a fresh browser", async ({ browser }) => {
    const first = await browser.newPage();
    await openSeedComparison(first);
    const path = new URL(first.url()).pathname;
    const id = await column(first, 2)
      .locator("mark[data-slot='delegation.us']")
      .first()
      .getAttribute("data-claim-id");
    await first.close();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${path}#claim-${id}`);
    const target = page.locator(`[id="claim-${id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveClass(/is-active/);
    await expect(page.locator("#counterpart-status")).toContainText("US delegation");
    await context.close();
  });

  test("Share copies the link pinned to this revision", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openSeedComparison(page);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByText(/Link to revision \d+ copied/)).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/c\/[a-z0-9]{8}\/r\/\d+$/);
    await page.goto(copied);
    await expect(page.getByText("pinned: this link always shows this revision")).toBeVisible();
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await openSeedComparison(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe("the seed comparison on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("columns become tabs and the matrix scrolls sideways", async ({ page }, testInfo) => {
    await openSeedComparison(page);
    await expect(column(page, 0)).toBeVisible();
    await expect(column(page, 1)).toBeHidden();
    const tabs = page.getByRole("radiogroup", { name: "Source shown" }).getByRole("radio");
    await expect(tabs).toHaveCount(5);
    await page.getByRole("radiogroup", { name: "Source shown" }).locator("label").nth(2).click();
    await expect(column(page, 2)).toBeVisible();
    await expect(column(page, 0)).toBeHidden();

    const matrix = page.getByRole("region", { name: "Claims matrix, scrolls sideways" });
    const overflow = await matrix.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(pageOverflow).toBe(false);
    await page.screenshot({ path: testInfo.outputPath("comparison-390x844.png"), fullPage: false });
  });
});
