import "server-only";
import { AppError } from "@/server/errors";
import { currentEditor, type Editor } from "@/server/review/editors";

/** Every review use case starts here: anyone but an editor meets "not found", as if /review did not exist. */
export async function requireEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) throw new AppError("not-found", "No such page.");
  return editor;
}
