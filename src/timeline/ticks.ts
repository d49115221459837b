/**
 * Ticks for the axis: round values (1, 2 or 5 times a power of ten) about `spacing` pixels
 * apart across the window; whole steps only on the step axis. Pure.
 */
import type { AxisKind } from "./axis";
import type { TimeScale } from "./time-scale";

export interface Ticks {
  values: number[];
  /** The distance between two ticks, in axis units (for the labels' precision). */
  step: number;
}

export function ticks(scale: TimeScale, axis: AxisKind, spacing: number): Ticks {
  const raw = scale.resolution * Math.max(spacing, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (axis === "steps") step = Math.max(1, Math.round(step));
  const values: number[] = [];
  const first = Math.ceil(scale.start / step) * step;
  for (let v = first; v <= scale.end && values.length < 1000; v += step) {
    values.push(Math.round(v / step) * step);
  }
  return { values, step };
}

/** A tick's label: seconds with as many decimals as the tick step needs, or a step number. */
export function tickLabel(value: number, t: Ticks, axis: AxisKind): string {
  if (axis === "steps") return String(Math.round(value));
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(t.step) + 1e-9)));
  return `${value.toFixed(decimals)}s`;
}
