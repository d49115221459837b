import { describe, expect, it } from "vitest";
import type { RunOutcome } from "../client/runner";
import { MAX_CHECKED_EVENTS, exerciseResultOf } from "./exercise-result";
import { LESSONS } from "./lesson-catalog";

const lesson = LESSONS.find((l) => l.id === "event")!;

describe("exerciseResultOf", () => {
  it("does not decode a runaway trace for the checks: its schedule checks report no trace", () => {
    const words = new Uint32Array(4 * (MAX_CHECKED_EVENTS + 1));
    // Never decoded, so its version and contents do not matter.
    const trace = { version: 0, words, strings: [""], sites: [] };
    const summary = { stdout: "", stderr: "", elapsed: 2, events: words.length / 4, error: null };
    const outcome = { kind: "done", summary, trace } as unknown as RunOutcome;
    const result = exerciseResultOf(lesson, outcome, [], "");
    const change = lesson.exercise!.tasks.find((task) => task.kind === "change")!;
    expect(result?.changes[change.id]).toContainEqual({ kind: "no-trace" });
    const predict = lesson.exercise!.tasks.find((task) => task.kind === "predict")!;
    expect(result?.answers[predict.id]).toBeNull();
  });

  it("checks a compile error against every change task, and answers no prediction", () => {
    const error = { name: "SyntaxError", message: "Unexpected token", line: 1, column: 1 };
    const outcome = { kind: "compile-error", error } as unknown as RunOutcome;
    const result = exerciseResultOf(lesson, outcome, [], "");
    expect(Object.values(result?.changes ?? {}).every((failures) => failures.length > 0)).toBe(
      true,
    );
    expect(Object.values(result?.answers ?? {})).toEqual([null]);
  });
});
