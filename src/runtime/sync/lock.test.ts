import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../api/gevent";
import { BoundedSemaphore, Lock, Semaphore } from "../api/gevent-lock";
import { decodeEvents, objectOfType } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

describe("Semaphore", () => {
  it("lets `value` greenlets in at once and the others in arrival order as units come back", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(2);
      function* worker(n: number) {
        yield* sem.acquire();
        print(`worker ${n} acquired`);
        yield* sleep(1);
        sem.release();
        print(`worker ${n} released`);
      }
      yield* joinall([0, 1, 2, 3].map((n) => spawn(worker, n)));
    });
    expect(lines(r)).toEqual([
      "worker 0 acquired",
      "worker 1 acquired",
      "worker 0 released",
      "worker 1 released",
      "worker 2 acquired",
      "worker 3 acquired",
      "worker 2 released",
      "worker 3 released",
    ]);
    expect(r.elapsed).toBe(2);
  });

  it("stops waking waiters once no unit is left: a releaser that re-acquires at once keeps it", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(1);
      yield* sem.acquire();
      const waiter = spawn(function* () {
        yield* sem.acquire();
        print("waiter acquired");
      });
      yield* sleep(0);
      sem.release();
      print("main re-acquired", yield* sem.acquire({ blocking: false }));
      yield* sleep(0);
      print("waiter still waits", !waiter.dead, sem.counter);
      sem.release();
      yield* waiter.join();
    });
    expect(lines(r)).toEqual([
      "main re-acquired true",
      "waiter still waits true 0",
      "waiter acquired",
    ]);
  });

  it("wakes exactly as many waiters as units released", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(0);
      const gs = ["a", "b", "c"].map((name) =>
        spawn(function* () {
          yield* sem.acquire();
          print(name);
        }),
      );
      yield* sleep(0);
      sem.release();
      sem.release();
      yield* sleep(0);
      print("counter", sem.counter, "c waiting", !gs[2].dead);
    });
    expect(lines(r)).toEqual(["a", "b", "counter 0 c waiting true"]);
  });

  it("returns false from acquire when it cannot wait or the timeout expires", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(0);
      print(yield* sem.acquire({ blocking: false }));
      print(yield* sem.acquire({ timeout: 0.5 }), sem.locked(), sem.counter);
    });
    expect(lines(r)).toEqual(["false", "false true 0"]);
    expect(r.elapsed).toBe(0.5);
  });

  it("holds a unit for the length of hold(fn), releasing it when fn throws", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(1);
      print(yield* sem.hold(() => sem.counter));
      try {
        yield* sem.hold(function* () {
          yield* sleep(0);
          throw new Error("inside");
        });
      } catch (e) {
        print((e as Error).message, sem.counter);
      }
    });
    expect(lines(r)).toEqual(["0", "inside 1"]);
  });

  it("can be released more times than acquired, while a BoundedSemaphore throws ValueError", () => {
    const r = runTest(function* (print) {
      const sem = new Semaphore(1);
      sem.release();
      print(sem.counter);
      const bounded = new BoundedSemaphore(1);
      try {
        bounded.release();
      } catch (e) {
        print(`${(e as Error).name}: ${(e as Error).message}`);
      }
    });
    expect(lines(r)).toEqual(["2", "ValueError: Semaphore released too many times"]);
  });

  it("records its counter and bound, and shows waiters blocked on acquire", () => {
    const r = runTest(function* () {
      const sem = new BoundedSemaphore(1);
      yield* sem.acquire();
      spawn(function* () {
        yield* sleep(1);
        sem.release();
      });
      yield* sem.acquire();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.BOUNDED_SEMAPHORE);
    const mine = events.filter((e) => e.a === id);
    expect(mine.find((e) => e.kind === EV.OBJ_LIMIT)?.b).toBe(1);
    expect(mine.filter((e) => e.kind === EV.OBJ_STATE).map((e) => e.b)).toEqual([1, 0, 1, 0]);
    const blocked = events.filter((e) => e.kind === EV.BLOCKED && e.b === id);
    expect(blocked.map((e) => e.a)).toEqual([BLOCK.LOCK_ACQUIRE]);
  });
});

describe("Lock", () => {
  it("is a BoundedSemaphore(1): locked while held, released by anyone, not past one", () => {
    const r = runTest(function* (print) {
      const lock = new Lock();
      print(lock instanceof BoundedSemaphore, lock instanceof Semaphore, lock.locked());
      yield* lock.acquire();
      print(lock.locked(), lock.counter);
      yield* spawn(() => lock.release()).join();
      print(lock.locked());
      try {
        lock.release();
      } catch (e) {
        print((e as Error).name);
      }
    });
    expect(lines(r)).toEqual(["true true false", "true 0", "false", "ValueError"]);
  });
});
