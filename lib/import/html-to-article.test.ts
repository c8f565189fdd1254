import { describe, expect, it } from "vitest";
import { domToText, htmlToArticle } from "./html-to-article";
import { UnreadableHtmlError } from "./markup-budget";

const LEDE =
  "Steve Witkoff and Jared Kushner met Vladimir Putin in Moscow on Tuesday for five hours of talks on a 28-point plan.";
const SECOND =
  "Security guarantees were discussed without requiring NATO membership, according to two officials briefed on the talks.";

function page(head: string, article: string, extra = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
    <header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav></header>
    <main><article>${article}</article></main>${extra}
    <footer>© 2025 Example Times. All rights reserved.</footer></body></html>`;
}

describe("htmlToArticle", () => {
  it("reads title, byline, outlet and day from Open Graph and article meta tags", () => {
    const result = htmlToArticle(
      page(
        `<title>Envoys in Moscow | Example Times</title>
         <meta property="og:title" content="Envoys meet Putin in Moscow">
         <meta property="og:site_name" content="Example Times">
         <meta name="author" content="Jane Roe">
         <meta property="article:published_time" content="2025-12-02T22:30:00-05:00">
         <link rel="canonical" href="https://example.com/envoys">`,
        `<h1>Envoys meet Putin in Moscow</h1><p class="byline">By Jane Roe</p><p>${LEDE}</p><p>${SECOND}</p>`,
      ),
    );
    expect(result).toEqual({
      title: "Envoys meet Putin in Moscow",
      byline: "Jane Roe",
      siteName: "Example Times",
      // The day as published (December 2 in New York), not the UTC day it already was.
      publishedAt: "2025-12-02",
      canonicalUrl: "https://example.com/envoys",
      text: `${LEDE}\n${SECOND}`,
    });
  });

  it("falls back to JSON-LD, then to <time datetime>", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Ignored" },
        {
          "@type": "NewsArticle",
          headline: "Ceasefire talks resume in Cairo",
          datePublished: "2024-03-05T08:00:00Z",
          author: [
            { "@type": "Person", name: "Ali Hassan" },
            { "@type": "Person", name: "Mia Chen" },
          ],
          publisher: { "@type": "Organization", name: "Wire Service" },
        },
      ],
    });
    const result = htmlToArticle(
      page(
        `<script type="application/ld+json">${ld}</script><script type="application/ld+json">{broken</script>`,
        `<p>${LEDE}</p><p>${SECOND}</p>`,
      ),
    );
    expect(result).toMatchObject({
      title: "Ceasefire talks resume in Cairo",
      byline: "Ali Hassan, Mia Chen",
      siteName: "Wire Service",
      publishedAt: "2024-03-05",
    });

    const timed = htmlToArticle(
      page("<title>Trade deal</title>", `<time datetime="2023-11-20">Nov 20</time><p>${LEDE}</p>`),
    );
    expect(timed.publishedAt).toBe("2023-11-20");
    expect(timed.title).toBe("Trade deal");
  });

  it("ignores dates and bylines that are not what they claim", () => {
    const result = htmlToArticle(
      page(
        `<meta property="article:published_time" content="2025-02-30"><meta name="author" content="https://example.com/staff/jane">`,
        `<p>${LEDE}</p>`,
      ),
    );
    expect(result.publishedAt).toBeNull();
    expect(result.byline).toBeNull();
  });

  it("lets nothing executable through: scripts, handlers and javascript: links become text or vanish", () => {
    const result = htmlToArticle(
      page(
        `<title>T</title><script>window.pwned = true; alert("head")</script>`,
        `<p>${LEDE} <img src="x" onerror="alert('img')"><svg onload="alert('svg')"><text>svg text</text></svg></p>
         <p>Read <a href="javascript:alert('link')">the statement</a> here. <script>alert("inline")</script></p>
         <p>${SECOND} <iframe src="javascript:alert('frame')"></iframe><style>p{color:red}</style></p>
         <p>Escaped markup &lt;script&gt;alert(1)&lt;/script&gt; stays literal text.</p>
         <noscript><img src="track.gif"></noscript>`,
      ),
    );
    expect(result.text).not.toMatch(/alert\(["']|onerror|javascript:|pwned|color:red|svg text/);
    expect(result.text).toContain("Read the statement here.");
    expect(result.text).toContain("Escaped markup <script>alert(1)</script> stays literal text.");
  });

  it("keeps paragraph breaks and drops the page's navigation chrome", () => {
    const result = htmlToArticle(
      page(
        "<title>T</title>",
        `<h2>Background</h2><p>${LEDE}<br>A new line.</p><ul><li>First term</li><li>Second term</li></ul><p>${SECOND}</p>`,
        "<aside>Related Sources: A, B</aside>",
      ),
    );
    expect(result.text.split("\n")).toEqual([
      "Background",
      LEDE,
      "A new line.",
      "First term",
      "Second term",
      SECOND,
    ]);
  });

  it("extracts text from fragments and sloppy markup that Readability cannot use", () => {
    expect(htmlToArticle("<p>Short text only.</p><p>Second paragraph.</p>").text).toBe(
      "Short text only.\nSecond paragraph.",
    );
    expect(htmlToArticle("just words").text).toBe("just words");
    expect(htmlToArticle("<html><p>outside the body</p></html>").text).toBe("outside the body");
    expect(htmlToArticle("<nav>Home | World</nav><p>Only this.</p>").text).toBe("Only this.");
  });

  it("reads deep pages and refuses absurd ones, never hanging", () => {
    const nest = (depth: number): string => `${"<div>".repeat(depth)}<p>${LEDE}</p>${"</div>".repeat(depth)}`;
    // Readability alone took 17 s on 1,000 nested <div>s (past the test's timeout); the budget
    // keeps such pages out of it.
    expect(htmlToArticle(nest(900)).text).toBe(LEDE);
    expect(() => htmlToArticle(nest(20_000))).toThrow(UnreadableHtmlError);
    expect(() => htmlToArticle(`<div>${"<span>a</span>".repeat(70_000)}</div>`)).toThrow(/more than 60,000/);
  });
});

describe("domToText", () => {
  it("keeps preformatted lines and puts table cells on one line", async () => {
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML(
      "<html><body><pre>line one\n  line two</pre><table><tr><td>Envoy</td><td>Witkoff</td></tr></table></body></html>",
    );
    expect(domToText(document.body)).toBe("line one\n  line two\nEnvoy Witkoff");
  });
});
