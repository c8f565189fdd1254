import { expect, type Page, test } from "@playwright/test";
import { SEED_COMPARISON_TITLE } from "../seeds/constants";

async function seedSlug(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_COMPARISON_TITLE }).first().click();
  await expect(page).toHaveURL(/\/c\/[a-z0-9]{8}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("a comparison link previews with its headline and a generated image", async ({ page, request }) => {
  const slug = await seedSlug(page);
  const description = await page.locator('meta[property="og:description"]').getAttribute("content");
  expect(description).toMatch(/^\d+ contradictions? across 5 sources on /);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toContain(`/c/${slug}/opengraph-image`);
  const png = await request.get(new URL(image ?? "").pathname + new URL(image ?? "").search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const again = await request.get(new URL(image ?? "").pathname, {
    headers: { "if-none-match": png.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);
});

test("a pinned revision is served immutable and answers 304 to its ETag", async ({ page, request }) => {
  const slug = await seedSlug(page);
  const pinned = await request.get(`/api/comparisons/${slug}/revisions/1`);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const cached = await request.get(`/api/comparisons/${slug}/revisions/1`, {
    headers: { "if-none-match": pinned.headers().etag ?? "" },
  });
  expect(cached.status()).toBe(304);

  await page.goto(`/c/${slug}/r/1`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/c/${slug}/r/1$`));
});

test("the latest page is served from memory until an edit makes a new revision", async ({ request }) => {
  const article = async (title: string, body: string) => {
    const created = await request.post("/api/articles", { data: { title, body } });
    expect(created.status()).toBe(201);
    return (await created.json()) as { id: string; claims: { id: string; version: number; quote: string }[] };
  };
  const first = await article(
    "Harbour talks, first report",
    "Envoy Mara Quill met the delegation on Monday.",
  );
  const second = await article(
    "Harbour talks, second report",
    "Envoy Mara Quill met the delegation on Friday.",
  );
  const made = await request.post("/api/comparisons", { data: { articleIds: [first.id, second.id] } });
  const { slug } = (await made.json()) as { slug: string };

  const page = await request.get(`/c/${slug}`);
  expect(page.status()).toBe(200);
  const etag = page.headers().etag ?? "";
  expect(etag).not.toBe("");
  expect((await request.get(`/c/${slug}`)).headers().etag).toBe(etag);
  expect((await request.get(`/c/${slug}`, { headers: { "if-none-match": etag } })).status()).toBe(304);

  // Rejecting a claim makes revision 2: the next reader gets the new page, not the kept one.
  const claim = first.claims[0];
  expect(claim).toBeDefined();
  const patched = await request.patch(`/api/claims/${claim?.id}`, {
    data: { version: claim?.version, status: "rejected" },
  });
  expect(patched.status()).toBe(200);
  const after = await request.get(`/c/${slug}`, { headers: { "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers().etag).not.toBe(etag);
  expect(await after.text()).toContain(`/c/${slug}/r/2`);
});

test("exports download with file names, and the API page lists every operation", async ({
  page,
  request,
}) => {
  const slug = await seedSlug(page);
  const csv = await request.get(`/api/comparisons/${slug}/export?format=csv&revision=1`);
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="parallax-${slug}-r1.csv"`);
  expect((await csv.text()).split("\r\n")[0]).toContain("slot,label,topic,verdict");

  const document = (await (await request.get("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "Parallax API" })).toBeVisible();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const heading = page.locator(`#${operation.operationId}-heading`);
      await expect(heading).toContainText(method.toUpperCase());
      await expect(heading).toContainText(path);
    }
  }
});
