import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** House rules whose messages say why; see ../shared/ARCHITECTURE.md, "House style". */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "next-env.d.ts", "tests/fixtures/**", "test-results/**", "playwright-report/**", "*.tmp.mjs"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*", "../../*"], message: "Use the @/ alias instead of climbing directories: paths stay valid when files move." },
          ],
        },
      ],
    },
  },
  {
    // The client and pure layers must never reach the database or server-only modules.
    files: ["lib/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server/*", "@/server/**"], message: "lib/ and components/ stay free of I/O: pass data in from a route or a server module." },
            { group: ["@prisma/*", "@/prisma/*", "pg"], message: "Only server/ talks to the database, so authorization lives in one layer." },
            { group: ["../*", "../../*"], message: "Use the @/ alias instead of climbing directories." },
          ],
        },
      ],
    },
  },
  {
    // Routes stay thin: they call server/ rather than the database.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "pg", "@/server/db", "@/server/db/*"], message: "Routes call a function in server/; only server/ data modules touch the database (authorization lives there)." },
            { group: ["../*", "../../*"], message: "Use the @/ alias instead of climbing directories." },
          ],
        },
      ],
    },
  },
];

export default config;
