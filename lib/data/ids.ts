import { randomBytes, randomInt } from "node:crypto";

/** A random, URL-safe identifier (16 characters, 96 bits). */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}

const SLUG_ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";

/**
 * A short comparison slug: 8 characters from an alphabet without look-alikes (no l, 0, 1),
 * drawn independently with a CSPRNG, so one slug says nothing about another (about 2^40 values).
 */
export function newSlug(): string {
  let slug = "";
  for (let i = 0; i < 8; i++) slug += SLUG_ALPHABET[randomInt(SLUG_ALPHABET.length)];
  return slug;
}
