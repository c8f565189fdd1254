/**
 * Liveness for load balancers and uptime checks: answers from the running process without touching
 * the database, so it stays cheap under load (and is the bench's baseline for a route handler).
 */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
