/**
 * Which tasks of which lessons the learner has done, remembered in the browser's storage: a
 * change task once a run passes it, a predict task once the learner's answer agreed with a run.
 * A lesson is done when all its tasks are. Storage may be missing or refuse; progress then lasts
 * for this visit. Pure but for the storage passed in.
 */
import type { PreferenceStorage } from "./preferences";

/** Done task ids, by lesson id. */
export type TaskProgress = Readonly<Record<string, readonly string[]>>;

export const TASK_PROGRESS_KEY = "greenlet-playground:task-progress:v1";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The progress stored earlier, keeping only well-formed entries. */
export function storedProgress(storage: PreferenceStorage | null): TaskProgress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(TASK_PROGRESS_KEY) ?? "{}");
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const progress: Record<string, string[]> = {};
  for (const [lesson, tasks] of Object.entries(parsed)) {
    if (!ID.test(lesson) || !Array.isArray(tasks)) continue;
    const ids = tasks.filter((task): task is string => typeof task === "string" && ID.test(task));
    if (ids.length > 0) progress[lesson] = [...new Set(ids)];
  }
  return progress;
}

/** The progress with `task` of `lesson` done (the same object when it already was). */
export function withTaskDone(progress: TaskProgress, lesson: string, task: string): TaskProgress {
  const done = progress[lesson] ?? [];
  if (done.includes(task)) return progress;
  return { ...progress, [lesson]: [...done, task] };
}

/** True when every one of `taskIds` is done (a lesson without tasks is never done). */
export function isLessonDone(progress: TaskProgress, lesson: string, taskIds: readonly string[]) {
  const done = progress[lesson] ?? [];
  return taskIds.length > 0 && taskIds.every((id) => done.includes(id));
}

/** Writes the progress; a refusing storage is ignored (progress then lasts for this visit). */
export function storeProgress(storage: PreferenceStorage | null, progress: TaskProgress): void {
  try {
    storage?.setItem(TASK_PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Private windows and full storage refuse writes; the progress stays in memory.
  }
}
