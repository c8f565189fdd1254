import { describe, expect, it } from "vitest";
import { importItemForFile } from "./file-item";
import { outcomeOfResponse } from "./outcome";

describe("importItemForFile", () => {
  it("sends HTML and Markdown as they are and titles text by its first line", () => {
    expect(importItemForFile("story.HTML", "<p>x</p>")).toEqual({ html: "<p>x</p>" });
    expect(importItemForFile("notes.md", "# T")).toEqual({ markdown: "# T" });
    expect(importItemForFile("wire.txt", "\n  Talks resume  \nBody.")).toEqual({
      title: "Talks resume",
      body: "\n  Talks resume  \nBody.",
    });
    expect(importItemForFile("geneva_round-two.txt", `${"x".repeat(300)}\nBody.`)).toMatchObject({
      title: "geneva round two",
    });
    expect(importItemForFile("report.pdf", "%PDF")).toEqual({
      error: "Only .txt, .md and .html files can be imported.",
    });
  });
});

describe("outcomeOfResponse", () => {
  it("reads a single import, a duplicate and a refusal", () => {
    expect(outcomeOfResponse(201, { id: "abc123", title: "T", claims: [{}, {}] })).toEqual({
      kind: "imported",
      articleId: "abc123",
      title: "T",
      claimCount: 2,
    });
    expect(outcomeOfResponse(409, { status: 409, detail: "dup", articleId: "abc123" })).toEqual({
      kind: "duplicate",
      articleId: "abc123",
    });
    expect(outcomeOfResponse(422, { detail: "That address points inside a private network." })).toEqual({
      kind: "failed",
      detail: "That address points inside a private network.",
    });
    expect(outcomeOfResponse(502, null)).toEqual({ kind: "failed", detail: "The import failed (HTTP 502)." });
  });

  it("reads the first result of a batch", () => {
    const ok = { results: [{ index: 0, status: 201, article: { id: "abc123", title: "T", claimCount: 4 } }] };
    expect(outcomeOfResponse(200, ok)).toMatchObject({ kind: "imported", claimCount: 4 });
    const dup = { results: [{ index: 0, status: 409, problem: { detail: "dup", articleId: "xyz789" } }] };
    expect(outcomeOfResponse(200, dup)).toEqual({ kind: "duplicate", articleId: "xyz789" });
    expect(outcomeOfResponse(200, { results: [] })).toMatchObject({ kind: "failed" });
  });
});
