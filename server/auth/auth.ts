import "server-only";
import { randomBytes } from "node:crypto";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { sendMail } from "@/server/mail/transport";
import { magicLinkEmail } from "@/server/auth/magic-link-email";
import { clearSignedInHint, setSignedInHint } from "@/server/auth/signed-in-hint";
import { sameOriginPath } from "@/lib/auth/safe-redirect";
import { normalizeEmailAddress } from "@/lib/email/address";

/** Magic links expire after ten minutes; Auth.js deletes the token when it is used, so each works once. */
export const MAGIC_LINK_MINUTES = 10;
const SESSION_DAYS = 30;

/** Auth.js's Prisma adapter, keeping only the email: OAuth names and pictures are never stored. */
function emailOnlyAdapter(): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    createUser: ({ email, emailVerified }) => db.user.create({ data: { email: email.toLowerCase(), emailVerified } }),
    updateUser: ({ id, emailVerified }) => db.user.update({ where: { id }, data: emailVerified === undefined ? {} : { emailVerified } }),
  } as Adapter;
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Nodemailer({
      // The server here is never used: sendVerificationRequest sends through server/mail.
      server: { host: "127.0.0.1", port: 25 },
      from: env.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      // Auth.js's own checks (one address, no quotes or commas, NFKC) replaced, not dropped: the
      // same function the sign-in form's schema uses, so both accept exactly the same addresses.
      normalizeIdentifier: (identifier) => {
        const address = normalizeEmailAddress(identifier);
        if (!address) throw new Error("Invalid email address format.");
        return address;
      },
      async sendVerificationRequest({ identifier, url }) {
        await sendMail({ to: identifier, ...magicLinkEmail(url, MAGIC_LINK_MINUTES) });
      },
    }),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: emailOnlyAdapter(),
  providers: providers(),
  secret: env.AUTH_SECRET,
  trustHost: true,
  // Database sessions can be listed and revoked ("sign out everywhere"); JWTs could not.
  session: {
    strategy: "database",
    maxAge: SESSION_DAYS * 24 * 60 * 60,
    updateAge: 24 * 60 * 60,
    // 256 random bits; Auth.js's default, randomUUID(), has 122 (ASVS 5.0 7.2.3 asks for at least 128).
    generateSessionToken: () => randomBytes(32).toString("base64url"),
  },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  callbacks: {
    // Answer with a path, never another origin: keeps people on the host they used and on this
    // site. The target is resolved as a browser resolves a Location (lib/auth/safe-redirect.ts).
    redirect({ url, baseUrl }) {
      return sameOriginPath(url, baseUrl, [env.SITE_URL, env.AUTH_URL].filter((origin) => origin !== undefined)) ?? "/";
    },
    // Only what the browser needs: the database session object also carries the session token,
    // which must stay in its httpOnly cookie.
    session({ session, user }) {
      return { user: { id: user.id, email: user.email }, expires: session.expires } as typeof session;
    },
  },
  events: {
    signIn: () => setSignedInHint(SESSION_DAYS * 24 * 60 * 60),
    signOut: () => clearSignedInHint(),
  },
  logger: {
    // Auth.js errors can include tokens or addresses in their messages; log only their fixed type
    // ("Verification", "MissingCSRF"…): class names are minified away in the production build.
    // A database error's code ("P2025"…) is kept too: it says what failed without the query's values.
    error: (error) => console.error("auth:", "type" in error && typeof error.type === "string" ? error.type : error.name, ...databaseErrorCode(error)),
    warn: (code) => console.warn("auth warning:", code),
    debug: () => {},
  },
});

/** The Prisma or Postgres error code behind an Auth.js error, if any (codes carry no user data). */
function databaseErrorCode(error: Error): string[] {
  for (let cause: unknown = error.cause, depth = 0; cause && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9]{1,8}$/.test(code)) return [code];
    cause = (cause as { cause?: unknown }).cause ?? (cause as { err?: unknown }).err;
  }
  return [];
}

export function enabledOAuthProviders(): { id: "github" | "google"; name: string }[] {
  const enabled: { id: "github" | "google"; name: string }[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) enabled.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) enabled.push({ id: "google", name: "Google" });
  return enabled;
}
