import { describe, expect, it } from "vitest";
import { joinall, sleep as geventSleep, spawn } from "../api/gevent";
import { patchAll, patchTime } from "../api/gevent-monkey";
import * as time from "../api/time";
import { lines, runTest } from "../testing";
import { decodeEvents } from "../primitives-testing";
import { BLOCK, EV, HOLD } from "../tracing/trace-kinds";

/** Two greenlets that each sleep 1 second with `time.sleep`, and a ticker. */
function* sleepers(print: (...a: unknown[]) => void) {
  function* worker(name: string) {
    print(name, "start", time.time());
    yield* time.sleep(1);
    print(name, "end", time.time());
  }
  yield* joinall([spawn(worker, "a"), spawn(worker, "b")]);
}

describe("time.sleep", () => {
  it("unpatched, holds the hub: the greenlets sleep one after another", () => {
    const r = runTest(sleepers);
    expect(lines(r)).toEqual(["a start 0", "a end 1", "b start 1", "b end 2"]);
    const held = decodeEvents(r)
      .filter((e) => e.kind === EV.HUB_HELD)
      .map((e) => [e.a, e.b]);
    expect(held).toEqual([
      [HOLD.TIME_SLEEP, 1_000_000],
      [HOLD.TIME_SLEEP, 1_000_000],
    ]);
  });

  it("patched, is gevent.sleep: the greenlets sleep at the same time", () => {
    for (const patch of [patchAll, patchTime]) {
      const r = runTest(function* (print) {
        patch();
        yield* sleepers(print);
      });
      expect(lines(r)).toEqual(["a start 0", "b start 0", "a end 1", "b end 1"]);
      expect(decodeEvents(r).filter((e) => e.kind === EV.HUB_HELD)).toEqual([]);
      expect(
        decodeEvents(r)
          .filter((e) => e.kind === EV.BLOCKED)
          .filter((e) => e.a === BLOCK.SLEEP),
      ).toHaveLength(2);
    }
  });

  it("unpatched, lets timers that fell due meanwhile fire afterwards, in deadline order", () => {
    const r = runTest(function* (print) {
      spawn(function* () {
        yield* geventSleep(0.5);
        print("late sleeper woke at", time.time());
      });
      spawn(function* () {
        yield* geventSleep(0.2);
        print("early sleeper woke at", time.time());
      });
      yield* geventSleep(0);
      yield* time.sleep(1);
      print("main slept until", time.time());
      yield* geventSleep(0.1);
    });
    expect(lines(r)).toEqual([
      "main slept until 1",
      "early sleeper woke at 1",
      "late sleeper woke at 1",
    ]);
  });

  it("rejects a negative time as Python does", () => {
    const r = runTest(function* () {
      yield* time.sleep(-1);
    });
    expect(r.error).toMatchObject({
      name: "ValueError",
      message: "sleep length must be non-negative",
    });
  });
});

describe("time.busy", () => {
  it("holds the hub even when patched: CPU-bound work blocks every greenlet", () => {
    const r = runTest(function* (print) {
      patchAll();
      spawn(function* () {
        print("other greenlet runs at", time.time());
      });
      yield* time.busy(2);
      print("busy done at", time.perfCounter());
      yield* geventSleep(0);
    });
    expect(lines(r)).toEqual(["busy done at 2", "other greenlet runs at 2"]);
    expect(
      decodeEvents(r)
        .filter((e) => e.kind === EV.HUB_HELD)
        .map((e) => [e.a, e.b]),
    ).toEqual([[HOLD.BUSY, 2_000_000]]);
  });
});
