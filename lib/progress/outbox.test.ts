import { describe, expect, it } from "vitest";
import { marksNewerThanAccount, outboxMarks, refusedMarkIndices, retryDelayMs, withoutMarks } from "@/lib/progress/outbox";
import type { ProgressState } from "@/lib/progress/progress-schema";

const at = (second: number) => new Date(Date.UTC(2026, 10, 1, 12, 0, second)).toISOString();

describe("outbox", () => {
  const outbox: ProgressState = {
    g: { a: { done: true, at: at(3) }, b: { done: false, at: at(1) } },
    h: { x: { done: true, at: at(2) } },
  };

  it("lists marks oldest first", () => {
    expect(outboxMarks(outbox).map((mark) => `${mark.guide}/${mark.step}`)).toEqual(["g/b", "h/x", "g/a"]);
  });

  it("removes exactly the confirmed marks", () => {
    const sent = outboxMarks(outbox).slice(0, 2);
    expect(withoutMarks(outbox, sent)).toEqual({ g: { a: { done: true, at: at(3) } } });
  });

  it("keeps a step that was ticked again while its older mark was in flight", () => {
    const inFlight = outboxMarks(outbox);
    const retickedMeanwhile: ProgressState = { ...outbox, g: { ...outbox.g, a: { done: false, at: at(9) } } };
    expect(withoutMarks(retickedMeanwhile, inFlight)).toEqual({ g: { a: { done: false, at: at(9) } } });
  });

  it("reads the refused indices from a 400's details", () => {
    expect([...refusedMarkIndices(["marks.0.step: no step", "marks.12.at: in the future", "body: bad"])]).toEqual([0, 12]);
    expect(refusedMarkIndices(undefined).size).toBe(0);
  });

  it("backs off exponentially with jitter, capped at a minute", () => {
    expect(retryDelayMs(0, 1)).toBe(1000);
    expect(retryDelayMs(3, 1)).toBe(8000);
    expect(retryDelayMs(3, 0)).toBe(4000);
    expect(retryDelayMs(20, 1)).toBe(60_000);
  });
});

describe("marksNewerThanAccount", () => {
  it("finds ticks the account lacks or holds an older decision for, and nothing else", () => {
    const local = { g: { lost: { done: true, at: at(5) }, newer: { done: false, at: at(9) }, same: { done: true, at: at(3) }, older: { done: true, at: at(1) } } };
    const account = { g: { newer: { done: true, at: at(4) }, same: { done: true, at: at(3) }, older: { done: false, at: at(2) } } };
    expect(marksNewerThanAccount(local, account)).toEqual([
      { guide: "g", step: "lost", done: true, at: at(5) },
      { guide: "g", step: "newer", done: false, at: at(9) },
    ]);
    expect(marksNewerThanAccount(account, account)).toEqual([]);
  });
});
