import "server-only";
import { z } from "zod";

/** The one place that reads process.env; a wrong value stops the app with the variable's name. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The public origin, used for canonical links and feeds. */
  /** Tests point this at a fixture folder; the app reads ./content by default. */
  OFFSWITCH_CONTENT_DIR: z.string().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) origin such as https://offswitch.example" }).default("http://localhost:3000"),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration. Fix these environment variables (see .env.example):\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
