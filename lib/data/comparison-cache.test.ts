import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createArticle } from "./articles";
import { createComparison, getComparison } from "./comparisons";
import { comparisonSchema } from "@/lib/validations/comparison";
import { serializeTagged } from "@/lib/api/caching";
import { db } from "./connection";
import { reviseComparisonsOfArticles } from "./revisions";

async function article(n: number): Promise<string> {
  const created = await createArticle({
    title: `Cache test ${n}`,
    body: `Envoys met in Doha on Monday for round ${"abcdefgh"[n]} of the talks, which lasted four hours.`,
    source: null,
    author: null,
    url: null,
    publishedAt: "2025-03-03",
  });
  return created.id;
}

describe("the snapshot cache behind getComparison", () => {
  it("serves a revision from memory, frozen, and follows the latest revision when one is added", async () => {
    const ids = [await article(0), await article(1)];
    const { slug } = await createComparison({ articleIds: ids, title: "Cached" });

    const first = await getComparison(slug, 1);
    expect(first?.revision).toBe(1);
    expect(await getComparison(slug, 1)).toBe(first); // the same object: no query, no parse
    expect(await getComparison(slug)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first?.articles[0])).toBe(true);
    expect(() => (first?.rows as unknown[]).push({})).toThrow(TypeError);

    // Even if the stored row were changed behind its back, a cached pinned revision stays as shared.
    await getPrisma().comparisonRevision.updateMany({
      where: { comparison: { slug }, number: 1 },
      data: { snapshot: "{}" },
    });
    expect((await getComparison(slug, 1))?.title).toBe("Cached");

    // The API's JSON is made once per cached snapshot, not once per request.
    const json = serializeTagged(comparisonSchema, first);
    expect(Buffer.from(json.body).toString()).toBe(JSON.stringify(comparisonSchema.parse(first)));
    expect(serializeTagged(comparisonSchema, first)).toBe(json);

    await reviseComparisonsOfArticles(ids, { summary: "test", author: null });
    const latest = await getComparison(slug);
    expect(latest?.revision).toBe(2);
    expect(await getComparison(slug, 2)).toBe(latest);
    expect((await getComparison(slug, 1))?.revision).toBe(1);
    expect(await getComparison(slug, 3)).toBeNull();
    expect(await getComparison("zzzzzzzz", 1)).toBeNull();
  });
});

describe("the connection", () => {
  it("runs in WAL mode with synchronous=NORMAL, foreign keys on and a busy timeout", async () => {
    const prisma = await db();
    const one = async (pragma: string) =>
      Object.values(
        (await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0] ?? {},
      )[0];
    expect(await one("journal_mode")).toBe("wal");
    expect(Number(await one("synchronous"))).toBe(1); // NORMAL
    expect(Number(await one("foreign_keys"))).toBe(1);
    expect(Number(await one("busy_timeout"))).toBe(5000);
  });
});
