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
