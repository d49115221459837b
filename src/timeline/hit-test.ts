/**
 * What is under the pointer: the lane of its row, the segment at its x, and the step it
 * points at (the step shown there, or a lane event within a few pixels, which the pointer
 * snaps to). A click moves the run's cursor to that step. Pure.
 */
import type { TimelineFrame } from "./frame";
import { segmentAt } from "./lane-runs";
import type { TimelineLayout } from "./layout";
import type { AxisKind } from "./axis";
import type { TimeScale } from "./time-scale";

/** Pixels within which the pointer snaps to a lane's event or mark. */
export const SNAP_PX = 5;

export interface Hit {
  gid: number;
  /** The segment's index in its lane, -1 before the lane's first. */
  segment: number;
  /** The step the pointer selects. */
  step: number;
  /** The step of the mark under the pointer (output, timer, kill, error), -1 none. */
  mark: number;
}

export function hitTest(
  layout: TimelineLayout,
  frame: TimelineFrame,
  view: { axis: AxisKind; scale: TimeScale },
  x: number,
  row: number,
): Hit | null {
  if (row < 0 || row >= frame.rows.length || layout.stepCount === 0) return null;
  const gid = frame.rows[row];
  const lane = layout.lanes[gid];
  const axis = layout.axis(view.axis);
  const { scale } = view;
  const u = scale.toUnit(x);
  const mark = nearestMark(frame, row, x);
  if (mark >= 0) return { gid, segment: segmentAt(lane, axis, axis.mid(mark)), step: mark, mark };
  const segment = segmentAt(lane, axis, u);
  let step = axis.stepAt(u);
  // A boundary of this lane close by: the step where its status changed.
  for (const i of [segment, segment + 1]) {
    if (i < 0 || i >= lane.segmentCount) continue;
    const start = lane.starts.data[i];
    if (Math.abs(scale.toPx(axis.at(start)) - x) <= SNAP_PX) step = start;
  }
  return { gid, segment, step, mark: -1 };
}

function nearestMark(frame: TimelineFrame, row: number, x: number): number {
  const { marks } = frame;
  let best = -1;
  let bestDistance = SNAP_PX + 1;
  for (let k = 0; k < marks.length; k++) {
    if (marks.row[k] !== row) continue;
    const distance = Math.abs(marks.x[k] - x);
    if (distance < bestDistance) {
      best = marks.step[k];
      bestDistance = distance;
    }
  }
  return best;
}
