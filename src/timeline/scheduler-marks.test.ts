import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../runtime/api/gevent";
import type { ScheduleOptions } from "../runtime/run";
import { runTest } from "../runtime/testing";
import { CHOICE_OPEN, EV, HUB_GID } from "../runtime/tracing/trace-kinds";
import { RunModel } from "../trace/model/run-model";
import { ARROW } from "./arrow-list";
import { describeMark, markKey } from "./describe";
import { TimelineFrame } from "./frame";
import { TimelineLayout } from "./layout";
import { styleName } from "./layout.testing";

type Env = Parameters<Parameters<typeof runTest>[0]>[1];

/** Two workers reaching a preemption point five times each, and one of them sleeping once. */
function layoutOf(schedule: ScheduleOptions): TimelineLayout {
  const trace = runTest(
    (_print, env: Env) =>
      (function* () {
        const work = function* (nap: boolean) {
          for (let i = 0; i < 5; i++) yield* env.__p();
          if (nap) yield* sleep(0);
        };
        yield* joinall([spawn(work, true), spawn(work, false)]);
      })(),
    { schedule },
  ).trace;
  const layout = new TimelineLayout(RunModel.fromTrace(trace));
  layout.update();
  return layout;
}

const stepsOf = (layout: TimelineLayout, kind: number) =>
  [...Array(layout.stepCount).keys()].filter((n) => layout.model.kindAt(n) === kind);

const marksOf = (layout: TimelineLayout, gid: number) => {
  const marks = layout.lanes[gid].marks;
  return Array.from(marks.data.subarray(0, marks.length));
};

/** The style of lane `gid` from step `step` on. */
function styleAt(layout: TimelineLayout, gid: number, step: number): string {
  const lane = layout.lanes[gid];
  let style = 0;
  for (let i = 0; i < lane.segmentCount && lane.starts.data[i] <= step; i++) {
    style = lane.styles.data[i];
  }
  return styleName(style);
}

function arrowsOf(frame: TimelineFrame, kind: number) {
  return [...Array(frame.arrows.length).keys()]
    .filter((k) => frame.arrows.kind[k] === kind)
    .map((k) => ({
      from: frame.rows[frame.arrows.row0[k]],
      to: frame.rows[frame.arrows.row1[k]],
      step: frame.arrows.step[k],
    }));
}

describe("preemptions on the timeline (threads mode)", () => {
  const threads = { threads: true, policy: "random", seed: 2 } as const;

  it("leaves a preempted greenlet ready, as the model does, with a mark where it was preempted", () => {
    const layout = layoutOf(threads);
    const preempted = stepsOf(layout, EV.PREEMPTED);
    expect(preempted.length).toBeGreaterThan(0);
    for (const n of preempted) {
      const gid = layout.model.gidAt(n);
      // Ready (back of the queue), not blocked on a switch: it waits for nothing.
      expect(styleAt(layout, gid, n)).toBe("ready");
      expect(styleAt(layout, gid, n + 1)).toBe("ready");
      expect(layout.model.stateAt(n + 1).greenlets[gid]!.status).toBe("ready");
      expect(marksOf(layout, gid)).toContain(n);
      expect(markKey(layout, gid, n)).toBe("preempted");
      expect(describeMark(layout, gid, n).key).toBe("preempted");
    }
  });

  it("draws a preemption's switch apart from a switch asked for, in both views", () => {
    const layout = layoutOf(threads);
    const preempted = new Set(stepsOf(layout, EV.PREEMPTED).map((n) => n + 1));
    const scale = layout.fit("steps", 100_000);
    const hub = new TimelineFrame().compute(layout, { axis: "steps", scale, showHub: true });
    const forced = arrowsOf(hub, ARROW.PREEMPT);
    expect(forced.map((a) => a.step)).toEqual([...preempted]);
    expect(forced.every((a) => a.to === HUB_GID && a.from !== HUB_GID)).toBe(true);
    // Every other switch, among them the sleep(0) one's, is drawn as a switch.
    const asked = arrowsOf(hub, ARROW.SWITCH);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((a) => preempted.has(a.step))).toBe(false);
    // The learner's view: the arrow from the preempted greenlet to the next one is a preemption.
    const learner = new TimelineFrame().compute(layout, { axis: "steps", scale, showHub: false });
    const direct = arrowsOf(learner, ARROW.PREEMPT);
    expect(direct.length).toBeGreaterThan(0);
    for (const a of direct) {
      expect(a.from).not.toBe(HUB_GID);
      expect(a.to).not.toBe(HUB_GID);
      expect(a.from).not.toBe(a.to);
    }
  });

  it("marks nothing as preempted in gevent's order", () => {
    const layout = layoutOf({});
    expect(stepsOf(layout, EV.PREEMPTED)).toEqual([]);
    const frame = new TimelineFrame().compute(layout, {
      axis: "steps",
      scale: layout.fit("steps", 10_000),
      showHub: true,
    });
    expect(arrowsOf(frame, ARROW.PREEMPT)).toEqual([]);
    expect(arrowsOf(frame, ARROW.SWITCH).length).toBeGreaterThan(0);
  });
});

describe("choice points on the timeline", () => {
  it("marks every choice point on the hub's lane, with its candidates and the one chosen", () => {
    const layout = layoutOf({ policy: "random", seed: 5, threads: true });
    const choices = stepsOf(layout, EV.CHOICE);
    expect(choices.length).toBeGreaterThan(1);
    const hubMarks = marksOf(layout, HUB_GID);
    for (const n of choices) expect(hubMarks).toContain(n);
    // A preemption point's choice is the running greenlet's turn: still on the hub's lane.
    expect(choices.some((n) => layout.model.gidAt(n) !== HUB_GID)).toBe(true);
    for (const n of choices) {
      const mark = describeMark(layout, HUB_GID, n);
      expect(mark.key).toBe("choice");
      const { candidates, chosen } = mark.choice!;
      expect(candidates.length).toBe(layout.model.wordsAt(n)[2]);
      expect(candidates.map((c) => c.gid)).toEqual(
        candidates.map((_, i) => layout.model.gidAt(n + 1 + i)),
      );
      expect(chosen).toBe(layout.model.wordsAt(n)[3]);
    }
  });

  it("marks the choice left open for the learner as open", () => {
    const layout = layoutOf({ threads: true, choices: [1], pauseAfterChoices: true });
    const choices = stepsOf(layout, EV.CHOICE);
    expect(choices.length).toBe(2);
    const last = choices[choices.length - 1];
    expect(layout.model.wordsAt(last)[3]).toBe(CHOICE_OPEN);
    const open = describeMark(layout, HUB_GID, last).choice!;
    expect(open.chosen).toBeNull();
    expect(describeMark(layout, HUB_GID, choices[0]).choice!.chosen).toBe(1);
  });
});
