import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../api/gevent";
import { local } from "../api/gevent-local";
import { decodeEvents, objectOfType, traceString } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { EV, OBJ } from "../tracing/trace-kinds";

describe("local", () => {
  it("keeps properties separate for each greenlet", () => {
    const r = runTest(function* (print) {
      const x = new local();
      x.shared = "main's";
      function* f(name: string) {
        print(name, "sees", x.shared);
        x.mine = name;
        yield* sleep(0);
        print(name, "still sees", x.mine, Object.keys(x));
      }
      yield* joinall([spawn(f, "a"), spawn(f, "b")]);
      print("main sees", x.mine, Object.keys(x));
    });
    expect(lines(r)).toEqual([
      "a sees undefined",
      "b sees undefined",
      "a still sees a ['mine']",
      "b still sees b ['mine']",
      "main sees undefined ['shared']",
    ]);
  });

  it("answers `in`, Object.entries and delete for the current greenlet only", () => {
    const r = runTest(function* (print) {
      const x = new local();
      x.a = 1;
      yield* spawn(() => {
        x.b = 2;
        print("a" in x, "b" in x, Object.entries(x));
        delete x.b;
        print("b" in x);
      }).join();
      print("a" in x, "b" in x, Object.entries(x));
    });
    expect(lines(r)).toEqual(["false true [['b', 2]]", "false", "true false [['a', 1]]"]);
  });

  it("runs a subclass's init with the constructor's arguments in each greenlet on first touch", () => {
    const r = runTest(function* (print) {
      class Counter extends local {
        override init(start: number) {
          print("init", start);
          this.count = start;
        }
        bump(): number {
          return ++this.count;
        }
      }
      const c = new Counter(10);
      print("main", c.bump(), c.bump());
      yield* spawn(() => print("child", c.bump())).join();
      print("main again", c.count);
    });
    expect(lines(r)).toEqual(["init 10", "main 11 12", "init 10", "child 11", "main again 12"]);
  });

  it("records its creation and each greenlet's property changes", () => {
    const r = runTest(function* () {
      const x = new local();
      x.v = 1;
      yield* spawn(() => {
        x.v = 2;
      }).join();
    });
    const events = decodeEvents(r);
    const id = objectOfType(events, EV.OBJ_CREATED, OBJ.LOCAL);
    const mine = events.filter((e) => e.a === id);
    expect(mine.filter((e) => e.kind === EV.OBJ_STATE).map((e) => e.b)).toEqual([1, 2]);
    const sets = mine.filter((e) => e.kind === EV.ITEM_IN);
    expect(sets.map((e) => [e.gid, traceString(r, e.b)])).toEqual([
      [1, "v = 1"],
      [2, "v = 2"],
    ]);
  });
});
