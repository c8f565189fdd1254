import { describe, expect, it } from "vitest";
import { cleanArticleText, isFurnitureLine, normalizeForHash } from "./clean-text";

const FURNITURE = [
  // share prompts
  "Share.",
  "Share",
  "SHARE THIS ARTICLE",
  "Share this story",
  "Share on Facebook",
  "Share on X",
  "Share via Email",
  "Tweet",
  "Tweet this",
  "Email",
  "E-mail this article",
  "Print",
  "Copy link",
  "Facebook Twitter LinkedIn Email",
  "Share: Facebook | X | WhatsApp",
  "📘  Share on Facebook",
  "Shares 1.2K",
  // comments
  "Leave A Reply",
  "Leave a comment",
  "Post a Comment",
  "Comments ()",
  "Comments (3)",
  "12 Comments",
  "0 comments",
  "1 Comment",
  "Comments",
  "View all 48 comments",
  "No comments yet",
  "Join the conversation",
  "Comments are closed.",
  "Be the first to comment",
  "You must be logged in to post a comment.",
  // pixels and loaders
  "Smiley face",
  "Loading...",
  // navigation
  "Weather     Live Markets",
  "Home | World | Politics",
  "Home › World › Europe",
  "Home > News",
  "Ukraine | Gaza | Trade | Climate",
  "News  Sport  Business  Culture",
  "Home News World Politics Business",
  "Skip to content",
  "Skip to main content",
  "Menu",
  "Toggle navigation",
  "Search",
  "Subscribe",
  "Subscribe now",
  "Sign up for our newsletter",
  "Sign in",
  "Log in",
  "Back to top ↑",
  "Next article",
  "Previous post",
  "Follow us on Twitter",
  "Listen to this article · 5 min",
  // ads
  "Advertisement",
  "ADVERTISEMENT",
  "Advertisement - Scroll to continue",
  "Story continues below advertisement",
  "Sponsored content",
  // teasers
  "Read more",
  "Read More »",
  "READ MORE: Putin warns Europe over frozen assets",
  "Continue reading",
  "Related articles",
  "Related Stories",
  "Related",
  "See also: Kremlin readout",
  "You may also like",
  "Most read",
  "Trending now",
  // source and tag lists
  "Related Sources:",
  "Related Sources: Source 1 Source 2",
  "• Source 1 • Source 2",
  "Source 1 | Source 2 | Source 3",
  "Sources: Al Jazeera, NBC News, Sky News, iNews, Al Arabiya.",
  "Sources: Reuters; AP; AFP",
  "Source: Reuters",
  "Tags: Ukraine, Russia, Putin, Witkoff",
  // cookie banners and calls to action
  "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
  "This website uses cookies.",
  "Accept all cookies",
  "Manage preferences",
  "Cookie Settings",
  "By using this site, you agree to our Privacy Policy and Terms of Use.",
  "Click here to subscribe to our free daily newsletter and never miss a story again.",
  "Click here",
  "© 2025 NENC Media Group. All rights reserved.",
  "Copyright 2024 Example News",
];

const REAL_LINES = [
  "Putin shared his view of the talks with reporters.",
  "The Comments section of the treaty was revised twice.",
  "Share prices in Moscow rose 3% after the meeting.",
  "Email exchanges between the envoys were later leaked.",
  "Comments by Peskov suggested the Kremlin saw room for compromise.",
  "12 comments from officials were submitted to the committee.",
  "Tweets from Zelensky drew criticism in Moscow.",
  "Menu options at the state dinner included borscht.",
  "Subscribers to the plan's security guarantees include France.",
  "Sign in the Kremlin corridor read: no entry.",
  "Home to millions of refugees, Poland watched closely.",
  "Weather conditions delayed the delegation's flight.",
  "Live coverage of the talks was banned.",
  "World Politics",
  "Markets",
  "Related talks in Istanbul collapsed in March 2022.",
  "Sources close to the negotiations suggest the framework has six parts.",
  "Sources: the Kremlin said the talks would resume next week after consultations.",
  "Read more about the plan in the annex, the envoy said.",
  "Advertisement revenue at state media has fallen.",
  "Search and rescue teams worked through the night.",
  "Click-through rates are not the point, he said.",
  "Impact on Russia",
  "What Next: Path to a Durable Peace",
  "Background: A Conflict’s Long Shadow",
  "Key Developments: The Moscow Dialogue",
  "Diplomatic Momentum Builds as Peace Proposal Discussions Deemed “Highly Productive”",
  "The EU will require every website to ask users to accept cookies, the commission said.",
  "Reply from Kyiv came within hours.",
  "Written by Nick Ravenshade for NENC Media Group, original article and analysis.",
  "* Demilitarized Zone: The establishment of a demilitarized zone along the ceasefire line.",
  "• Ceasefire • Prisoner exchange • Sanctions relief",
  "Donetsk, Luhansk, Zaporizhzhia | Kherson",
  "Five hours.",
];

describe("isFurnitureLine", () => {
  it.each(FURNITURE)("drops furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each(REAL_LINES)("keeps article text: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("ignores surrounding whitespace and leading icons", () => {
    expect(isFurnitureLine("   Share.   ")).toBe(true);
    expect(isFurnitureLine("\t» Related articles")).toBe(true);
    expect(isFurnitureLine("▶ Tweet")).toBe(true);
  });

  it("never treats blank or long lines as furniture", () => {
    expect(isFurnitureLine("")).toBe(false);
    expect(isFurnitureLine("   ")).toBe(false);
    expect(isFurnitureLine(`Share ${"on Facebook ".repeat(40)}`)).toBe(false);
  });

  it("keeps a long sentence that opens with a furniture word", () => {
    const line =
      "Share the burden, the envoy told Putin, and the Comments on the treaty would follow within a week.";
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("cleanArticleText", () => {
  it("normalizes CRLF and lone CR line endings", () => {
    expect(cleanArticleText("First line\r\nSecond line\rThird line\r\n")).toBe(
      "First line\nSecond line\nThird line",
    );
  });

  it("treats Unicode line and paragraph separators as line breaks", () => {
    expect(cleanArticleText("One\u2028Two\u2029Three")).toBe("One\nTwo\nThree");
  });

  it("removes NUL and other control and invisible characters but keeps tabs", () => {
    const raw = "\uFEFFPu\u0000tin\u0007 met\u001B envoys\u0085.\n\tIndented\u200B line\u00AD.";
    expect(cleanArticleText(raw)).toBe("Putin met envoys.\n\tIndented line.");
  });

  it("trims trailing spaces and tabs per line but keeps leading indentation", () => {
    expect(cleanArticleText("  Lead paragraph.   \t\nThen.\u00A0 ")).toBe("  Lead paragraph.\nThen.");
  });

  it("collapses runs of blank lines to one and trims blank lines at both ends", () => {
    const raw = "\n\n  \nFirst.\n\n\n\n \t \nSecond.\n\n\n\n";
    expect(cleanArticleText(raw)).toBe("First.\n\nSecond.");
  });

  it("composes to NFC", () => {
    const decomposed = "Zelenskyy visited Pari\u0301s and Mu\u0308nchen.";
    const cleaned = cleanArticleText(decomposed);
    expect(cleaned).toBe("Zelenskyy visited París and München.");
    expect(cleaned).toBe(cleaned.normalize("NFC"));
  });

  it("returns an empty string for empty or furniture-only input", () => {
    expect(cleanArticleText("")).toBe("");
    expect(cleanArticleText("\r\n\r\n  \n")).toBe("");
    expect(cleanArticleText("Share.\nLeave A Reply\nComments ()\n")).toBe("");
  });

  it("drops furniture lines around and between paragraphs without leaving double blanks", () => {
    const raw = [
      "Smiley face",
      "Weather     Live Markets",
      "",
      "Talks ended without a deal.",
      "",
      "Advertisement",
      "",
      "Both sides will meet again.",
      "",
      "Share.",
      "Leave A Reply",
      "Comments ()",
    ].join("\r\n");
    expect(cleanArticleText(raw)).toBe("Talks ended without a deal.\n\nBoth sides will meet again.");
  });

  it("drops a source list that spans two lines", () => {
    const raw = "The war continues.\nRelated Sources:\n• Source 1 • Source 2";
    expect(cleanArticleText(raw)).toBe("The war continues.");
  });

  it("keeps real sentences that mention furniture words", () => {
    const raw = REAL_LINES.join("\n");
    expect(cleanArticleText(raw)).toBe(raw);
  });

  it("drops a leading line equal to the title, ignoring case, whitespace and punctuation style", () => {
    const raw = "Smiley face\n\n  russia-US   MOSCOW talks end\n\nMOSCOW — Talks ended.";
    expect(cleanArticleText(raw, { title: "Russia\u2011US Moscow Talks End" })).toBe("MOSCOW — Talks ended.");
  });

  it("keeps the first line when it is not the title, and never drops a later repeat", () => {
    const raw = "Putin met the envoys.\nTalks End\nMore text.";
    expect(cleanArticleText(raw, { title: "Talks End" })).toBe(raw);
    expect(cleanArticleText("Talks End\nBody.\nTalks End", { title: "Talks End" })).toBe("Body.\nTalks End");
  });

  it("does not treat an empty title as matching anything", () => {
    expect(cleanArticleText("—\nBody.", { title: "" })).toBe("—\nBody.");
    expect(cleanArticleText("—\nBody.", { title: "..." })).toBe("—\nBody.");
  });

  it("cleans 5 MB of text and one endless line", () => {
    const paragraph =
      "President Putin met senior United States envoys in Moscow for five hours on Tuesday.\r\n" +
      "Share.\r\n\r\n\r\nComments (3)\r\n";
    const raw = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const longLine = "word ".repeat(1024 * 1024);
    const cleaned = cleanArticleText(raw);
    const cleanedLong = cleanArticleText(longLine);
    expect(cleaned.split("\n\n")).toHaveLength(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    expect(cleaned).not.toContain("Share.");
    expect(cleanedLong).toBe(longLine.trimEnd());
  });
});

describe("normalizeForHash", () => {
  it("hashes the same text with different whitespace, case and quotes the same", () => {
    const a = "Zelensky said: “Everything depends on today’s discussions.”\n\nPutin — silent.";
    const b = '  zelensky said: "Everything depends on today\'s discussions." Putin - silent. ';
    expect(normalizeForHash(a)).toBe(normalizeForHash(b));
  });

  it("folds CRLF, tabs, non-breaking spaces and compatibility forms", () => {
    expect(normalizeForHash("Five\u00A0hours\r\n\tof talks…")).toBe(
      normalizeForHash("five hours of talks..."),
    );
    expect(normalizeForHash("Ｋｒｅｍｌｉｎ")).toBe("kremlin");
  });

  it("still tells different texts apart", () => {
    expect(normalizeForHash("five hours of talks")).not.toBe(normalizeForHash("several hours of talks"));
    expect(normalizeForHash("April 16")).not.toBe(normalizeForHash("April 17"));
  });

  it("returns an empty string for empty or punctuation-only input", () => {
    expect(normalizeForHash("")).toBe("");
    expect(normalizeForHash(" “…” — ")).toBe("");
  });
});
