import { describe, expect, it } from "vitest";
import { checkExercise } from "./exercise-check";
import { runSource } from "./test-run";

const lines = (...source: string[]) => source.join("\n");

const SEMAPHORE = lines(
  'import { joinall, sleep, spawn } from "gevent";',
  'import { Semaphore } from "gevent/lock";',
  "const sem = new Semaphore(2);",
  "function* worker(n: number) {",
  "  yield* sem.acquire();",
  "  print(`in ${n}`);",
  "  yield* sleep(1);",
  "  print(`out ${n}`);",
  "  sem.release();",
  "}",
  'print("go");',
  "yield* joinall([spawn(worker, 0), spawn(worker, 1), spawn(worker, 2)]);",
  'print("done");',
);
const semaphore = runSource(SEMAPHORE);

const RAW = lines(
  'import { greenlet } from "greenlet";',
  "function* a() { yield* b.switch(); yield* b.switch(); }",
  "function* bf() { yield* g.switch(); }",
  "const g = greenlet(a);",
  "const b = greenlet(bf);",
  "yield* g.switch();",
);

describe("checks of the schedule", () => {
  it("find a line printed at a virtual time, by a given greenlet", () => {
    expect(semaphore.error).toBeNull();
    const at = (line: string, time: number, by?: string) =>
      checkExercise({ printedAt: [{ line, time, by }] }, semaphore);
    expect(at("in 2", 1)).toEqual([]);
    expect(at("in 2", 1, "worker")).toEqual([]);
    expect(at("in 2", 1, "main")).toEqual([
      { kind: "not-at-time", line: "in 2", time: 1, times: [] },
    ]);
    expect(at("in 2", 0)).toEqual([{ kind: "not-at-time", line: "in 2", time: 0, times: [1] }]);
  });

  it("refuse a line that must not appear", () => {
    expect(checkExercise({ absent: ["in 3"] }, semaphore)).toEqual([]);
    expect(checkExercise({ absent: ["in 2"] }, semaphore)).toEqual([
      { kind: "present-line", line: "in 2" },
    ]);
  });

  it("count the greenlets inside a section cut by printed lines, at its busiest", () => {
    const section = { enter: "^in ", leave: "^out " };
    expect(checkExercise({ atOnce: [{ ...section, min: 2, max: 2 }] }, semaphore)).toEqual([]);
    expect(checkExercise({ atOnce: [{ ...section, max: 1 }] }, semaphore)).toEqual([
      { kind: "section", enter: "^in ", peak: 2, max: 1 },
    ]);
  });

  it("count the greenlets blocked at once, within a window of printed lines", () => {
    const asleep = { reason: "sleep" as const };
    expect(checkExercise({ blockedAtOnce: [{ ...asleep, min: 2, max: 2 }] }, semaphore)).toEqual(
      [],
    );
    expect(
      checkExercise({ blockedAtOnce: [{ ...asleep, min: 1, before: "go" }] }, semaphore),
    ).toEqual([{ kind: "blocked-at-once", reason: "sleep", peak: 0, min: 1 }]);
    const waiting = { reason: "lock_acquire" as const, object: "sem", min: 1, after: "in 1" };
    expect(checkExercise({ blockedAtOnce: [waiting] }, semaphore)).toEqual([]);
  });

  it("count the distinct greenlets that blocked for a reason on an object", () => {
    expect(
      checkExercise({ blocked: [{ reason: "lock_acquire", object: "sem" }] }, semaphore),
    ).toEqual([]);
    expect(
      checkExercise({ blocked: [{ greenlet: "worker", reason: "sleep", min: 4 }] }, semaphore),
    ).toEqual([{ kind: "blocked", greenlet: "worker", reason: "sleep", count: 3, min: 4 }]);
  });

  it("count who woke whom, through which object", () => {
    expect(
      checkExercise({ woke: [{ waker: "hub", woken: "worker(2)", object: "sem" }] }, semaphore),
    ).toEqual([]);
    expect(checkExercise({ woke: [{ woken: "worker(0)", object: "sem" }] }, semaphore)).toEqual([
      { kind: "woke", woken: "worker(0)", object: "sem", count: 0, min: 1 },
    ]);
  });

  it("count the switches between two greenlets", () => {
    const raw = runSource(RAW);
    expect(raw.error).toBeNull();
    expect(checkExercise({ switches: [{ from: "g", to: "b", min: 2, max: 2 }] }, raw)).toEqual([]);
    expect(checkExercise({ switches: [{ from: "b", to: "hub", max: 0 }] }, raw)).toEqual([]);
    expect(checkExercise({ switches: [{ to: "g", max: 1 }] }, raw)).toEqual([
      { kind: "switches", to: "g", count: 2, max: 1 },
    ]);
  });

  it("count preemptions: none in a gevent run, some in threads mode", () => {
    const counter = lines(
      'import { joinall, spawn } from "gevent";',
      "let n = 0;",
      "function* add() { for (const _ of range(50)) { n += 1; } }",
      "yield* joinall([spawn(add), spawn(add)]);",
      "print(n);",
    );
    const want = { preempted: { min: 1 } };
    expect(checkExercise(want, runSource(counter))).toEqual([
      { kind: "preempted", count: 0, min: 1 },
    ]);
    const threads = runSource(counter, ["--threads", "--policy", "random", "--seed", "1"]);
    expect(checkExercise(want, threads)).toEqual([]);
    // Preempted between the read and the write of `n += 1`: updates are lost.
    expect(threads.stdout).not.toBe("100\n");
  });

  it("count the greenlets a program created and the calls that held the hub", () => {
    expect(checkExercise({ spawned: { min: 3, max: 3 } }, semaphore)).toEqual([]);
    const held = runSource(
      'import * as time from "time";\nyield* time.sleep(1);\nyield* time.sleep(1);',
    );
    expect(checkExercise({ hubHeld: { max: 0 } }, held)).toEqual([
      { kind: "hub-held", count: 2, max: 0 },
    ]);
    expect(checkExercise({ hubHeld: { max: 0 } }, semaphore)).toEqual([]);
    expect(checkExercise({ objects: [{ type: "semaphore", min: 1, max: 1 }] }, semaphore)).toEqual(
      [],
    );
    expect(checkExercise({ objects: [{ type: "local", min: 1 }] }, semaphore)).toEqual([
      { kind: "objects", type: "local", count: 0, min: 1 },
    ]);
  });

  it("fail without the run's events, rather than pass unseen", () => {
    const { events: _events, ...summary } = semaphore;
    expect(checkExercise({ spawned: { min: 1 } }, summary)).toEqual([{ kind: "no-trace" }]);
    expect(checkExercise({ stdout: ["done"] }, summary)).toEqual([]);
  });
});
