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
  /**
   * Set when the route does not answer a hostile body with a 4xx, and why: an HTML form target
   * sends the browser on (303) to a page that names the problem; a one-click token route takes its
   * token from the query, ignores the body and answers every token alike. The fuzz then checks the
   * redirect's target (for forms) and, as for every route, that no table changed.
   */
  hostileBody?: { answer: "redirect"; refusedTo: RegExp; why: string } | { answer: "ignored"; why: string };
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

/** Made up: the token routes must answer one they never issued exactly like a used one. */
const MADE_UP_TOKEN = "made-up-token-0123456789abcdef";

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
  { file: "app/guides/search-index.json/route.ts", paths: ["/guides/search-index.json"], methods: ["GET"] },
  { file: "app/api/guides/route.ts", paths: ["/api/guides"], methods: ["GET"] },
  { file: "app/api/guides/[slug]/route.ts", paths: [`/api/guides/${GUIDE}`, "/api/guides/no-such-guide"], methods: ["GET"] },
  { file: "app/api/guides/[slug]/status/route.ts", paths: [`/api/guides/${GUIDE}/status`, "/api/guides/no-such-guide/status"], methods: ["GET"] },
  { file: "app/api/plan/route.ts", paths: ["/api/plan"], methods: ["GET", "PUT"], validBody: () => ({ platforms: [PLATFORM], region: "eea" }) },
  { file: "app/api/notifications/unread/route.ts", paths: ["/api/notifications/unread"], methods: ["GET"] },
  { file: "app/api/alerts/following/route.ts", paths: [`/api/alerts/following?guide=${GUIDE}`, "/api/alerts/following?guide=no-such-guide", "/api/alerts/following"], methods: ["GET"] },
  {
    file: "app/api/alerts/subscribe/route.ts",
    paths: ["/api/alerts/subscribe"],
    methods: ["POST"],
    validBody: () => ({ email: "fuzz-alerts@example.test", scope: "guide", scopeSlug: GUIDE, cadence: "weekly" }),
    hostileBody: { answer: "redirect", refusedTo: /^\/alerts\/subscribe\?.*\berror=/, why: "an HTML form: bad input sends the browser back to the form with the problem named" },
  },
  {
    file: "app/api/alerts/confirm/route.ts",
    paths: ["/api/alerts/confirm"],
    methods: ["POST"],
    validBody: () => ({ token: MADE_UP_TOKEN }),
    hostileBody: { answer: "redirect", refusedTo: /^\/alerts\/confirm\?status=invalid$/, why: "the confirm page's button: a bad token sends the browser back to the page saying so" },
  },
  {
    file: "app/api/alerts/unsubscribe/route.ts",
    paths: ["/api/alerts/unsubscribe", `/api/alerts/unsubscribe?token=${MADE_UP_TOKEN}`, `/api/alerts/unsubscribe?token=${MADE_UP_TOKEN}&via=page`],
    methods: ["GET", "POST"],
    hostileBody: { answer: "ignored", why: "RFC 8058 one-click: the token is in the query, and every token gets the same answer" },
  },
  {
    file: "app/api/reader-reports/route.ts",
    paths: ["/api/reader-reports"],
    methods: ["POST"],
    validBody: () => ({ guide: GUIDE, step: "sign-in", differs: "The menu is called Data privacy now", device: "web", region: "Germany" }),
    hostileBody: { answer: "redirect", refusedTo: /^\/guides\/[a-z0-9-]+\/report\?step=[a-z0-9-]+&error=/, why: "an HTML form: bad input sends the browser back to the step's report form with the problem named" },
  },
  { file: "app/api/reminders/ics/route.ts", paths: ["/api/reminders/ics?interval=6", "/api/reminders/ics"], methods: ["GET"] },
  {
    file: "app/api/reminders/stop/route.ts",
    paths: ["/api/reminders/stop", `/api/reminders/stop?token=${MADE_UP_TOKEN}`],
    methods: ["POST"],
    hostileBody: { answer: "ignored", why: "RFC 8058 one-click: the token is in the query, and every token gets the same answer" },
  },
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
  { file: "app/account/reminder-actions.ts", exportName: "saveReminder", page: "/account", args: { kind: "form", fields: ["interval"] } },
  { file: "app/alerts/actions.ts", exportName: "changeSubscriptionCadence", page: "/account", args: { kind: "form", fields: ["id", "cadence"] } },
  { file: "app/alerts/actions.ts", exportName: "removeSubscription", page: "/account", args: { kind: "form", fields: ["id"] } },
  { file: "app/notifications/actions.ts", exportName: "markNotificationRead", page: "/notifications", args: { kind: "form", fields: ["id"] } },
  { file: "app/notifications/actions.ts", exportName: "markAllNotificationsRead", page: "/notifications", args: { kind: "none" } },
  { file: "app/reminders/stop/actions.ts", exportName: "stopReminders", page: "/reminders/stop", args: { kind: "form", fields: ["token"] } },
  // Editors only: the fuzz's accounts are not editors, so each must answer 404 and change nothing.
  { file: "app/review/actions.ts", exportName: "markGuideStillCorrect", page: "/review", args: { kind: "form", fields: ["guide", "item"] } },
  { file: "app/review/actions.ts", exportName: "requestChangeEntry", page: "/review", args: { kind: "form", fields: ["guide", "kind", "severity"] } },
  { file: "app/review/actions.ts", exportName: "changeReviewAlerts", page: "/review", args: { kind: "form", fields: ["alerts"] } },
];

/** Route files that take no input a person controls, with the reason; the coverage test accepts these. */
export const EXCLUDED_ROUTE_FILES: Readonly<Record<string, string>> = {};
