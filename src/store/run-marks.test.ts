/**
 * The editor's marks for real runs (the in-process runner: the worker's compile and runtime):
 * every kind of failure marks the learner's own line and says what happened there.
 */
import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { problemsOf, reportOf } from "./run-report";

const marksOf = async (code: string) =>
  problemsOf(await new InProcessRunner().run({ code, seed: 1, limits: {} }));

describe("the editor's marks after a run", () => {
  it("mark the line a spawned greenlet threw at, naming the greenlet as gevent reports it", async () => {
    const marks = await marksOf(
      'import { spawn, joinall } from "gevent";\n' +
        "function* bad(n: number) {\n" +
        '  throw new Error("boom " + n);\n' +
        "}\n" +
        "const g = spawn(bad, 1);\n" +
        'g.name = "worker";\n' +
        "yield* joinall([g]);\n",
    );
    expect(marks).toEqual([
      {
        line: 3,
        column: 1,
        message: 'Error: boom 1\n<Greenlet "worker": bad(1)> failed with Error',
        severity: "error",
      },
    ]);
  });

  it("mark a failure gevent reports even when the program catches it later", async () => {
    const marks = await marksOf(
      'import { spawn } from "gevent";\n' +
        'function* bad() { throw new Error("caught"); }\n' +
        "const g = spawn(bad);\n" +
        "try { yield* g.get(); } catch { print('handled'); }\n",
    );
    expect(marks).toEqual([expect.objectContaining({ line: 2, severity: "error" })]);
    expect(marks[0].message).toBe("Error: caught\n<Greenlet: bad> failed with Error");
  });

  it("mark main's line for LoopExit, the report saying who waits on what", async () => {
    const code =
      'import { spawn, sleep } from "gevent";\n' +
      'import { Event } from "gevent/event";\n' +
      'import { Queue } from "gevent/queue";\n' +
      "const evt = new Event();\n" +
      "const q = new Queue<number>();\n" +
      "function* waiter() { yield* evt.wait(); }\n" +
      "const w = spawn(waiter);\n" +
      "yield* sleep(0);\n" +
      "const item = yield* q.get();\n";
    const outcome = await new InProcessRunner().run({ code, seed: 1, limits: {} });
    const marks = problemsOf(outcome);
    expect(marks).toHaveLength(1);
    // The mark says what the run's report says, in the learner's language (report-text.ts).
    expect(marks[0]).toMatchObject({ line: 9, severity: "error", message: null });
    const report = reportOf(outcome);
    expect(report.kind === "done" && report.waits).toEqual([
      { greenlet: "main", on: "q.get()", line: 9 },
      { greenlet: expect.stringContaining("w"), on: "evt.wait()", line: 6 },
    ]);
  });

  it("warn at an operation that is never yield*-ed, at its line and column", async () => {
    const marks = await marksOf('import { sleep } from "gevent";\nprint("a");\n  sleep(1);\n');
    expect(marks).toEqual([expect.objectContaining({ line: 3, column: 3, severity: "warning" })]);
    expect(marks[0].message).toContain("forget `yield*`");
  });
});
