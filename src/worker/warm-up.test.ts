import { describe, expect, it } from "vitest";
import type { WorkerToPage } from "../protocol";
import { executeRun } from "./execute";
import { WARM_UP_PROGRAM, warmUp } from "./warm-up";

const request = (code: string) => ({
  type: "run" as const,
  runId: "r" as never,
  code,
  seed: 1,
  limits: {},
});

function run(code: string): WorkerToPage[] {
  const messages: WorkerToPage[] = [];
  executeRun(
    request(code),
    (m) => messages.push(m),
    () => performance.now(),
  );
  return messages;
}

describe("a spare runner's warm-up", () => {
  it("runs its program to the end without an error, in every mode it warms", () => {
    expect(warmUp(() => performance.now())).toBe(true);
    const done = run(WARM_UP_PROGRAM).find((m) => m.type === "done");
    expect(done?.type === "done" && done.summary.error).toBe(null);
    // It goes through the paths it names: the queue, the lock, the pool and the AsyncResult.
    expect(done?.type === "done" && done.summary.stdout).toMatch(/^a job 0 /m);
    expect(done?.type === "done" && done.summary.stdout).toMatch(/^squares 14 true$/m);
  });

  it("leaves nothing behind: the next run's trace is the same as in a runner that did not warm up", () => {
    const program =
      'import { spawn, sleep } from "gevent";\nspawn(function* () { yield* sleep(1); print("a"); });\nyield* sleep(2);\nprint("b");';
    const cold = run(program);
    warmUp(() => performance.now());
    const warm = run(program);
    const words = (ms: WorkerToPage[]) =>
      ms.flatMap((m) => (m.type === "trace" ? [...new Uint32Array(m.words)] : []));
    expect(words(warm)).toEqual(words(cold));
    expect(warm.find((m) => m.type === "done")).toEqual(cold.find((m) => m.type === "done"));
  });
});
