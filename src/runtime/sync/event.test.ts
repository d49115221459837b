import { describe, expect, it } from "vitest";
import { iwait, sleep, spawn } from "../api/gevent";
import { Event } from "../api/gevent-event";
import { decodeEvents } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

describe("Event", () => {
  it("wakes every waiter in the order it began to wait, from the hub, after the setter yields", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      for (const i of [0, 1, 2]) {
        spawn(function* () {
          print(`wait ${i}`);
          yield* evt.wait();
          print(`woke ${i}`);
        });
      }
      yield* sleep(0);
      evt.set();
      print("set, not yet yielded");
      yield* sleep(0);
      print("main again");
    });
    expect(lines(r)).toEqual([
      "wait 0",
      "wait 1",
      "wait 2",
      "set, not yet yielded",
      "woke 0",
      "woke 1",
      "woke 2",
      "main again",
    ]);
  });

  it("returns the flag from wait: true once set, false when the timeout expires", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      print(yield* evt.wait(0.5));
      spawn(function* () {
        yield* sleep(1);
        evt.set();
      });
      print(yield* evt.wait(5));
    });
    expect(lines(r)).toEqual(["false", "true"]);
    expect(r.elapsed).toBe(1.5);
  });

  it("does not switch when waiting on an event already set with no notification under way", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      evt.set();
      spawn(() => print("other"));
      print(yield* evt.wait());
      print("main did not switch");
    });
    expect(lines(r)).toEqual(["true", "main did not switch"]);
  });

  it("makes a greenlet that finds it set during a notification wait behind the blocked waiters", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      spawn(function* () {
        yield* evt.wait();
        print("blocked waiter");
      });
      yield* sleep(0);
      evt.set();
      print(yield* evt.wait());
      print("late waiter");
    });
    expect(lines(r)).toEqual(["blocked waiter", "true", "late waiter"]);
  });

  it("blocks again after clear, and reports its flag through isSet and ready", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      print(evt.isSet(), evt.ready());
      evt.set();
      print(evt.isSet(), evt.ready());
      evt.clear();
      print(evt.isSet(), yield* evt.wait(1));
    });
    expect(lines(r)).toEqual(["false false", "true true", "false false"]);
    expect(r.elapsed).toBe(1);
  });

  it("still wakes a waiter when cleared right after being set (the flag was set at least once)", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      const g = spawn(function* () {
        print("woke with", yield* evt.wait(10));
      });
      yield* sleep(0);
      evt.set();
      evt.clear();
      yield* g.join();
      print("flag now", evt.isSet());
    });
    expect(lines(r)).toEqual(["woke with true", "flag now false"]);
    expect(r.elapsed).toBe(0);
  });

  it("forgets a waiter killed while waiting, and still wakes the others in order", () => {
    const r = runTest(function* (print) {
      const evt = new Event();
      const gs = ["a", "b", "c"].map((name) =>
        spawn(function* () {
          yield* evt.wait();
          print(name);
        }),
      );
      yield* sleep(0);
      yield* gs[1].kill();
      evt.set();
      yield* sleep(0);
      print("b dead", gs[1].dead);
    });
    expect(lines(r)).toEqual(["a", "c", "b dead true"]);
  });

  it("can be waited on with iwait like a greenlet", () => {
    const r = runTest(function* (print) {
      const a = new Event();
      const b = new Event();
      spawn(function* () {
        yield* sleep(1);
        b.set();
        yield* sleep(1);
        a.set();
      });
      yield* iwait([a, b]).forEach((e) => print(e === a ? "a" : "b"));
    });
    expect(lines(r)).toEqual(["b", "a"]);
  });

  it("records its creation, its flag, and the greenlets that block on it", () => {
    const r = runTest(function* () {
      const evt = new Event();
      spawn(() => evt.set());
      yield* evt.wait();
    });
    const events = decodeEvents(r);
    const created = events.find((e) => e.kind === EV.OBJ_CREATED && e.b === OBJ.EVENT);
    expect(created).toBeDefined();
    const id = created?.a;
    const states = events.filter((e) => e.kind === EV.OBJ_STATE && e.a === id).map((e) => e.b);
    expect(states).toEqual([0, 1]);
    const blocked = events.find((e) => e.kind === EV.BLOCKED && e.b === id);
    expect(blocked?.a).toBe(BLOCK.EVENT_WAIT);
  });
});
