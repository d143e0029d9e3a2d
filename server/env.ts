import "server-only";
import { z } from "zod";

const optionalUrl = (protocols: RegExp, example: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: protocols, error: `must be a URL such as ${example}` }).optional());

/** The one place that reads process.env; a wrong value stops the app with the variable's name. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The public origin, used for canonical links, feeds and links in emails. */
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) origin such as https://offswitch.example" }).default("http://localhost:3000"),
  /** Postgres; the start command provides an embedded one when this is not set. */
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/, "postgresql://user:password@localhost:5432/offswitch"),
  /** Outgoing mail; without it the start command runs a local mail catcher on loopback. */
  SMTP_URL: optionalUrl(/^smtps?$/, "smtp://user:password@smtp.example:587"),
  MAIL_FROM: z.string().min(3).default("OffSwitch <no-reply@offswitch.localhost>"),
  /** Where the local mail catcher keeps captured mail; set only by the start command. */
  MAIL_CATCHER_DIR: z.string().min(1).optional(),
  /** The local mail catcher's SMTP port on 127.0.0.1, used when SMTP_URL is not set. */
  MAIL_CATCHER_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  /**
   * Auth.js's public URL (links in sign-in emails, and whether cookies are Secure); the start
   * command sets it from SITE_URL or the port. Required in production: without it Auth.js builds
   * sign-in links from the request's Host header, which the client chooses.
   */
  AUTH_URL: optionalUrl(/^https?$/, "https://offswitch.example"),
  /** Signs Auth.js cookies and tokens: at least 32 random characters (`openssl rand -base64 32`). */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** Sign-in links one client address may request per 15 minutes; the e2e server raises it (every test is 127.0.0.1). */
  MAGIC_LINK_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
  /**
   * Reverse proxies in front of the app that append the client's address to X-Forwarded-For
   * (docs/deploy.md). 0: clients connect directly and the socket's address is the client's.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Alert subscriptions one client address may request per 15 minutes; the e2e server raises it too. */
  ALERTS_SUBSCRIBE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  /** How long a delivery claimed by a worker stays its own; after that a worker that died is assumed gone. */
  ALERTS_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(1).max(24 * 60 * 60).default(300),
  /** The source watcher's User-Agent names OffSwitch and this page, where a site owner learns what it does and whom to ask. */
  SOURCES_CONTACT_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://offswitch.example/about#watcher" }).default("https://github.com/offswitch/offswitch#source-watcher"),
  /** Minutes between two watcher cycles in the worker (default twice a day; 0 turns the watcher off); each cycle adds up to 10% jitter. */
  SOURCES_CHECK_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).refine((value) => value === 0 || value >= 5, "must be 0 (off) or at least 5").default(720),
  /** The least time between two requests to one host. */
  SOURCES_HOST_GAP_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Tests only: let the watcher fetch loopback addresses (a local fixture server). Private and link-local stay refused. */
  SOURCES_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  /** Tests point this at a fixture folder; the app reads ./content by default. */
  OFFSWITCH_CONTENT_DIR: z.string().min(1).optional(),
  /** Set by `next build` while it prerenders: a build needs no public URL yet. */
  NEXT_PHASE: z.string().optional(),
}).superRefine((config, context) => {
  if (config.NODE_ENV === "production" && !config.AUTH_URL && config.NEXT_PHASE !== "phase-production-build") {
    context.addIssue({ code: "custom", path: ["AUTH_URL"], message: "is required in production: the public https origin, such as https://offswitch.example" });
  }
});

export type Env = z.infer<typeof envSchema>;

/** Exported for its test; the app uses `env`. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration. Fix these environment variables (see .env.example):\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/** The database URL, or a clear error naming the variable when a database is needed but absent. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set. Run `npm start` (it starts an embedded Postgres) or set DATABASE_URL.");
  return env.DATABASE_URL;
}
