/**
 * After a run, the lesson's exercise is checked against what the trace says the program printed
 * and how long it ran (lessons/exercise-check.ts does the checking). A run that did not end on
 * its own (stopped, stalled, crashed) is not judged. Pure.
 */
import { checkExercise, type ExerciseFailure } from "../../lessons/exercise-check";
import type { RunOutcome } from "../client/runner";
import type { PrintedLine } from "../trace/printed-lines";
import type { Lesson, LessonId } from "./lesson-catalog";

export interface ExerciseResult {
  /** The lesson whose exercise was checked: a result never outlives its lesson. */
  lessonId: LessonId;
  /** Empty when the exercise is done. */
  failures: ExerciseFailure[];
  /**
   * The run was of the lesson's own program, not yet changed: an exercise not done then is an
   * invitation to start, not a failure.
   */
  untouched: boolean;
}

/** stdout as the program wrote it, rebuilt from the trace's output lines. */
export function stdoutOf(lines: readonly PrintedLine[]): string {
  // One pass and no arrays in between: a run may have printed a quarter of a million lines.
  let stdout = "";
  for (const line of lines) if (line.stream === "stdout") stdout += `${line.text}\n`;
  return stdout;
}

export function exerciseResultOf(
  lesson: Lesson | null,
  outcome: RunOutcome,
  printed: readonly PrintedLine[],
  code: string,
): ExerciseResult | null {
  if (!lesson?.exercise) return null;
  const { expect } = lesson.exercise;
  const untouched = code.trim() === lesson.program.trim();
  if (outcome.kind === "compile-error") {
    const run = { stdout: "", elapsed: 0, error: outcome.error };
    return { lessonId: lesson.id, failures: checkExercise(expect, run), untouched };
  }
  if (outcome.kind !== "done") return null;
  const { elapsed, error } = outcome.summary;
  const run = { stdout: stdoutOf(printed), elapsed, error };
  return { lessonId: lesson.id, failures: checkExercise(expect, run), untouched };
}
