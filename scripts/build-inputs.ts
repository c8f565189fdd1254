import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a production build is made from; a change to any of these makes the build stale. */
const INPUT_DIRS = ["app", "components", "lib", "public"];
const INPUT_FILES = [
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = /(\.test\.tsx?$)|(^|\/)(generated|evaluation)(\/|$)/;

function listFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = path.relative(root, full);
    if (SKIP.test(rel)) return [];
    return statSync(full).isDirectory() ? listFiles(full, root) : [rel];
  });
}

export function buildInputsHash(root: string): string {
  const files = [
    ...INPUT_DIRS.flatMap((d) => listFiles(path.join(root, d), root)),
    ...INPUT_FILES.filter((f) => existsSync(path.join(root, f))),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  return hash.digest("hex");
}
