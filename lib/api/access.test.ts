import { describe, expect, it } from "vitest";
import {
  bearerKey,
  EDITOR_SESSION_SECONDS,
  editKeyFromEnv,
  editorCookie,
  isEditKey,
  isEditorToken,
  isSameOrigin,
  issueEditorToken,
} from "./access";

const KEY = "correct horse battery staple";
const NOW = 1_800_000_000;

describe("editor tokens", () => {
  it("accepts a token made with the key, and it does not contain the key", () => {
    const token = issueEditorToken(KEY, NOW);
    expect(isEditorToken(KEY, token, NOW + 60)).toBe(true);
    expect(token).not.toContain(KEY);
    expect(token).not.toContain(Buffer.from(KEY).toString("base64url"));
  });

  it("refuses tokens made with another key, altered, expired, from the future or malformed", () => {
    const token = issueEditorToken(KEY, NOW);
    expect(isEditorToken("another key", token, NOW)).toBe(false);
    const [issued, mac] = token.split(".");
    expect(isEditorToken(KEY, `${Number(issued) + 1}.${mac}`, NOW)).toBe(false);
    const altered = `${mac?.slice(0, -1)}${mac?.endsWith("A") ? "B" : "A"}`;
    expect(isEditorToken(KEY, `${issued}.${altered}`, NOW)).toBe(false);
    expect(isEditorToken(KEY, token, NOW + EDITOR_SESSION_SECONDS + 1)).toBe(false);
    expect(isEditorToken(KEY, issueEditorToken(KEY, NOW + 3600), NOW)).toBe(false);
    for (const bad of [undefined, "", KEY, "1.2", `${NOW}.${"x".repeat(43)}!`]) {
      expect(isEditorToken(KEY, bad, NOW)).toBe(false);
    }
  });
});

describe("edit key", () => {
  it("is read from PARALLAX_EDIT_KEY; blank means open", () => {
    expect(editKeyFromEnv({ PARALLAX_EDIT_KEY: ` ${KEY} ` })).toBe(KEY);
    expect(editKeyFromEnv({ PARALLAX_EDIT_KEY: "  " })).toBeNull();
    expect(editKeyFromEnv({})).toBeNull();
  });

  it("compares candidates exactly", () => {
    expect(isEditKey(KEY, KEY)).toBe(true);
    for (const wrong of [null, undefined, "", `${KEY} `, KEY.slice(1), KEY.toUpperCase()]) {
      expect(isEditKey(KEY, wrong)).toBe(false);
    }
  });

  it("reads a bearer key from the Authorization header", () => {
    expect(bearerKey(new Headers({ authorization: "Bearer abc.DEF-123" }))).toBe("abc.DEF-123");
    expect(bearerKey(new Headers({ authorization: "bearer   abc" }))).toBe("abc");
    for (const value of ["Basic abc", "Bearer", "Bearer a b", "abc"]) {
      expect(bearerKey(new Headers({ authorization: value }))).toBeNull();
    }
    expect(bearerKey(new Headers())).toBeNull();
  });
});

describe("isSameOrigin", () => {
  const headers = (h: Record<string, string>) => new Headers({ host: "parallax.example:3000", ...h });

  it("accepts requests without Origin and from the site itself", () => {
    expect(isSameOrigin(headers({}))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://parallax.example:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://parallax.example:3000" }))).toBe(true);
  });

  it("refuses other sites, other ports, opaque and malformed origins", () => {
    for (const origin of [
      "https://evil.example",
      "http://parallax.example:3001",
      "http://parallax.example.evil.example:3000",
      "null",
      "not a url",
    ]) {
      expect(isSameOrigin(headers({ origin }))).toBe(false);
    }
  });

  it("accepts the host a reverse proxy forwarded", () => {
    const behindProxy = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "parallax.example",
      origin: "https://parallax.example",
    });
    expect(isSameOrigin(behindProxy)).toBe(true);
  });
});

describe("editorCookie", () => {
  it("is HttpOnly, SameSite=Strict, site-wide, and Secure over HTTPS", () => {
    const cookie = editorCookie("v", { secure: true });
    expect(cookie.split("; ")).toEqual(
      expect.arrayContaining(["parallax_editor=v", "Path=/", "HttpOnly", "SameSite=Strict", "Secure"]),
    );
    expect(editorCookie("v", { secure: false })).not.toContain("Secure");
    expect(editorCookie("", { secure: false, maxAge: 0 })).toContain("Max-Age=0");
  });
});
