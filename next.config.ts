import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

const isDev = process.env.NODE_ENV !== "production";

/**
 * Next.js puts its bootstrap and page data in inline <script> tags. Nonces would cover them, but a
 * nonce must be new for every response, which forbids serving any page from a cache (a pinned
 * permalink should cost about what a static file does). Parallax never renders HTML it was given
 * (React escapes every text), so 'unsafe-inline' for scripts is the smaller risk; everything else
 * is locked to this origin, and no one may frame the app.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Shared comparisons are public, but the path of one should not travel to the sites it links to.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test`) over the whole project; checking
  // again inside every build only slows `npm start` down.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // The proxy must tell a client-side navigation (RSC request) from a page load to serve cached
  // pinned pages only to the latter; by default Next.js hides those headers from it.
  skipProxyUrlNormalize: true,
  experimental: {
    // With a proxy, Next.js buffers request bodies up to this size and silently cuts longer ones.
    // It must stay above the largest body a route accepts (imports: MAX_IMPORT_JSON_BYTES, 16 MiB),
    // so that the route, not the buffer, answers an oversized body.
    proxyClientMaxBodySize: 20 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

/**
 * The build must never open the database (OFFLINE.md: parallel page-data workers lock it). During
 * `next build` DATABASE_URL names a file that cannot exist (its folder would be /dev/null), so code
 * that queries at build time fails the build loudly instead of creating or locking a real file.
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    process.env.DATABASE_URL = "file:/dev/null/the-build-must-not-open-the-database.db";
  }
  return nextConfig;
}
