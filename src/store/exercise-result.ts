/**
 * After a run, the lesson's tasks are checked against the run: each change task's expectation
 * (lessons/exercise-check.ts) against what the trace says the program printed, how long it ran
 * and how it was scheduled, and each predict task's answer read from the same trace
 * (lessons/predictions.ts). A run that did not end on its own (stopped, stalled, crashed) is not
 * judged. Pure.
 */
import { checkExercise, type CheckedRun, type ExerciseFailure } from "../../lessons/exercise-check";
import { answerOf, type Answer } from "../../lessons/predictions";
import type { RunOutcome } from "../client/runner";
import { decodeTrace } from "../trace/decode";
import type { RunModel } from "../trace/model/run-model";
import type { PrintedLine } from "../trace/printed-lines";
import type { Lesson, LessonId } from "./lesson-catalog";
import { modelEvents } from "./lesson-run-events";

export interface ExerciseResult {
  /** The lesson whose exercise was checked: a result never outlives its lesson. */
  lessonId: LessonId;
  /** The failures of every change task together: empty when they are all done. */
  failures: ExerciseFailure[];
  /**
   * The run was of the lesson's own program, not yet changed: an exercise not done then is an
   * invitation to start, not a failure.
   */
  untouched: boolean;
  /** Each change task's failures, by task id (empty: done). */
  changes: Record<string, ExerciseFailure[]>;
  /** The answer the run gives to each predict task, by task id (null: the run cannot say). */
  answers: Record<string, Answer | null>;
}

/** stdout as the program wrote it, rebuilt from the trace's output lines. */
export function stdoutOf(lines: readonly PrintedLine[]): string {
  // One pass and no arrays in between: a run may have printed a quarter of a million lines.
  let stdout = "";
  for (const line of lines) if (line.stream === "stdout") stdout += `${line.text}\n`;
  return stdout;
}

/**
 * Past this many recorded events a run is not decoded for the checks (a lesson's run has a few
 * thousand; a runaway program can have millions): its schedule checks then report no trace.
 */
export const MAX_CHECKED_EVENTS = 500_000;

function resultOf(lesson: Lesson, run: CheckedRun, untouched: boolean): ExerciseResult {
  const changes: Record<string, ExerciseFailure[]> = {};
  const answers: Record<string, Answer | null> = {};
  for (const task of lesson.exercise?.tasks ?? []) {
    if (task.kind === "change") changes[task.id] = checkExercise(task.expect, run);
    else answers[task.id] = answerOf(task.question, run.events ?? [], lesson.moments);
  }
  const failures = Object.values(changes).flat();
  return { lessonId: lesson.id, failures, untouched, changes, answers };
}

/**
 * The exercise check of a run that ended. `model` is the run's model, which the checks read when
 * it holds the whole run (lesson-run-events.ts); without one, or when the trace was damaged,
 * they read the trace decoded.
 */
export function exerciseResultOf(
  lesson: Lesson | null,
  outcome: RunOutcome,
  printed: readonly PrintedLine[],
  code: string,
  model: RunModel | null = null,
): ExerciseResult | null {
  if (!lesson?.exercise) return null;
  const untouched = code.trim() === lesson.program.trim();
  if (outcome.kind === "compile-error") {
    const run = { stdout: "", elapsed: 0, error: outcome.error, events: [] };
    return resultOf(lesson, run, untouched);
  }
  if (outcome.kind !== "done") return null;
  const { elapsed, error } = outcome.summary;
  const recorded = outcome.trace.words.length / 4;
  // The model is read only when it holds every event the trace does.
  const whole =
    model !== null && model.finished && model.damage === null && model.eventCount === recorded;
  const events =
    recorded > MAX_CHECKED_EVENTS
      ? undefined
      : whole
        ? modelEvents(model)
        : decodeTrace(outcome.trace);
  return resultOf(lesson, { stdout: stdoutOf(printed), elapsed, error, events }, untouched);
}
