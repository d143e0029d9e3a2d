import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ProgressSyncRoot } from "@/components/checklist/use-sync-status";
import { MergeTicksPrompt } from "@/components/account/merge-ticks-prompt";
import { env } from "@/server/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: "OffSwitch: turn off what platforms switched on", template: "%s · OffSwitch" },
  description:
    "Step-by-step privacy checklists for the settings platforms quietly switch on, like LinkedIn using your data to train AI, kept up to date when platforms move them.",
  applicationName: "OffSwitch",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1b1e21" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <ProgressSyncRoot />
        <MergeTicksPrompt />
      </body>
    </html>
  );
}
