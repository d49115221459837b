/**
 * Checking a run against a change task's `expect` (lessons/README.md). Pure: the app calls it
 * with the learner's run, the lesson tests with the lesson's own programs, its shortcuts and its
 * solutions. Checks of the schedule read the run's decoded trace events; stdout, elapsed time
 * and errors come from the run's summary.
 */
import type { TraceEvent } from "../src/trace/decode";
import type { RunExpect } from "./format";
import { scheduleFailures } from "./schedule-checks";
import { runFacts } from "./run-facts";
import type { ExerciseFailure } from "./exercise-failure";

export type { ExerciseFailure } from "./exercise-failure";
export { failureMessage } from "./exercise-failure";

/** The parts of a run an exercise can look at. */
export interface CheckedRun {
  stdout: string;
  elapsed: number;
  /** Anything but null means the program failed to compile or main raised. */
  error: unknown;
  /** The run's decoded trace; checks of the schedule need it (absent: they fail). */
  events?: readonly TraceEvent[];
}

/** The lines of stdout, without the empty piece after the final newline. */
export function stdoutLines(stdout: string): string[] {
  const lines = stdout.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * The first expected line that is not found, in order, after the ones before it; null when they
 * all are. Other lines may come between: the check is for a subsequence of whole lines.
 */
function missingLine(expected: string[], actual: string[]): ExerciseFailure | null {
  let from = 0;
  for (let index = 0; index < expected.length; index++) {
    const at = actual.indexOf(expected[index], from);
    if (at < 0) return { kind: "missing-line", line: expected[index], index };
    from = at + 1;
  }
  return null;
}

const SCHEDULE_KEYS = [
  "printedAt",
  "atOnce",
  "blockedAtOnce",
  "blocked",
  "woke",
  "switches",
  "spawned",
  "hubHeld",
  "preempted",
  "objects",
] as const;

/** Every way `run` falls short of `expect`; an empty list means the task is done. */
export function checkExercise(expect: RunExpect, run: CheckedRun): ExerciseFailure[] {
  const failures: ExerciseFailure[] = [];
  if (expect.noError && run.error !== null) failures.push({ kind: "error" });
  const lines = stdoutLines(run.stdout);
  if (expect.stdout) {
    const missing = missingLine(expect.stdout, lines);
    if (missing) failures.push(missing);
  }
  for (const line of expect.absent ?? []) {
    if (lines.includes(line)) failures.push({ kind: "present-line", line });
  }
  const { min, max } = expect.elapsed ?? {};
  if (min !== undefined && run.elapsed < min) {
    failures.push({ kind: "too-fast", min, elapsed: run.elapsed });
  }
  if (max !== undefined && run.elapsed > max) {
    failures.push({ kind: "too-slow", max, elapsed: run.elapsed });
  }
  if (SCHEDULE_KEYS.some((key) => expect[key] !== undefined)) {
    if (run.events === undefined) failures.push({ kind: "no-trace" });
    else failures.push(...scheduleFailures(expect, runFacts(run.events)));
  }
  return failures;
}
