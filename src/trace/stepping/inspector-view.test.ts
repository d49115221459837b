import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../../runtime/api/gevent";
import { Event } from "../../runtime/api/gevent-event";
import { Queue } from "../../runtime/api/gevent-queue";
import { runTest } from "../../runtime/testing";
import { EV } from "../../runtime/tracing/trace-kinds";
import { RunModel } from "../model/run-model";
import { eventRow } from "./event-row";
import { inspectorView } from "./inspector-view";
import { changedAt } from "./step-view";

const modelOf = (body: Parameters<typeof runTest>[0]) => RunModel.fromTrace(runTest(body).trace);

function stepsOfKind(model: RunModel, kind: number): number[] {
  const steps: number[] = [];
  for (let n = 0; n < model.stepCount; n++) if (model.kindAt(n) === kind) steps.push(n);
  return steps;
}

const fiveWaiters = () =>
  modelOf(function* () {
    const evt = new Event();
    const waiters = [1, 2, 3, 4, 5].map((n) =>
      spawn(function* () {
        yield* evt.wait();
        return n;
      }),
    );
    yield* sleep(1);
    evt.set();
    yield* joinall(waiters);
  });

describe("the inspector at a step", () => {
  it("lists an event's waiters in the order they began to wait, which is the order they wake", () => {
    const model = fiveWaiters();
    const [set] = stepsOfKind(model, EV.OBJ_STATE).filter((s) => model.wordsAt(s)[3] === 1);
    const view = inspectorView(model, set)!;
    const evt = view.objects.find((o) => o.shape === "event")!;
    expect(evt.value).toBe(1);
    expect(evt.changed).toBe(true);
    expect(evt.waiters.map((w) => w.gid)).toEqual([2, 3, 4, 5, 6]);
    const woken = stepsOfKind(model, EV.WOKEN).filter((s) => s > set);
    expect(woken.map((s) => model.gidAt(s)).filter((g) => g > 1)).toEqual([2, 3, 4, 5, 6]);
  });

  it("shows a blocked greenlet's reason and the object it waits on", () => {
    const model = fiveWaiters();
    const blocked = stepsOfKind(model, EV.BLOCKED).find((s) => model.gidAt(s) === 2)!;
    const row = inspectorView(model, blocked)!.greenlets.find((g) => g.gid === 2)!;
    expect(row).toMatchObject({ status: "blocked", reason: "event_wait", changed: true });
    expect(row.on?.type).toBe("event");
  });

  it("holds a queue's items as they are at every put and get, with its maxsize", () => {
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
    const seen = [...stepsOfKind(model, EV.ITEM_IN), ...stepsOfKind(model, EV.ITEM_OUT)]
      .sort((a, b) => a - b)
      .map((s) => inspectorView(model, s)!.objects.find((o) => o.shape === "queue")!);
    // Replayed from the item steps alone: in at the back, out at the front.
    const replay: string[] = [];
    const expected = [...stepsOfKind(model, EV.ITEM_IN), ...stepsOfKind(model, EV.ITEM_OUT)]
      .sort((a, b) => a - b)
      .map((s) => {
        const e = model.event(s);
        if (e.kind === EV.ITEM_IN) replay.push(e.item);
        else replay.shift();
        return [...replay];
      });
    expect(seen.map((q) => q.items)).toEqual(expected);
    expect(expected.map((items) => items.length)).toContain(2);
    expect(seen.every((q) => q.limit === 2)).toBe(true);
  });

  it("names the ready queue in the order the hub will run it", () => {
    const model = fiveWaiters();
    const woken = stepsOfKind(model, EV.WOKEN);
    const afterSpawns = woken[4];
    const ready = inspectorView(model, afterSpawns)!.ready.map((w) => w.gid);
    expect(ready).toEqual([2, 3, 4, 5, 6]);
  });

  it("is null outside the run's steps", () => {
    const model = fiveWaiters();
    expect(inspectorView(model, -1)).toBeNull();
    expect(inspectorView(model, model.stepCount)).toBeNull();
  });
});

describe("what follows the cursor", () => {
  it("knows what a step changed: its greenlet, the switch's target, the object", () => {
    const model = fiveWaiters();
    const sw = stepsOfKind(model, EV.SWITCH)[1];
    const [, from, to] = model.wordsAt(sw);
    expect([...changedAt(model, sw).greenlets].sort()).toEqual([from, to].sort());
    const put = stepsOfKind(model, EV.OBJ_STATE)[0];
    expect(changedAt(model, put).objects.has(model.wordsAt(put)[2])).toBe(true);
  });

  it("gives every step a row naming its greenlet and what happened", () => {
    const model = fiveWaiters();
    for (let n = 0; n < model.stepCount; n++) {
      const row = eventRow(model, n);
      expect(row.greenlet).toBe(model.label(model.gidAt(n)));
      expect(row.fact.kind).not.toBe("abandoned");
    }
    const sw = stepsOfKind(model, EV.SWITCH)[0];
    expect(eventRow(model, sw).fact).toEqual({
      kind: "switch",
      to: model.label(model.wordsAt(sw)[2]),
    });
  });
});
