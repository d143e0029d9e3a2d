import { describe, expect, test } from "vitest";
import {
  DIFFERS_MAX,
  parseReportErrors,
  readerReportDedupeKey,
  readerReportFormSchema,
  reportFieldErrors,
  reportPagePath,
  reportSentPath,
  stepOnGuidePath,
} from "@/lib/reader-reports/report-form";

const valid = { guide: "linkedin-ai-training", step: "open-settings", differs: "The toggle is called Data for AI now", device: "ios" };

describe("readerReportFormSchema", () => {
  test("accepts a report; an empty region means not said; text is trimmed with line endings unified", () => {
    expect(readerReportFormSchema.parse({ ...valid, region: "  " })).toEqual(valid);
    const parsed = readerReportFormSchema.parse({ ...valid, differs: "  First line\r\nsecond line  ", region: " Germany " });
    expect(parsed.differs).toBe("First line\nsecond line");
    expect(parsed.region).toBe("Germany");
  });

  test("limits the length of what differs (5 to 1,000 characters after trimming) and of the region (80)", () => {
    expect(readerReportFormSchema.safeParse({ ...valid, differs: "x".repeat(DIFFERS_MAX) }).success).toBe(true);
    expect(readerReportFormSchema.safeParse({ ...valid, differs: "x".repeat(DIFFERS_MAX + 1) }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, differs: "          " }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, differs: " abcd " }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, region: "r".repeat(81) }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, region: "r".repeat(80) }).success).toBe(true);
  });

  test("refuses control characters and broken Unicode, and drops bidi overrides that would disguise the text", () => {
    expect(readerReportFormSchema.safeParse({ ...valid, differs: "nul \u0000 in the middle" }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, differs: "lone \uD800 surrogate" }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, region: "esc \u001b[31m" }).success).toBe(false);
    expect(readerReportFormSchema.parse({ ...valid, differs: "abc \u202Egnp.exe\u202C done" }).differs).toBe("abc gnp.exe done");
    // Emoji (surrogate pairs), accents and tabs are fine.
    expect(readerReportFormSchema.parse({ ...valid, differs: "Réglage absent 🤔\tici" }).differs).toBe("Réglage absent 🤔\tici");
  });

  test("refuses unknown devices, malformed guide or step ids, and missing fields, naming the fields", () => {
    const wrong = readerReportFormSchema.safeParse({ ...valid, device: "fax", differs: "", region: "x".repeat(200) });
    expect(wrong.success).toBe(false);
    expect(reportFieldErrors(wrong.error!)).toEqual(["differs", "device", "region"]);
    expect(readerReportFormSchema.safeParse({ ...valid, guide: "../etc" }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, step: "Open Settings" }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ guide: valid.guide, step: valid.step }).success).toBe(false);
    expect(readerReportFormSchema.safeParse({ ...valid, differs: ["a", "b"] }).success).toBe(false);
  });
});

test("error codes travel in the query; unknown ones are dropped and nothing typed is in a path", () => {
  const target = { guide: "linkedin-ai-training", step: "open-settings" };
  expect(reportPagePath(target)).toBe("/guides/linkedin-ai-training/report?step=open-settings");
  expect(reportPagePath(target, ["differs", "device"])).toBe("/guides/linkedin-ai-training/report?step=open-settings&error=differs%2Cdevice");
  expect(parseReportErrors("differs,device,<script>,differs")).toEqual(["differs", "device"]);
  expect(parseReportErrors(["differs"])).toEqual([]);
  expect(parseReportErrors("rate-limited")).toEqual(["rate-limited"]);
  expect(reportSentPath(target)).toBe("/guides/linkedin-ai-training/report/sent?step=open-settings");
  expect(stepOnGuidePath(target)).toBe("/guides/linkedin-ai-training#step-open-settings-title");
});

test("the review item key changes once an item is resolved, and is the same for concurrent reports", () => {
  const target = { guide: "linkedin-ai-training", step: "open-settings" };
  expect(readerReportDedupeKey(target, 0)).toBe("reader-report:linkedin-ai-training:open-settings:0");
  expect(readerReportDedupeKey(target, 1)).not.toBe(readerReportDedupeKey(target, 0));
  expect(readerReportDedupeKey({ guide: "a", step: "b-c" }, 0)).not.toBe(readerReportDedupeKey({ guide: "a-b", step: "c" }, 0));
});
