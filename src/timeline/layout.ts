/**
 * The timeline's layout, read from the run model in one pass over its steps: a lane per
 * greenlet with its segments by status, the wake-up arrows with the step and lane that caused
 * each, and the marks (output, timers, errors, preemptions, choice points on the hub's lane).
 * It follows the model's rules for statuses (apply-step.ts), so a lane's style at any step is
 * the status the model gives for that step. Incremental: `update` reads only the steps the
 * model gained since the last call. Switch arrows and output lines are the model's own
 * indexes, read where they are drawn. Pure.
 */
import type { RunModel } from "../trace/model/run-model";
import { BLOCK, EV, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { axisOf, type Axis, type AxisKind } from "./axis";
import { GrowableU32 } from "./growable";
import { LaneData } from "./lane-data";
import { laneOrder } from "./lane-order";
import { LanePyramid } from "./pyramid";
import { STYLE, blockedStyle, isBlocked, isEnded, reasonOf } from "./styles";
import { TimeScale } from "./time-scale";

/** Wake-ups with a cause: the woken's WOKEN step, and the step and lane the arrow leaves from. */
export class WakeArrows {
  readonly steps = new GrowableU32();
  readonly originSteps = new GrowableU32();
  readonly originLanes = new GrowableU32();

  get length(): number {
    return this.steps.length;
  }
  push(step: number, originStep: number, originLane: number): void {
    this.steps.push(step);
    this.originSteps.push(originStep);
    this.originLanes.push(originLane);
  }
  get bytes(): number {
    return this.steps.bytes * 3;
  }
}

export class TimelineLayout {
  readonly model: RunModel;
  /** By gid. */
  readonly lanes: LaneData[] = [];
  readonly wakes = new WakeArrows();
  /** Steps read so far. */
  private read = 0;
  private running = -1;
  private readonly started: boolean[] = [];
  private readonly killedBy: number[] = [];
  /** The last change of each object, and the last one by another greenlet than that one. */
  private readonly lastChange = new Map<number, number>();
  private readonly changeBefore = new Map<number, number>();
  private readonly timerOwner = new Map<number, number>();
  private lastEnd = -1;
  /** Every greenlet's end, in order, and each one's own end step. */
  private readonly ends = new GrowableU32();
  private readonly endOf: number[] = [];
  /** For a greenlet waiting on several (joinall): the next end its wake-ups come from. */
  private readonly endCursor: number[] = [];
  private orders: { key: string; gids: number[] } | null = null;
  private readonly pyramids: LanePyramid[] = [];
  private axes: { steps: number; time: Axis; order: Axis } | null = null;
  private readonly detailAt: Record<AxisKind, number> = { steps: -1, time: -1 };

  constructor(model: RunModel) {
    this.model = model;
  }

  /** Steps the layout has read. */
  get stepCount(): number {
    return this.read;
  }

  /** Reads the steps the model gained since the last call; false when there were none. */
  update(): boolean {
    const count = this.model.stepCount;
    if (count === this.read) return false;
    for (let n = this.read; n < count; n++) this.step(n);
    this.read = count;
    return true;
  }

  /** The gids of the lanes, top to bottom: the hub (when shown), main, then creation order, children under their spawner. */
  order(showHub: boolean): readonly number[] {
    const key = `${this.lanes.length}:${showHub}`;
    if (this.orders?.key !== key) this.orders = { key, gids: laneOrder(this.lanes, showHub) };
    return this.orders.gids;
  }

  /** The axis of `kind` over the steps read so far. */
  axis(kind: AxisKind): Axis {
    if (this.axes?.steps !== this.read) {
      this.axes = {
        steps: this.read,
        time: axisOf("time", this.model, this.read),
        order: axisOf("steps", this.model, this.read),
      };
    }
    return kind === "time" ? this.axes.time : this.axes.order;
  }

  /** The scale that shows the whole run across `width` pixels, with a little room at both ends. */
  fit(kind: AxisKind, width: number): TimeScale {
    const axis = this.axis(kind);
    const end = axis.end > 0 ? axis.end : axis.minSpan;
    return TimeScale.fit(-end * 0.01, end * 1.03, width);
  }

  /** Lane `gid`'s level of detail (current once `refreshDetail` ran). */
  pyramid(gid: number): LanePyramid {
    return (this.pyramids[gid] ??= new LanePyramid(this.lanes[gid]));
  }

  /**
   * Brings every lane's level of detail on axis `kind` up to the steps read, computing at most
   * `budget` nodes (a slice of work for an idle moment); true once it is up to date.
   */
  refreshDetail(kind: AxisKind, budget = Infinity): boolean {
    if (this.detailAt[kind] === this.read) return true;
    const axis = this.axis(kind);
    const steps = this.axis("steps");
    let spare = budget;
    for (const lane of this.lanes) {
      if (lane !== undefined && spare > 0)
        spare = this.pyramid(lane.gid).update(axis, steps, spare);
    }
    if (spare <= 0) return false;
    this.detailAt[kind] = this.read;
    return true;
  }

  /** Bytes the layout holds (its own columns; the model's are the model's). */
  get bytes(): number {
    let total = this.wakes.bytes;
    for (const lane of this.lanes) total += lane.bytes;
    for (const pyramid of this.pyramids) total += pyramid?.bytes ?? 0;
    return total;
  }

  private step(n: number): void {
    const m = this.model;
    const kind = m.kindAt(n);
    const gid = m.gidAt(n);
    const holder = this.running >= 0 ? this.lanes[this.running] : undefined;
    if (holder?.style === STYLE.HOLDING && kind !== EV.HUB_HELD) holder.enter(STYLE.RUNNING, n);
    switch (kind) {
      case EV.CREATED:
        return this.created(n, gid);
      case EV.SWITCH:
        return this.switched(n, gid, m.wordsAt(n)[2]);
      case EV.BLOCKED:
        return this.blocked(n, gid, m.wordsAt(n)[2]);
      case EV.WOKEN:
        return this.woken(n, gid);
      case EV.FINISHED:
      case EV.FAILED:
        return this.ended(n, gid, kind);
      case EV.KILLED:
        return this.killed(n, gid);
      case EV.ABANDONED: {
        const lane = this.lanes[gid];
        if (lane !== undefined && !isEnded(lane.style)) lane.enter(STYLE.ABANDONED, n);
        return;
      }
      case EV.HUB_HELD:
        this.lanes[gid]?.enter(STYLE.HOLDING, n);
        return;
      case EV.PREEMPTED: {
        // Threads mode: it lost the CPU waiting for nothing, so it is ready at once (the model's
        // rule), and the SWITCH to the hub implied right after leaves it so.
        const lane = this.lanes[gid];
        if (lane === undefined || isEnded(lane.style)) return;
        lane.enter(STYLE.READY, n);
        return this.mark(gid, n);
      }
      case EV.CHOICE:
        // The scheduler's choice, whoever's turn it was: on the hub's lane.
        return this.mark(HUB_GID, n);
      case EV.TIMER_SCHEDULED:
        this.timerOwner.set(m.wordsAt(n)[2], gid);
        return this.mark(gid, n);
      case EV.TIMER_FIRED:
        return this.mark(this.timerOwner.get(m.wordsAt(n)[2]) ?? gid, n);
      case EV.OBJ_STATE:
      case EV.ITEM_IN:
      case EV.ITEM_OUT:
        return this.changed(n, gid, m.wordsAt(n)[2]);
      case EV.OUTPUT:
      case EV.WARNING:
        return this.mark(gid, n);
      case EV.ERROR:
        return this.error(n, gid);
    }
  }

  private created(n: number, gid: number): void {
    const spawner = gid === HUB_GID || gid === MAIN_GID ? -1 : this.running;
    const lane = new LaneData(gid, spawner, n);
    this.lanes[gid] = lane;
    this.started[gid] = false;
    this.killedBy[gid] = -1;
    lane.enter(gid === HUB_GID ? STYLE.WAITING : STYLE.UNSTARTED, n);
  }

  private switched(n: number, from: number, to: number): void {
    const leaving = this.lanes[from];
    if (leaving !== undefined) {
      const style = leaving.style;
      if (style === STYLE.RUNNING || style === STYLE.HOLDING) {
        leaving.enter(from === HUB_GID ? STYLE.WAITING : blockedStyle(BLOCK.RAW_SWITCH), n);
      }
    }
    const arriving = this.lanes[to];
    if (arriving === undefined) return;
    arriving.enter(STYLE.RUNNING, n);
    this.started[to] = true;
    this.running = to;
  }

  private blocked(n: number, gid: number, reason: number): void {
    const lane = this.lanes[gid];
    if (lane === undefined) return;
    if (reason === BLOCK.WAIT_ANY && !this.wasWaitingOnSeveral(lane)) {
      // A new wait on several: its wake-ups come from the ends from now on.
      this.endCursor[gid] = this.ends.length;
    }
    lane.enter(blockedStyle(reason), n);
  }

  /** Whether the lane's wait just before it last ran was on several too (a joinall's loop). */
  private wasWaitingOnSeveral(lane: LaneData): boolean {
    const wait = blockedStyle(BLOCK.WAIT_ANY);
    for (let i = lane.segmentCount - 1; i >= Math.max(0, lane.segmentCount - 3); i--) {
      if (lane.styles.data[i] === wait) return true;
    }
    return false;
  }

  private woken(n: number, gid: number): void {
    const lane = this.lanes[gid];
    if (lane === undefined || isEnded(lane.style)) return;
    const [, , waker, object] = this.model.wordsAt(n);
    const reason = reasonOf(lane.style);
    if (lane.style !== STYLE.RUNNING) lane.enter(STYLE.READY, n);
    if (waker === gid) return;
    // A start scheduled by the greenlet that created it is drawn as the spawn arrow.
    if (!this.started[gid] && waker === lane.spawner) return;
    if (waker !== HUB_GID) return this.wakes.push(n, n, waker);
    const origin = this.causeOf(gid, object, reason);
    if (origin >= 0) this.wakes.push(n, origin, this.model.gidAt(origin));
    else this.wakes.push(n, n, HUB_GID);
  }

  /** The step that made the hub wake `gid`: the object's last change by another, or the end it joined. */
  private causeOf(gid: number, object: number, reason: number): number {
    const m = this.model;
    if (object !== 0) {
      const last = this.lastChange.get(object);
      if (last !== undefined && m.gidAt(last) !== gid && m.gidAt(last) !== HUB_GID) return last;
      const before = this.changeBefore.get(object);
      if (before !== undefined && m.gidAt(before) !== gid && m.gidAt(before) !== HUB_GID) {
        return before;
      }
      return -1;
    }
    if (reason === BLOCK.JOIN) {
      const lane = this.lanes[gid];
      const joined = m.wordsAt(lane.starts.data[lane.segmentCount - 1])[3];
      return this.endOf[joined] ?? this.lastEnd;
    }
    if (reason === BLOCK.WAIT_ANY) {
      const next = this.endCursor[gid] ?? this.ends.length;
      if (next >= this.ends.length) return this.lastEnd;
      this.endCursor[gid] = next + 1;
      return this.ends.data[next];
    }
    return -1;
  }

  private changed(n: number, gid: number, object: number): void {
    const last = this.lastChange.get(object);
    if (last !== undefined && this.model.gidAt(last) !== gid) this.changeBefore.set(object, last);
    this.lastChange.set(object, n);
  }

  private ended(n: number, gid: number, kind: number): void {
    const lane = this.lanes[gid];
    if (lane === undefined) return;
    if (kind === EV.FAILED) lane.enter(STYLE.FAILED, n);
    else lane.enter(this.killedBy[gid] >= 0 ? STYLE.KILLED : STYLE.FINISHED, n);
    this.noteEnd(n, gid);
  }

  private killed(n: number, gid: number): void {
    const lane = this.lanes[gid];
    if (lane === undefined) return;
    this.killedBy[gid] = this.model.wordsAt(n)[2];
    this.mark(gid, n);
    if (!this.started[gid] && lane.style !== STYLE.RUNNING) {
      lane.enter(STYLE.KILLED, n);
      this.noteEnd(n, gid);
    }
  }

  private noteEnd(n: number, gid: number): void {
    this.lastEnd = n;
    this.ends.push(n);
    this.endOf[gid] = n;
  }

  private error(n: number, gid: number): void {
    this.mark(gid, n);
    // A LoopExit or a deadlock catches every greenlet still waiting: a mark on each of them.
    for (const lane of this.lanes) {
      if (lane !== undefined && lane.gid !== gid && isBlocked(lane.style)) lane.marks.push(n);
    }
  }

  private mark(gid: number, n: number): void {
    this.lanes[gid]?.marks.push(n);
  }
}
