import { describe, expect, it } from "vitest";
import { paragraphsOf } from "@/lib/analysis/segments";
import { toBodySpan } from "./selection";

const body = "First paragraph here.\n\nThe US delegation was led by Eleanor Vance today.\nLast one.";
const rendered = paragraphsOf(body).map((p) => body.slice(p.start, p.end));

describe("toBodySpan", () => {
  it("maps a point in a later paragraph past the blank lines between paragraphs", () => {
    const offset = rendered[1]!.indexOf("Eleanor Vance");
    const span = toBodySpan(body, rendered, { paragraph: 1, offset }, { paragraph: 1, offset: offset + 13 });
    expect(span).toEqual({
      ok: true,
      start: body.indexOf("Eleanor"),
      end: body.indexOf(" today"),
      quote: "Eleanor Vance",
    });
  });

  it("trims whitespace a double-click picks up and accepts a backwards drag", () => {
    const offset = rendered[1]!.indexOf("Eleanor");
    const span = toBodySpan(
      body,
      rendered,
      { paragraph: 1, offset: offset + 14 },
      { paragraph: 1, offset: offset - 1 },
    );
    expect(span).toMatchObject({ ok: true, quote: "Eleanor Vance" });
  });

  it("spans paragraphs with the body's own line breaks in the quote", () => {
    const span = toBodySpan(
      body,
      rendered,
      { paragraph: 1, offset: rendered[1]!.indexOf("today") },
      { paragraph: 2, offset: 4 },
    );
    expect(span).toMatchObject({ ok: true, quote: "today.\nLast" });
  });

  it("refuses when the page no longer shows the stored text", () => {
    const stale = [...rendered];
    stale[1] = "Something else entirely.";
    expect(toBodySpan(body, stale, { paragraph: 1, offset: 0 }, { paragraph: 1, offset: 5 })).toMatchObject({
      ok: false,
    });
    expect(
      toBodySpan(body, rendered.slice(1), { paragraph: 0, offset: 0 }, { paragraph: 0, offset: 5 }),
    ).toMatchObject({
      ok: false,
    });
  });

  it("refuses an empty or whitespace-only selection", () => {
    expect(
      toBodySpan(body, rendered, { paragraph: 1, offset: 3 }, { paragraph: 1, offset: 4 }),
    ).toMatchObject({ ok: false });
  });
});
