import { headers } from "next/headers";

/**
 * The public origin for absolute links in previews. PARALLAX_PUBLIC_URL wins when set (behind a
 * proxy that rewrites Host); otherwise the Host of the request, if it looks like a host name.
 */
export async function requestOrigin(): Promise<URL | undefined> {
  const configured = process.env.PARALLAX_PUBLIC_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      console.warn("PARALLAX_PUBLIC_URL is not a URL; using the request's host for links");
    }
  }
  const list = await headers();
  const host = list.get("host");
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return undefined;
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return new URL(`${proto}://${host}`);
}
