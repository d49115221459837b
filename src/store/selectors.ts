/**
 * Module-level selectors: the one way components read derived state, so the same question
 * ("which lesson is open?", "is a run going?") is answered the same way everywhere.
 */
import type { AppState } from "./app-store";
import { lessonById, type Lesson } from "./lesson-catalog";

export const selectLesson = (state: AppState): Lesson | null => lessonById(state.lessonId);

export const selectIsRunning = (state: AppState): boolean => state.status === "running";

/** The last exercise check, when it was for the lesson open now. */
export const selectExerciseResult = (state: AppState) =>
  state.exerciseResult?.lessonId === state.lessonId ? state.exerciseResult : null;
