/**
 * Test-only: an article page as a news site serves it, with page furniture around the story and
 * hostile markup inside it. Shared by the import tests and the end-to-end spec.
 */
export const FIXTURE_ARTICLE = {
  title: "Envoys meet in Geneva as ceasefire talks resume",
  byline: "Jane Roe",
  siteName: "The Example Ledger",
  publishedAt: "2025-03-11",
  paragraphs: [
    "Special envoy Steve Witkoff met Russian negotiator Kirill Dmitriev in Geneva on Tuesday, March 11, for talks that lasted five hours.",
    "Officials said the draft ceasefire would not require NATO membership for Ukraine, and that a prisoner exchange was discussed.",
    "Read the statement in full; the delegations are expected to meet again next week.",
    "The text of a sign held outside read <script>alert('sign')</script>, a protester said.",
  ],
} as const;

/** Each of these would run if the page's markup ever reached the browser as markup. */
export const FIXTURE_ATTACK_MARKERS = ["__parallaxPwned", "alert('img')", "alert('link')", "alert('head')"];

export function fixtureArticleHtml(): string {
  const [lede, terms, statement, sign] = FIXTURE_ARTICLE.paragraphs;
  const ld = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: FIXTURE_ARTICLE.title,
    datePublished: `${FIXTURE_ARTICLE.publishedAt}T09:30:00+01:00`,
    author: { "@type": "Person", name: FIXTURE_ARTICLE.byline },
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${FIXTURE_ARTICLE.title} | ${FIXTURE_ARTICLE.siteName}</title>
  <meta property="og:title" content="${FIXTURE_ARTICLE.title}">
  <meta property="og:site_name" content="${FIXTURE_ARTICLE.siteName}">
  <meta name="author" content="${FIXTURE_ARTICLE.byline}">
  <script type="application/ld+json">${ld}</script>
  <script>window.__parallaxPwned = true; alert('head');</script>
</head>
<body onload="window.__parallaxPwned = true">
  <header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a></nav></header>
  <main>
    <article>
      <h1>${FIXTURE_ARTICLE.title}</h1>
      <p class="byline">By <a rel="author" href="/staff/jane-roe">${FIXTURE_ARTICLE.byline}</a>
        · <time datetime="${FIXTURE_ARTICLE.publishedAt}">March 11, 2025</time></p>
      <p>${lede} <img src="/missing.png" onerror="window.__parallaxPwned = true; alert('img')"></p>
      <p>Share</p>
      <p>${terms}</p>
      <p>${statement.replace("Read the statement", `Read <a href="javascript:alert('link')">the statement</a>`)}</p>
      <p>${sign.replace("<script>alert('sign')</script>", "&lt;script&gt;alert('sign')&lt;/script&gt;")}</p>
      <p>Comments (3)</p>
      <p>Related Sources: Reuters, AP, BBC</p>
    </article>
  </main>
  <aside><h2>Most read</h2><ul><li><a href="/other">Another story entirely</a></li></ul></aside>
  <footer>© 2025 ${FIXTURE_ARTICLE.siteName}. All rights reserved.</footer>
</body>
</html>`;
}

/** The body Parallax should store for the fixture page: the story's paragraphs, nothing else. */
export function fixtureArticleBody(): string {
  return FIXTURE_ARTICLE.paragraphs.join("\n");
}
