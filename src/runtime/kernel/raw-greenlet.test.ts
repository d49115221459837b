import { describe, expect, it } from "vitest";
import { GreenletExit, greenlet, getcurrent } from "../api/greenlet";
import { lines, runTest } from "../testing";

describe("raw greenlets", () => {
  it("pass values both ways through switch, and return to the parent when done (producer/consumer)", () => {
    const r = runTest(function* (print) {
      const items = [3, 7, 1];
      const p = greenlet(function* () {
        for (const item of items) {
          print(`produce ${item}`);
          yield* c.switch(item);
        }
        return "producer done";
      });
      const c = greenlet(function* () {
        for (;;) {
          const item = yield* p.switch();
          print(`consume ${String(item)}`);
        }
      });
      const back = yield* c.switch();
      print("main got back:", back);
      print("p.dead:", p.dead, "c.dead:", c.dead);
    });
    expect(lines(r)).toEqual([
      "produce 3",
      "consume 3",
      "produce 7",
      "consume 7",
      "produce 1",
      "consume 1",
      "main got back: producer done",
      "p.dead: true c.dead: false",
    ]);
  });

  it("hands the first switch's args to the function and packs later ones", () => {
    const r = runTest(function* (print) {
      const g = greenlet(function* (a: number, b: number) {
        print("started with", a, b);
        const none = yield* getcurrent().parent!.switch("first");
        print("none:", none);
        const many = yield* getcurrent().parent!.switch();
        print("many:", many);
      });
      print(yield* g.switch(1, 2));
      yield* g.switch();
      yield* g.switch(4, 5);
    });
    expect(lines(r)).toEqual(["started with 1 2", "first", "none: []", "many: [4, 5]"]);
  });

  it("throws into a greenlet; GreenletExit comes back to the parent as a value", () => {
    const r = runTest(function* (print) {
      const g = greenlet(function* () {
        try {
          yield* getcurrent().parent!.switch();
        } finally {
          print("cleanup");
        }
      });
      yield* g.switch();
      const v = yield* g.throw();
      print(v instanceof GreenletExit, g.dead);
    });
    expect(lines(r)).toEqual(["cleanup", "true true"]);
  });

  it("propagates an uncaught exception to the parent", () => {
    const r = runTest(function* (print) {
      const g = greenlet(() => {
        throw new Error("boom");
      });
      try {
        yield* g.switch();
      } catch (e) {
        print("caught", (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["caught boom"]);
  });

  it("refuses a cyclic parent chain", () => {
    const r = runTest(function* (print) {
      const a = greenlet(() => 1);
      const b = greenlet(() => 2, a);
      try {
        a.parent = b;
      } catch (e) {
        print((e as Error).name, (e as Error).message);
      }
    });
    expect(lines(r)).toEqual(["ValueError cyclic parent chain"]);
  });

  it("can be constructed with new and is an instance of greenlet", () => {
    const r = runTest(function* (print) {
      const g = new greenlet(() => 1);
      print(g instanceof greenlet, greenlet(() => 2) instanceof greenlet, g.dead, g.active);
    });
    expect(lines(r)).toEqual(["true true false false"]);
  });

  it("makes main a plain greenlet whose parent cannot be set", () => {
    const r = runTest(function* (print) {
      const main = getcurrent();
      print(main.constructor === greenlet, main.parent);
      for (const parent of [greenlet(() => 0), null]) {
        try {
          main.parent = parent as greenlet;
        } catch (e) {
          print((e as Error).name, (e as Error).message);
        }
      }
      try {
        greenlet(() => 0).parent = null as unknown as greenlet;
      } catch (e) {
        print((e as Error).name, (e as Error).message);
      }
    });
    expect(lines(r)).toEqual([
      "true null",
      "AttributeError cannot set the parent of a main greenlet",
      "AttributeError cannot set the parent of a main greenlet",
      "TypeError GreenletChecker: Expected any type of greenlet, not NoneType",
    ]);
  });

  it("starts a never-started parent with the return value of a child that finishes into it", () => {
    const r = runTest(function* (print) {
      const parent = greenlet(function* (...args: unknown[]) {
        print("parent started with", args);
        return "parent done";
      });
      const child = greenlet(() => "child result", parent);
      print("switch returned", yield* child.switch());
      print(child.dead, parent.dead);
    });
    expect(lines(r)).toEqual([
      "parent started with ['child result']",
      "switch returned parent done",
      "true true",
    ]);
  });

  it("returns a GreenletExit thrown into a dead greenlet at once, and raises any other exception", () => {
    const r = runTest(function* (print) {
      const dead = greenlet(() => 1);
      yield* dead.switch();
      const back = yield* dead.throw();
      print("returned", back instanceof GreenletExit);
      try {
        yield* dead.throw(new Error("into the dead"));
      } catch (e) {
        print("raised", (e as Error).message);
      }
      const never = greenlet(() => print("never runs"));
      print("unstarted", (yield* never.throw()) instanceof GreenletExit, never.dead);
      print("still running");
    });
    expect(lines(r)).toEqual([
      "returned true",
      "raised into the dead",
      "unstarted true true",
      "still running",
    ]);
  });

  it("runs a subclass's own run on its first switch when constructed without a function", () => {
    const r = runTest(function* (print) {
      class Worker extends greenlet {
        *run(a: number, b: number) {
          print("run", a, b);
          return a + b;
        }
      }
      const w = new Worker();
      print(yield* w.switch(1, 2), w.dead);
    });
    expect(lines(r)).toEqual(["run 1 2", "3 true"]);
  });
});
