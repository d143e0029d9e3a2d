const isProduction = process.env.NODE_ENV === "production";

/**
 * Headers for every response, assets included. The Content-Security-Policy is set per document
 * in proxy.ts, because it carries each prerendered page's inline-script hashes.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/**
 * proxy.ts sets each document's policy (router prefetches included) but skips static assets (for
 * speed); those get this fixed one, so every response still has a policy (ASVS 5.0 3.4.3, 3.4.6). It only
 * matters if one is opened as a document (an SVG, say): browsers apply CSP to documents alone.
 */
const assetPolicy = "default-src 'none'; img-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const assetPolicyHeader = [{ key: "Content-Security-Policy", value: assetPolicy }];
const PROXY_SKIPPED_PATHS = ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg", "/robots.txt", "/sitemap.xml"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild's native binary at build time; neither can be bundled.
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...PROXY_SKIPPED_PATHS.map((source) => ({ source, headers: assetPolicyHeader })),
    ];
  },
};

export default nextConfig;
