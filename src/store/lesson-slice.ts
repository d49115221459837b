/**
 * The lesson slice: which lesson is open, and how the learner's last run did on its exercise.
 * Opening a lesson puts a program in the editor: by default the lesson's own, but the app may
 * supply another (`programFor`: the learner's saved edit of that lesson).
 */
import type { AppSlice } from "./app-store";
import type { ExerciseResult } from "./exercise-result";
import { lessonById, type Lesson, type LessonId } from "./lesson-catalog";
import { noRunResults } from "./run-slice";

export interface LessonSlice {
  lessonId: LessonId | null;
  /** An id asked for (by a link) that names no lesson; null once a lesson opens. */
  missingLessonId: string | null;
  /** The exercise check of the last run, for the lesson it ran in. */
  exerciseResult: ExerciseResult | null;
  /** Opens lesson `id`; opening the lesson already open changes nothing. */
  openLesson(id: string): void;
}

export interface LessonOptions {
  /** The program the editor opens `lesson` with. */
  programFor: (lesson: Lesson) => string;
}

export function lessonSlice({ programFor }: LessonOptions): AppSlice<LessonSlice> {
  return (set, get) => ({
    lessonId: null,
    missingLessonId: null,
    exerciseResult: null,
    openLesson: (id) => {
      const lesson = lessonById(id);
      if (!lesson) return set({ missingLessonId: id });
      if (lesson.id === get().lessonId) return set({ missingLessonId: null });
      // The output, report and marks were about the other lesson's program.
      if (get().status === "running") get().stop();
      set({
        lessonId: lesson.id,
        missingLessonId: null,
        exerciseResult: null,
        code: programFor(lesson),
        ...noRunResults(),
        trace: null,
      });
    },
  });
}
