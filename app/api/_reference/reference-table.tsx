import type { ReactNode } from "react";

export interface ReferenceRow {
  key: string;
  /** One cell per column; the first is set in monospace (a name, a status code). */
  cells: readonly ReactNode[];
}

/**
 * The reference page's tables (parameters, body fields, responses): a header row and one row per
 * item, every cell but the last padded from the next. The `breakable` column (the one holding
 * types, by default the last) may break anywhere, so a long type never widens a phone's page.
 */
export function ReferenceTable({
  columns,
  rows,
  breakable = columns.length - 1,
  className = "",
}: {
  columns: readonly string[];
  rows: readonly ReferenceRow[];
  breakable?: number;
  className?: string;
}) {
  const last = columns.length - 1;
  const cellClass = (i: number) =>
    ["py-1", i < last ? "pr-4" : "", i === 0 ? "font-mono" : "", i === breakable ? "break-all" : ""]
      .filter(Boolean)
      .join(" ");
  return (
    <table className={`w-full text-left text-sm ${className}`.trim()}>
      <thead className="text-stone-600">
        <tr>
          {columns.map((name, i) => (
            <th key={name} scope="col" className={`py-1 font-medium ${i < last ? "pr-4" : ""}`.trim()}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100 align-top">
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i} className={cellClass(i)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
