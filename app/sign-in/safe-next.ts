/** Where to go after signing in: a path on this site only, never another site (`//host`, `/\host`). */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}
