import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/data/articles";
import { call } from "@/lib/test/http";
import * as search from "./search/route";

describe("GET /api/search", () => {
  it("finds articles and claims and shapes them", async () => {
    const article = await createArticle({
      title: "Envoy Zorvanek in Geneva",
      body: "The envoy Marta Zorvanek met both delegations in Geneva on Monday.",
      source: "Wire",
      author: null,
      url: null,
      publishedAt: "2025-03-03",
    });
    const res = await call(search.GET, { path: "/api/search?q=zorvanek&limit=5" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      query: "zorvanek",
      articles: [{ id: article.id, title: "Envoy Zorvanek in Geneva", source: "Wire" }],
    });
    expect(Array.isArray(res.body.claims)).toBe(true);
  });

  for (const [what, path] of [
    ["a missing q", "/api/search"],
    ["an empty q", "/api/search?q=%20%20"],
    ["a q of punctuation only", "/api/search?q=%22%2A%28%29"],
    ["a q past 200 characters", `/api/search?q=${"a".repeat(201)}`],
    ["a limit out of range", "/api/search?q=talks&limit=500"],
    ["an unknown parameter", "/api/search?q=talks&sort=new"],
  ]) {
    it(`answers 422 problem+json to ${what}`, async () => {
      const res = await call(search.GET, { path });
      expect(res.status).toBe(422);
      expect(res.contentType).toBe("application/problem+json");
      expect(res.body.errors).toEqual([expect.objectContaining({ path: expect.any(String) })]);
    });
  }
});
