import { describe, expect, it } from "vitest";
import { sleep, spawn } from "../api/gevent";
import { RLock } from "../api/gevent-lock";
import { lines, runTest } from "../testing";

describe("RLock", () => {
  it("lets its owner acquire it again, and frees it after as many releases", () => {
    const r = runTest(function* (print) {
      const lock = new RLock();
      const other = spawn(function* () {
        yield* lock.acquire();
        print("other acquired");
        lock.release();
      });
      yield* lock.acquire();
      yield* lock.acquire();
      print("main holds it twice", lock.locked());
      yield* sleep(1);
      lock.release();
      yield* sleep(1);
      print("after one release", lock.locked(), !other.dead);
      lock.release();
      yield* other.join();
      print("free", lock.locked());
    });
    expect(lines(r)).toEqual([
      "main holds it twice true",
      "after one release true true",
      "other acquired",
      "free false",
    ]);
  });

  it("throws RuntimeError when a greenlet that does not hold it releases it", () => {
    const r = runTest(function* (print) {
      const lock = new RLock();
      yield* lock.acquire();
      yield* spawn(() => {
        try {
          lock.release();
        } catch (e) {
          print(`${(e as Error).name}: ${(e as Error).message}`);
        }
      }).join();
      print("still held", lock.locked());
    });
    expect(lines(r)).toEqual(["RuntimeError: cannot release un-acquired lock", "still held true"]);
  });

  it("gives up after a timeout, or at once when not blocking, if another greenlet holds it", () => {
    const r = runTest(function* (print) {
      const lock = new RLock();
      yield* spawn(function* () {
        yield* lock.acquire();
      }).join();
      print(yield* lock.acquire({ blocking: false }), yield* lock.acquire({ timeout: 1 }));
    });
    expect(lines(r)).toEqual(["false false"]);
    expect(r.elapsed).toBe(1);
  });

  it("holds it for the length of hold(fn), re-entrantly", () => {
    const r = runTest(function* (print) {
      const lock = new RLock();
      const depth = yield* lock.hold(function* () {
        return yield* lock.hold(() => (lock.locked() ? 2 : 0));
      });
      print(depth, lock.locked());
    });
    expect(lines(r)).toEqual(["2 false"]);
  });
});
