import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../runtime/api/gevent";
import { Event } from "../runtime/api/gevent-event";
import { Queue } from "../runtime/api/gevent-queue";
import { EV, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { program, runGenerated } from "../trace/model/generated-programs.testing";
import { RunModel } from "../trace/model/run-model";
import type { GreenletState } from "../trace/model/run-state";
import { TimelineLayout } from "./layout";
import { layoutOf, styleName, styleNames } from "./layout.testing";
import { endLabel, operationLabel } from "./operation-label";
import { STYLE, blockedStyle } from "./styles";

/** The Event lesson's program: a setter, five waiters. */
function* eventProgram(print: (...args: unknown[]) => void) {
  const evt = new Event();
  const setter = function* () {
    yield* sleep(2);
    evt.set();
  };
  const waiter = function* () {
    yield* evt.wait();
    print("wait start..");
  };
  yield* joinall([spawn(setter), ...[1, 2, 3, 4, 5].map(() => spawn(waiter))]);
}

/** The style the model's state gives greenlet `g`. */
function modelStyle(g: GreenletState): number {
  switch (g.status) {
    case "unstarted":
      return STYLE.UNSTARTED;
    case "ready":
      return STYLE.READY;
    case "running":
      return STYLE.RUNNING;
    case "blocked":
      return blockedStyle(g.reason);
    case "holding":
      return STYLE.HOLDING;
    case "waiting":
      return STYLE.WAITING;
    case "finished":
      return STYLE.FINISHED;
    case "failed":
      return STYLE.FAILED;
    case "killed":
      return STYLE.KILLED;
    case "abandoned":
      return STYLE.ABANDONED;
  }
}

/** The lane's style after step `step`. */
function laneStyleAt(layout: TimelineLayout, gid: number, step: number): number {
  const lane = layout.lanes[gid];
  let style = 0;
  for (let i = 0; i < lane.segmentCount && lane.starts.data[i] <= step; i++) {
    style = lane.styles.data[i];
  }
  return style;
}

describe("the timeline layout", () => {
  it("gives the Event program eight lanes: the hub, main, the setter and five waiters", () => {
    const layout = layoutOf(eventProgram);
    expect(layout.order(true)).toEqual([HUB_GID, MAIN_GID, 2, 3, 4, 5, 6, 7]);
    expect(layout.order(false)).toEqual([MAIN_GID, 2, 3, 4, 5, 6, 7]);
    expect(styleNames(layout, 2)).toEqual([
      "unstarted",
      "ready",
      "running",
      "blocked:sleep",
      "ready",
      "running",
      "finished",
    ]);
    expect(styleNames(layout, 3)).toEqual([
      "unstarted",
      "ready",
      "running",
      "blocked:event_wait",
      "ready",
      "running",
      "finished",
    ]);
  });

  it("draws the five wake-ups from the setter's lane at its set()", () => {
    const layout = layoutOf(eventProgram);
    const m = layout.model;
    const set = [...Array(m.stepCount).keys()].find(
      (n) => m.kindAt(n) === EV.OBJ_STATE && m.gidAt(n) === 2,
    );
    const { wakes } = layout;
    const toWaiters = [...Array(wakes.length).keys()].filter(
      (k) => m.gidAt(wakes.steps.data[k]) >= 3,
    );
    expect(toWaiters.map((k) => m.gidAt(wakes.steps.data[k]))).toEqual([3, 4, 5, 6, 7]);
    for (const k of toWaiters) {
      expect(wakes.originLanes.data[k]).toBe(2);
      expect(wakes.originSteps.data[k]).toBe(set);
    }
    // The setter's own wake-up is its timer's: it comes from the hub.
    const setterWake = [...Array(wakes.length).keys()].find(
      (k) => m.gidAt(wakes.steps.data[k]) === 2,
    )!;
    expect(wakes.originLanes.data[setterWake]).toBe(HUB_GID);
  });

  it("draws a consumer's wake-up from the producer's put, and the producer's from the get", () => {
    const layout = layoutOf(function* (_print, env) {
      const q = env.__n("q", new Queue<number>(1));
      const consumer = spawn(function* () {
        for (let i = 0; i < 3; i++) yield* q.get();
      });
      const producer = spawn(function* () {
        for (let i = 0; i < 3; i++) yield* q.put(i);
      });
      yield* joinall([consumer, producer]);
    });
    const m = layout.model;
    const { wakes } = layout;
    const arrows = [...Array(wakes.length).keys()].map((k) => [
      wakes.originLanes.data[k],
      m.kindAt(wakes.originSteps.data[k]),
      m.gidAt(wakes.steps.data[k]),
    ]);
    // Consumer #2 waits on the empty queue, producer #3 on the full one: each wakes the other.
    expect(arrows).toContainEqual([3, EV.ITEM_IN, 2]);
    expect(arrows).toContainEqual([2, EV.ITEM_OUT, 3]);
    expect(styleNames(layout, 2)).toContain("blocked:queue_get");
    expect(styleNames(layout, 3)).toContain("blocked:queue_put");
  });

  it("labels waits in the program's words and ends with the value", () => {
    const layout = layoutOf(function* (_print, env) {
      const q = env.__n("q", new Queue<number>());
      const evt = env.__n("evt", new Event());
      const consumer = env.__n(
        "consumer",
        spawn(function* () {
          const item = yield* q.get();
          yield* evt.wait();
          return item * 2;
        }),
      );
      yield* sleep(0.5);
      yield* q.put(21);
      yield* sleep(1);
      evt.set();
      return yield* consumer.join();
    });
    const m = layout.model;
    const labels = (gid: number) => {
      const lane = layout.lanes[gid];
      return [...Array(lane.segmentCount).keys()].map((i) => {
        const style = lane.styles.data[i];
        const step = lane.starts.data[i];
        return [styleName(style), operationLabel(m, step, style) ?? endLabel(m, step, style)];
      });
    };
    expect(labels(2).filter(([, label]) => label !== null)).toEqual([
      ["blocked:queue_get", "q.get()"],
      ["blocked:event_wait", "evt.wait()"],
      ["finished", "42"],
    ]);
    expect(labels(MAIN_GID).filter(([, label]) => label !== null)).toEqual([
      ["blocked:sleep", "sleep(0.5)"],
      ["blocked:sleep", "sleep(1)"],
      ["blocked:join", "join(consumer #2)"],
      // The test helper's main returns nothing itself.
      ["finished", "undefined"],
    ]);
  });

  it("places a spawned greenlet's lane under the greenlet that spawned it", () => {
    const layout = layoutOf(function* () {
      const a = spawn(function* () {
        yield* spawn(function* () {}).join();
      });
      const b = spawn(function* () {});
      yield* joinall([a, b]);
    });
    // a (#2) spawns its child (#4) after main spawned b (#3): the child goes under a.
    expect(layout.order(true)).toEqual([HUB_GID, MAIN_GID, 2, 4, 3]);
    expect(layout.lanes[4].spawner).toBe(2);
  });

  it("gives every lane the model's status at every step", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const model = RunModel.fromTrace(runGenerated(scripts).trace);
        const layout = new TimelineLayout(model);
        layout.update();
        const stride = Math.max(1, Math.floor(model.stepCount / 60));
        for (let n = 0; n < model.stepCount; n += stride) {
          const state = model.stateAt(n);
          state.greenlets.forEach((g) => {
            if (g !== undefined)
              expect(styleName(laneStyleAt(layout, g.gid, n))).toBe(styleName(modelStyle(g)));
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it("reads a run in batches to the same layout as all at once", () => {
    fc.assert(
      fc.property(program, fc.integer({ min: 1, max: 7 }), (scripts, parts) => {
        const trace = runGenerated(scripts).trace;
        const whole = new TimelineLayout(RunModel.fromTrace(trace));
        whole.update();
        const model = new RunModel();
        model.setSites(trace.sites);
        const growing = new TimelineLayout(model);
        const events = trace.words.length / 4;
        model.append(trace.words.subarray(0, 0), trace.strings, 0);
        for (let p = 1; p <= parts; p++) {
          const from = Math.floor(((p - 1) * events) / parts) * 4;
          const to = Math.floor((p * events) / parts) * 4;
          model.append(trace.words.subarray(from, to), [], trace.strings.length);
          growing.update();
        }
        expect(growing.lanes.map((l) => styleNames(growing, l.gid))).toEqual(
          whole.lanes.map((l) => styleNames(whole, l.gid)),
        );
        expect(
          Array.from(growing.wakes.originSteps.data.subarray(0, growing.wakes.length)),
        ).toEqual(Array.from(whole.wakes.originSteps.data.subarray(0, whole.wakes.length)));
      }),
      { numRuns: 60 },
    );
  });
});
