import { describe, expect, it } from "vitest";
import { readProblem } from "./api";

const problem = (status: number, body: unknown, type = "application/problem+json") =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": type },
  });

describe("readProblem", () => {
  it("keeps the detail and per-field errors", async () => {
    const p = await readProblem(
      problem(422, {
        type: "/problems/invalid-input",
        title: "Invalid input",
        status: 422,
        detail: "The request body is invalid: value.name: Too small.",
        errors: [{ path: "value.name", message: "Too small" }],
      }),
    );
    expect(p).toEqual({
      status: 422,
      detail: "The request body is invalid: value.name: Too small.",
      errors: [{ path: "value.name", message: "Too small" }],
    });
  });

  it("carries the newer claim of a 409 so the form can show it", async () => {
    const current = {
      id: "c1",
      articleId: "a1",
      start: 0,
      end: 5,
      quote: "Vance",
      prefix: "",
      suffix: "",
      orphaned: false,
      topic: "envoys",
      slot: "delegation.us",
      attribution: null,
      origin: "extracted",
      status: "accepted",
      author: "Bo",
      version: 4,
      createdAt: "2025-12-03T10:00:00.000Z",
      updatedAt: "2025-12-03T10:00:00.000Z",
      kind: "person",
      value: { name: "Eleanor Vance" },
    };
    const p = await readProblem(
      problem(409, { title: "Conflict", status: 409, detail: "Changed since.", current }),
    );
    expect(p.current?.version).toBe(4);
    expect(p.detail).toBe("Changed since.");
  });

  it("says something useful when the body is not a problem at all", async () => {
    const p = await readProblem(problem(502, "<html>Bad gateway</html>", "text/html"));
    expect(p).toMatchObject({ status: 502, errors: [] });
    expect(p.detail).toMatch(/502/);
  });
});
