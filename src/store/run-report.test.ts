import { describe, expect, it } from "vitest";
import type { RunOutcome } from "../client/runner";
import { problemsOf, reportOf } from "./run-report";

const trace = { version: 1, words: new Uint32Array(0), strings: [""], sites: [] };
const summary = { stdout: "", stderr: "", elapsed: 2, events: 9, error: null, warnings: [] };

describe("the run report", () => {
  it("reports a watchdog stop with the greenlet, line and limit in seconds", () => {
    const outcome: RunOutcome = {
      kind: "stopped",
      by: "watchdog",
      stall: { limitMs: 2000, greenlet: "worker", line: 4 },
      trace,
    };
    expect(reportOf(outcome)).toEqual({
      kind: "stalled",
      seconds: 2,
      greenlet: "worker",
      line: 4,
      limitMs: 2000,
    });
    expect(problemsOf(outcome)).toEqual([{ line: 4, column: 1, message: null, severity: "error" }]);
  });

  it("turns warnings into warning marks and an uncaught error into an error mark", () => {
    const outcome: RunOutcome = {
      kind: "done",
      summary: {
        ...summary,
        error: { name: "ValueError", message: "bad", line: 6 },
        warnings: [{ message: "forgot yield*", line: 3, column: 1 }],
      },
      trace,
    };
    expect(problemsOf(outcome)).toEqual([
      { message: "forgot yield*", line: 3, column: 1, severity: "warning" },
      { message: "ValueError: bad", line: 6, column: 1, severity: "error" },
    ]);
  });

  it("marks nothing for a run the learner stopped", () => {
    const outcome: RunOutcome = { kind: "stopped", by: "user", trace };
    expect(reportOf(outcome)).toEqual({ kind: "stopped" });
    expect(problemsOf(outcome)).toEqual([]);
  });
});

describe("a run ended by a limit", () => {
  const ended = (name: string, message: string, line = 0): RunOutcome => ({
    kind: "done",
    summary: { ...summary, error: { name, message, line } },
    trace,
  });

  it("names the limit that ended it and keeps the runtime's message", () => {
    const cases: Array<[string, string, string, number]> = [
      [
        "RunLimitError",
        "virtual time limit reached: past 10 s — 超过虚拟时间上限 10 秒",
        "virtual-time",
        10,
      ],
      ["RunLimitError", "event limit reached: more than 9 — 超过事件数上限 9", "events", 9],
      [
        "RunLimitError",
        "a greenlet ran for over 1000 ms (a CPU loop at line 3) — …",
        "cpu-loop",
        1000,
      ],
      [
        "BlockedForeverError",
        "socket.accept() at line 6 would block forever — …",
        "blocked-forever",
        6,
      ],
    ];
    for (const [name, message, limit, amount] of cases) {
      expect(reportOf(ended(name, message, 3))).toEqual({
        kind: "limit",
        limit,
        message,
        line: 3,
        elapsed: 2,
        events: 9,
        amount,
        greenlet: null,
      });
    }
  });

  it("leaves the wording of the limit's mark to the UI", () => {
    const marks = problemsOf(ended("RunLimitError", "a greenlet ran for over 1 ms — …", 3));
    expect(marks).toEqual([{ line: 3, column: 1, message: null, severity: "error" }]);
  });

  it("reads who waits on what from a LoopExit, and leaves its mark's wording to the UI", () => {
    const message =
      "This operation would block forever\n\tmain waits on q.get() (line 4)\n\tg #2 waits on e.wait()";
    expect(reportOf(ended("LoopExit", message, 4))).toMatchObject({
      kind: "done",
      waits: [
        { greenlet: "main", on: "q.get()", line: 4 },
        { greenlet: "g #2", on: "e.wait()", line: 0 },
      ],
    });
    expect(problemsOf(ended("LoopExit", message, 4))).toEqual([
      { line: 4, column: 1, message: null, severity: "error" },
    ]);
  });

  it("treats a program's own exceptions as errors, not limits", () => {
    expect(reportOf(ended("ValueError", "event limit reached"))).toMatchObject({ kind: "done" });
  });
});
