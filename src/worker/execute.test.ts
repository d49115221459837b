import { describe, expect, it } from "vitest";
import { toRunId, type WorkerToPage } from "../protocol";
import { executeRun } from "./execute";

/** Runs `code` through the worker's execution, collecting what it posts. */
function execute(code: string, clock: () => number = () => 0): WorkerToPage[] {
  const posted: WorkerToPage[] = [];
  const request = {
    type: "run" as const,
    runId: toRunId("33333333333333333333333333333333"),
    code,
    seed: 1,
    limits: {},
  };
  executeRun(request, (message) => posted.push(message), clock);
  return posted;
}

describe("executing a run in the worker", () => {
  it("keeps the learner's line numbers through type stripping", () => {
    const code = [
      "interface Point {",
      "  x: number;",
      "}",
      "const p: Point = { x: 1 };",
      "type Id = string;",
      "",
      "throw new Error(`at ${p.x}`);",
    ].join("\n");
    const done = execute(code).find((m) => m.type === "done");
    expect(done).toMatchObject({ summary: { error: { message: "at 1", line: 7 } } });
  });

  it("reports a syntax error after type annotations at its own line and column", () => {
    const code = "const a: number = 1;\nconst b: string = 'x';\nlet c = a +;\n";
    const error = execute(code).find((m) => m.type === "compile-error");
    expect(error).toMatchObject({ error: { line: 3, column: 12 } });
  });

  it("sends the compile step's sites before any trace", () => {
    const types = execute('import { sleep } from "gevent";\nyield* sleep(1);\n').map((m) => m.type);
    expect(types.indexOf("compiled")).toBeLessThan(types.indexOf("trace"));
    expect(types.at(-1)).toBe("done");
  });

  it("streams progress and trace batches while a long run goes on", () => {
    let now = 0;
    const code =
      'import { sleep } from "gevent";\nfor (let i = 0; i < 20000; i++) yield* sleep(0.001);\n';
    const posted = execute(code, () => (now += 100));
    const progress = posted.filter((m) => m.type === "progress");
    const batches = posted.filter((m) => m.type === "trace");
    expect(progress.length).toBeGreaterThan(1);
    expect(batches.length).toBeGreaterThan(1);
    const streamed = batches.reduce(
      (n, m) => n + (m.type === "trace" ? m.words.byteLength / 16 : 0),
      0,
    );
    expect(posted.at(-1)).toMatchObject({ type: "done", summary: { events: streamed } });
  });

  it("keeps stopping a CPU loop whose program catches the loop guard's error", () => {
    let now = 0;
    const code = [
      "let spins = 0;",
      "for (let round = 0; round < 1000; round++) {",
      "  try { while (true) spins++; } catch (e) { spins++; }",
      "}",
      'print("escaped the guard");',
    ].join("\n");
    const done = execute(code, () => (now += 100)).find((m) => m.type === "done");
    expect(done).toMatchObject({
      summary: { stdout: "", error: { name: "RunLimitError", line: 3 } },
    });
  });
});
