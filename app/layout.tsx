import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { AccessBanner } from "@/components/access-banner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description:
    "News articles about the same event side by side, claim by claim: who was in the room, when, and what was on the table.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-[120rem] items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              <span aria-hidden="true">◐ </span>Parallax
            </Link>
            <nav aria-label="Main">
              <Link href="/" className="text-sm text-stone-600 hover:text-stone-900">
                Library
              </Link>
            </nav>
            <AccessBanner />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-[120rem] px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
