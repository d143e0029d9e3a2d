import "server-only";
import { z } from "zod";
import { reportTargetSchema } from "@/lib/reader-reports/report-form";
import { getGuide } from "@/server/content/guides";

const pageInputSchema = z.object({ slug: z.string(), step: z.string() });

/**
 * The guide and step a report page is about, from its route and `?step=`, read from content (so
 * the form shows even while the database is down). Undefined for anything unknown or malformed.
 */
export async function stepToReport(params: Record<string, unknown>, searchParams: Record<string, unknown>) {
  const input = pageInputSchema.safeParse({ slug: params.slug, step: searchParams.step });
  if (!input.success) return undefined;
  const target = reportTargetSchema.safeParse({ guide: input.data.slug, step: input.data.step });
  if (!target.success) return undefined;
  const guide = await getGuide(target.data.guide);
  const position = guide?.steps.findIndex((step) => step.id === target.data.step) ?? -1;
  const step = guide?.steps[position];
  if (!guide || !step) return undefined;
  return { target: target.data, guide, step, position: position + 1 };
}
