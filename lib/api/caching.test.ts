import { describe, expect, it } from "vitest";
import { z } from "zod";
import { etagOf, matchesIfNoneMatch, respondCached, serializeTagged } from "./caching";

describe("If-None-Match", () => {
  const etag = etagOf("snapshot");

  it("matches the tag, its weak form, a list holding it and *", () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    for (const header of [etag, `W/${etag}`, `"a", W/"b", ${etag}`, " * "]) {
      expect(matchesIfNoneMatch(header, etag), header).toBe(true);
    }
  });

  it("does not match other tags, pieces of the tag or no header", () => {
    for (const header of [null, "", '"other"', etag.slice(1, -1), etagOf("snapshot ")]) {
      expect(matchesIfNoneMatch(header, etag), String(header)).toBe(false);
    }
  });

  it("answers 304 with the validators and no body", async () => {
    const request = new Request("http://x/", { headers: { "if-none-match": etag } });
    const response = respondCached(
      request,
      "snapshot",
      { etag, immutable: true },
      { "content-type": "text/plain" },
    );
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toBeNull();
  });
});

describe("serializeTagged", () => {
  const schema = z.object({ a: z.number() });

  it("shapes through the schema and keeps the text of frozen data only", () => {
    const frozen = Object.freeze({ a: 1, extra: "dropped" });
    const first = serializeTagged(schema, frozen);
    expect(Buffer.from(first.body).toString()).toBe('{"a":1}');
    expect(serializeTagged(schema, frozen)).toBe(first);

    const open = { a: 1 };
    const before = serializeTagged(schema, open);
    open.a = 2;
    const after = serializeTagged(schema, open);
    expect(Buffer.from(after.body).toString()).toBe('{"a":2}');
    expect(after.etag).not.toBe(before.etag);
  });
});
