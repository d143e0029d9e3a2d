import { describe, expect, test } from "vitest";
import { isEditorRole, parseEditorCommand } from "@/lib/review/editor-role";

describe("parseEditorCommand", () => {
  test("one address, normalised as sign-in stores it", () => {
    expect(parseEditorCommand("grant", ["  Ada@Example.ORG "])).toEqual({ email: "ada@example.org" });
  });
  test("no address, two, or a bad one: the usage line", () => {
    expect(parseEditorCommand("grant", [])).toEqual({ error: expect.stringContaining("usage: npm run editor:grant -- <email>") });
    expect(parseEditorCommand("revoke", ["a@example.org", "b@example.org"])).toEqual({ error: expect.stringContaining("usage: npm run editor:revoke -- <email>") });
    const bad = parseEditorCommand("grant", ["a@b@example.org"]);
    expect(bad).toEqual({ error: expect.stringContaining('"a@b@example.org" is not an email address') });
    expect(parseEditorCommand("grant", ["ada@example.org,eve@example.org"])).toHaveProperty("error");
  });
});

describe("isEditorRole", () => {
  test("only the exact stored value", () => {
    expect(isEditorRole("editor")).toBe(true);
    for (const role of ["reader", "Editor", "", null, undefined, ["editor"]]) expect(isEditorRole(role)).toBe(false);
  });
});
