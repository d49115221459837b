/**
 * One frame of the timeline for a window: the lanes' runs, the arrows (switches, preemptions,
 * wake-ups, spawns) and the marks, in pixels along x and lane rows along y. Everything is
 * bounded by the width: where more arrows or marks fall in the window than there are pixels
 * for, one per few pixels is kept and the frame says it thinned them. Reuses its buffers. Pure.
 */
import { EV, HUB_GID } from "../runtime/tracing/trace-kinds";
import type { RunModel } from "../trace/model/run-model";
import { ARROW, ArrowList, MarkList } from "./arrow-list";
import type { Axis, AxisKind } from "./axis";
import { LaneRuns, laneRuns } from "./lane-runs";
import type { TimelineLayout } from "./layout";
import type { TimeScale } from "./time-scale";

export interface FrameView {
  axis: AxisKind;
  scale: TimeScale;
  /** The hub's view (a hub lane, every switch through it) or the learner's (switches greenlet to greenlet). */
  showHub: boolean;
}

/** Closest spacing of arrows or marks, in pixels, once they are thinned. */
const THIN_GAP = 3;

export class TimelineFrame {
  /** The lanes' gids, top to bottom. */
  rows: readonly number[] = [];
  readonly runs: LaneRuns[] = [];
  readonly arrows = new ArrowList();
  readonly marks = new MarkList();
  /** Whether arrows or marks were thinned: too many for the pixels. */
  thinnedArrows = false;
  thinnedMarks = false;
  private rowOf: Int32Array = new Int32Array(0);

  compute(layout: TimelineLayout, view: FrameView): this {
    const axis = layout.axis(view.axis);
    this.rows = layout.order(view.showHub);
    this.indexRows(layout.lanes.length);
    while (this.runs.length < this.rows.length) this.runs.push(new LaneRuns());
    layout.refreshDetail(view.axis);
    this.rows.forEach((gid, row) =>
      laneRuns(layout.lanes[gid], layout.pyramid(gid), axis, view.scale, this.runs[row]),
    );
    this.arrows.clear();
    this.marks.clear();
    this.thinnedArrows = false;
    this.thinnedMarks = false;
    this.switchArrows(layout, axis, view);
    this.wakeArrows(layout, axis, view.scale);
    this.spawnArrows(layout, axis, view.scale);
    this.laneMarks(layout, axis, view.scale);
    return this;
  }

  /** The row of lane `gid`, -1 when it is not shown. */
  row(gid: number): number {
    return gid < this.rowOf.length ? this.rowOf[gid] : -1;
  }

  private indexRows(lanes: number): void {
    if (this.rowOf.length < lanes) this.rowOf = new Int32Array(lanes);
    this.rowOf.fill(-1);
    this.rows.forEach((gid, row) => (this.rowOf[gid] = row));
  }

  private switchArrows(layout: TimelineLayout, axis: Axis, view: FrameView): void {
    const m = layout.model;
    const { scale } = view;
    const count = m.switchCount;
    const first = firstIndex(count, (k) => axis.mid(m.switchStep(k)), scale.start);
    const last = firstIndex(count, (k) => axis.mid(m.switchStep(k)), scale.end);
    const thin = last - first > scale.width * 2;
    this.thinnedArrows ||= thin;
    let nextX = -Infinity;
    // One switch before the window, so an arrow from the learner's view that spans its edge shows.
    for (let k = Math.max(0, first - 1); k < Math.min(count, last + 1); k++) {
      const s = m.switchStep(k);
      const x = scale.toPx(axis.mid(s));
      if (thin && x < nextX) {
        const skip = firstIndex(count, (i) => axis.mid(m.switchStep(i)), scale.toUnit(nextX));
        k = Math.max(k, skip - 1);
        continue;
      }
      const from = m.gidAt(s);
      const to = m.wordsAt(s)[2];
      if (view.showHub) this.arrow(x, from, x, to, switchKind(m, s), s);
      else if (from === HUB_GID && k > 0) {
        // Learner's view: the greenlet that gave the CPU to the hub, straight to the next one.
        const before = m.switchStep(k - 1);
        const giver = m.gidAt(before);
        if (m.wordsAt(before)[2] === HUB_GID && giver !== to && giver !== HUB_GID) {
          this.arrow(scale.toPx(axis.mid(before)), giver, x, to, switchKind(m, before), s);
        }
      } else if (from !== HUB_GID && to !== HUB_GID) this.arrow(x, from, x, to, ARROW.SWITCH, s);
      if (thin) nextX = x + THIN_GAP;
    }
  }

  private wakeArrows(layout: TimelineLayout, axis: Axis, scale: TimeScale): void {
    const w = layout.wakes;
    const steps = w.steps.data;
    const first = firstIndex(w.length, (k) => axis.mid(steps[k]), scale.start);
    const last = firstIndex(w.length, (k) => axis.mid(steps[k]), scale.end);
    const thin = last - first > scale.width * 2;
    this.thinnedArrows ||= thin;
    let nextX = -Infinity;
    for (let k = first; k < Math.min(w.length, last + 1); k++) {
      const x = scale.toPx(axis.mid(steps[k]));
      if (thin && x < nextX) continue;
      const origin = w.originSteps.data[k];
      const woken = layout.model.gidAt(steps[k]);
      const x0 = scale.toPx(axis.mid(origin));
      this.arrow(x0, w.originLanes.data[k], x, woken, ARROW.WAKE, steps[k]);
      if (thin) nextX = x + THIN_GAP;
    }
  }

  private spawnArrows(layout: TimelineLayout, axis: Axis, scale: TimeScale): void {
    for (const lane of layout.lanes) {
      if (lane === undefined || lane.spawner < 0) continue;
      const x = scale.toPx(axis.mid(lane.createdAt));
      if (x < -THIN_GAP || x > scale.width + THIN_GAP) continue;
      this.arrow(x, lane.spawner, x, lane.gid, ARROW.SPAWN, lane.createdAt);
    }
  }

  private laneMarks(layout: TimelineLayout, axis: Axis, scale: TimeScale): void {
    this.rows.forEach((gid, row) => {
      const marks = layout.lanes[gid].marks;
      const steps = marks.data;
      const first = firstIndex(marks.length, (k) => axis.mid(steps[k]), scale.start);
      const last = firstIndex(marks.length, (k) => axis.mid(steps[k]), scale.end);
      const thin = last - first > scale.width / THIN_GAP;
      this.thinnedMarks ||= thin;
      let nextX = -Infinity;
      for (let k = first; k < Math.min(marks.length, last + 1); k++) {
        const x = scale.toPx(axis.mid(steps[k]));
        if (x < nextX) {
          const skip = firstIndex(marks.length, (i) => axis.mid(steps[i]), scale.toUnit(nextX));
          k = Math.max(k, skip - 1);
          continue;
        }
        this.marks.push(x, row, steps[k]);
        if (thin) nextX = x + THIN_GAP;
      }
    });
  }

  private arrow(x0: number, g0: number, x1: number, g1: number, kind: number, step: number): void {
    const r0 = this.row(g0);
    const r1 = this.row(g1);
    if (r0 < 0 || r1 < 0 || r0 === r1) return;
    this.arrows.push(x0, r0, x1, r1, kind, step);
  }
}

/**
 * A switch to the hub forced at a preemption point, or a switch asked for: a PREEMPTED step
 * implies its greenlet's SWITCH to the hub right after it (trace-kinds.ts).
 */
export function switchKind(m: RunModel, s: number): number {
  const forced = s > 0 && m.kindAt(s - 1) === EV.PREEMPTED && m.gidAt(s - 1) === m.gidAt(s);
  return forced ? ARROW.PREEMPT : ARROW.SWITCH;
}

/** The first index in [0, count) whose position is >= u (positions ascending). */
function firstIndex(count: number, position: (k: number) => number, u: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (position(mid) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
