import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every write endpoint of the app as (method, path), read from the route files on disk, so a route
 * added later is checked without editing the specs. Dynamic segments get well-formed placeholder
 * values: the write gate must answer before any handler looks them up.
 */
const PLACEHOLDERS: Record<string, string> = { id: "AbCdEfGhIjKlMnOp", slug: "abcd2345", revision: "1" };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

export function writeEndpoints(): { method: string; path: string }[] {
  const appDir = path.join(process.cwd(), "app");
  return routeFiles(appDir).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const segments = path.relative(appDir, path.dirname(file)).split(path.sep);
    const url = `/${segments
      .filter((s) => !/^\(.*\)$/.test(s)) // route groups are not part of the URL
      .map((s) => s.replace(/^\[(\w+)\]$/, (_, name: string) => PLACEHOLDERS[name] ?? "x"))
      .join("/")}`;
    return ["POST", "PUT", "PATCH", "DELETE"]
      .filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source))
      .map((method) => ({ method, path: url }));
  });
}
