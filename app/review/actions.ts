"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { changeEntryRequestSchema, recordChangeEntryDrafted } from "@/server/review/change-entry";
import { currentEditor } from "@/server/review/editors";
import { setMyReviewAlerts } from "@/server/review/review-alerts";
import { markStillCorrect, stillCorrectSchema } from "@/server/review/still-correct";

// Every action answers 404 to anyone but an editor before reading its input: for them /review does not exist.
async function editorOr404(): Promise<void> {
  if (!(await currentEditor())) notFound();
}

const formOf = (value: unknown) => (value instanceof FormData ? value : undefined);

/** "Still correct": records a verification and resolves the items the editor saw. */
export async function markGuideStillCorrect(form: FormData): Promise<void> {
  await editorOr404();
  const data = formOf(form);
  const parsed = stillCorrectSchema.safeParse({ guide: data?.get("guide"), items: data?.getAll("item") });
  if (!parsed.success) redirect("/review?problem=invalid");
  let outcome: string;
  try {
    await markStillCorrect(parsed.data);
    outcome = `verified=${encodeURIComponent(parsed.data.guide)}`;
  } catch (error) {
    // Another editor got there first, or the guide left content: the queue shows what is true now.
    if (!(error instanceof AppError) || (error.code !== "conflict" && error.code !== "not-found")) throw error;
    outcome = "problem=stale";
  }
  redirect(`/review?${outcome}`);
}

/** "Needs a change entry": logs the request and opens the draft for the editor to copy. */
export async function requestChangeEntry(form: FormData): Promise<void> {
  await editorOr404();
  const data = formOf(form);
  const parsed = changeEntryRequestSchema.safeParse({ guide: data?.get("guide"), kind: data?.get("kind"), severity: data?.get("severity") });
  if (!parsed.success) redirect("/review?problem=invalid");
  try {
    await recordChangeEntryDrafted(parsed.data);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "not-found") throw error;
    redirect("/review?problem=stale");
  }
  const query = new URLSearchParams({ kind: parsed.data.kind, severity: parsed.data.severity });
  redirect(`/review/draft/${parsed.data.guide}?${query.toString()}`);
}

const alertsSchema = z.object({ alerts: z.enum(["on", "off"]) });

/** "Email me when something new is flagged", on or off. */
export async function changeReviewAlerts(form: FormData): Promise<void> {
  await editorOr404();
  const parsed = alertsSchema.safeParse({ alerts: formOf(form)?.get("alerts") });
  if (!parsed.success) redirect("/review?problem=invalid");
  await setMyReviewAlerts(parsed.data.alerts === "on");
  redirect(`/review?alerts=${parsed.data.alerts}`);
}
