/**
 * Checking a run against an exercise's `expect` (lessons/README.md). Pure: the app calls it
 * with the summary of the learner's run, the lesson tests with the lesson's own programs.
 */
import type { ExerciseExpect, LessonLocale } from "./format";

/** The parts of a run an exercise can look at. */
export interface CheckedRun {
  stdout: string;
  elapsed: number;
  /** Anything but null means the program failed to compile or main raised. */
  error: unknown;
}

/** One reason the run does not satisfy the exercise, as data for the app to word. */
export type ExerciseFailure =
  | { kind: "missing-line"; line: string; index: number }
  | { kind: "too-fast"; min: number; elapsed: number }
  | { kind: "too-slow"; max: number; elapsed: number }
  | { kind: "error" };

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

/** Every way `run` falls short of `expect`; an empty list means the exercise is done. */
export function checkExercise(expect: ExerciseExpect, run: CheckedRun): ExerciseFailure[] {
  const failures: ExerciseFailure[] = [];
  if (expect.noError && run.error !== null) failures.push({ kind: "error" });
  if (expect.stdout) {
    const missing = missingLine(expect.stdout, stdoutLines(run.stdout));
    if (missing) failures.push(missing);
  }
  const { min, max } = expect.elapsed ?? {};
  if (min !== undefined && run.elapsed < min) {
    failures.push({ kind: "too-fast", min, elapsed: run.elapsed });
  }
  if (max !== undefined && run.elapsed > max) {
    failures.push({ kind: "too-slow", max, elapsed: run.elapsed });
  }
  return failures;
}

const seconds = (s: number) => String(Math.round(s * 1000) / 1000);

/** A failure in the learner's language. */
export function failureMessage(failure: ExerciseFailure, locale: LessonLocale): string {
  const zh = locale === "zh-CN";
  switch (failure.kind) {
    case "missing-line":
      return zh
        ? `输出中（按顺序）缺少这一行：${failure.line}`
        : `The output lacks this line (in order): ${failure.line}`;
    case "too-fast":
      return zh
        ? `运行只用了 ${seconds(failure.elapsed)} 秒，至少应为 ${seconds(failure.min)} 秒`
        : `The run took ${seconds(failure.elapsed)} s; it should take at least ${seconds(failure.min)} s`;
    case "too-slow":
      return zh
        ? `运行用了 ${seconds(failure.elapsed)} 秒，最多应为 ${seconds(failure.max)} 秒`
        : `The run took ${seconds(failure.elapsed)} s; it should take at most ${seconds(failure.max)} s`;
    case "error":
      return zh ? "程序以错误结束" : "The program ended with an error";
  }
}
