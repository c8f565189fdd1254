import { describe, expect, it } from "vitest";
import { codePointOffsets } from "./code-points";
import { comparisonToCsv, csvCell } from "./exports-csv";
import { comparisonToWebAnnotations } from "./exports-jsonld";
import { comparisonToMarkdown } from "./exports-markdown";
import { mdText } from "./markdown-text";
import { daily, fixtureComparison, wire } from "./test-fixture";
import { annotationCollectionSchema } from "./web-annotation";
import { checkAnnotation, checkAnnotationCollection } from "./web-annotation-check";

const ORIGIN = "https://parallax.example";

/** A strict RFC 4180 reader: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") throw new Error(`a bare line break at ${i}`);
    else field += c;
  }
  if (quoted || field !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

describe("the CSV export", () => {
  const rows = parseCsv(comparisonToCsv(fixtureComparison));
  const header = rows[0] ?? [];
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));

  it("has a header and one line per claim, rejected claims last", () => {
    expect(header).toEqual(
      expect.arrayContaining([
        "slot",
        "topic",
        "verdict",
        "quote",
        "kind",
        "value",
        "start",
        "end",
        "status",
        "origin",
      ]),
    );
    expect(records).toHaveLength(fixtureComparison.claims.length);
    expect(records.map((r) => r.claim_id).slice(0, 2)).toEqual(["claimWitkoff1", "claimVance001"]);
    expect(records.at(-1)).toMatchObject({ claim_id: "claimGuardWir", verdict: "", status: "rejected" });
  });

  it("prints normalized values and the row's verdict", () => {
    const date = records.find((r) => r.claim_id === "claimDateWire");
    expect(date).toMatchObject({
      verdict: "contradict",
      value: "Dec 2, 2025",
      kind: "date",
      article_source: "Wire, Inc.",
    });
    expect(records.find((r) => r.claim_id === "claimHoursDly")?.value).toBe("3–9 h");
  });

  it("round-trips quotes, commas and line breaks and keeps UTF-16 offsets", () => {
    const witkoff = records.find((r) => r.claim_id === "claimWitkoff1");
    expect(witkoff?.article_title).toBe('Envoys meet Putin, "five hours" of talks');
    expect(Number(witkoff?.start)).toBe(wire.body.indexOf("Steve Witkoff"));
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const vance = records.find((r) => r.claim_id === "claimVance001");
    expect(vance?.article_title?.startsWith("'=HYPERLINK(")).toBe(true);
    expect(records.find((r) => r.claim_id === "claimNatoDaly")?.quote).toBe(
      "'-NATO membership was ruled out",
    );
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    expect(csvCell(42)).toBe("42");
    expect(csvCell("plain")).toBe("plain");
  });
});

describe("code point offsets", () => {
  it("count an astral character once where UTF-16 counts two units", () => {
    const text = "a😀b𝒜c";
    const map = codePointOffsets(text);
    expect([0, 1, 3, 4, 6, 7].map(map)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codePointOffsets("plain")(3)).toBe(3);
  });
});

describe("the Web Annotation export", () => {
  const collection = comparisonToWebAnnotations(fixtureComparison, ORIGIN);
  const items = collection.first.items;

  it("meets the model's required fields for collections, annotations and selectors", () => {
    expect(checkAnnotationCollection(collection)).toEqual([]);
    for (const item of items) expect(checkAnnotation(item)).toEqual([]);
    expect(annotationCollectionSchema.safeParse(collection).success).toBe(true);
  });

  it("has one annotation per shown claim and a two-target linking annotation per relation", () => {
    const shown = fixtureComparison.claims.filter((c) => c.status !== "rejected");
    expect(items.filter((a) => a.motivation === "describing")).toHaveLength(shown.length);
    const links = items.filter((a) => a.motivation === "linking");
    expect(links).toHaveLength(1);
    expect(Array.isArray(links[0]?.target) && links[0].target.length).toBe(2);
    expect(items.map((a) => a.id)).toContain(`${ORIGIN}/c/abcd2345/r/3#claim-claimWitkoff1`);
  });

  it("places each quote by code points in the article text", () => {
    const bodies = new Map([wire, daily].map((a) => [a.id, [...a.body]]));
    for (const claim of fixtureComparison.claims.filter((c) => c.status !== "rejected")) {
      const annotation = items.find((a) => a.id.endsWith(`#claim-${claim.id}`));
      const target = annotation && !Array.isArray(annotation.target) ? annotation.target : undefined;
      const position = target?.selector.find((s) => s.type === "TextPositionSelector");
      const quote = target?.selector.find((s) => s.type === "TextQuoteSelector");
      expect(position && quote).toBeTruthy();
      if (position?.type !== "TextPositionSelector" || quote?.type !== "TextQuoteSelector") continue;
      const points = bodies.get(claim.articleId) ?? [];
      expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
    // The flags before the Witkoff quote are 4 code points but 8 UTF-16 units.
    const witkoff = fixtureComparison.claims.find((c) => c.id === "claimWitkoff1");
    const target = items.find((a) => a.id.endsWith("#claim-claimWitkoff1"))?.target;
    const selector = !Array.isArray(target) ? target?.selector[1] : undefined;
    expect(selector).toEqual({
      type: "TextPositionSelector",
      start: (witkoff?.start ?? 0) - 4,
      end: (witkoff?.end ?? 0) - 4,
    });
  });

  it("uses the article's URL as the source, or the app's article page", () => {
    const sources = new Set(
      items.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]).map((t) => t.source)),
    );
    expect(sources).toEqual(new Set([wire.url, `${ORIGIN}/articles/${daily.id}`]));
  });

  it("is caught by the checker when a required field is missing", () => {
    const first = items[0];
    const broken = {
      ...first,
      target: { type: "SpecificResource", selector: [{ type: "TextPositionSelector", start: -1 }] },
    };
    const problems = checkAnnotation(broken);
    expect(problems.join("\n")).toMatch(/source IRI/);
    expect(problems.join("\n")).toMatch(/start must be/);
    expect(problems.join("\n")).toMatch(/end must be/);
    expect(checkAnnotation({ ...first, "@context": undefined })).not.toEqual([]);
    expect(checkAnnotation({ ...first, target: [] })).not.toEqual([]);
    expect(checkAnnotationCollection({ ...collection, total: 99 })).not.toEqual([]);
  });
});

describe("the Markdown report", () => {
  const report = comparisonToMarkdown(fixtureComparison, ORIGIN);

  it("has the title, the pinned link, the sources, a verdict table and the quotes", () => {
    expect(report.startsWith("# Two takes, one meeting\n")).toBe(true);
    expect(report).toContain(`<${ORIGIN}/c/abcd2345/r/3>`);
    expect(report).toContain("**2 contradictions across 2 sources on envoys and dates.**");
    expect(report).toContain(
      '[Envoys meet Putin, "five hours" of talks](https://news.example/wire/envoys?id=1&lang=en)',
    );
    expect(report).toMatch(
      /\| US delegation \| envoys \| ✗ Contradict \| S1: Steve Witkoff; S2: Eleanor Vance \| Witkoff vs Vance \|/,
    );
    expect(report).toContain("- **S2** “\\-NATO membership was ruled out” (ruled out)");
    expect(report).not.toContain("𝒜 security guarantee");
  });

  it("renders hostile titles as text: no HTML, no table break, no link", () => {
    expect(report).not.toContain("<b>");
    expect(report).toContain("\\<b\\>Daily\\</b\\> \\| report");
    for (const line of report.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(7);
    }
  });

  it("escapes what would start a block", () => {
    expect(mdText("# not a heading")).toBe("\\# not a heading");
    expect(mdText("1. not a list")).toBe("1\\. not a list");
    expect(mdText("a\n\n- b")).toBe("a - b");
    expect(mdText("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))");
  });
});
