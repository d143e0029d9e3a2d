/**
 * Every way in from the network that takes input: route handlers (app/**\/route.ts) and server
 * actions ("use server"). Adding one is one entry here; tests/e2e/security-fuzz.spec.ts fails
 * while a route file or action exists that is neither listed nor excluded with a reason, and
 * tests/e2e/security-csrf.spec.ts sends every state-changing one a cross-site request.
 */

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

export type RouteTarget = {
  /** The route handler file, relative to the repository root. */
  file: string;
  /** Concrete URLs to aim at: dynamic segments filled with real values and with made-up ones. */
  paths: readonly string[];
  /** The methods the file exports; the fuzzer sends every other method too (they must be 4xx). */
  methods: readonly HttpMethod[];
  /** A valid request body for the state-changing methods, which the fuzzer mutates into hostile ones. */
  validBody?: () => unknown;
};

export type ActionArguments =
  /** `(previousState, formData)`: a form wired with useActionState. */
  | { kind: "state-and-form"; fields: readonly string[] }
  /** `(formData)`: a plain `<form action={…}>`. */
  | { kind: "form"; fields: readonly string[] }
  /** No arguments: anything sent is ignored. */
  | { kind: "none" };

export type ActionTarget = {
  /** The "use server" file, relative to the repository root. */
  file: string;
  exportName: string;
  /** A page that renders a form bound to the action (actions are POSTed to a page path). */
  page: string;
  args: ActionArguments;
  /**
   * Set when calling the action as a signed-in person does what it is for whatever the input
   * (signing out): the signed-in fuzz skips it, since "the database is unchanged" cannot hold.
   */
  signedInEffect?: string;
};

const GUIDE = "linkedin-ai-training";
const PLATFORM = "linkedin";
const FEED_FORMATS = ["feed.atom", "feed.rss", "feed.json"] as const;

const mark = () => ({ guide: GUIDE, step: "sign-in", done: true, at: new Date().toISOString() });

const feedRoutes: RouteTarget[] = FEED_FORMATS.flatMap((format) => [
  { file: `app/changes/${format}/route.ts`, paths: [`/changes/${format}`], methods: ["GET"] },
  {
    file: `app/changes/guide/[guide]/${format}/route.ts`,
    paths: [`/changes/guide/${GUIDE}/${format}`, `/changes/guide/no-such-guide/${format}`],
    methods: ["GET"],
  },
  {
    file: `app/changes/platform/[platform]/${format}/route.ts`,
    paths: [`/changes/platform/${PLATFORM}/${format}`, `/changes/platform/no-such-platform/${format}`],
    methods: ["GET"],
  },
]);

export const ROUTE_TARGETS: readonly RouteTarget[] = [
  { file: "app/api/progress/route.ts", paths: ["/api/progress"], methods: ["GET", "POST"], validBody: () => ({ marks: [mark()] }) },
  { file: "app/api/account/export/route.ts", paths: ["/api/account/export"], methods: ["GET"] },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    paths: [
      "/api/auth/session",
      "/api/auth/csrf",
      "/api/auth/providers",
      "/api/auth/signin",
      "/api/auth/signin/nodemailer",
      "/api/auth/signout",
      "/api/auth/callback/nodemailer",
      "/api/auth/verify-request",
      "/api/auth/error",
      "/api/auth/no-such-action",
    ],
    methods: ["GET", "POST"],
    validBody: () => ({ email: "fuzz@example.test", csrfToken: "not-the-token", callbackUrl: "/" }),
  },
  { file: "app/content-index.json/route.ts", paths: ["/content-index.json"], methods: ["GET"] },
  ...feedRoutes,
];

export const ACTION_TARGETS: readonly ActionTarget[] = [
  {
    file: "app/sign-in/actions.ts",
    exportName: "requestSignInLink",
    page: "/sign-in",
    args: { kind: "state-and-form", fields: ["email", "callbackUrl"] },
  },
  { file: "app/sign-in/actions.ts", exportName: "signInWithProvider", page: "/sign-in", args: { kind: "form", fields: ["provider"] } },
  {
    file: "app/account/actions.ts",
    exportName: "signOutHere",
    page: "/account",
    args: { kind: "none" },
    signedInEffect: "signs this browser out: that is the whole action",
  },
  {
    file: "app/account/actions.ts",
    exportName: "signOutOnEveryDevice",
    page: "/account",
    args: { kind: "none" },
    signedInEffect: "ends every session of the account: that is the whole action",
  },
  { file: "app/account/actions.ts", exportName: "deleteAccount", page: "/account", args: { kind: "state-and-form", fields: ["confirmEmail"] } },
];

/** Route files that take no input a person controls, with the reason; the coverage test accepts these. */
export const EXCLUDED_ROUTE_FILES: Readonly<Record<string, string>> = {};
