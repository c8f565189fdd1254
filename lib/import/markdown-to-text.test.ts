import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text";

describe("markdownToText", () => {
  it("strips headings, emphasis, links, code and lists down to their text, one paragraph a line", () => {
    const markdown = [
      "# Envoys meet in *Moscow*",
      "",
      'Steve **Witkoff** and _Jared Kushner_ met [Vladimir Putin](https://kremlin.ru "title") for',
      "five hours, `officials` said. Files like snake_case_name.txt keep their underscores.",
      "",
      "## Terms",
      "",
      "- a ~~28-point~~ 19-point plan",
      "* security guarantees [without NATO][nato]",
      "1. [x] a ceasefire",
      "",
      "> Quoted officials spoke of \\*progress\\*.",
      "",
      "---",
      "",
      "| Envoy | Side |",
      "| ----- | ---- |",
      "| Witkoff | US |",
      "",
      "[nato]: https://example.com/nato",
    ].join("\n");
    expect(markdownToText(markdown).text.split("\n")).toEqual([
      "Envoys meet in Moscow",
      "Steve Witkoff and Jared Kushner met Vladimir Putin for five hours, officials said. Files like snake_case_name.txt keep their underscores.",
      "Terms",
      "a 28-point 19-point plan",
      "security guarantees without NATO",
      "a ceasefire",
      "Quoted officials spoke of *progress*.",
      "Envoy Side",
      "Witkoff US",
    ]);
  });

  it("drops images and raw HTML, scripts with their content", () => {
    const { text } = markdownToText(
      "Before ![a map](map.png) after.\n\n<script>alert(1)</script> Tail <b>bold</b> <img src=x onerror=alert(2)> <https://example.com/x>",
    );
    expect(text).toBe("Before after.\nTail bold https://example.com/x");
  });

  it("keeps code blocks as lines and reads front matter", () => {
    const result = markdownToText(
      [
        "---",
        'title: "Talks resume in Cairo"',
        "author: Ali Hassan",
        "date: 2024-03-05",
        "source: Wire",
        "---",
        "```js",
        "const x = 1;",
        "```",
        "Body.",
      ].join("\n"),
    );
    expect(result).toEqual({
      title: "Talks resume in Cairo",
      author: "Ali Hassan",
      source: "Wire",
      publishedAt: "2024-03-05",
      text: "const x = 1;\nBody.",
    });
  });

  // A quadratic pass over these would run past the test's timeout; a linear one answers at once.
  it("reads hostile input, never adding to it", () => {
    for (const unit of ["![", "[a](", "<a ", "*a ", "_a ", "`", "<script>"]) {
      const input = unit.repeat(60_000);
      expect(markdownToText(input).text.length).toBeLessThanOrEqual(input.length);
    }
  });
});
