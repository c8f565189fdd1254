import { describe, expect, it } from "vitest";
import { checkMarkupBudget, measureMarkup, stripNonContent } from "./markup-budget";

describe("stripNonContent", () => {
  it("cuts scripts, styles, SVG and comments with their content but keeps JSON-LD", () => {
    const html =
      "<p>a</p><script>alert(1)</script><STYLE>p{}</STYLE><svg><text>icon</text></svg><!-- note --><p>b</p>" +
      '<script type="application/ld+json">{"headline":"H"}</script>';
    expect(stripNonContent(html)).toBe(
      '<p>a</p><p>b</p><script type="application/ld+json">{"headline":"H"}</script>',
    );
  });

  it("drops everything after an unclosed script, as a browser would", () => {
    expect(stripNonContent("<p>kept</p><script>alert(1)<p>never text</p>")).toBe("<p>kept</p>");
  });

  // A quadratic pass over these would run past the test's timeout; a linear one answers at once.
  it("reads hostile input, never adding to it", () => {
    for (const input of ["<script ".repeat(200_000), "<!--".repeat(200_000)])
      expect(stripNonContent(input).length).toBeLessThanOrEqual(input.length);
    expect(measureMarkup("<a ".repeat(300_000))).toBeDefined();
  });
});

describe("measureMarkup", () => {
  it("counts elements and nesting, not counting tags whose end a parser infers", () => {
    expect(measureMarkup("<div><div><p>x<p>y<br><img src=x><span/></div></div>")).toEqual({
      elements: 7,
      depth: 2,
    });
    expect(measureMarkup("<ul>" + "<li>item".repeat(5000) + "</ul>").depth).toBe(1);
  });

  it("lets Readability run only on ordinary pages", () => {
    expect(checkMarkupBudget("<div>".repeat(50)).readability).toBe(true);
    expect(checkMarkupBudget("<div>".repeat(150)).readability).toBe(false);
    expect(checkMarkupBudget("<i>x</i>".repeat(20_000)).readability).toBe(false);
  });
});
