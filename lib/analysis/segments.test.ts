import { describe, expect, it } from "vitest";
import { paragraphsOf, segmentText } from "./segments";

describe("segmentText", () => {
  const text = "Envoys Steve Witkoff and Jared Kushner met for five hours.";

  it("returns plain text as one segment when nothing is marked", () => {
    expect(segmentText(text, [])).toEqual([{ start: 0, end: text.length, text, ids: [], starts: [] }]);
  });

  it("cuts at span boundaries and keeps every span on its words", () => {
    const a = { id: "a", start: 7, end: 20 };
    const b = { id: "b", start: 25, end: 38 };
    const segments = segmentText(text, [b, a]);
    expect(segments.map((s) => s.text)).toEqual([
      "Envoys ",
      "Steve Witkoff",
      " and ",
      "Jared Kushner",
      " met for five hours.",
    ]);
    expect(segments.map((s) => s.ids)).toEqual([[], ["a"], [], ["b"], []]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("flattens nested and crossing spans, innermost first, and says where each begins", () => {
    const outer = { id: "outer", start: 0, end: 20 };
    const inner = { id: "inner", start: 7, end: 12 };
    const crossing = { id: "cross", start: 18, end: 30 };
    const segments = segmentText(text, [outer, inner, crossing]);
    expect(segments.map((s) => [s.text, s.ids, s.starts])).toEqual([
      ["Envoys ", ["outer"], ["outer"]],
      ["Steve", ["inner", "outer"], ["inner"]],
      [" Witko", ["outer"], []],
      ["ff", ["cross", "outer"], ["cross"]],
      [text.slice(20, 30), ["cross"], []],
      [text.slice(30), [], []],
    ]);
  });

  it("clips spans to the requested range and ignores empty ones", () => {
    const segments = segmentText(
      text,
      [
        { id: "x", start: 3, end: 10 },
        { id: "e", start: 5, end: 5 },
      ],
      7,
      20,
    );
    expect(segments[0]).toMatchObject({ start: 7, end: 10, ids: ["x"], starts: ["x"] });
    expect(segments.at(-1)?.end).toBe(20);
  });
});

describe("paragraphsOf", () => {
  it("finds non-blank lines with their offsets", () => {
    const body = "First.\n\n  \nSecond line\nThird";
    expect(paragraphsOf(body).map((p) => body.slice(p.start, p.end))).toEqual([
      "First.",
      "Second line",
      "Third",
    ]);
  });
});
