/**
 * Test helper: random gevent programs over sleep, spawn, join, kill, Event, Queue, Lock, Pool
 * and Timeout, as fast-check arbitraries, and their recorded traces. The model's property tests
 * run thousands of them.
 */
import fc from "fast-check";
import { Timeout, joinall, sleep, spawn, type Greenlet } from "../../runtime/api/gevent";
import { Event } from "../../runtime/api/gevent-event";
import { Lock } from "../../runtime/api/gevent-lock";
import { Pool } from "../../runtime/api/gevent-pool";
import { Queue } from "../../runtime/api/gevent-queue";
import type { RunResult, ScheduleOptions } from "../../runtime/run";
import { runTest } from "../../runtime/testing";

export type Op =
  | { op: "sleep"; t: number }
  | { op: "set" | "clear" }
  | { op: "wait"; timeout: number | null }
  | { op: "put" | "get"; timeout: number | null }
  | { op: "lock"; hold: number }
  | { op: "pool" }
  | { op: "kill" | "join"; target: number }
  | { op: "timeout"; limit: number; t: number }
  | { op: "print" };

const seconds = fc.constantFrom(0, 0, 0.5, 1);
const timeout = fc.constantFrom(null, 0.5, 2);

export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("sleep" as const), t: seconds }),
  fc.record({ op: fc.constantFrom("set" as const, "clear" as const) }),
  fc.record({ op: fc.constant("wait" as const), timeout }),
  fc.record({ op: fc.constantFrom("put" as const, "get" as const), timeout }),
  fc.record({ op: fc.constant("lock" as const), hold: seconds }),
  fc.record({ op: fc.constant("pool" as const) }),
  fc.record({ op: fc.constantFrom("kill" as const, "join" as const), target: fc.nat(5) }),
  fc.record({ op: fc.constant("timeout" as const), limit: seconds, t: seconds }),
  fc.record({ op: fc.constant("print" as const) }),
);

export const program = fc.array(fc.array(op, { minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 5,
});

/** Runs one generated program; every greenlet catches what its operations may raise. */
export function runGenerated(scripts: Op[][], schedule?: ScheduleOptions): RunResult {
  return runTest((print) => mainOf(scripts, print), { maxEvents: 200_000, schedule });
}

function* mainOf(scripts: Op[][], print: (...args: unknown[]) => void) {
  const evt = new Event();
  const q = new Queue<number>(2);
  const lock = new Lock();
  const pool = new Pool(2);
  const gs: Greenlet[] = [];
  const run = function* (ops: Op[], index: number) {
    for (const step of ops) {
      try {
        yield* perform(step, index);
      } catch {
        // Empty, Full, Timeout, LoopExit of a join: the script goes on.
      }
    }
  };
  const perform = function* (step: Op, index: number): Generator<unknown, void, unknown> {
    switch (step.op) {
      case "sleep":
        return yield* sleep(step.t);
      case "set":
        return evt.set();
      case "clear":
        return evt.clear();
      case "wait":
        return void (yield* evt.wait(step.timeout ?? 1));
      case "put":
        return yield* q.put(index, { timeout: step.timeout ?? 1 });
      case "get":
        return void (yield* q.get({ timeout: step.timeout ?? 1 }));
      case "lock":
        if (!(yield* lock.acquire({ timeout: 2 }))) return;
        try {
          yield* sleep(step.hold);
        } finally {
          lock.release();
        }
        return;
      case "pool":
        return void pool.spawn(function* () {
          yield* sleep(0.5);
        });
      case "kill":
      case "join": {
        const target = gs[step.target % gs.length];
        if (target === undefined) return;
        if (step.op === "kill") return yield* target.kill({ block: false });
        return void (yield* target.join(1));
      }
      case "timeout": {
        const t = new Timeout(step.limit);
        t.start();
        try {
          yield* sleep(step.t);
        } finally {
          t.cancel();
        }
        return;
      }
      case "print":
        return print(`greenlet ${index}`);
    }
  };
  scripts.forEach((ops, index) => gs.push(spawn(run, ops, index)));
  yield* joinall(gs, { timeout: 30 });
  yield* pool.join();
}
