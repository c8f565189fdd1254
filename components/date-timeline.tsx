import { formatDateValue } from "@/lib/analysis/format-value";
import type { DateValue } from "@/lib/analysis/values";
import type { Comparison } from "@/lib/validations/comparison";
import { type ClaimInRow, sourceName } from "./comparison-model";

const DAY_MS = 86_400_000;
const LANE_HEIGHT = 34;
const LABEL_WIDTH = 120;
const WIDTH = 960;
const PAD = 16;

interface Point {
  id: string;
  start: number;
  end: number;
  label: string;
  rowLabel: string;
  contradicted: boolean;
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** Evenly spaced ticks at whole years, or months when the span is short. */
function ticks(min: number, max: number): { at: number; label: string }[] {
  const start = new Date(min * DAY_MS);
  const end = new Date(max * DAY_MS);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const out: { at: number; label: string }[] = [];
  if (years >= 2) {
    const step = Math.ceil(years / 8);
    for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y += step) {
      out.push({ at: Date.UTC(y, 0, 1) / DAY_MS, label: String(y) });
    }
  } else {
    const fmt = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
    const months = years * 12 + end.getUTCMonth() - start.getUTCMonth();
    const step = Math.max(1, Math.ceil(months / 8));
    for (let m = 1; m <= months; m += step) {
      const at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
      out.push({ at: at / DAY_MS, label: fmt.format(new Date(at)) });
    }
  }
  return out;
}

/**
 * The dates each source gives, one lane per source, drawn on the server as SVG. Dates in rows
 * whose sources disagree are marked with a cross as well as colour; dates without a known year
 * cannot be placed and are listed under the chart instead.
 */
export function DateTimeline({
  comparison,
  claims,
}: {
  comparison: Comparison;
  claims: Map<string, ClaimInRow>;
}) {
  const lanes = comparison.articles.map((article, i) => {
    const placed: Point[] = [];
    const unplaced: string[] = [];
    for (const c of claims.values()) {
      if (c.claim.articleId !== article.id || c.claim.kind !== "date") continue;
      const value = c.claim.value as DateValue;
      if (value.start && value.end) {
        placed.push({
          id: c.claim.id,
          start: dayNumber(value.start),
          end: dayNumber(value.end) + 1,
          label: formatDateValue(value),
          rowLabel: c.label,
          contradicted: c.verdict === "contradict",
        });
      } else unplaced.push(`${c.label}: ${formatDateValue(value)}`);
    }
    return { name: sourceName(article, i), placed, unplaced };
  });
  const all = lanes.flatMap((l) => l.placed);
  if (all.length === 0 && lanes.every((l) => l.unplaced.length === 0)) return null;
  const min = Math.min(...all.map((p) => p.start));
  const max = Math.max(...all.map((p) => p.end));
  const span = Math.max(max - min, 30);
  const x = (day: number) => LABEL_WIDTH + PAD + ((day - min) / span) * (WIDTH - LABEL_WIDTH - 2 * PAD);
  const height = lanes.length * LANE_HEIGHT + 28;

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-semibold">Dates each source gives</figcaption>
      {all.length > 0 ? (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="h-auto w-full"
          role="group"
          aria-label="Timeline of dates by source"
        >
          {ticks(min, min + span).map((t) => (
            <g key={t.at}>
              <line x1={x(t.at)} x2={x(t.at)} y1={0} y2={height - 20} stroke="#e7e5e4" />
              <text x={x(t.at)} y={height - 6} fontSize="11" textAnchor="middle" fill="#57534e">
                {t.label}
              </text>
            </g>
          ))}
          {lanes.map((lane, i) => {
            const y = i * LANE_HEIGHT + 18;
            return (
              <g key={lane.name}>
                <text x={0} y={y + 4} fontSize="12" fill="#292524">
                  {lane.name.length > 18 ? `${lane.name.slice(0, 17)}…` : lane.name}
                </text>
                <line x1={LABEL_WIDTH} x2={WIDTH - PAD} y1={y} y2={y} stroke="#d6d3d1" />
                {lane.placed.map((p) => (
                  <a key={p.id} href={`#claim-${p.id}`} className="claim-link" data-claim-id={p.id}>
                    <title>{`${lane.name} · ${p.rowLabel}: ${p.label}${p.contradicted ? " (sources disagree)" : ""}`}</title>
                    <rect
                      x={x(p.start)}
                      y={y - 6}
                      width={Math.max(x(p.end) - x(p.start), 6)}
                      height={12}
                      rx={3}
                      fill={p.contradicted ? "#b91c1c" : "#44403c"}
                      opacity={0.85}
                    />
                    {p.contradicted ? (
                      <text x={x(p.start)} y={y - 9} fontSize="11" fill="#b91c1c" fontWeight="bold">
                        ✕
                      </text>
                    ) : null}
                  </a>
                ))}
              </g>
            );
          })}
        </svg>
      ) : null}
      {lanes.some((l) => l.unplaced.length > 0) ? (
        <ul className="mt-2 space-y-0.5 text-xs text-stone-600">
          {lanes
            .filter((l) => l.unplaced.length > 0)
            .map((l) => (
              <li key={l.name}>
                <span className="font-medium">{l.name}</span> (year not known): {l.unplaced.join("; ")}
              </li>
            ))}
        </ul>
      ) : null}
    </figure>
  );
}
