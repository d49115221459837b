import { describe, expect, it } from "vitest";
import { getcurrent, joinall, sleep, spawn, spawnLater, type Greenlet } from "../api/gevent";
import { lines, runTest } from "../testing";

describe("the hub", () => {
  it("does not switch on spawn: the spawned greenlet runs when the spawner yields", () => {
    const r = runTest(function* (print) {
      spawn(() => print("child"));
      print("parent before yield");
      yield* sleep(0);
      print("parent after yield");
    });
    expect(lines(r)).toEqual(["parent before yield", "child", "parent after yield"]);
  });

  it("round-robins three greenlets on sleep(0)", () => {
    const r = runTest(function* (print) {
      function* worker(name: string) {
        for (let i = 0; i < 3; i++) {
          print(`${name}${i}`);
          yield* sleep(0);
        }
      }
      yield* joinall([spawn(worker, "a"), spawn(worker, "b"), spawn(worker, "c")]);
    });
    expect(lines(r)).toEqual(["a0", "b0", "c0", "a1", "b1", "c1", "a2", "b2", "c2"]);
  });

  it("fires timers in deadline order, equal deadlines in the order scheduled", () => {
    const r = runTest(function* (print) {
      function* nap(name: string, s: number) {
        yield* sleep(s);
        print(name);
      }
      const gs = [spawn(nap, "x", 2), spawn(nap, "y", 1), spawn(nap, "z", 2), spawn(nap, "w", 1)];
      yield* joinall(gs);
    });
    expect(lines(r)).toEqual(["y", "w", "x", "z"]);
    expect(r.elapsed).toBe(2);
  });

  it("advances a virtual clock: concurrent sleeps take the longest, not the sum", () => {
    const r = runTest(function* () {
      yield* joinall([spawn(() => sleep(1)), spawn(() => sleep(2)), spawn(() => sleep(1.5))]);
    });
    expect(r.elapsed).toBe(2);
  });

  it("runs spawnLater(0) after a plain spawn made later in the same turn", () => {
    const r = runTest(function* (print) {
      spawnLater(0, () => print("later"));
      spawn(() => print("plain"));
      yield* sleep(0.1);
    });
    expect(lines(r)).toEqual(["plain", "later"]);
  });

  it("ends the program when the top level ends, abandoning suspended greenlets", () => {
    const r = runTest(function* (print) {
      spawn(function* () {
        try {
          yield* sleep(10);
        } finally {
          print("finally must not run");
        }
      });
      yield* sleep(1);
      print("main done");
    });
    expect(lines(r)).toEqual(["main done"]);
    expect(r.elapsed).toBe(1);
  });

  it("knows the running greenlet", () => {
    const r = runTest(function* (print) {
      const main = getcurrent();
      const g: Greenlet = spawn(() => print(getcurrent() === g, getcurrent() !== main));
      yield* g.join();
    });
    expect(lines(r)).toEqual(["true true"]);
  });
});
