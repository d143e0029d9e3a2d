import { describe, expect, test } from "vitest";
import { mailboxKey, normalizeEmailAddress } from "@/lib/email/address";

describe("normalizeEmailAddress", () => {
  test("trims and lower-cases one plain address", () => {
    expect(normalizeEmailAddress("  Ada.Lovelace+Alerts@Example.ORG ")).toBe("ada.lovelace+alerts@example.org");
  });

  test.each([
    ["two recipients with a comma", "victim@example.org,attacker@evil.example"],
    ["a comma in the domain", "victim@example.org,evil.example"],
    ["a quoted local part that hides another address", '"attacker@evil.example"@example.org'],
    ["a CRLF header injection", "victim@example.org\r\nBcc: attacker@evil.example"],
    ["a bare newline", "victim@example.org\nx"],
    ["a display name", "Victim <victim@example.org>"],
    ["two @", "a@b@example.org"],
    ["a full-width @ that NFKC turns into a second @", "a@b＠example.org"],
    ["a space inside", "vic tim@example.org"],
    ["a semicolon list", "a@example.org;b@example.org"],
    ["no domain dot", "a@localhost"],
    ["a leading dot", ".a@example.org"],
    ["a comment", "a(comment)@example.org"],
    ["empty", ""],
    ["too long", `${"a".repeat(250)}@example.org`],
  ])("refuses %s", (_why, input) => {
    expect(normalizeEmailAddress(input)).toBeUndefined();
  });

  test("refuses anything that is not a string", () => {
    expect(normalizeEmailAddress(undefined)).toBeUndefined();
    expect(normalizeEmailAddress(["a@example.org"])).toBeUndefined();
  });

  test("folds full-width letters (NFKC) before checking", () => {
    expect(normalizeEmailAddress("ａda@example.org")).toBe("ada@example.org");
  });
});

describe("mailboxKey", () => {
  test("counts plus-tagged addresses and case variants as one mailbox", () => {
    expect(mailboxKey("Name+tag@Example.org")).toBe("name@example.org");
    expect(mailboxKey("name+a+b@example.org")).toBe("name@example.org");
    expect(mailboxKey("name@example.org")).toBe("name@example.org");
  });

  test("keeps different mailboxes apart", () => {
    expect(mailboxKey("name@example.org")).not.toBe(mailboxKey("name@example.net"));
    expect(mailboxKey("other@example.org")).not.toBe(mailboxKey("name@example.org"));
  });

  test("an address that starts with + keeps its local part", () => {
    expect(mailboxKey("+tag@example.org")).toBe("+tag@example.org");
  });
});
