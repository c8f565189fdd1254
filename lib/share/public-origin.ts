/**
 * The public origin for absolute links (previews, ids inside exports). PARALLAX_PUBLIC_URL wins
 * when set, for deployments behind a proxy that rewrites Host; otherwise the request's Host, if it
 * looks like a host name. The server's own idea of its URL is not used: Next.js reports
 * "localhost" there even when readers reach it under another name.
 */
export function publicOrigin(headers: Headers): URL | undefined {
  const configured = process.env.PARALLAX_PUBLIC_URL;
  if (configured) {
    try {
      return new URL(new URL(configured).origin);
    } catch {
      console.warn("PARALLAX_PUBLIC_URL is not a URL; using the request's Host for links");
    }
  }
  const host = headers.get("host");
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return undefined;
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return new URL(`${proto}://${host}`);
}
