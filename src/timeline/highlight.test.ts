import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../runtime/api/gevent";
import { Event } from "../runtime/api/gevent-event";
import { runTest } from "../runtime/testing";
import { EV, HUB_GID } from "../runtime/tracing/trace-kinds";
import { RunModel } from "../trace/model/run-model";
import { blockedOn, candidateLanes, highlightedLanes } from "./highlight";
import { TimelineLayout } from "./layout";

type Env = Parameters<Parameters<typeof runTest>[0]>[1];

/** A setter and three waiters on `evt`; the setter sets it after sleep(1). */
function eventRun(): TimelineLayout {
  const trace = runTest(function* (_print, env: Env) {
    const evt = env.__n("evt", new Event());
    const setter = function* () {
      yield* sleep(1);
      evt.set();
    };
    const waiter = function* () {
      yield* evt.wait();
    };
    yield* joinall([spawn(setter), spawn(waiter), spawn(waiter), spawn(waiter)]);
  }).trace;
  const layout = new TimelineLayout(RunModel.fromTrace(trace));
  layout.update();
  return layout;
}

const stepsOf = (layout: TimelineLayout, kind: number, gid?: number) =>
  [...Array(layout.stepCount).keys()].filter(
    (n) => layout.model.kindAt(n) === kind && (gid === undefined || layout.model.gidAt(n) === gid),
  );

describe("what the timeline highlights", () => {
  it("the selected greenlet's lane", () => {
    const layout = eventRun();
    expect(highlightedLanes(layout.model, 5, { greenlet: 4, object: null })).toEqual([4]);
    expect(highlightedLanes(layout.model, 5, { greenlet: null, object: null })).toEqual([]);
  });

  it("for an object, the lanes of its waiters at the cursor: none before they wait, none once set", () => {
    const layout = eventRun();
    const m = layout.model;
    const waits = stepsOf(layout, EV.BLOCKED).filter((n) => m.wordsAt(n)[3] !== 0);
    const evt = m.wordsAt(waits[0])[3];
    const lastWait = Math.max(...waits.filter((n) => m.wordsAt(n)[3] === evt));
    const at = (step: number) => highlightedLanes(m, step, { greenlet: null, object: evt });
    expect(at(0)).toEqual([]);
    // Once the three waiters wait: waiters #3, #4 and #5.
    expect(at(lastWait)).toEqual([3, 4, 5]);
    // After the set(), every waiter is woken: nobody waits any more.
    const set = stepsOf(layout, EV.OBJ_STATE, 2).find((n) => m.wordsAt(n)[2] === evt)!;
    const woken = stepsOf(layout, EV.WOKEN).filter((n) => n > set && m.wordsAt(n)[3] === evt);
    expect(at(Math.max(...woken))).toEqual([]);
  });

  it("the segments blocked on the object, and no other", () => {
    const layout = eventRun();
    const m = layout.model;
    const evt = m.wordsAt(stepsOf(layout, EV.BLOCKED, 3)[0])[3];
    for (const gid of [2, 3, 4, 5]) {
      const lane = layout.lanes[gid];
      const on = [...Array(lane.segmentCount).keys()].filter((i) => blockedOn(layout, gid, i, evt));
      // Each waiter waits on it once; the setter, asleep, never does.
      expect(on.length).toBe(gid === 2 ? 0 : 1);
      for (const i of on) expect(m.wordsAt(lane.starts.data[i])[0]).toBe(EV.BLOCKED);
      expect(
        [...Array(lane.segmentCount).keys()].some((i) => blockedOn(layout, gid, i, evt + 1000)),
      ).toBe(false);
    }
  });

  it("the candidates' lanes while a choice is open, and none once the run went on", () => {
    const open = (schedule: object) =>
      RunModel.fromTrace(
        runTest(
          function* () {
            const nap = function* () {
              yield* sleep(0.5);
            };
            yield* joinall([spawn(nap), spawn(nap), spawn(nap)]);
          },
          { schedule },
        ).trace,
      );
    const paused = open({ choices: [], pauseAfterChoices: true });
    const lanes = candidateLanes(paused);
    expect(lanes.length).toBeGreaterThan(1);
    expect(lanes).not.toContain(HUB_GID);
    expect(lanes.every((g) => g >= 2 && g <= 4)).toBe(true);
    expect(candidateLanes(open({ policy: "random", seed: 3 }))).toEqual([]);
  });
});
