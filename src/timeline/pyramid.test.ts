import { describe, expect, it } from "vitest";
import { runTest } from "../runtime/testing";
import { RunModel } from "../trace/model/run-model";
import { TimelineFrame } from "./frame";
import { TimelineLayout } from "./layout";
import { pingPong } from "./layout.testing";
import { TimeScale } from "./time-scale";

/** Every lane's runs in a frame, as plain numbers. */
function runsOf(frame: TimelineFrame) {
  return frame.runs.slice(0, frame.rows.length).map((r) => ({
    x0: Array.from(r.x0.subarray(0, r.length)),
    style: Array.from(r.style.subarray(0, r.length)),
    mask: Array.from(r.mask.subarray(0, r.length)),
  }));
}

describe("the level of detail built in slices", () => {
  const model = RunModel.fromTrace(runTest(() => pingPong(3000)).trace);

  it("takes several slices, and then draws every zoom as the one built at once", () => {
    const whole = new TimelineLayout(model);
    whole.update();
    expect(whole.refreshDetail("time")).toBe(true);
    const sliced = new TimelineLayout(model);
    sliced.update();
    let slices = 1;
    while (!sliced.refreshDetail("time", 500)) slices++;
    // About 12,000 steps a lane, on two axes (the time axis needs the step axis's bits).
    expect(slices).toBeGreaterThan(10);
    expect(sliced.bytes).toBe(whole.bytes);
    const end = whole.axis("time").end;
    for (const [start, span] of [
      [0, end],
      [end * 0.2, end * 0.01],
      [end * 0.5, end * 0.3],
    ]) {
      const view = {
        axis: "time" as const,
        scale: new TimeScale(start, start + span, 800),
        showHub: true,
      };
      expect(runsOf(new TimelineFrame().compute(sliced, view))).toEqual(
        runsOf(new TimelineFrame().compute(whole, view)),
      );
    }
  });

  it("draws a frame from a pyramid left half-built, one run per pixel column at most", () => {
    const layout = new TimelineLayout(model);
    layout.update();
    expect(layout.refreshDetail("time", 2000)).toBe(false);
    const scale = layout.fit("time", 600);
    const frame = new TimelineFrame();
    // The frame itself finishes the level of detail it needs: drawing never waits for idle time.
    frame.compute(layout, { axis: "time", scale, showHub: true });
    expect(layout.refreshDetail("time", 1)).toBe(true);
    for (const runs of frame.runs.slice(0, frame.rows.length)) {
      expect(runs.length).toBeLessThanOrEqual(2 * 600 + 4);
    }
  });
});
