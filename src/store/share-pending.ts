/**
 * A shared program waiting in this tab: opening a share link moves the program from the URL into
 * the tab's session storage (and the URL back to the lesson's own address), so a reload shows the
 * same shared program until the learner edits it, leaves it or opens another lesson. Pure but
 * for the storage passed in.
 */
import type { ProgramStorage } from "./persistence";
import type { SharedProgram } from "./share-link";

export const PENDING_SHARE_KEY = "greenlet-playground:pending-share:v1";

export function readPendingShare(session: ProgramStorage | null): SharedProgram | null {
  try {
    const value: unknown = JSON.parse(session?.getItem(PENDING_SHARE_KEY) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { lessonId, code } = value as Record<string, unknown>;
    if (typeof code !== "string" || (lessonId !== null && typeof lessonId !== "string")) {
      return null;
    }
    return { lessonId, code };
  } catch {
    return null;
  }
}

export function writePendingShare(session: ProgramStorage | null, program: SharedProgram | null) {
  try {
    if (program) session?.setItem(PENDING_SHARE_KEY, JSON.stringify(program));
    else session?.removeItem(PENDING_SHARE_KEY);
  } catch {
    // Without session storage a reload shows the learner's own program: nothing of theirs lost.
  }
}
