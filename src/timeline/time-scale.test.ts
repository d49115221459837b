import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TimeScale } from "./time-scale";

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe("TimeScale", () => {
  it("maps axis units to pixels and back", () => {
    fc.assert(
      fc.property(
        // Windows a run has: starting within 10^4 units of 0, from a hundredth to 10^7 units wide.
        finite(-1e4, 1e4),
        finite(1e-2, 1e7),
        finite(1, 4000),
        finite(-1, 2),
        (start, span, width, f) => {
          const s = new TimeScale(start, span, width);
          const px = f * width;
          expect(s.toPx(s.toUnit(px))).toBeCloseTo(px, 3);
          const u = start + f * span;
          // Within float precision of the larger of the window and the position.
          const tolerance = (Math.abs(start) + span) * 1e-12;
          expect(Math.abs(s.toUnit(s.toPx(u)) - u)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });

  it("keeps the point under the pointer in place when it zooms", () => {
    fc.assert(
      fc.property(
        finite(0, 1000),
        finite(0.01, 1e6),
        finite(0, 1),
        finite(0.05, 20),
        (start, span, f, factor) => {
          const s = new TimeScale(start, span, 800);
          const px = f * 800;
          const zoomed = s.zoomAbout(px, factor);
          expect(zoomed.toUnit(px)).toBeCloseTo(s.toUnit(px), 6);
          expect(zoomed.span).toBeCloseTo(span / factor, 6);
        },
      ),
    );
  });

  it("returns to the same window after zooming in and out again, or panning there and back", () => {
    const s = new TimeScale(2, 10, 500);
    const back = s.zoomAbout(123, 4).zoomAbout(123, 1 / 4);
    expect(back.start).toBeCloseTo(2, 9);
    expect(back.span).toBeCloseTo(10, 9);
    const panned = s.panBy(70).panBy(-70);
    expect(panned.start).toBeCloseTo(2, 9);
  });

  it("pans the content with the pointer: a drag to the right shows what came earlier", () => {
    const s = new TimeScale(10, 100, 1000);
    const dragged = s.panBy(100);
    expect(dragged.start).toBeCloseTo(0);
    expect(dragged.toPx(10)).toBeCloseTo(100);
  });

  it("zooms to a selection: what lay between two pixels fills the width", () => {
    const s = new TimeScale(0, 100, 1000);
    const z = s.between(400, 200);
    expect(z.toPx(20)).toBeCloseTo(0);
    expect(z.toPx(40)).toBeCloseTo(1000);
  });

  it("fits a range across the width", () => {
    const s = TimeScale.fit(1, 5, 400);
    expect(s.toPx(1)).toBe(0);
    expect(s.toPx(5)).toBe(400);
    // An empty run still has a window.
    expect(TimeScale.fit(0, 0, 400).span).toBe(1);
  });

  it("stays on the run and no narrower than the smallest window", () => {
    const s = new TimeScale(-500, 10, 100).clamp(0, 100, 1);
    expect(s.start).toBeGreaterThanOrEqual(-1);
    const tiny = new TimeScale(5, 1e-12, 100).clamp(0, 100, 0.5);
    expect(tiny.span).toBe(0.5);
    const wide = new TimeScale(0, 1e9, 100).clamp(0, 100, 1);
    expect(wide.span).toBeCloseTo(120);
  });

  it("moves the least to bring a position into view", () => {
    const s = new TimeScale(0, 100, 100);
    expect(s.reveal(50, 10)).toBe(s);
    expect(s.reveal(150, 10).end).toBeCloseTo(160);
    expect(s.reveal(-20, 10).start).toBeCloseTo(-30);
  });

  it("keeps the left edge and the zoom when the canvas is resized", () => {
    const s = new TimeScale(3, 10, 100).withWidth(200);
    expect(s.start).toBe(3);
    expect(s.resolution).toBeCloseTo(0.1);
  });
});
