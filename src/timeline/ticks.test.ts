import { describe, expect, it } from "vitest";
import { tickLabel, ticks } from "./ticks";
import { TimeScale } from "./time-scale";

describe("axis ticks", () => {
  it("are round values about the asked spacing apart, inside the window", () => {
    const scale = new TimeScale(0, 2, 400);
    const t = ticks(scale, "time", 80);
    expect(t.step).toBe(0.5);
    expect(t.values).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(t.values.map((v) => tickLabel(v, t, "time"))).toEqual([
      "0.0s",
      "0.5s",
      "1.0s",
      "1.5s",
      "2.0s",
    ]);
  });

  it("are whole steps on the step axis, however far it is zoomed in", () => {
    const t = ticks(new TimeScale(10.2, 3, 900), "steps", 80);
    expect(t.step).toBe(1);
    expect(t.values).toEqual([11, 12, 13]);
    expect(tickLabel(12, t, "steps")).toBe("12");
  });
});
