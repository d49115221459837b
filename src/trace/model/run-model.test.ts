import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../../runtime/api/gevent";
import { Event } from "../../runtime/api/gevent-event";
import { Lock } from "../../runtime/api/gevent-lock";
import { Queue } from "../../runtime/api/gevent-queue";
import { runTest } from "../../runtime/testing";
import { BLOCK, EV, MAIN_GID } from "../../runtime/tracing/trace-kinds";
import { RunModel } from "./run-model";
import { readyOrder, waitersOf } from "./run-state";

const modelOf = (body: Parameters<typeof runTest>[0]) => RunModel.fromTrace(runTest(body).trace);

/** The steps of `kind`, in order. */
function stepsOfKind(model: RunModel, kind: number): number[] {
  const steps: number[] = [];
  for (let n = 0; n < model.stepCount; n++) if (model.kindAt(n) === kind) steps.push(n);
  return steps;
}

describe("RunModel", () => {
  it("holds a queue's items in order at every put and get", () => {
    const model = modelOf(function* () {
      const q = new Queue<string>(2);
      const producer = spawn(function* () {
        for (const item of ["a", "b", "c"]) yield* q.put(item);
      });
      const consumer = spawn(function* () {
        for (let i = 0; i < 3; i++) yield* q.get();
      });
      yield* joinall([producer, consumer]);
    });
    const queue = [...model.objects()][0];
    const chips = (n: number) =>
      model
        .stateAt(n)
        .objects.get(queue.id)!
        .items.map((id) => model.text(id));
    const changes = [...stepsOfKind(model, EV.ITEM_IN), ...stepsOfKind(model, EV.ITEM_OUT)].sort(
      (x, y) => x - y,
    );
    // The consumer takes both items before the blocked producer puts its third.
    expect(changes.map(chips)).toEqual([["'a'"], ["'a'", "'b'"], ["'b'"], [], ["'c'"], []]);
    // The count is folded into the item's step: no step of its own.
    expect(changes.every((n) => model.kindAt(n + 1) !== EV.OBJ_STATE)).toBe(true);
    const full = changes[1];
    expect(model.stateAt(full).objects.get(queue.id)).toMatchObject({ value: 2, limit: 2 });
  });

  it("shows spawned greenlets ready in the hub's queue, in spawn order, before they start", () => {
    const model = modelOf(function* () {
      const gs = [1, 2, 3].map(() => spawn(function* () {}));
      yield* joinall(gs);
    });
    const block = stepsOfKind(model, EV.BLOCKED)[0];
    const s = model.stateAt(block);
    expect(readyOrder(s)).toEqual([2, 3, 4]);
    expect(s.greenlets[2]).toMatchObject({ status: "ready", started: false });
    expect(model.stateAt(model.stepCount - 1).greenlets[4]!.status).toBe("finished");
  });

  it("wakes an event's waiters in the order they waited and names each blocked greenlet's wait", () => {
    const model = modelOf(function* () {
      const evt = new Event();
      const waiters = [0, 1, 2].map(() => spawn(() => evt.wait()));
      yield* sleep(1);
      evt.set();
      yield* joinall(waiters);
    });
    const set = stepsOfKind(model, EV.OBJ_STATE).find((n) => model.wordsAt(n)[3] === 1)!;
    const before = model.stateAt(set - 1);
    for (const gid of [2, 3, 4]) {
      expect(before.greenlets[gid]).toMatchObject({ status: "blocked", reason: BLOCK.EVENT_WAIT });
    }
    const evt = [...model.objects()][0].id;
    expect(waitersOf(before, evt).map((g) => g.gid)).toEqual([2, 3, 4]);
    expect(waitersOf(before, MAIN_GID, true)).toEqual([]);
    const woken = stepsOfKind(model, EV.WOKEN).filter((n) => n > set && model.wordsAt(n)[3] !== 0);
    expect(woken.map((n) => model.gidAt(n))).toEqual([2, 3, 4]);
    expect(model.stateAt(set).time).toBe(1);
  });

  it("knows a lock's holder and who waits for it", () => {
    const model = modelOf(function* () {
      const lock = new Lock();
      const a = spawn(function* () {
        yield* lock.acquire();
        yield* sleep(1);
        lock.release();
      });
      const b = spawn(function* () {
        yield* lock.acquire();
        lock.release();
      });
      yield* joinall([a, b]);
    });
    const lock = [...model.objects()][0];
    const waits = stepsOfKind(model, EV.BLOCKED).filter(
      (n) => model.wordsAt(n)[2] === BLOCK.LOCK_ACQUIRE,
    );
    const s = model.stateAt(waits[0]);
    expect(s.objects.get(lock.id)!.holders).toEqual([2]);
    expect(s.greenlets[3]).toMatchObject({ status: "blocked", object: lock.id });
    expect(model.stateAt(model.stepCount - 1).objects.get(lock.id)!.holders).toEqual([]);
  });

  it("names greenlets as the console does and indexes switches and output", () => {
    const model = modelOf(function* (print) {
      const g = spawn(function* () {
        print("hi");
      });
      yield* g.join();
      print("bye");
    });
    expect(model.label(MAIN_GID)).toBe("main");
    expect(model.outputCount).toBe(2);
    const hi = model.outputStep(0)!;
    expect(model.gidAt(hi)).toBe(2);
    expect(model.printedThrough(hi)).toBe(1);
    expect(model.stateAt(hi).printed).toBe(1);
    const s1 = model.nextSwitch(-1)!;
    expect(model.kindAt(s1)).toBe(EV.SWITCH);
    expect(model.prevSwitch(model.nextSwitch(s1)!)).toBe(s1);
    expect(model.stepsOf(2)!.length).toBeGreaterThan(2);
  });

  it("seeks anywhere in a long run quickly, with few replayed steps", () => {
    const model = modelOf(function* () {
      const ping = () =>
        spawn(function* () {
          for (let i = 0; i < 20_000; i++) yield* sleep(0);
        });
      yield* joinall([ping(), ping()]);
    });
    expect(model.stepCount).toBeGreaterThan(150_000);
    const s = model.stateAt(77_777);
    expect(s.step).toBe(77_777);
    expect(model.bytes / model.stepCount).toBeLessThan(48);
  });
});
