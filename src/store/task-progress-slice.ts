/**
 * The task progress slice: which lesson tasks are done (task-progress.ts), remembered in the
 * browser. Thin: marking a task done stores the new progress.
 */
import type { AppSlice } from "./app-store";
import type { PreferenceStorage } from "./preferences";
import { storedProgress, storeProgress, withTaskDone, type TaskProgress } from "./task-progress";

export interface TaskProgressSlice {
  taskProgress: TaskProgress;
  markTaskDone(lessonId: string, taskId: string): void;
}

export function taskProgressSlice(storage: PreferenceStorage | null): AppSlice<TaskProgressSlice> {
  return (set, get) => ({
    taskProgress: storedProgress(storage),
    markTaskDone: (lessonId, taskId) => {
      const next = withTaskDone(get().taskProgress, lessonId, taskId);
      if (next === get().taskProgress) return;
      set({ taskProgress: next });
      storeProgress(storage, next);
    },
  });
}
