import fc from "fast-check";

/** Code units that break naive text handling: lone surrogates, bidi overrides, invisible and odd characters. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const trickyUnit = fc.constantFrom(
  "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u0000", "\u001B", "\u0085", "\u2028", "\u2029",
  "e\u0301", "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}", "\u{1D54F}", "İ", "ß", "ﬀ", "\uFFFF", "\uFFFD", "\\", "\"", "'", "`", "\r\n",
);

/**
 * Strings that probe for injection, prototype pollution, React Flight references and open redirects.
 * The address-like ones are all invalid: a valid address (even "FUZZ@EXAMPLE.TEST ") rightly gets a
 * sign-in link, and that write would fail the fuzz's "database unchanged" check by chance.
 */
const probeString = fc.constantFrom(
  "<script>alert(1)</script>", "' OR '1'='1", "\"; DROP TABLE \"User\"; --", "../../../etc/passwd", "%00", "%zz", "${7*7}", "{{7*7}}",
  "$K1", "$@0", "$Q1", "$F0", "$h0", "$undefined", "$D2026-01-01T00:00:00.000Z", "__proto__", "constructor", "prototype",
  "javascript:alert(1)", "//evil.example", "https://evil.example/", "\r\nSet-Cookie: x=1", "null", "NaN", "-0", "1e309",
  "9".repeat(400), "a@b", "fuzz@example.test\u202Emoc.live", " FUZZ@@EXAMPLE.TEST ", "@", "a@", "@b", "x".repeat(255) + "@example.test",
);

const HUGE_LENGTHS = [1_000, 70_000, 300_000];

/** Any string a person (or a script) could send: random, odd Unicode, probes, and the occasional huge one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, trickyUnit), maxLength: 24 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: probeString, weight: 4 },
  { arbitrary: fc.constantFrom(...HUGE_LENGTHS).map((length) => "\u{1D54F}A".repeat(length / 3)), weight: 1 },
);

/** Keys aimed at prototype pollution and at the names our schemas expect. */
const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "", "marks", "guide", "step", "done", "at", "email", "userId", "id"),
  fc.string({ unit: fc.oneof(loneSurrogate, trickyUnit, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 8 }),
);

const hostilePrimitive = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, -1),
  hostileString,
);

/** JSON-shaped values: wrong types, nesting, pollution keys, arrays of anything. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostilePrimitive, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 6 }),
  object: fc.dictionary(hostileKey, tie("value"), { maxKeys: 5 }),
})).value;

/** Bodies that are not JSON at all, or JSON built to hurt a parser: deep nesting, huge arrays. */
export const hostileRawBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom("", "{", "{\"marks\":", "[1,]", "{'a':1}", "NaN", "undefined", "\u0000", "{\"a\":1}}", "\"unterminated", "{\"__proto__\":{\"polluted\":true}}", "0", "true"),
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc.integer({ min: 1_000, max: 60_000 }).map((depth) => "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
  fc.integer({ min: 1_000, max: 50_000 }).map((length) => JSON.stringify({ marks: Array.from({ length }, (_, index) => index) })),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  hostileValue.map((value) => JSON.stringify(value) ?? "null"),
  fc.constant(`{"marks":[],"pad":"${"x".repeat(300 * 1024)}"}`),
);

export const hostileContentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "application/xml",
  "application/JSON",
  "*/*",
  "",
);

/** Query strings: random pairs (encoded) and hand-made odd ones (left raw on purpose). */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(hostileKey, hostileString.filter((value) => value.length < 2_000)), { maxLength: 4 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
    const query = params.toString();
    return query ? `?${query}` : "";
  }),
  fc.constantFrom(
    "?%", "?%zz", "?a=%E0%A4%A", "?a[]=1&a[]=2", "?__proto__[polluted]=1", "?constructor[prototype][polluted]=1", `?${"a=1&".repeat(1_500)}`,
    "?&&&==", "?callbackUrl=//evil.example", "?callbackUrl=https://evil.example/", "?token=x&email=%00", "?error=<script>", "?%F0%9F%98", "?email=a@b.c&token=",
  ),
);

/** Replaces one node of a valid body with something of a different kind (or a hostile string), so the result is invalid. */
export function mutateBody(valid: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...at, index]));
    else if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  };
  walk(valid, []);
  const target = paths[pick % paths.length] ?? [];
  const kindOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);
  const original = target.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
  // A same-kind replacement could happen to be valid (done: true -> false); strings are the exception, as
  // hostile strings are never a real guide, step or timestamp.
  const value = kindOf(replacement) !== kindOf(original) || typeof original === "string" ? replacement : { unexpected: replacement };
  if (target.length === 0) return value;
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  const parent = target.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  parent[target[target.length - 1] as string | number] = value;
  return copy;
}
