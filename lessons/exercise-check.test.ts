import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExercise, failureMessage, stdoutLines, type ExerciseFailure } from "./exercise-check";

const run = (stdout: string, elapsed = 1, error: unknown = null) => ({ stdout, elapsed, error });

describe("checkExercise", () => {
  it("passes when the expected lines appear in order with other lines between", () => {
    const expect_ = { stdout: ["a", "c"] };
    expect(checkExercise(expect_, run("a\nb\nc\n"))).toEqual([]);
  });

  it("reports the first expected line missing after the ones before it", () => {
    expect(checkExercise({ stdout: ["c", "a"] }, run("a\nb\nc\n"))).toEqual([
      { kind: "missing-line", line: "a", index: 1 },
    ]);
  });

  it("needs one matching output line for each expected line, even when they repeat", () => {
    expect(checkExercise({ stdout: ["x", "x"] }, run("x\ny\n"))).toEqual([
      { kind: "missing-line", line: "x", index: 1 },
    ]);
    expect(checkExercise({ stdout: ["x", "x"] }, run("x\ny\nx\n"))).toEqual([]);
  });

  it("matches whole lines, not parts of lines", () => {
    expect(checkExercise({ stdout: ["task 1"] }, run("task 10\n"))).toHaveLength(1);
  });

  it("checks elapsed time against inclusive bounds", () => {
    const bounds = { elapsed: { min: 1, max: 2 } };
    expect(checkExercise(bounds, run("", 1))).toEqual([]);
    expect(checkExercise(bounds, run("", 2))).toEqual([]);
    expect(checkExercise(bounds, run("", 0.5))).toEqual([
      { kind: "too-fast", min: 1, elapsed: 0.5 },
    ]);
    expect(checkExercise(bounds, run("", 3))).toEqual([{ kind: "too-slow", max: 2, elapsed: 3 }]);
  });

  it("fails noError when the run reports an error, and only then", () => {
    const error = { name: "LoopExit", message: "This operation would block forever", line: 3 };
    expect(checkExercise({ noError: true }, run("", 0, error))).toEqual([{ kind: "error" }]);
    expect(checkExercise({ noError: true }, run("", 0, null))).toEqual([]);
  });

  it("reports every unmet expectation together", () => {
    const failures = checkExercise(
      { stdout: ["done"], elapsed: { max: 1 }, noError: true },
      run("", 2, { name: "Error" }),
    );
    expect(failures.map((f) => f.kind)).toEqual(["error", "missing-line", "too-slow"]);
  });

  it("passes any stdout against its own lines, and fails once a line is added that is not there", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "b", " ", "1") });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1 }), line, (lines, extra) => {
        const stdout = lines.join("\n") + "\n";
        expect(checkExercise({ stdout: lines }, run(stdout))).toEqual([]);
        const longer = [...lines, `${extra}!`];
        expect(checkExercise({ stdout: longer }, run(stdout))).toHaveLength(1);
      }),
    );
  });
});

describe("stdoutLines", () => {
  it("drops only the empty piece after the final newline", () => {
    expect(stdoutLines("a\n\nb\n")).toEqual(["a", "", "b"]);
    expect(stdoutLines("")).toEqual([]);
    expect(stdoutLines("no newline")).toEqual(["no newline"]);
  });
});

describe("failureMessage", () => {
  const failures: ExerciseFailure[] = [
    { kind: "missing-line", line: "done", index: 0 },
    { kind: "too-fast", min: 1, elapsed: 0.5 },
    { kind: "too-slow", max: 1, elapsed: 2 },
    { kind: "error" },
    { kind: "present-line", line: "done" },
    { kind: "not-at-time", line: "done", time: 1, times: [2] },
    { kind: "no-trace" },
    { kind: "section", enter: "^in ", peak: 2, max: 1 },
    { kind: "blocked-at-once", reason: "sleep", object: "q", peak: 0, min: 4 },
    { kind: "blocked", greenlet: "w", reason: "event_wait", object: "evt", count: 1, min: 5 },
    { kind: "woke", waker: "hub", woken: "main", object: "q", count: 0, min: 1 },
    { kind: "switches", from: "c", to: "main", count: 0, min: 1, max: 1 },
    { kind: "spawned", count: 4, min: 8 },
    { kind: "hub-held", count: 3, max: 0 },
    { kind: "preempted", count: 0, min: 1 },
    { kind: "preempted", count: 9, max: 2 },
    { kind: "objects", type: "local", count: 1, min: 2 },
  ];

  it("words every failure in both languages, with its numbers or line", () => {
    for (const failure of failures) {
      const en = failureMessage(failure, "en");
      const zh = failureMessage(failure, "zh-CN");
      expect(en).not.toEqual(zh);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      if (failure.kind === "missing-line")
        expect([en, zh].every((m) => m.includes("done"))).toBe(true);
      if (failure.kind === "too-slow") expect(en).toContain("2 s");
      if ("count" in failure)
        expect([en, zh].every((m) => m.includes(String(failure.count)))).toBe(true);
      if (failure.kind === "not-at-time") expect(en).toContain("at 2 s");
    }
  });
});
