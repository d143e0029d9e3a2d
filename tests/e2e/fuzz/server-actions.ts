import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * How Next 16 invokes a server action over HTTP, so tests can call one the way the browser does
 * (or the way an attacker would): POST to a page that uses it, with the action's id in the
 * Next-Action header and its arguments encoded as React's `encodeReply` does. Plain values are a
 * JSON text body; arguments holding FormData become multipart, the FormData fields prefixed
 * `_<part>_` and the arguments' JSON in the field named "0".
 */

const manifestSchema = z.object({
  node: z.record(z.string(), z.object({ filename: z.string().optional(), exportedName: z.string().optional() })),
});

/** Action ids by "file#exportName", read from the build's server-reference manifest. */
export function serverActionIds(): Map<string, string> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")));
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const file = entry.filename.replace(/\\/g, "/").replace(/^.*?\/?(?=(app|components|server|lib)\/)/, "");
    ids.set(`${file}#${entry.exportedName}`, id);
  }
  return ids;
}

/** A FormData argument, written as its fields so hostile values (lone surrogates, huge strings) survive. */
export class FormArgument {
  constructor(readonly fields: readonly (readonly [string, string])[]) {}
}

/** React Flight reply encoding of one plain value: strings starting with "$" are escaped, undefined is a marker. */
function flightJson(value: unknown, formPart: (form: FormArgument) => string): string {
  return JSON.stringify(value, function replace(this: unknown, _key, item: unknown) {
    if (item instanceof FormArgument) return formPart(item);
    if (item === undefined) return "$undefined";
    if (typeof item === "string" && item.startsWith("$")) return `$${item}`;
    if (typeof item === "number" && !Number.isFinite(item)) return Number.isNaN(item) ? "$NaN" : item > 0 ? "$Infinity" : "$-Infinity";
    return item;
  });
}

export type EncodedAction = { body: Buffer; contentType: string };

export function encodeActionArguments(args: readonly unknown[]): EncodedAction {
  const forms: FormArgument[] = [];
  const json = flightJson(args, (form) => {
    forms.push(form);
    return `$K${forms.length.toString(16)}`;
  });
  if (forms.length === 0) return { body: Buffer.from(json, "utf8"), contentType: "text/plain;charset=UTF-8" };
  const boundary = `----offswitch-fuzz-${randomBytes(12).toString("hex")}`;
  const parts: string[] = [];
  forms.forEach((form, index) => {
    for (const [name, value] of form.fields) parts.push(part(boundary, `_${(index + 1).toString(16)}_${name}`, value));
  });
  parts.push(part(boundary, "0", json));
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

function part(boundary: string, name: string, value: string): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n${value}\r\n`;
}

/** Headers the browser sends with a server action call. */
export function actionHeaders(actionId: string, encoded: EncodedAction): Record<string, string> {
  return { "Next-Action": actionId, "Content-Type": encoded.contentType, Accept: "text/x-component" };
}
