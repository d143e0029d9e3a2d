import { describe, expect, it } from "vitest";
import { sanitizeProgressState } from "@/lib/progress/progress-guards";
import { progressStateSchema } from "@/lib/progress/progress-schema";

const good = { done: true, at: "2026-11-29T10:15:30.123Z" };

describe("sanitizeProgressState", () => {
  it("keeps a valid state as it is", () => {
    const state = { "linkedin-ai-training": { "sign-in": good, "open-settings": { done: false, at: "2026-11-29T10:15:31+01:00" } } };
    expect(sanitizeProgressState(state)).toEqual(state);
  });

  it("drops only the invalid entries", () => {
    const state = {
      "linkedin-ai-training": { "sign-in": good, "Bad Id": good, "open-settings": { done: "yes", at: good.at }, "x-y": { done: true, at: "yesterday" } },
      "NOT A SLUG": { a: good },
      other: "nope",
      __proto__: { polluted: good },
    };
    expect(sanitizeProgressState(state)).toEqual({ "linkedin-ai-training": { "sign-in": good } });
  });

  it.each([null, 42, "text", [], [good]])("turns %j into an empty state", (value) => {
    expect(sanitizeProgressState(value)).toEqual({});
  });

  it("never keeps anything the server's zod schema would refuse", () => {
    const candidates: unknown[] = [
      "2026-11-29T10:15:30Z",
      "2026-11-29T10:15Z",
      "2026-11-29T10:15:30.5+05:30",
      "2026-02-30T10:15:30Z",
      "2026-11-29 10:15:30Z",
      "2026-11-29T24:00:00Z",
      "2026-11-29T10:15:30",
      "2026-11-29T10:15:30+0530",
      "",
      1732875330000,
    ];
    for (const at of candidates) {
      for (const done of [true, false, "true", 1]) {
        const state = { g: { s: { done, at } } };
        const kept = sanitizeProgressState(state);
        if (Object.keys(kept).length > 0) expect(progressStateSchema.safeParse(kept).success, JSON.stringify(state)).toBe(true);
      }
    }
  });
});
