import { z } from "zod";
import { GUIDE_SLUG_PATTERN, STEP_ID_PATTERN } from "@/lib/content/content-constants";

/**
 * `content/published-steps.json`: every step id ever published, per guide, with the day it was
 * first published. People's progress is keyed by step id, so an id in this registry is never
 * removed or reused; it only leaves its guide through a change entry that retires it. The dates
 * let "needs attention" tell which steps were added after someone completed a guide.
 */
export const publishedStepsSchema = z.record(
  z.string().regex(GUIDE_SLUG_PATTERN, "must be a guide slug"),
  z.record(z.string().regex(STEP_ID_PATTERN, "must be a kebab-case step id"), z.iso.date({ error: "must be a date written as YYYY-MM-DD" })),
);

export type PublishedSteps = z.infer<typeof publishedStepsSchema>;

export type GuideStepIds = { slug: string; steps: readonly { id: string }[] };

/**
 * Adds every step id not yet in the registry with `today` as its publication day. Never removes or
 * re-dates anything; new guides and ids go after the existing ones, in guide order.
 */
export function recordNewSteps(registry: PublishedSteps, guides: readonly GuideStepIds[], today: string): { registry: PublishedSteps; added: { guide: string; step: string }[] } {
  const next: PublishedSteps = Object.fromEntries(Object.entries(registry).map(([guide, steps]) => [guide, { ...steps }]));
  const added: { guide: string; step: string }[] = [];
  for (const guide of guides) {
    const steps = (next[guide.slug] ??= {});
    for (const { id } of guide.steps) {
      if (steps[id] !== undefined) continue;
      steps[id] = today;
      added.push({ guide: guide.slug, step: id });
    }
  }
  return { registry: next, added };
}

export function formatPublishedSteps(registry: PublishedSteps): string {
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/**
 * The line of an object key path such as ["linkedin-ai-training", "sign-in"] in JSON text, so
 * registry issues can say `file:line`. Falls back to the deepest key found, then to line 1.
 */
export function jsonKeyLine(text: string, keyPath: readonly string[]): number {
  const path: string[] = [];
  let depth = 0;
  let line = 1;
  let best = 1;
  let matched = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === "\n") line += 1;
    else if (char === "{") depth += 1;
    else if (char === "}") depth -= 1;
    else if (char === '"') {
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const value = text.slice(at + 1, end);
      at = end;
      const isKey = /^\s*:/.test(text.slice(end + 1, end + 40));
      if (!isKey || depth < 1) continue;
      path.length = depth - 1;
      path[depth - 1] = value;
      const prefix = path.length <= keyPath.length && path.every((key, index) => key === keyPath[index]);
      if (prefix && path.length > matched) {
        matched = path.length;
        best = line;
        if (matched === keyPath.length) return best;
      }
    }
  }
  return best;
}
