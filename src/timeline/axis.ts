/**
 * The two horizontal axes. On the time axis a step sits at its virtual time (`sleep(2)` is
 * long, a `sleep(0)` hop a hair); on the step axis step n fills [n, n + 1), so every step is
 * one unit wide and the order of switches reads at any zoom. Pure.
 */
import type { RunModel } from "../trace/model/run-model";

export type AxisKind = "time" | "steps";

export interface Axis {
  readonly kind: AxisKind;
  /** Where step `step` begins on the axis. */
  at(step: number): number;
  /** Where an event of step `step` is drawn: the middle of its unit on the step axis. */
  mid(step: number): number;
  /** Where the run ends on the axis. */
  readonly end: number;
  /** The step shown at axis position `u` (the last to begin at or before it), clamped to the run. */
  stepAt(u: number): number;
  /** The smallest window worth zooming to. */
  readonly minSpan: number;
}

export function axisOf(kind: AxisKind, model: RunModel, steps: number): Axis {
  return kind === "time" ? timeAxis(model, steps) : stepAxis(steps);
}

function stepAxis(steps: number): Axis {
  return {
    kind: "steps",
    at: (step) => step,
    mid: (step) => step + 0.5,
    end: Math.max(steps, 1),
    stepAt: (u) => Math.max(0, Math.min(steps - 1, Math.floor(u))),
    minSpan: 4,
  };
}

function timeAxis(model: RunModel, steps: number): Axis {
  const last = steps > 0 ? model.timeAt(steps - 1) : 0;
  const at = (step: number) => (step >= steps ? last : model.timeAt(step));
  return {
    kind: "time",
    at,
    mid: at,
    end: last,
    stepAt: (u) => {
      // The last step whose time is <= u: where the run stood at that moment.
      let lo = 0;
      let hi = steps;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (model.timeAt(mid) <= u) lo = mid + 1;
        else hi = mid;
      }
      return Math.max(0, Math.min(steps - 1, lo - 1));
    },
    minSpan: 1e-6,
  };
}
