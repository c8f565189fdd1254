import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { Verdict } from "@/lib/analysis/values";
import { cacheHeaders, matchesIfNoneMatch, weakEtagOf } from "@/lib/api/caching";
import type { Comparison } from "@/lib/validations/comparison";
import { summarizeComparison } from "../summary";
import { ASCII_COVERAGE, type Coverage, fontCoverage } from "./font-coverage";
import { textForFont, truncate } from "./fit-text";

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_ALT = "A Parallax comparison: its headline and a matrix of verdicts by source";
/** Part of the image ETag: bump it when the drawing changes so caches fetch the new picture. */
const IMAGE_DESIGN = "card-1";
const MAX_ROWS = 5;

/**
 * The font next/og itself ships and defaults to (Geist, OFL). It is read from the installed
 * package, never fetched; its coverage decides which characters reach the renderer.
 */
const FONT_FILE = path.join(
  process.cwd(),
  "node_modules",
  "next",
  "dist",
  "compiled",
  "@vercel",
  "og",
  "Geist-Regular.ttf",
);

interface OgFont {
  data: ArrayBuffer | null;
  covers: Coverage;
}
let fontPromise: Promise<OgFont> | undefined;

function loadFont(): Promise<OgFont> {
  fontPromise ??= readFile(FONT_FILE).then(
    (bytes) => ({
      data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      covers: fontCoverage(bytes),
    }),
    (error: unknown) => {
      // Without the file the renderer's own default font still draws ASCII.
      console.warn("Preview font not readable; previews fall back to ASCII text", error);
      return { data: null, covers: ASCII_COVERAGE };
    },
  );
  return fontPromise;
}

const VERDICT_STYLE: Readonly<Record<Verdict, { color: string; mark: string; word: string }>> = {
  contradict: { color: "#b91c1c", mark: "×", word: "Contradict" },
  partial: { color: "#b45309", mark: "≈", word: "Partly agree" },
  agree: { color: "#15803d", mark: "=", word: "Agree" },
  single: { color: "#78716c", mark: "•", word: "One source" },
};
const SEVERITY: Readonly<Record<Verdict, number>> = { contradict: 0, partial: 1, agree: 2, single: 3 };

function Card({
  comparison,
  pinned,
  covers,
}: {
  comparison: Comparison | null;
  pinned: boolean;
  covers: Coverage;
}) {
  const fit = (text: string, max: number, fallback: string) =>
    textForFont(truncate(text, max), covers) ?? fallback;
  // Even our own symbols go through the font check: with the ASCII fallback they must degrade too.
  const own = (text: string) => textForFont(text, covers) ?? "";
  const digest = comparison ? summarizeComparison(comparison) : null;
  const rows = comparison
    ? [...comparison.rows].sort((a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict]).slice(0, MAX_ROWS)
    : [];
  const sources = comparison?.articles ?? [];
  const column = sources.length > 0 ? Math.min(150, Math.floor(560 / sources.length)) : 150;
  // Two lines at most: long titles get a smaller size rather than a third line.
  const titleSize = (comparison?.title.length ?? 0) > 60 ? 40 : 48;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: 56,
        background: "#fafaf9",
        color: "#1c1917",
        fontSize: 24,
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", color: "#57534e" }}>
        <div style={{ display: "flex" }}>Parallax</div>
        <div style={{ display: "flex" }}>
          {comparison
            ? pinned
              ? `Pinned: revision ${comparison.revision}`
              : `Revision ${comparison.revision}`
            : ""}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          flexShrink: 0,
          marginTop: 16,
          fontSize: titleSize,
          lineHeight: 1.15,
          maxHeight: titleSize * 2.3,
          overflow: "hidden",
        }}
      >
        {comparison
          ? fit(comparison.title, 90, `A comparison of ${sources.length} sources`)
          : "Comparison not found"}
      </div>
      {digest ? (
        <div
          style={{
            display: "flex",
            marginTop: 14,
            fontSize: 30,
            color: digest.counts.contradict > 0 ? "#b91c1c" : "#44403c",
          }}
        >
          {fit(digest.headline, 80, "")}
        </div>
      ) : null}
      {digest?.detail ? (
        <div style={{ display: "flex", marginTop: 6, color: "#57534e" }}>{fit(digest.detail, 100, "")}</div>
      ) : null}
      {rows.length > 0 ? (
        <div style={{ display: "flex", flexShrink: 0, flexDirection: "column", marginTop: 24 }}>
          <div style={{ display: "flex", color: "#57534e", fontSize: 18 }}>
            <div style={{ display: "flex", width: 300 }} />
            {sources.map((a, i) => (
              <div key={a.id} style={{ display: "flex", width: column, overflow: "hidden" }}>
                {fit(a.source ?? a.title, Math.max(6, Math.floor(column / 11)), `Source ${i + 1}`)}
              </div>
            ))}
          </div>
          {rows.map((row) => {
            const style = VERDICT_STYLE[row.verdict];
            return (
              <div key={row.slot} style={{ display: "flex", alignItems: "center", height: 44 }}>
                <div style={{ display: "flex", width: 300, overflow: "hidden" }}>
                  {fit(row.label, 22, row.slot)}
                </div>
                {row.cells.map((cell) => (
                  <div key={cell.articleId} style={{ display: "flex", width: column }}>
                    <div
                      style={{
                        display: "flex",
                        width: Math.min(column - 16, 96),
                        height: 28,
                        borderRadius: 6,
                        border: `2px solid ${cell.claimIds.length > 0 ? style.color : "#d6d3d1"}`,
                        background: cell.claimIds.length > 0 ? style.color : "transparent",
                      }}
                    />
                  </div>
                ))}
                <div style={{ display: "flex", color: style.color }}>
                  {own(`${style.mark} ${style.word}`)}
                </div>
              </div>
            );
          })}
        </div>
      ) : null}
      {comparison && comparison.rows.length > rows.length ? (
        <div style={{ display: "flex", marginTop: 8, color: "#57534e", fontSize: 20 }}>
          {`and ${comparison.rows.length - rows.length} more questions`}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The preview image of a comparison: title, headline and the most telling rows of the matrix,
 * each with its verdict in words beside the colour. Drawn only from the snapshot, so its ETag is
 * the snapshot's and a client holding the image gets a 304 without anything being drawn.
 */
export async function comparisonImageResponse(
  comparison: Comparison | null,
  options: { pinned: boolean; ifNoneMatch: string | null },
): Promise<Response> {
  if (!comparison) return draw(null, false, { status: 404, headers: { "cache-control": "no-store" } });
  // Weak: the same snapshot always looks the same, but the PNG bytes depend on the renderer.
  const policy = {
    etag: weakEtagOf(`${IMAGE_DESIGN}:${JSON.stringify(comparison)}`),
    immutable: options.pinned,
  };
  if (matchesIfNoneMatch(options.ifNoneMatch, policy.etag)) {
    return new Response(null, { status: 304, headers: cacheHeaders(policy) });
  }
  return draw(comparison, options.pinned, { status: 200, headers: cacheHeaders(policy) });
}

async function draw(
  comparison: Comparison | null,
  pinned: boolean,
  init: { status: number; headers: Record<string, string> },
): Promise<Response> {
  const font = await loadFont();
  return new ImageResponse(<Card comparison={comparison} pinned={pinned} covers={font.covers} />, {
    ...OG_SIZE,
    ...(font.data && { fonts: [{ name: "Geist", data: font.data, weight: 400, style: "normal" }] }),
    ...init,
  });
}
