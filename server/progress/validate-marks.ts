import "server-only";
import type { ProgressMark } from "@/lib/progress/progress-api";
import { markTimeProblem } from "@/lib/progress/mark-bounds";
import { AppError } from "@/server/errors";
import { knownSteps } from "@/server/progress/known-steps";

/** Refuses the whole batch when any mark names a guide or step that does not exist or a bad time. */
export async function assertMarksAreKnown(marks: readonly ProgressMark[], now = Date.now()): Promise<void> {
  const stepsByGuide = await knownSteps();
  const problems: string[] = [];
  marks.forEach((mark, index) => {
    const steps = stepsByGuide.get(mark.guide);
    if (!steps) problems.push(`marks.${index}.guide: no guide "${mark.guide}"`);
    else if (!steps.has(mark.step)) problems.push(`marks.${index}.step: guide "${mark.guide}" has no step "${mark.step}"`);
    const timeProblem = markTimeProblem(mark.at, now);
    if (timeProblem) problems.push(`marks.${index}.at: ${timeProblem}`);
  });
  if (problems.length > 0) throw new AppError("invalid-input", "Some marks were refused; nothing was saved.", { details: problems.slice(0, 20) });
}
