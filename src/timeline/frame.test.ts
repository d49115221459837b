import { beforeAll, describe, expect, it } from "vitest";
import { sleep, spawn } from "../runtime/api/gevent";
import { Event } from "../runtime/api/gevent-event";
import { HUB_GID } from "../runtime/tracing/trace-kinds";
import { runTest } from "../runtime/testing";
import { RunModel } from "../trace/model/run-model";
import { ARROW } from "./arrow-list";
import { TimelineFrame } from "./frame";
import { hitTest } from "./hit-test";
import { TimelineLayout } from "./layout";
import { layoutOf, pingPong, styleName } from "./layout.testing";
import { STYLE } from "./styles";
import { TimeScale } from "./time-scale";

const WIDTH = 1000;

describe("a frame of a million events", () => {
  let layout: TimelineLayout;
  let layoutMs = 0;

  beforeAll(() => {
    const trace = runTest(() => pingPong(250_000)).trace;
    const model = RunModel.fromTrace(trace);
    const started = performance.now();
    layout = new TimelineLayout(model);
    layout.update();
    layout.refreshDetail("steps");
    layoutMs = performance.now() - started;
    expect(model.eventCount).toBeGreaterThan(1_000_000);
  }, 60_000);

  it("lays out in one pass", () => {
    // Printed for the record; the bound is loose because the machine is shared.
    console.log(
      `layout of ${layout.stepCount} steps: ${layoutMs.toFixed(0)} ms, ${(layout.bytes / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(layoutMs).toBeLessThan(10_000);
  });

  it("draws a bounded number of runs per lane at every zoom, on both axes", () => {
    const frame = new TimelineFrame();
    for (const axis of ["steps", "time"] as const) {
      let scale = layout.fit(axis, WIDTH);
      for (let zoom = 0; zoom < 12; zoom++) {
        frame.compute(layout, { axis, scale, showHub: true });
        for (const runs of frame.runs.slice(0, frame.rows.length)) {
          expect(runs.length).toBeLessThanOrEqual(2 * WIDTH + 4);
        }
        expect(frame.arrows.length).toBeLessThanOrEqual(3 * WIDTH);
        expect(frame.marks.length).toBeLessThanOrEqual(frame.rows.length * WIDTH);
        scale = scale.zoomAbout(WIDTH / 3, 4);
      }
    }
  });

  it("shows a ping-ponging lane as running and waiting its turn when zoomed out", () => {
    const frame = new TimelineFrame();
    frame.compute(layout, { axis: "steps", scale: layout.fit("steps", WIDTH), showHub: true });
    const runs = frame.runs[frame.rows.indexOf(2)];
    const merged = Array.from(runs.segment.subarray(0, runs.length)).filter((s) => s < 0).length;
    expect(merged).toBeGreaterThan(runs.length / 2);
    // Each merged run knows it holds running stretches, whatever it is coloured by.
    expect(runs.mask[Math.floor(runs.length / 2)] & 1).toBe(1);
  });

  it("covers the window without gaps or overlaps", () => {
    const frame = new TimelineFrame();
    const scale = layout.fit("steps", WIDTH).zoomAbout(500, 37);
    frame.compute(layout, { axis: "steps", scale, showHub: true });
    const runs = frame.runs[frame.rows.indexOf(HUB_GID)];
    for (let k = 1; k < runs.length; k++) expect(runs.x0[k]).toBeCloseTo(runs.x1[k - 1], 3);
    expect(runs.x0[0]).toBeLessThanOrEqual(0);
    expect(runs.x1[runs.length - 1]).toBeGreaterThanOrEqual(WIDTH);
  });
});

describe("a frame of a small run", () => {
  const eventRun = () =>
    layoutOf(function* (_print, env) {
      const evt = env.__n("evt", new Event());
      const setter = spawn(function* () {
        yield* sleep(2);
        evt.set();
      });
      const waiters = [1, 2].map(() => spawn(() => evt.wait()));
      yield* setter.join();
      yield* waiters[1].join();
    });

  it("draws every segment as its own run when zoomed to fit", () => {
    const layout = eventRun();
    const frame = new TimelineFrame().compute(layout, {
      axis: "steps",
      scale: layout.fit("steps", 2000),
      showHub: true,
    });
    const setter = frame.runs[frame.row(2)];
    expect(Array.from(setter.style.subarray(0, setter.length), styleName)).toEqual([
      "unstarted",
      "ready",
      "running",
      "blocked:sleep",
      "ready",
      "running",
      "finished",
    ]);
  });

  it("draws switches through the hub in the hub's view and greenlet to greenlet in the learner's", () => {
    const layout = eventRun();
    const scale = layout.fit("steps", 2000);
    const hubView = new TimelineFrame().compute(layout, { axis: "steps", scale, showHub: true });
    const learner = new TimelineFrame().compute(layout, { axis: "steps", scale, showHub: false });
    const switches = (f: TimelineFrame) =>
      [...Array(f.arrows.length).keys()]
        .filter((k) => f.arrows.kind[k] === ARROW.SWITCH)
        .map((k) => [f.rows[f.arrows.row0[k]], f.rows[f.arrows.row1[k]]]);
    expect(switches(hubView).every(([from, to]) => from === HUB_GID || to === HUB_GID)).toBe(true);
    expect(switches(learner).length).toBeGreaterThan(0);
    expect(switches(learner).flat()).not.toContain(HUB_GID);
    // main -> setter first: main blocked in join, the hub started the setter.
    expect(switches(learner)[0]).toEqual([1, 2]);
  });

  it("finds the lane, the segment and the step under the pointer", () => {
    const layout = eventRun();
    const view = { axis: "time" as const, scale: new TimeScale(-0.5, 3, 300), showHub: true };
    const frame = new TimelineFrame().compute(layout, view);
    const row = frame.row(2);
    // Half-way through the setter's sleep(2): the segment is its sleep, the step one before it ends.
    const hit = hitTest(layout, frame, view, view.scale.toPx(1), row)!;
    const lane = layout.lanes[2];
    expect(hit.gid).toBe(2);
    expect(lane.styles.data[hit.segment]).toBe(STYLE.BLOCKED + 1);
    expect(hit.step).toBeGreaterThanOrEqual(lane.starts.data[hit.segment]);
    expect(hit.step).toBeLessThan(lane.starts.data[hit.segment + 1]);
    expect(layout.model.stateAt(hit.step).greenlets[2]!.status).toBe("blocked");
    // Outside the lanes: nothing.
    expect(hitTest(layout, frame, view, 10, frame.rows.length)).toBeNull();
  });

  it("snaps to a lane's change of status within a few pixels", () => {
    const layout = eventRun();
    const view = { axis: "steps" as const, scale: layout.fit("steps", 1000), showHub: true };
    const frame = new TimelineFrame().compute(layout, view);
    const lane = layout.lanes[2];
    const start = lane.starts.data[3];
    const hit = hitTest(layout, frame, view, view.scale.toPx(start) + 2, frame.row(2))!;
    expect(hit.step).toBe(start);
  });
});
