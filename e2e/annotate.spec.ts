import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { SEED_COMPARISON_TITLE } from "../seeds/constants";

const NOTE = "Vance and Witkoff cannot both lead the US delegation";

async function openSeedComparison(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_COMPARISON_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_COMPARISON_TITLE })).toBeVisible();
}

function column(page: Page, index: number): Locator {
  return page.locator(".comparison-column").nth(index);
}

/**
 * Selects `text` in a column's article text the way a drag would: a DOM Range over the text
 * nodes (which highlights split into pieces), added to the document's selection, which fires
 * `selectionchange` for the page's annotation trigger.
 */
async function selectText(page: Page, columnIndex: number, text: string): Promise<void> {
  await column(page, columnIndex)
    .locator("[data-annotate-text]")
    .evaluate((root, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const joined = nodes.map((n) => n.data).join("");
      const at = joined.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the column`);
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          const inside = isEnd ? offset <= seen + n.data.length : offset < seen + n.data.length;
          if (inside) return [n, offset - seen];
          seen += n.data.length;
        }
        throw new Error("offset past the text");
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + wanted.length, true));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, text);
}

function usRow(page: Page): Locator {
  return page.locator('tr[data-row-slot="delegation.us"]');
}

function toast(page: Page): Locator {
  return page.locator(".annotate-toast");
}

/** Adds a person claim on "Eleanor Vance" in column 1, answering the name prompt if `name` is given. */
async function addVanceClaim(page: Page, name?: string): Promise<string> {
  // After a reload the selection must wait for the page to listen for it, as a person's drag would.
  await expect(page.locator('html[data-annotate="ready"]')).toHaveCount(1);
  await selectText(page, 0, "Eleanor Vance");
  await page.getByRole("button", { name: "Add claim" }).click();
  const form = page.getByRole("dialog", { name: "Add a claim" });
  await expect(form).toBeVisible();
  await form.getByLabel("Question (slot)").selectOption("delegation.us");
  await form.getByLabel("Kind of value").selectOption("person");
  await form.getByLabel("Name", { exact: true }).fill("Eleanor Vance");
  const created = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/claims"));
  await form.getByRole("button", { name: "Save claim" }).click();
  if (name) await answerName(page, name);
  const response = await created;
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function answerName(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Who is annotating?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Your name").fill(name);
  await dialog.getByRole("button", { name: "Continue" }).click();
}

test.describe("annotating the seed comparison", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("create a claim, link it as contradicting Witkoff, reload, then undo both", async ({
    page,
  }, testInfo) => {
    await openSeedComparison(page);
    const id = await addVanceClaim(page, "Ada Lovelace");
    await expect(toast(page)).toContainText("Added Eleanor Vance (US delegation)");
    const newMark = column(page, 0).locator(`mark[data-claim-ids~="${id}"]`);
    await expect(newMark).toHaveCount(1);

    // Open the new claim's panel from its highlight and link it to Witkoff's claim in column 2.
    await newMark.click();
    const panel = page.getByRole("dialog", { name: "US delegation" });
    await expect(panel).toBeVisible();
    const ours = panel.getByRole("radio", { name: /added by Ada Lovelace/ });
    if ((await ours.count()) > 0) await ours.check();
    await panel.getByRole("button", { name: "Link…" }).click();
    await expect(page.getByText(/choose a highlight in another article/)).toBeVisible();
    await column(page, 1).locator("mark", { hasText: "Witkoff" }).first().click();
    const linkForm = page.getByRole("dialog", { name: "Link two claims" });
    await expect(linkForm).toBeVisible();
    await expect(linkForm.getByRole("radio", { name: /Contradict each other/ })).toBeChecked();
    await linkForm.getByLabel(/Note/).fill(NOTE);
    await page.screenshot({ path: testInfo.outputPath("link-form-1440x900.png") });
    await linkForm.getByRole("button", { name: "Save link" }).click();
    await expect(toast(page)).toContainText("Linked two claims as contradicting");
    await expect(usRow(page)).toContainText(`Annotator: ${NOTE}`);

    await page.reload();
    await expect(usRow(page)).toHaveAttribute("data-verdict", "contradict");
    await expect(usRow(page)).toContainText(`Annotator: ${NOTE}`);
    const links = page.getByRole("region", { name: "Annotators’ links" });
    await expect(links).toContainText("Linked by Ada Lovelace");
    await expect(column(page, 0).locator(`mark[data-claim-ids~="${id}"]`)).toHaveCount(1);
    await page.locator("summary", { hasText: "History" }).click();
    await expect(page.getByRole("list", { name: "Revisions, newest first" })).toContainText("Ada Lovelace");

    // The undo stack survives the reload: Ctrl+Z unlinks, the toast's Undo removes the claim.
    await page.keyboard.press("Control+z");
    await expect(toast(page)).toContainText("Undone: Linked two claims");
    await expect(usRow(page)).not.toContainText(NOTE);
    await toast(page).getByRole("button", { name: "Undo" }).click();
    await expect(toast(page)).toContainText("Undone: Added Eleanor Vance");

    await page.reload();
    await expect(usRow(page)).not.toContainText(NOTE);
    await expect(page.getByRole("region", { name: "Annotators’ links" })).toHaveCount(0);
    await expect(column(page, 0).locator(`mark[data-claim-ids~="${id}"]`)).toHaveCount(0);
  });

  test("the annotator's name is asked once and remembered", async ({ page }) => {
    await openSeedComparison(page);
    await page.getByRole("button", { name: "Annotate" }).click();
    await answerName(page, "Grace Hopper");
    await expect(toast(page)).toContainText("You annotate as Grace Hopper");
    expect(await page.evaluate(() => localStorage.getItem("parallax.annotator"))).toBe("Grace Hopper");

    await page.reload();
    const id = await addVanceClaim(page);
    await expect(toast(page)).toContainText("Added Eleanor Vance");
    await expect(page.getByRole("dialog", { name: "Who is annotating?" })).toHaveCount(0);
    const claim = await page.request.get(`/api/claims/${id}`);
    expect(((await claim.json()) as { author: string }).author).toBe("Grace Hopper");

    await toast(page).getByRole("button", { name: "Undo" }).click();
    await expect(toast(page)).toContainText("Undone: Added Eleanor Vance");
    expect((await page.request.get(`/api/claims/${id}`)).status()).toBe(404);
  });

  test("a conflicting edit shows the newer claim and keeps what was typed", async ({ page }) => {
    await openSeedComparison(page);
    const mark = column(page, 0).locator("mark", { hasText: "Eleanor Vance" }).first();
    const id = await mark.getAttribute("data-claim-id");
    await mark.click();
    await page.getByRole("dialog", { name: "US delegation" }).getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("dialog", { name: "Edit the claim" });
    await form.getByLabel("Role (optional)").fill("special envoy");

    // Someone else saves the same claim first.
    const before = (await (await page.request.get(`/api/claims/${id}`)).json()) as { version: number };
    const theirs = await page.request.patch(`/api/claims/${id}`, {
      data: {
        version: before.version,
        kind: "person",
        value: { name: "Eleanor Vance", side: "us" },
        author: "Bo",
      },
    });
    expect(theirs.status()).toBe(200);

    await form.getByRole("button", { name: "Save claim" }).click();
    await answerName(page, "Ada Lovelace");
    await expect(form.getByRole("alert")).toContainText("Someone changed this claim");
    await expect(form.getByRole("alert")).toContainText("by Bo");
    // Their change is merged in under the annotator's own, which stays as typed.
    await expect(form.getByLabel("Role (optional)")).toHaveValue("special envoy");
    await expect(form.getByLabel("Side (optional)")).toHaveValue("us");
    await form.getByRole("button", { name: "Save over the newer version" }).click();
    await expect(toast(page)).toContainText("Edited Eleanor Vance (US delegation)");
    const after = (await (await page.request.get(`/api/claims/${id}`)).json()) as { value: object };
    expect(after.value).toEqual({ name: "Eleanor Vance", role: "special envoy", side: "us" });

    // Undo puts back Bo's version, not the one the form was first opened on.
    await toast(page).getByRole("button", { name: "Undo" }).click();
    await expect(toast(page)).toContainText("Undone: Edited");
    const undone = (await (await page.request.get(`/api/claims/${id}`)).json()) as { value: object };
    expect(undone.value).toEqual({ name: "Eleanor Vance", side: "us" });
  });

  test("an article's page accepts a suggested claim from its list, and undo reopens it", async ({ page }) => {
    await openSeedComparison(page);
    const articleId = await column(page, 0).getAttribute("data-article-id");
    await page.goto(`/articles/${articleId}`);
    const item = page
      .locator("li[data-claim-id]", { has: page.getByRole("button", { name: /^Accept / }) })
      .first();
    const claimId = await item.getAttribute("data-claim-id");
    const entry = page.locator(`li[data-claim-id="${claimId}"]`);
    await expect(entry).toContainText("suggested");
    await entry.getByRole("button", { name: /^Accept / }).click();
    await answerName(page, "Ada Lovelace");
    await expect(toast(page)).toContainText("Accepted");
    await expect(entry).toContainText("accepted");
    await page.keyboard.press("Control+z");
    await expect(toast(page)).toContainText("Undone: Accepted");
    await expect(entry).toContainText("suggested");
  });

  test("the claim form has no serious accessibility violations and Esc closes it", async ({ page }) => {
    await openSeedComparison(page);
    await selectText(page, 4, "several hours");
    await page.getByRole("button", { name: "Add claim" }).click();
    const form = page.getByRole("dialog", { name: "Add a claim" });
    await expect(form).toBeVisible();
    await expect(form.getByLabel("Question (slot)")).toBeFocused();
    const results = await new AxeBuilder({ page }).include(".annotate-dialog").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(form).toHaveCount(0);
  });
});

test.describe("annotating on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the selection button docks at the bottom of the screen and the form is a bottom sheet", async ({
    page,
  }, testInfo) => {
    await openSeedComparison(page);
    await selectText(page, 0, "Eleanor Vance");
    const add = page.getByRole("button", { name: "Add claim" });
    await expect(add).toBeInViewport();
    // Both measured against the visual viewport: what is on screen, whatever the page's width.
    const onScreen = (selector: string) =>
      page.evaluate((sel) => {
        const box = document.querySelector(sel)?.getBoundingClientRect();
        const vv = window.visualViewport;
        if (!box || !vv) return null;
        return {
          bottomGap: vv.offsetTop + vv.height - box.bottom,
          leftGap: box.left - vv.offsetLeft,
          widthGap: vv.width - box.width,
        };
      }, selector);
    const button = await onScreen(".annotate-popover");
    expect(button?.bottomGap).toBeGreaterThanOrEqual(0);
    expect(button?.bottomGap).toBeLessThan(80);
    await add.tap();
    const form = page.getByRole("dialog", { name: "Add a claim" });
    await expect(form).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("claim-form-390x844.png") });
    const sheet = await onScreen("dialog.annotate-dialog");
    expect(sheet && Math.abs(sheet.bottomGap)).toBeLessThan(2);
    expect(sheet && Math.abs(sheet.leftGap)).toBeLessThan(2);
    expect(sheet && Math.abs(sheet.widthGap)).toBeLessThan(2);
  });
});
